package dev.akhbar.indexer.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sorts Elasticsearch errors into "the document is at fault" (dead letter) and "the cluster, the
 * credentials or its capacity are at fault" (a {@link Hold}: wait and retry), by the rules of
 * {@code elasticsearch-errors.txt} next to this class, then by HTTP status. Plain strings and
 * numbers in, so it knows nothing of the Elasticsearch client.
 */
public final class ErrorClassifier {
  /** Classpath location of the rules. */
  public static final String RESOURCE = "dev/akhbar/indexer/bulk/elasticsearch-errors.txt";

  private static final String CONTENT = "CONTENT";

  private record Rule(String verdict, String type, String words) {}

  private final List<Rule> rules;

  private ErrorClassifier(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules. */
  public static ErrorClassifier load() {
    try (InputStream in = ErrorClassifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ErrorClassifier parse(BufferedReader reader) throws IOException {
    List<Rule> withWords = new ArrayList<>();
    List<Rule> bare = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] parts = text.split("\\s+", 3);
      if (parts.length < 2) {
        throw new IllegalArgumentException(RESOURCE + ":" + n + ": need <verdict> <type>");
      }
      String verdict = parts[0];
      if (!verdict.equals(CONTENT)) {
        Hold.Cause.valueOf(verdict); // fails on a typo, at start-up
      }
      String words = parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : null;
      (words == null ? bare : withWords).add(new Rule(verdict, parts[1], words));
    }
    withWords.addAll(bare);
    return new ErrorClassifier(withWords);
  }

  /**
   * One item of a bulk answer.
   *
   * @param status the item's HTTP status
   * @param type the error type, null when the item succeeded
   * @param reason the error reason (with its causes), may be null
   * @param index the index of the item, the subject of a hold
   */
  public ItemResult item(int status, String type, String reason, String index) {
    if (type == null && status >= 200 && status < 300) {
      return ItemResult.indexed(status);
    }
    String text = text(status, type, reason);
    if (status == 409 || "version_conflict_engine_exception".equals(type)) {
      return ItemResult.stale(status, text);
    }
    String verdict = verdict(type, reason);
    if (CONTENT.equals(verdict)) {
      return ItemResult.rejected(status, text);
    }
    if (verdict != null) {
      return ItemResult.held(status, new Hold(Hold.Cause.valueOf(verdict), index, text));
    }
    Hold.Cause byStatus = causeOfStatus(status);
    if (byStatus != null) {
      return ItemResult.held(status, new Hold(byStatus, index, text));
    }
    if (status >= 500) {
      return ItemResult.suspect(status, new Hold(Hold.Cause.SERVER_ERROR, index, text));
    }
    return ItemResult.rejected(status, text);
  }

  /**
   * A request that failed as a whole (bulk, search, template, index creation).
   *
   * @param status HTTP status, 0 when there was no answer
   * @param type the error type of the answer, null when it had none (a proxy, no answer)
   * @param reason the error reason, or the exception's message
   * @param subject the index concerned, or null
   * @return a hold; or null when the content of a bulk request was refused (413: split it)
   */
  public Hold request(int status, String type, String reason, String subject) {
    String text = text(status, type, reason);
    if (status == 413) {
      return null;
    }
    String verdict = verdict(type, reason);
    if (verdict != null && !CONTENT.equals(verdict)) {
      return new Hold(Hold.Cause.valueOf(verdict), subject, text);
    }
    Hold.Cause cause =
        switch (status) {
          case 0 -> Hold.Cause.UNREACHABLE;
          case 401 -> Hold.Cause.AUTHENTICATION;
          case 403 -> Hold.Cause.AUTHORIZATION;
          case 429 -> Hold.Cause.OVERLOAD;
          default ->
              status == 408 || status >= 500
                  ? Hold.Cause.UNAVAILABLE
                  // A 4xx for a request we built: faults of our documents come back per item, so
                  // this is about the request or the cluster's settings, not the documents.
                  : Hold.Cause.REFUSED;
        };
    return new Hold(cause, subject, text);
  }

  private String verdict(String type, String reason) {
    if (type == null) {
      return null;
    }
    String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    for (Rule rule : rules) {
      if (rule.type().equals(type) && (rule.words() == null || lower.contains(rule.words()))) {
        return rule.verdict();
      }
    }
    return null;
  }

  private static Hold.Cause causeOfStatus(int status) {
    return switch (status) {
      case 0 -> Hold.Cause.UNREACHABLE;
      case 401 -> Hold.Cause.AUTHENTICATION;
      case 403 -> Hold.Cause.AUTHORIZATION;
      case 404 -> Hold.Cause.INDEX_MISSING;
      case 408, 504 -> Hold.Cause.UNAVAILABLE;
      case 429 -> Hold.Cause.OVERLOAD;
      default -> null;
    };
  }

  private static String text(int status, String type, String reason) {
    if (type == null && status == 0 && reason != null) {
      return reason; // no answer: the exception says it all
    }
    String head = type == null ? "status " + status : type;
    return reason == null || reason.isBlank() ? head : head + ": " + reason;
  }
}
