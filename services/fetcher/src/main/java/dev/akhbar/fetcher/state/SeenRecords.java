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
 * {"kind":"page","fetchedAt","marker"}} (records of the first fetcher also carry the "url") or
 * {@code {"kind":"feed","url","etag","lastModified","checkedAt"}}; null deletes. A page value is
 * read with a streaming parser, for the few fields the index keeps: a restart reads millions of
 * them.
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

  /**
   * A page's value: its times only. The key (the article id) says which page it is; leaving the URL
   * out makes the topic about half as large, and a restart reads it about twice as fast.
   */
  static String pageValue(Instant fetchedAt, Instant marker) {
    return EventCodec.write(new Value("page", null, fetchedAt, marker, null, null, null));
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
    int fast = fastPageTime(value);
    return fast != UNREADABLE ? fast : parsedPageTime(value);
  }

  private static final int UNREADABLE = Integer.MIN_VALUE + 1;
  private static final byte[] MARKER = "\"marker\":\"".getBytes(StandardCharsets.UTF_8);
  private static final byte[] FETCHED_AT = "\"fetchedAt\":\"".getBytes(StandardCharsets.UTF_8);

  /**
   * The same for values as this class writes them (compact JSON, instants as {@code
   * Instant.toString()}), without a parser: a restart reads millions. {@link #UNREADABLE} when the
   * value has another shape.
   */
  private static int fastPageTime(byte[] v) {
    // written in this order: kind, url, fetchedAt, marker; both near the end of the value
    int fetched = lastIndexOf(v, FETCHED_AT);
    if (fetched < 0) {
      return UNREADABLE;
    }
    int marker = indexOf(v, MARKER, fetched);
    int at = marker >= 0 ? marker + MARKER.length : fetched + FETCHED_AT.length;
    // yyyy-MM-ddTHH:mm:ss[.fraction]Z
    if (at + 20 > v.length
        || v[at + 4] != '-'
        || v[at + 7] != '-'
        || v[at + 10] != 'T'
        || v[at + 13] != ':'
        || v[at + 16] != ':') {
      return UNREADABLE;
    }
    int year = digits(v, at, 4);
    int month = digits(v, at + 5, 2);
    int day = digits(v, at + 8, 2);
    int hour = digits(v, at + 11, 2);
    int minute = digits(v, at + 14, 2);
    int second = digits(v, at + 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return UNREADABLE;
    }
    int end = at + 19;
    boolean fraction = false;
    if (v[end] == '.') {
      for (end++; end < v.length && v[end] >= '0' && v[end] <= '9'; end++) {
        fraction |= v[end] != '0';
      }
    }
    if (end >= v.length || v[end] != 'Z') {
      return UNREADABLE;
    }
    long epochSecond =
        daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    long s = epochSecond + (fraction ? 1 : 0) - EPOCH_2000;
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, s));
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468;
  }

  private static int digits(byte[] v, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      int d = v[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  private static int lastIndexOf(byte[] v, byte[] field) {
    outer:
    for (int i = v.length - field.length; i >= 0; i--) {
      for (int j = 0; j < field.length; j++) {
        if (v[i + j] != field[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int indexOf(byte[] v, byte[] field, int from) {
    outer:
    for (int i = from; i + field.length <= v.length; i++) {
      for (int j = 0; j < field.length; j++) {
        if (v[i + j] != field[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int parsedPageTime(byte[] value) throws IOException {
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
