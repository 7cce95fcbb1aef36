/**
 * The ResourceGroup controller: compiles every ResourceGroup and ResourceGraphDefinition with the
 * engine, installs the generated CRD (ownership and breaking-change rules), hands accepted graphs
 * to the instance controllers, and writes the ResourceGroup's status. An invalid update never
 * replaces the graph being served.
 */
package run.kro.operator.rg;
