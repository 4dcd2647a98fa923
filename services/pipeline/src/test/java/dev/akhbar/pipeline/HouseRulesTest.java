package dev.akhbar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.testsupport.Infra;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of ../shared/STYLE.md, checked on the sources of every module under services/:
 * domain packages import no Kafka, SmallRye, Micrometer, Quarkus, Jakarta or Elasticsearch-client
 * class (the adapter packages of each module are declared in house-rules.properties), and no class
 * in src/main is over 400 lines.
 */
class HouseRulesTest {
  static final List<String> FRAMEWORK =
      List.of(
          "org.apache.kafka.",
          "io.smallrye.",
          "io.micrometer.",
          "io.quarkus.",
          "jakarta.",
          "co.elastic.",
          "org.elasticsearch.");
  static final int MAX_LINES = 400;

  static final Path SERVICES = Infra.repoRoot().resolve("services");

  @Test
  void domainPackagesImportNoFrameworkOrClientClass() throws IOException {
    Properties adapters = adapters();
    List<String> violations = new ArrayList<>();
    for (String module : modules()) {
      String declared = adapters.getProperty(module);
      assertThat(declared)
          .as("services/%s: declare its adapter packages in house-rules.properties", module)
          .isNotNull();
      if (!declared.equals("*")) {
        violations.addAll(
            violations(
                module,
                Arrays.stream(declared.split(","))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .collect(Collectors.toSet())));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theRuleFindsFrameworkImportsInAPackageNotDeclaredAnAdapter() throws IOException {
    // The check above finds nothing on a clean tree; make sure it would: with the fetcher's
    // adapter packages left undeclared, its Kafka adapter's imports are violations.
    assertThat(violations("fetcher", Set.of())).anyMatch(v -> v.startsWith("fetcher/kafka/"));
  }

  /** The framework imports of {@code module}'s classes outside its adapter packages. */
  static List<String> violations(String module, Set<String> adapterPackages) throws IOException {
    List<String> violations = new ArrayList<>();
    Path root = SERVICES.resolve(module).resolve("src/main/java/dev/akhbar").resolve(module);
    for (Path f : javaFiles(root)) {
      Path relative = root.relativize(f);
      if (relative.getNameCount() < 2 || adapterPackages.contains(relative.getName(0).toString())) {
        continue; // the module's top-level wiring classes and its adapter packages
      }
      for (String line : Files.readAllLines(f)) {
        if (line.startsWith("import ") && FRAMEWORK.stream().anyMatch(line::contains)) {
          violations.add(module + "/" + relative + ": " + line);
        }
      }
    }
    return violations;
  }

  @Test
  void noClassInSrcMainIsOverFourHundredLines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (String module : modules()) {
      for (Path f : javaFiles(SERVICES.resolve(module).resolve("src/main/java"))) {
        int lines = Files.readAllLines(f).size();
        if (lines > MAX_LINES) {
          tooLong.add(SERVICES.relativize(f) + " (" + lines + ")");
        }
      }
    }
    assertThat(tooLong).isEmpty();
  }

  static Set<String> modules() throws IOException {
    try (Stream<Path> dirs = Files.list(SERVICES)) {
      Set<String> modules =
          dirs.filter(d -> Files.isDirectory(d.resolve("src/main/java")))
              .map(d -> d.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(modules).contains("fetcher", "parser", "enricher", "indexer", "search");
      return modules;
    }
  }

  static Properties adapters() throws IOException {
    Properties p = new Properties();
    try (InputStream in = HouseRulesTest.class.getResourceAsStream("house-rules.properties")) {
      p.load(in);
    }
    return p;
  }

  static List<Path> javaFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
