package dev.akhbar.fetcher;

import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.durable.DurableWrites;
import dev.akhbar.fetcher.importer.ImportJob;
import dev.akhbar.fetcher.importer.ImportService;
import dev.akhbar.fetcher.importer.ImportSpec;
import dev.akhbar.fetcher.sources.Source;
import dev.akhbar.fetcher.sources.SourcesFile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** At startup: imports the configured paths once and starts polling the sources file. */
@ApplicationScoped
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class);

  @Inject FetcherConfig config;
  @Inject ImportService imports;
  @Inject SourcePoller poller;
  @Inject Crawler crawler;
  @Inject DurableWrites writes;

  void onStart(@Observes StartupEvent event) {
    importAll(config.imports().paths().orElse(List.of()));
    config.sources().file().filter(f -> !f.isBlank()).ifPresent(this::startSources);
  }

  /**
   * Stops polling and importing, then lets the requests in flight finish (their pages written and
   * marked seen) before the HTTP client and the Kafka clients are closed. Writes still waiting for
   * an unavailable broker are abandoned: their pages are neither marked seen nor acknowledged, so a
   * restart does them again.
   */
  void onStop(@Observes ShutdownEvent event) {
    writes.close();
    poller.close();
    imports.close();
    crawler.close();
  }

  /** Queues the configured paths as import jobs (listed by GET /import). */
  private void importAll(List<String> paths) {
    String sourceId = config.imports().sourceId().orElse(null);
    for (String p : paths) {
      if (p.isBlank()) {
        continue;
      }
      try {
        ImportJob job =
            imports.submitConfigured(
                new ImportSpec(Path.of(p.strip()), sourceId, config.imports().force()));
        LOG.infof("Importing %s (job %s)", p, job.id());
      } catch (RuntimeException e) {
        LOG.errorf("Import of %s failed: %s", p, e.getMessage());
      }
    }
  }

  private void startSources(String file) {
    List<Source> sources;
    try {
      sources = SourcesFile.read(Path.of(file));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot read the sources file " + file + ": " + e.getMessage(), e);
    }
    LOG.infof("%d sources from %s", sources.size(), file);
    if (config.sources().poll()) {
      poller.start(sources);
    }
  }
}
