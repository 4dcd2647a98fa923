package dev.akhbar.pipeline.harness;

import dev.akhbar.pipeline.Endpoints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline under test: the real broker and node ({@link Infra}) and the four packaged services
 * as processes, watched by a {@link ServiceMonitor}. Replicas can be added by name.
 */
public final class Stack implements AutoCloseable {
  private final Infra infra;
  private final ServiceLauncher launcher;
  private final ServiceMonitor monitor = new ServiceMonitor();
  private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> serviceEnv = new HashMap<>();

  private final String apiKey = java.util.UUID.randomUUID().toString();

  /**
   * @param importRoots folders the fetcher may import from ({@code POST /import}); it is given an
   *     API key of its own for them ({@link #apiKey()})
   */
  public Stack(Path repoRoot, Endpoints endpoints, Path logDir, List<Path> importRoots)
      throws IOException {
    this.infra = new Infra(repoRoot, endpoints);
    // The fetcher ignores import roots that do not exist when it starts (ImportRoots.of): make
    // them now, or the first import of a run is refused until the fetcher restarts.
    for (Path root : importRoots) {
      Files.createDirectories(root);
    }
    this.launcher =
        new ServiceLauncher(
            repoRoot,
            logDir,
            Map.of(
                "AKHBAR_KAFKA_BOOTSTRAP", endpoints.kafkaBootstrap(),
                "AKHBAR_ES_URL", endpoints.esUrl()));
    env(
        "fetcher",
        Map.of(
            "AKHBAR_FETCHER_API_KEYS",
            apiKey,
            "AKHBAR_FETCHER_IMPORT_ROOTS",
            String.join(",", importRoots.stream().map(Path::toString).toList())));
  }

  /** The API key of the fetcher's import and fetch endpoints. */
  public String apiKey() {
    return apiKey;
  }

  public Infra infra() {
    return infra;
  }

  public ServiceMonitor monitor() {
    return monitor;
  }

  public ServiceLauncher launcher() {
    return launcher;
  }

  /** Extra environment for every process of {@code service} started from now on. */
  public void env(String service, Map<String, String> env) {
    serviceEnv.computeIfAbsent(service, s -> new HashMap<>()).putAll(env);
  }

  /** Starts the four services (those not running yet) and waits until all are ready. */
  public void startPipeline(Duration timeout) throws IOException {
    List<ServiceProcess> started = new ArrayList<>();
    for (String service : ServiceLauncher.PIPELINE) {
      ServiceProcess p = processes.get(service);
      if (p == null || !p.alive()) {
        started.add(start(service, service, Map.of()));
      }
    }
    for (ServiceProcess p : started) {
      awaitReady(p, timeout);
    }
  }

  /** Starts one process of {@code service} named {@code name} (a replica: "parser-2"). */
  public ServiceProcess start(String service, String name, Map<String, String> env)
      throws IOException {
    Map<String, String> all = new HashMap<>(serviceEnv.getOrDefault(service, Map.of()));
    all.putAll(env);
    ServiceProcess p = launcher.start(service, name, all);
    ServiceProcess old = processes.put(name, p);
    if (old != null) {
      monitor.unwatch(old);
    }
    monitor.watch(p);
    return p;
  }

  public ServiceProcess get(String name) {
    ServiceProcess p = processes.get(name);
    if (p == null) {
      throw new IllegalArgumentException("No process " + name);
    }
    return p;
  }

  public List<ServiceProcess> processes() {
    return List.copyOf(processes.values());
  }

  /** Stops and forgets one process. */
  public void stop(String name) throws InterruptedException {
    ServiceProcess p = processes.remove(name);
    if (p != null) {
      monitor.unwatch(p);
      p.stop();
    }
  }

  /** Waits until the service answers ready; fails with its log if it exits or takes too long. */
  public static void awaitReady(ServiceProcess p, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      if (!p.alive()) {
        throw new IllegalStateException(p.name() + " exited:\n" + p.tail(40));
      }
      if (p.health("ready").up()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            p.name() + " not ready after " + timeout + ":\n" + p.tail(40));
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** For a shutdown hook: stops every process, ignoring what fails. */
  public void closeQuietly() {
    try {
      close();
    } catch (InterruptedException | RuntimeException e) {
      // the JVM is going down anyway
    }
  }

  @Override
  public synchronized void close() throws InterruptedException {
    monitor.close();
    List<ServiceProcess> all = new ArrayList<>(processes.values());
    java.util.Collections.reverse(all); // fetcher first: upstream stops before downstream
    for (ServiceProcess p : all) {
      p.stop();
    }
    processes.clear();
  }
}
