package dev.akhbar.pipeline.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the packaged services with the JVM options of {@code deploy/demo/service-jvm.options} and
 * the environment {@code make run} gives them (where Kafka and Elasticsearch are), plus whatever a
 * run adds (another consumer group, another output topic, an import root).
 */
public final class ServiceLauncher {
  public static final List<String> PIPELINE = List.of("indexer", "enricher", "parser", "fetcher");
  public static final String JVM_OPTIONS = "deploy/demo/service-jvm.options";

  /**
   * Pid files of the processes harnesses start, which {@code deploy/demo/services stop} (and so
   * {@code make down}) also ends.
   */
  public static final String PID_DIR = "deploy/demo/.run/harness";

  private final Path repoRoot;
  private final Path logDir;
  private final Map<String, String> baseEnv;
  private final List<String> jvmOptions;
  private final String java;

  public ServiceLauncher(Path repoRoot, Path logDir, Map<String, String> baseEnv)
      throws IOException {
    this.repoRoot = repoRoot;
    this.logDir = logDir;
    this.baseEnv = Map.copyOf(baseEnv);
    // -Dakhbar.jvm.options=FILE tries other options (a benchmark's A/B) without editing the file.
    this.jvmOptions =
        jvmOptions(
            Path.of(
                System.getProperty(
                    "akhbar.jvm.options", repoRoot.resolve(JVM_OPTIONS).toString())));
    this.java = ProcessHandle.current().info().command().orElse("java");
    Files.createDirectories(logDir);
  }

  /** The options of the file: one a line, comments and blank lines left out. */
  public static List<String> jvmOptions(Path file) throws IOException {
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      int hash = line.indexOf('#');
      String option = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!option.isEmpty()) {
        options.add(option);
      }
    }
    return options;
  }

  public List<String> jvmOptions() {
    return jvmOptions;
  }

  /** Starts {@code service} as a process named {@code name}, with {@code extraEnv} on top. */
  public ServiceProcess start(String service, String name, Map<String, String> extraEnv)
      throws IOException {
    Path jar =
        repoRoot.resolve("services").resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Not built: " + jar + " (run make build first)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmOptions);
    cmd.add("-Dakhbar.service=" + name);
    cmd.add("-jar");
    cmd.add(jar.toString());
    Map<String, String> env = new HashMap<>(baseEnv);
    env.putAll(extraEnv);
    Path log = logDir.resolve(name + ".log");
    Files.deleteIfExists(log);
    Path pids = repoRoot.resolve(PID_DIR);
    Files.createDirectories(pids);
    return new ServiceProcess(
        service,
        name,
        cmd,
        env,
        log,
        pids.resolve(ProcessHandle.current().pid() + "-" + name + ".pid"));
  }
}
