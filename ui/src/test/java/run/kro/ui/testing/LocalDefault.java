package run.kro.ui.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a tour of the local default: the examples preloaded and the real controller running, as
 * {@code bin/kro-up} gives them. The build runs these classes in a failsafe execution of their own,
 * on a fresh control plane, so that their screenshots for the docs show the examples and nothing
 * that other tests created.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(LocalDefault.TAG)
public @interface LocalDefault {
  String TAG = "local-default";
}
