package dev.akhbar.fetcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules, checked on the sources: domain packages import no Kafka, SmallRye, Micrometer or
 * Quarkus class (those live in the adapter packages), and no class is over 400 lines.
 */
class DomainPackagesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/akhbar/fetcher");
  private static final Set<String> ADAPTERS = Set.of("api", "kafka", "metrics", "health");
  private static final List<String> FORBIDDEN =
      List.of("org.apache.kafka.", "io.smallrye.", "io.micrometer.", "io.quarkus.", "jakarta.");

  @Test
  void domainPackagesImportNoKafkaSmallRyeOrMicrometerClass() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path relative = MAIN.relativize(f);
        if (relative.getNameCount() < 2 || ADAPTERS.contains(relative.getName(0).toString())) {
          continue; // the wiring (top-level classes) and the adapter packages
        }
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import ") && FORBIDDEN.stream().anyMatch(line::contains)) {
            violations.add(relative + ": " + line);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void noClassIsOverFourHundredLines() throws IOException {
    List<String> long_ = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        int lines = Files.readAllLines(f).size();
        if (lines > 400) {
          long_.add(MAIN.relativize(f) + " (" + lines + ")");
        }
      }
    }
    assertThat(long_).isEmpty();
  }
}
