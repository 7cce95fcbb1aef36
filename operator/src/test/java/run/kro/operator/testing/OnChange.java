package run.kro.operator.testing;

import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.function.Consumer;

/** A watch handler that runs an action on every added or changed object; deletions are ignored. */
public record OnChange<T>(Consumer<T> action) implements ResourceEventHandler<T> {

  @Override
  public void onAdd(T object) {
    action.accept(object);
  }

  @Override
  public void onUpdate(T before, T after) {
    action.accept(after);
  }

  @Override
  public void onDelete(T object, boolean deletedFinalStateUnknown) {}
}
