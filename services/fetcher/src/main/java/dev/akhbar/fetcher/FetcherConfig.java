package dev.akhbar.fetcher;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every {@code akhbar.fetcher.*} setting (env: AKHBAR_FETCHER_...). */
@ConfigMapping(prefix = "akhbar.fetcher")
public interface FetcherConfig {

  @WithName("import")
  Import imports();

  Http http();

  Politeness politeness();

  Retry retry();

  Network network();

  Robots robots();

  Sources sources();

  Seen seen();

  Api api();

  interface Import {
    /** Folders and .warc/.warc.gz files imported once at startup (not limited to the roots). */
    Optional<List<String>> paths();

    /** Source id given to pages imported at startup. */
    Optional<String> sourceId();

    /** Emit imported pages even when already seen. */
    @WithDefault("false")
    boolean force();

    /** Folders under which POST /import may read; none (prod default): the API imports nothing. */
    Optional<List<String>> roots();

    /** Pages read and written at the same time within an import (one page in memory each). */
    @WithDefault("2")
    int workers();

    /** Finished import jobs whose status is kept. */
    @WithDefault("50")
    int keepJobs();

    /** Import jobs that may wait for their turn; more are refused (429). */
    @WithDefault("16")
    int maxQueuedJobs();
  }

  interface Api {
    /** Whether POST /fetch and /import need an API key (dev and test profiles: false). */
    @WithDefault("true")
    boolean authRequired();

    /** Accepted API keys (header X-Api-Key); several to rotate them. None: the API is closed. */
    Optional<List<String>> keys();
  }

  interface Http {
    @WithDefault("AkhbarBot/0.1 (+https://akhbar.dev/bot)")
    String userAgent();

    @WithDefault("10s")
    Duration connectTimeout();

    @WithDefault("30s")
    Duration readTimeout();

    /** Bytes read from the wire per response (8 MiB). */
    @WithDefault("8388608")
    long maxBodyBytes();

    /** Bytes after content decoding (32 MiB). */
    @WithDefault("33554432")
    long maxDecodedBytes();

    @WithDefault("100")
    int maxCompressionRatio();

    @WithDefault("5")
    int maxRedirects();
  }

  interface Politeness {
    /** Minimum delay between two requests to one host. */
    @WithDefault("1s")
    Duration minDelay();

    @WithDefault("30s")
    Duration maxCrawlDelay();

    /** Hosts fetched at the same time (one request at a time per host). */
    @WithDefault("8")
    int workers();

    /** URLs waiting in all host queues beyond which new ones are dead-lettered. */
    @WithDefault("100000")
    int maxQueue();
  }

  interface Retry {
    @WithDefault("4")
    int maxAttempts();

    @WithDefault("2s")
    Duration initialBackoff();

    @WithDefault("2m")
    Duration maxBackoff();

    @WithDefault("10m")
    Duration maxRetryAfter();
  }

  interface Network {
    @WithDefault("false")
    boolean allowLoopback();

    @WithDefault("false")
    boolean allowPrivate();

    @WithDefault("false")
    boolean allowLinkLocal();

    @WithDefault("http,https")
    List<String> schemes();
  }

  interface Robots {
    @WithDefault("true")
    boolean obey();

    /** Token matched against robots.txt User-agent lines. */
    @WithDefault("akhbarbot")
    String agent();

    @WithDefault("1h")
    Duration cacheTtl();

    @WithDefault("5m")
    Duration errorTtl();
  }

  interface Sources {
    /** YAML sources file (mounted from a ConfigMap in Kubernetes); none by default. */
    Optional<String> file();

    /** Whether the sources are polled on their interval. */
    @WithDefault("true")
    boolean poll();
  }

  interface Seen {
    /** kafka (compacted topic, default) or memory (tests, one-off runs). */
    @WithDefault("kafka")
    String store();

    /** Pages the seen index is first sized for (12 bytes each off-heap, at most 70 % full). */
    @WithDefault("1000000")
    int expectedPages();
  }
}
