package dev.akhbar.fetcher.testing;

import dev.akhbar.testsupport.TestData;
import java.nio.file.Path;

/**
 * The demo corpus the product ships (deploy/demo/corpus, which the pom copies onto the test
 * classpath as demo-corpus/).
 */
public final class DemoCorpus {
  private DemoCorpus() {}

  public static Path folder() {
    return TestData.path("demo-corpus");
  }
}
