package dev.akhbar.fetcher.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Input streams that count what passes and stop at a cap, so a cap is enforced while streaming. */
final class BoundedStreams {
  private BoundedStreams() {}

  /** Thrown when a cap is hit; carries the reason for the dead letter. */
  static final class CapExceededException extends IOException {
    CapExceededException(String message) {
      super(message);
    }
  }

  /** Counts bytes and throws once more than {@code max} have been read. */
  static final class Counting extends FilterInputStream {
    private final long max;
    private final String what;
    private long count;

    Counting(InputStream in, long max, String what) {
      super(in);
      this.max = max;
      this.what = what;
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws CapExceededException {
      count += n;
      if (count > max) {
        throw new CapExceededException(what + " larger than " + max + " bytes");
      }
    }
  }

  /**
   * Reads a decoded stream fully, refusing more than {@code maxDecoded} bytes or a decoded/wire
   * ratio above {@code maxRatio} once past 1 MiB (a decompression bomb).
   */
  static byte[] readDecoded(InputStream decoded, Counting wire, long maxDecoded, int maxRatio)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = decoded.read(buf)) > 0) {
      total += n;
      if (total > maxDecoded) {
        throw new CapExceededException(
            "Decompressed body larger than " + maxDecoded + " bytes (decompression bomb)");
      }
      if (total > 1024 * 1024 && total > (long) maxRatio * Math.max(1, wire.count())) {
        throw new CapExceededException(
            "Compression ratio above " + maxRatio + ":1 (decompression bomb)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
