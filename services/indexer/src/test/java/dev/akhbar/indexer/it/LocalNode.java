package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.testsupport.Infra;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/** Stops and starts the Elasticsearch node of deploy/local (a real process, by its pid file). */
final class LocalNode {
  private LocalNode() {}

  static void stop() {
    infra("stop-es");
  }

  static void start() {
    infra("start-es");
  }

  private static void infra(String command) {
    try {
      Process p =
          new ProcessBuilder(Infra.infraScript().toString(), command)
              .redirectErrorStream(true)
              .redirectOutput(new File("target/infra-" + command + ".log"))
              .start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroy();
        throw new IllegalStateException("infra " + command + " did not finish in 180 s");
      }
      assertThat(p.exitValue())
          .as("infra " + command + " (see target/infra-" + command + ".log)")
          .isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
