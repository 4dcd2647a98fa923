package dev.akhbar.indexer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code akhbar.indexer.*}: see the README for each key and its env var. */
@ConfigMapping(prefix = "akhbar.indexer")
public interface IndexerConfig {
  /** Alias of the article indices; template {@code <alias>}, indices {@code <alias>-YYYY}. */
  @WithDefault("akhbar-articles")
  String indexAlias();

  /**
   * Publication years before the fetch year that get an index of their own; older dates go to
   * {@code <alias>-archive}.
   */
  @WithDefault("10")
  int recentYears();

  Bulk bulk();

  DeadLetters deadLetters();

  Merge merge();

  /** Merging the indices of ended years to one segment each (docs/operations.md). */
  interface Merge {
    /** Whether the indexer merges closed indices at all (off: an operator does it). */
    @WithDefault("true")
    boolean enabled();

    /** Time between two looks; an index is merged once nothing was written to it between two. */
    @WithDefault("1h")
    Duration every();

    /** How long after the end of a year its index waits for late articles before it is merged. */
    @WithDefault("7d")
    Duration grace();
  }

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

    /** Documents buffered (pending, in flight or held) before consumption is held back. */
    @WithDefault("2000")
    int capacityActions();

    /** Bytes buffered before consumption is held back. */
    @WithDefault("20971520")
    long capacityBytes();

    /** First retry delay. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest retry delay. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * Server errors on one document, in requests that indexed others, before it is dead-lettered.
     */
    @WithDefault("5")
    int suspectAttempts();

    /** Recent writes remembered to keep a single copy of an article behind the alias. */
    @WithDefault("20000")
    int rememberedWrites();
  }

  interface DeadLetters {
    /** Dead letters waiting to be written before consumption is held back. */
    @WithDefault("100")
    int maxPending();
  }
}
