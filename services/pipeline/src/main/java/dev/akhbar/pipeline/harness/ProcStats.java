package dev.akhbar.pipeline.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** CPU time and memory of a process, read from the operating system (Linux /proc). */
public final class ProcStats {
  private ProcStats() {}

  /** CPU time the process has used so far (user + system), or zero if it is gone. */
  public static Duration cpu(long pid) {
    return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).orElse(Duration.ZERO);
  }

  /** Peak resident set size in bytes (VmHWM), or 0 when unknown. */
  public static long peakRss(long pid) {
    return statusKb(pid, "VmHWM:") * 1024;
  }

  /** Current resident set size in bytes (VmRSS), or 0 when unknown. */
  public static long rss(long pid) {
    return statusKb(pid, "VmRSS:") * 1024;
  }

  private static long statusKb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** The command line of a running process, as the kernel has it. */
  public static java.util.List<String> commandLine(long pid) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
    java.util.List<String> args = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        args.add(new String(raw, start, i - start, java.nio.charset.StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return args;
  }

  public static String mib(long bytes) {
    return String.format("%d MiB", bytes / (1024 * 1024));
  }
}
