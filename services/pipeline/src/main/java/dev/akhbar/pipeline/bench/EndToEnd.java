package dev.akhbar.pipeline.bench;

import dev.akhbar.pipeline.harness.ProcStats;
import dev.akhbar.pipeline.ledger.IndexWatch;
import dev.akhbar.pipeline.ledger.PipelineRun;
import dev.akhbar.pipeline.ledger.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one end-to-end run: articles per second from the first page in to the last
 * document searchable, the same between 10% and 90% of the documents (steady state), latency from
 * fetch to searchable, and CPU per article of each process.
 */
record EndToEnd(
    Tally tally,
    double seconds,
    double perSecond,
    double steadyPerSecond,
    double p50,
    double p95,
    Map<String, Double> cpuMsPerArticle) {

  /** CPU time of each named process now, in seconds. */
  static Map<String, Double> cpu(Map<String, Long> pids) {
    Map<String, Double> cpu = new LinkedHashMap<>();
    pids.forEach((name, pid) -> cpu.put(name, Stats.seconds(ProcStats.cpu(pid))));
    return cpu;
  }

  static EndToEnd of(
      PipelineRun run, Tally tally, Map<String, Double> cpu0, Map<String, Double> cpu1) {
    List<Instant> searchable = new ArrayList<>();
    List<Double> latency = new ArrayList<>();
    for (String id : run.ledger().ids()) {
      IndexWatch.Seen seen = run.index().seen(id);
      if (seen != null) {
        searchable.add(seen.searchable());
        Instant fetched = seen.fetchedAt() != null ? seen.fetchedAt() : run.ledger().get(id).at();
        latency.add(Stats.seconds(Duration.between(fetched, seen.searchable())));
      }
    }
    searchable.sort(null);
    int n = searchable.size();
    double seconds =
        n == 0
            ? Double.NaN
            : Stats.seconds(Duration.between(run.firstFed(), searchable.get(n - 1)));
    double steady = Double.NaN;
    if (n >= 20) {
      int lo = n / 10;
      int hi = n * 9 / 10;
      steady = (hi - lo) / Stats.seconds(Duration.between(searchable.get(lo), searchable.get(hi)));
    }
    Map<String, Double> cpuMs = new LinkedHashMap<>();
    cpu1.forEach(
        (name, c) -> cpuMs.put(name, (c - cpu0.getOrDefault(name, 0.0)) * 1000 / Math.max(1, n)));
    return new EndToEnd(
        tally,
        seconds,
        n / seconds,
        steady,
        Stats.percentile(latency, 50),
        Stats.percentile(latency, 95),
        cpuMs);
  }
}
