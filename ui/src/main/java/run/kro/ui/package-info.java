/**
 * The console application; features live in sub-packages (rg, instance, graph, team, security,
 * base).
 */
package run.kro.ui;
