package dev.akhbar.pipeline.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches the services while a run goes on: every second their liveness and readiness (and why a
 * service is not ready), every few seconds their heap in use. A service that reports liveness DOWN
 * would be restarted by Kubernetes; the fault suite counts those moments.
 */
public final class ServiceMonitor implements AutoCloseable {
  private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
  private final Map<String, Track> tracks = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  /** What was seen of one service since the last {@link #reset}. */
  public static final class Track {
    volatile int liveDown;
    volatile int readyDown;
    volatile String lastNotReady = "";
    final java.util.Set<String> notReadyReasons =
        java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
    volatile String lastNotLive = "";
    volatile long peakHeap;
    volatile boolean readyNow;
    volatile boolean liveNow;
    volatile long notReadyMillis;
    volatile long lastSample;
    volatile boolean readyNowBefore = true;

    /** How long the service was seen not ready (time between samples that found it so). */
    public java.time.Duration notReadyFor() {
      return java.time.Duration.ofMillis(notReadyMillis);
    }

    public int liveDown() {
      return liveDown;
    }

    public int readyDown() {
      return readyDown;
    }

    public String lastNotReady() {
      return lastNotReady;
    }

    /** Every distinct answer the service gave while not ready, in the order first seen. */
    public java.util.List<String> notReadyReasons() {
      synchronized (notReadyReasons) {
        return java.util.List.copyOf(notReadyReasons);
      }
    }

    public String lastNotLive() {
      return lastNotLive;
    }

    public long peakHeap() {
      return peakHeap;
    }

    public boolean readyNow() {
      return readyNow;
    }

    public boolean liveNow() {
      return liveNow;
    }
  }

  public ServiceMonitor() {
    thread = Thread.ofPlatform().daemon().name("service-monitor").start(this::loop);
  }

  public void watch(ServiceProcess service) {
    services.add(service);
    tracks.computeIfAbsent(service.name(), n -> new Track());
  }

  public void unwatch(ServiceProcess service) {
    services.remove(service);
  }

  /** Forgets what was seen so far (the start of a scenario). */
  public void reset() {
    tracks.replaceAll((name, old) -> new Track());
  }

  public Track track(String name) {
    return tracks.computeIfAbsent(name, n -> new Track());
  }

  private void loop() {
    long tick = 0;
    while (running) {
      for (ServiceProcess s : services) {
        if (!s.alive()) {
          continue;
        }
        Track t = track(s.name());
        ServiceProcess.Health live = s.health("live");
        ServiceProcess.Health ready = s.health("ready");
        t.liveNow = live.up();
        t.readyNow = ready.up();
        if (!live.up() && live.status() != 0) {
          t.liveDown++;
          t.lastNotLive = downChecks(live.body());
        }
        long now = System.currentTimeMillis();
        if (!ready.up() && t.lastSample > 0 && !t.readyNowBefore) {
          t.notReadyMillis += now - t.lastSample;
        }
        t.readyNowBefore = ready.up();
        t.lastSample = now;
        if (!ready.up()) {
          t.readyDown++;
          t.lastNotReady = ready.status() == 0 ? ready.body() : downChecks(ready.body());
          if (t.notReadyReasons.size() < 8) {
            t.notReadyReasons.add(t.lastNotReady);
          }
        }
        if (tick % 3 == 0) {
          t.peakHeap = Math.max(t.peakHeap, heapUsed(s));
        }
      }
      tick++;
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The names and data of the checks that are DOWN, from a SmallRye Health answer. */
  static String downChecks(String body) {
    try {
      JsonNode root = EventCodec.mapper().readTree(body);
      List<String> down = new ArrayList<>();
      for (JsonNode check : root.path("checks")) {
        if (!"UP".equals(check.path("status").asText())) {
          String data = check.has("data") ? " " + check.get("data") : "";
          down.add(check.path("name").asText() + data);
        }
      }
      String s = String.join("; ", down);
      return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    } catch (IOException e) {
      return body.length() > 200 ? body.substring(0, 200) : body;
    }
  }

  /** Heap in use (bytes), from the service's Prometheus metrics; 0 if it does not answer. */
  static long heapUsed(ServiceProcess s) {
    try {
      HttpResponse<String> r = s.get("/q/metrics", Duration.ofSeconds(3));
      long sum = 0;
      for (String line : r.body().split("\n")) {
        if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
          sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return sum;
    } catch (IOException | RuntimeException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
