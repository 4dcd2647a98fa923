package dev.akhbar.fetcher.importer;

import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.emit.PageEmitter;
import dev.akhbar.fetcher.emit.PageSink;
import dev.akhbar.fetcher.state.SeenStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** An import service over a test sink, with quick pauses between write attempts. */
final class ImportHarness {
  private ImportHarness() {}

  static DurableWrites quickWrites() {
    return new DurableWrites(
        Clock.systemUTC(), Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofSeconds(10));
  }

  static ImportService service(
      PageSink sink, SeenStore seen, Clock clock, int workers, List<String> roots) {
    DurableWrites writes = quickWrites();
    return new ImportService(
        new PageEmitter(sink, seen, writes),
        seen,
        writes,
        clock,
        new ImportService.Settings(workers, 8L * 1024 * 1024, ImportRoots.of(roots), 50, 16));
  }

  static ImportStatus run(ImportService imports, Path path, String sourceId, boolean force) {
    try {
      return imports.run(new ImportSpec(path, sourceId, force));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
