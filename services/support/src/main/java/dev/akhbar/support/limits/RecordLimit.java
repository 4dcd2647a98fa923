package dev.akhbar.support.limits;

import dev.akhbar.support.budget.RecordRejectedException;

/**
 * The largest record a stage may write to a topic: its producer's {@code max.request.size}, equal
 * to the topic's {@code max.message.bytes} (docs/events.md, "Record sizes"). Checked before
 * sending, so that an output too large is a dead letter of its input with the reason, not a
 * producer error that leaves the record nowhere.
 *
 * @param topic the topic written to
 * @param maxBytes the producer's max.request.size
 */
public record RecordLimit(String topic, long maxBytes) {
  /** Room for the key, the CloudEvents headers and the record and batch framing. */
  static final int OVERHEAD = 4096;

  /** Throws a {@link RecordRejectedException} saying why when {@code value} would not fit. */
  public void check(String value) {
    long bytes = utf8Length(value);
    if (bytes + OVERHEAD > maxBytes) {
      throw new RecordRejectedException(
          String.format(
              java.util.Locale.ROOT,
              "Output of %,d bytes is over the %,d-byte record limit of %s",
              bytes,
              maxBytes,
              topic));
    }
  }

  /** Bytes of {@code s} in UTF-8, without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
