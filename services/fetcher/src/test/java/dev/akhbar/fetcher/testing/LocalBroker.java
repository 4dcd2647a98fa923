package dev.akhbar.fetcher.testing;

import dev.akhbar.testsupport.Infra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The broker of deploy/local, for fault tests: killed with SIGKILL by the pid in its pid file, and
 * started again with {@code deploy/local/bin/infra up}. Only when the tests' bootstrap is that
 * broker (never an external one).
 */
public final class LocalBroker {
  private static final Path PID_FILE = Infra.repoRoot().resolve("deploy/local/.run/kafka.pid");

  private LocalBroker() {}

  /** Whether the tests run against the broker this checkout started. */
  public static boolean isLocal() {
    return Infra.kafkaIsLocal()
        && pid() > 0
        && ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false);
  }

  private static long pid() {
    try {
      return Long.parseLong(Files.readString(PID_FILE).strip());
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /** kill -9 of the broker; returns once the process is gone. */
  public static void kill9() throws Exception {
    long pid = pid();
    Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + pid + " failed");
    }
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
  }

  /** Starts the broker again (infra up waits until it accepts connections). */
  public static void restart() throws Exception {
    Process up =
        new ProcessBuilder(Infra.infraScript().toString(), "up")
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target/infra-up.log").toFile())
            .start();
    if (!up.waitFor(5, TimeUnit.MINUTES) || up.exitValue() != 0) {
      throw new IllegalStateException("infra up failed: see target/infra-up.log");
    }
  }
}
