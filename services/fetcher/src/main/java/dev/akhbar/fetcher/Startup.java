package dev.akhbar.fetcher;

import dev.akhbar.fetcher.crawl.Crawler;
import dev.akhbar.fetcher.discovery.SourcePoller;
import dev.akhbar.fetcher.importer.ImportResult;
import dev.akhbar.fetcher.importer.ImportService;
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

  void onStart(@Observes StartupEvent event) {
    List<String> paths = config.imports().paths().orElse(List.of());
    if (!paths.isEmpty()) {
      Thread.ofVirtual().name("akhbar-startup-import").start(() -> importAll(paths));
    }
    config.sources().file().filter(f -> !f.isBlank()).ifPresent(this::startSources);
  }

  /**
   * Stops polling, then lets the requests in flight finish (their pages written and marked seen)
   * before the HTTP client and the Kafka clients are closed.
   */
  void onStop(@Observes ShutdownEvent event) {
    poller.close();
    crawler.close();
  }

  private void importAll(List<String> paths) {
    String sourceId = config.imports().sourceId().orElse(null);
    for (String p : paths) {
      if (p.isBlank()) {
        continue;
      }
      try {
        ImportResult r = imports.importPath(Path.of(p.strip()), sourceId, config.imports().force());
        LOG.infof(
            "Imported %s: %d pages, %d skipped, %d failed", p, r.pages(), r.skipped(), r.failed());
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
