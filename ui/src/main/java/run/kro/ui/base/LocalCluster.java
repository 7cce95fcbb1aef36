package run.kro.ui.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The local control plane that the run command started with {@code scripts/kube-testenv}, read from
 * the folder the script keeps: whether workloads are simulated (the full control plane) or not (the
 * API server alone), and which of its components have stopped since. Read on every call, so that a
 * component that dies shows at the next page load.
 */
public record LocalCluster(Path directory) {

  private static final String FULL = "full";

  /** Whether the controller-manager, the scheduler and kwok were started beside the API server. */
  public boolean simulatesWorkloads() {
    return read("mode").stream().anyMatch(FULL::equals);
  }

  /**
   * The components started that no longer run, by the names the script gives them (e.g. "kwok").
   */
  public List<String> stoppedComponents() {
    return read("components").stream().filter(name -> !running(name)).toList();
  }

  private boolean running(String component) {
    return read(component + ".pid").stream()
        .findFirst()
        .flatMap(LocalCluster::pid)
        .flatMap(ProcessHandle::of)
        .map(ProcessHandle::isAlive)
        .orElse(false);
  }

  private static Optional<Long> pid(String text) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private List<String> read(String file) {
    try {
      return Files.readAllLines(directory.resolve(file)).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
