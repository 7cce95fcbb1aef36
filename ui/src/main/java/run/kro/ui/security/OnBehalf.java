package run.kro.ui.security;

import java.util.function.Consumer;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work a signed-in user asked for that runs later on another thread (a watch's timer): it runs with
 * that user's security context, so {@link UserClients} still impersonates them there, and never
 * anyone else.
 */
public final class OnBehalf {

  private OnBehalf() {}

  /** {@code task} bound to the user of the calling thread; call it on that user's request. */
  public static Runnable ofCurrentUser(Runnable task) {
    return new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext());
  }

  /** {@code consumer} bound to the user of the calling thread; call it on that user's request. */
  public static <T> Consumer<T> ofCurrentUser(Consumer<T> consumer) {
    SecurityContext context = SecurityContextHolder.getContext();
    return value ->
        new DelegatingSecurityContextRunnable(() -> consumer.accept(value), context).run();
  }
}
