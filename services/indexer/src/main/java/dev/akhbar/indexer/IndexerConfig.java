package dev.akhbar.indexer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code akhbar.indexer.*}: see the README for each key and its env var. */
@ConfigMapping(prefix = "akhbar.indexer")
public interface IndexerConfig {
  /** Alias of the article indices; template {@code <alias>}, indices {@code <alias>-YYYY.MM}. */
  @WithDefault("akhbar-articles")
  String indexAlias();

  Bulk bulk();

  interface Bulk {
    /** Documents per bulk request. */
    @WithDefault("500")
    int maxActions();

    /** Bytes of source per bulk request. */
    @WithDefault("5242880")
    long maxBytes();

    /** Longest a document waits for a bulk to fill. */
    @WithDefault("1s")
    Duration flushInterval();

    /** Documents buffered (pending or in flight) before consumption is held back. */
    @WithDefault("2000")
    int capacityActions();

    /** Bytes buffered before consumption is held back. */
    @WithDefault("20971520")
    long capacityBytes();

    /** First retry delay after a failed bulk. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest retry delay. */
    @WithDefault("30s")
    Duration maxBackoff();
  }
}
