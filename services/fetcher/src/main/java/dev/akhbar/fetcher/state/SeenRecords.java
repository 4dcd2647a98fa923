package dev.akhbar.fetcher.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.akhbar.events.EventCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The records of akhbar.fetch.seen.v1 (internal to the fetcher, not a contract). Keys: the article
 * id of a page URL, {@code feed:<article id>} for a feed or sitemap. Values: {@code
 * {"kind":"page","url","fetchedAt","marker"}} or {@code
 * {"kind":"feed","url","etag","lastModified","checkedAt"}}; null deletes. A page value is read with
 * a streaming parser, for the few fields the index keeps: a restart reads millions of them.
 */
final class SeenRecords {
  static final String FEED_PREFIX = "feed:";
  private static final byte[] FEED_PREFIX_BYTES = FEED_PREFIX.getBytes(StandardCharsets.UTF_8);
  private static final JsonFactory JSON = new JsonFactory();
  private static final long EPOCH_2000 = 946_684_800L;

  private SeenRecords() {}

  /** One record's value, as written. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Value(
      String kind,
      String url,
      Instant fetchedAt,
      Instant marker,
      String etag,
      String lastModified,
      Instant checkedAt) {}

  static String pageValue(String canonicalUrl, Instant fetchedAt, Instant marker) {
    return EventCodec.write(new Value("page", canonicalUrl, fetchedAt, marker, null, null, null));
  }

  static String feedValue(String url, SeenStore.Feed feed) {
    return EventCodec.write(
        new Value("feed", url, null, null, feed.etag(), feed.lastModified(), feed.checkedAt()));
  }

  static boolean isFeedKey(byte[] key) {
    if (key.length < FEED_PREFIX_BYTES.length) {
      return false;
    }
    for (int i = 0; i < FEED_PREFIX_BYTES.length; i++) {
      if (key[i] != FEED_PREFIX_BYTES[i]) {
        return false;
      }
    }
    return true;
  }

  static SeenStore.Feed feed(byte[] value) throws IOException {
    Value v = EventCodec.mapper().readValue(value, Value.class);
    return new SeenStore.Feed(v.etag(), v.lastModified(), v.checkedAt());
  }

  /**
   * The time a page's next change marker is compared with: the marker it was fetched for, else when
   * it was fetched; {@link PageIndex#MISSING} when the value has neither.
   */
  static int pageTime(byte[] value) throws IOException {
    String fetchedAt = null;
    String marker = null;
    try (JsonParser p = JSON.createParser(value)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING && field.equals("fetchedAt")) {
          fetchedAt = p.getText();
        } else if (t == JsonToken.VALUE_STRING && field.equals("marker")) {
          marker = p.getText();
        } else {
          p.skipChildren();
        }
      }
    }
    String ref = marker != null ? marker : fetchedAt;
    return ref == null ? PageIndex.MISSING : ceilSeconds(Instant.parse(ref));
  }

  /** Seconds since 2000, rounded up, clamped to the int range. */
  static int ceilSeconds(Instant t) {
    long s = t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0) - EPOCH_2000;
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, s));
  }

  /** Seconds since 2000, rounded down, clamped to the int range. */
  static int floorSeconds(Instant t) {
    long s = t.getEpochSecond() - EPOCH_2000;
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, s));
  }
}
