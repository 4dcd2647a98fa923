package dev.akhbar.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the time of {@code make bench-search} goes: CPU used by the Elasticsearch node, the search
 * service and the load generator (this JVM), and the node's search statistics (query and fetch
 * phases), taken before and after the measured requests; {@link #since} prints the difference per
 * request. On a shared machine the CPU figures are what each process used, whatever else ran.
 */
record CpuSnapshot(
    long esCpuMs,
    long queryMs,
    long queryShards,
    long fetchMs,
    long fetchShards,
    long serviceCpuNs,
    long benchCpuNs,
    long machineCpuMs,
    long wallNs) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static CpuSnapshot take(String es, ProcessHandle service) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(es + "/_nodes/_local/stats/process,indices")).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode node = JSON.readTree(r.body()).path("nodes").elements().next();
    JsonNode search = node.at("/indices/search");
    long bench =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    return new CpuSnapshot(
        node.at("/process/cpu/total_in_millis").asLong(),
        search.path("query_time_in_millis").asLong(),
        search.path("query_total").asLong(),
        search.path("fetch_time_in_millis").asLong(),
        search.path("fetch_total").asLong(),
        service.info().totalCpuDuration().map(Duration::toNanos).orElse(0L),
        bench,
        readMachineCpuMs(),
        System.nanoTime());
  }

  /**
   * CPU time the whole machine spent running anything (user, nice, system, interrupts, steal: the
   * first line of {@code /proc/stat}, in clock ticks of 10 ms), or -1 where there is none.
   */
  static long readMachineCpuMs() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long ticks = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        ticks += Long.parseLong(f[i]);
      }
      return ticks * 10;
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * The share of the machine's cores that processes other than the three measured ones used between
   * {@code before} and this snapshot (a helper, a build, a previous run's leftovers), or -1 where
   * the machine's CPU time is unknown.
   */
  double othersShare(CpuSnapshot before) {
    if (machineCpuMs < 0 || before.machineCpuMs < 0) {
      return -1;
    }
    double measured =
        (esCpuMs - before.esCpuMs)
            + (serviceCpuNs - before.serviceCpuNs) / 1e6
            + (benchCpuNs - before.benchCpuNs) / 1e6;
    double capacity = (wallNs - before.wallNs) / 1e6 * Runtime.getRuntime().availableProcessors();
    return Math.max(0, (machineCpuMs - before.machineCpuMs) - measured) / capacity;
  }

  /** Per request of the {@code requests} made since {@code before}. */
  String since(CpuSnapshot before, int requests) {
    double es = (double) (esCpuMs - before.esCpuMs) / requests;
    double service = (serviceCpuNs - before.serviceCpuNs) / 1e6 / requests;
    double bench = (benchCpuNs - before.benchCpuNs) / 1e6 / requests;
    long queries = queryShards - before.queryShards;
    long fetches = fetchShards - before.fetchShards;
    return String.format(
        "bench-search: CPU per request: Elasticsearch %.1f ms, search service %.1f ms, load"
            + " generator %.1f ms (%.1f ms in all)%n"
            + "bench-search: Elasticsearch per request: %.1f shard queries taking %.1f ms, %.1f"
            + " shard fetches taking %.1f ms (wall time in the node's search threads)%n",
        es,
        service,
        bench,
        es + service + bench,
        (double) queries / requests,
        (double) (queryMs - before.queryMs) / requests,
        (double) fetches / requests,
        (double) (fetchMs - before.fetchMs) / requests);
  }
}
