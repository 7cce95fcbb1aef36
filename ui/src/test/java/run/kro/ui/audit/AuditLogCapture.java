package run.kro.ui.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The lines the audit logger writes while a test runs: open it, act, read {@link #lines()}, close
 * it.
 */
public final class AuditLogCapture implements AutoCloseable {

  private final Logger logger = (Logger) LoggerFactory.getLogger(AuditTrail.LOGGER);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public AuditLogCapture() {
    appender.start();
    logger.addAppender(appender);
  }

  /** The INFO messages of logger {@value AuditTrail#LOGGER}, in order. */
  public List<String> lines() {
    return appender.list.stream()
        .filter(e -> e.getLevel() == Level.INFO)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
