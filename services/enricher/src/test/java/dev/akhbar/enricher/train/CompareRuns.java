package dev.akhbar.enricher.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two finished {@code make train-ner} runs offline: every counts file ({@link DevCounts})
 * of the variant's folder with the file of the same name in the baseline's folder. Arguments: the
 * baseline folder, the variant folder.
 */
public final class CompareRuns {
  private CompareRuns() {}

  public static void main(String[] args) throws IOException {
    Path baseline = Path.of(args[0]);
    Path variant = Path.of(args[1]);
    List<Path> files;
    try (Stream<Path> s = Files.list(variant)) {
      files =
          s.filter(f -> f.getFileName().toString().startsWith("ner-dev-counts-")).sorted().toList();
    }
    for (Path f : files) {
      Path b = baseline.resolve(f.getFileName());
      if (Files.exists(b)) {
        DevCounts.compare(
            DevCounts.read(b),
            DevCounts.read(f),
            f.getFileName() + " (" + baseline + " -> " + variant + ")",
            System.out);
      }
    }
  }
}
