package run.kro.ui.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that runs the real controller ({@link ControllerProcess}). The build runs
 * these classes in a failsafe execution of their own, on a control plane of their own: there the
 * controller reconciles every ResourceGroup, which would disturb the ITs that play the controller.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(RealController.TAG)
public @interface RealController {
  String TAG = "real-controller";
}
