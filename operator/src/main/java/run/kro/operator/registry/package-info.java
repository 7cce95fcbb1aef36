/**
 * The compiled graphs the instance controllers serve, one per generated kind, as the ResourceGroup
 * controller last accepted them. The ResourceGroup side writes it; the instance side reads it.
 */
package run.kro.operator.registry;
