package run.kro.operator.config;

import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Tomcat serves only the probes and metrics, all synchronous requests, so it need not wake every
 * second: no sweep for timed-out asynchronous requests (there are none), and its poller checks
 * connection timeouts every {@link #SELECTOR_TIMEOUT_MILLIS} ms rather than every second.
 */
final class IdleFriendlyTomcat
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  static final String SELECTOR_TIMEOUT_MILLIS = "10000";

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.setProtocol(SynchronousHttp11NioProtocol.class.getName());
    factory.addConnectorCustomizers(
        connector -> connector.setProperty("selectorTimeout", SELECTOR_TIMEOUT_MILLIS));
  }

  /** Tomcat's NIO protocol without the once-a-second sweep for asynchronous requests. */
  public static final class SynchronousHttp11NioProtocol extends Http11NioProtocol {

    @Override
    protected void startAsyncTimeout() {
      // Probes and metrics never start asynchronous requests: nothing to time out.
    }
  }
}
