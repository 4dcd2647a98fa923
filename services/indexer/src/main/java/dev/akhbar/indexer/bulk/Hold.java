package dev.akhbar.indexer.bulk;

/**
 * Why documents wait instead of going to Elasticsearch or to the dead-letter topic: a cause outside
 * the documents themselves (the cluster, the credentials, its capacity). Documents held for such a
 * cause are retried until it is fixed, never dead-lettered.
 *
 * @param cause what kind of trouble
 * @param subject the index concerned, or null when it concerns the cluster or the request
 * @param detail what Elasticsearch (or the connection) said
 */
public record Hold(Cause cause, String subject, String detail) {
  private static final int MAX_DETAIL = 400;

  /** Kinds of trouble, each with the words readiness uses ("waiting: index write block on x"). */
  public enum Cause {
    UNREACHABLE("Elasticsearch unreachable"),
    AUTHENTICATION("Elasticsearch refuses the credentials"),
    AUTHORIZATION("missing Elasticsearch privileges"),
    WRITE_BLOCK("index write block"),
    SHARD_LIMIT("shard limit reached"),
    INDEX_MISSING("index missing"),
    INDEX_CLOSED("index closed"),
    OVERLOAD("Elasticsearch overloaded"),
    UNAVAILABLE("Elasticsearch unavailable"),
    REFUSED("Elasticsearch refused the request"),
    SERVER_ERROR("Elasticsearch failed on the document"),
    UNEXPECTED("unexpected error in the indexer");

    private final String label;

    Cause(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Hold {
    if (cause == null) {
      throw new IllegalArgumentException("A hold needs a cause");
    }
  }

  /**
   * An error of the indexer itself (a bug): held too, since the document is not known to be bad.
   */
  public static Hold unexpected(Throwable error) {
    return new Hold(Cause.UNEXPECTED, null, error.toString());
  }

  /** The same hold on another subject. */
  public Hold on(String index) {
    return new Hold(cause, index, detail);
  }

  /** E.g. {@code index write block on akhbar-articles-2026}. */
  public String headline() {
    return subject == null ? cause.label() : cause.label() + " on " + subject;
  }

  /** The detail, cut to a readable length; empty when there is none. */
  public String shortDetail() {
    if (detail == null || detail.isBlank()) {
      return "";
    }
    return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
  }

  /** E.g. {@code index write block on akhbar-articles-2026: cluster_block_exception: ...}. */
  public String describe() {
    String d = shortDetail();
    return d.isEmpty() ? headline() : headline() + ": " + d;
  }
}
