package run.kro.backend.cel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go duration text, read as Go's {@code time.ParseDuration} reads it and written back as Go writes
 * it.
 */
class GoDurationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0, PT0S, 0s",
    "90m, PT1H30M, 1h30m0s",
    "1h30m0s, PT1H30M, 1h30m0s",
    "1.5s, PT1.5S, 1.5s",
    ".5s, PT0.5S, 0.5s",
    "-2m, PT-2M, -2m0s",
    "+3s, PT3S, 3s",
    "300ms, PT0.3S, 0.3s",
    "1us, PT0.000001S, 0.000001s",
    "1µs, PT0.000001S, 0.000001s",
    "5ns, PT0.000000005S, 0.000000005s",
    "1h2m3s4ms, PT1H2M3.004S, 1h2m3.004s"
  })
  void readsAndWrites(String text, String iso, String written) {
    Duration duration = GoDurations.parse(text).orElseThrow();

    assertThat(duration).isEqualTo(Duration.parse(iso));
    assertThat(GoDurations.format(duration)).isEqualTo(written);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "1", "h", "1d", "1h 2m", "1.2.3s", "--1s", "1s5"})
  void refusesWhatGoRefuses(String text) {
    assertThat(GoDurations.parse(text)).isEmpty();
  }
}
