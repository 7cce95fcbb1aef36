package run.kro.ui.instance;

/**
 * One instance in the list of every instance the user can see: the API it belongs to, and its
 * summary.
 */
public record ListedInstance(String resourceGroup, String kind, InstanceSummary summary) {}
