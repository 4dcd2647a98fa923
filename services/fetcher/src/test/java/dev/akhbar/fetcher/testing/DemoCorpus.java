package dev.akhbar.fetcher.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The demo corpus the product ships, found relative to this module. */
public final class DemoCorpus {
  private DemoCorpus() {}

  public static Path folder() {
    Path p = Paths.get("../../deploy/demo/corpus").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("Demo corpus not found at " + p);
    }
    return p;
  }
}
