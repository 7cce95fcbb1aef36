package run.kro.ui.instance;

import java.util.List;

/**
 * Every instance the user can see, across all APIs and namespaces, and the APIs whose instances
 * could not be read (with why), so that a list that is short for a reason says so.
 */
public record AllInstances(List<ListedInstance> instances, List<String> unreadable) {

  public AllInstances {
    instances = List.copyOf(instances);
    unreadable = List.copyOf(unreadable);
  }
}
