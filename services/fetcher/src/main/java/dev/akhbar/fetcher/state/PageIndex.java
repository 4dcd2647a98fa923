package dev.akhbar.fetcher.state;

import java.nio.ByteBuffer;

/**
 * The pages seen, in compact form and off the Java heap: open-addressing hash tables (linear
 * probing, backward-shift deletion) of 64-bit fingerprints, each with a 32-bit time, 12 bytes per
 * slot in direct buffers, kept at most 70 % full. 5 million pages take 96 MiB of direct memory and
 * nothing on the heap. The table is split in {@value #SEGMENTS} segments, each with its own lock,
 * so that the partitions of the seen topic are read back in parallel, and a segment grows alone.
 *
 * <p>The fingerprint is the first 64 bits of the article id (itself SHA-256): two of 5 million URLs
 * share one with a probability below one in a million; the second would then count as seen. Times
 * are whole seconds since 2000-01-01 (a range up to 2068).
 */
final class PageIndex {
  /** What {@link #get} returns for a fingerprint that is not there. */
  static final int MISSING = Integer.MIN_VALUE;

  private static final int SEGMENTS = 16;
  private final Segment[] segments = new Segment[SEGMENTS];

  PageIndex(int expected) {
    for (int i = 0; i < SEGMENTS; i++) {
      segments[i] = new Segment(Math.max(1, expected / SEGMENTS));
    }
  }

  /** The fingerprint of an article id (32 hex digits): its first 16 digits; never 0. */
  static long fingerprint(CharSequence articleId) {
    long fp = 0;
    for (int i = 0; i < 16; i++) {
      fp = (fp << 4) | Character.digit(articleId.charAt(i), 16);
    }
    return fp == 0 ? 1 : fp;
  }

  /** The same from the UTF-8 bytes of a Kafka key; 0 when they are not 16+ hex digits. */
  static long fingerprint(byte[] key) {
    if (key == null || key.length < 16) {
      return 0;
    }
    long fp = 0;
    for (int i = 0; i < 16; i++) {
      int d = Character.digit(key[i], 16);
      if (d < 0) {
        return 0;
      }
      fp = (fp << 4) | d;
    }
    return fp == 0 ? 1 : fp;
  }

  private static long mix(long fp) {
    long h = fp * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private Segment segment(long hash) {
    return segments[(int) (hash >>> 60) & (SEGMENTS - 1)];
  }

  int get(long fp) {
    long h = mix(fp);
    return segment(h).get(fp, (int) h);
  }

  void put(long fp, int time) {
    long h = mix(fp);
    segment(h).put(fp, (int) h, time);
  }

  void remove(long fp) {
    long h = mix(fp);
    segment(h).remove(fp, (int) h);
  }

  int size() {
    int size = 0;
    for (Segment s : segments) {
      size += s.size();
    }
    return size;
  }

  /** Bytes of direct memory the tables hold. */
  long offHeapBytes() {
    long bytes = 0;
    for (Segment s : segments) {
      bytes += s.offHeapBytes();
    }
    return bytes;
  }

  /** One table; {@code hash} is the mixed fingerprint, its low bits pick the slot. */
  private static final class Segment {
    private static final int SLOT = 12;
    private static final double MAX_LOAD = 0.7;
    private static final int MIN_CAPACITY = 1 << 6;
    private static final int MAX_CAPACITY = 1 << 27;

    private ByteBuffer table;
    private int capacity;
    private int size;

    Segment(int expected) {
      long needed = (long) Math.ceil(expected / MAX_LOAD);
      int c = MIN_CAPACITY;
      while (c < needed && c < MAX_CAPACITY) {
        c <<= 1;
      }
      this.capacity = c;
      this.table = ByteBuffer.allocateDirect(c * SLOT);
    }

    private static int home(long fp, int mask) {
      return (int) mix(fp) & mask;
    }

    synchronized int get(long fp, int hash) {
      int mask = capacity - 1;
      for (int i = hash & mask; ; i = (i + 1) & mask) {
        long k = table.getLong(i * SLOT);
        if (k == 0) {
          return MISSING;
        }
        if (k == fp) {
          return table.getInt(i * SLOT + 8);
        }
      }
    }

    synchronized void put(long fp, int hash, int time) {
      if (size + 1 > capacity * MAX_LOAD && capacity < MAX_CAPACITY) {
        resize(capacity << 1);
      }
      int mask = capacity - 1;
      for (int i = hash & mask; ; i = (i + 1) & mask) {
        long k = table.getLong(i * SLOT);
        if (k == 0 || k == fp) {
          if (k == 0) {
            if (size + 1 >= capacity) {
              throw new IllegalStateException("Seen index full at " + size + " pages");
            }
            size++;
            table.putLong(i * SLOT, fp);
          }
          table.putInt(i * SLOT + 8, time);
          return;
        }
      }
    }

    synchronized void remove(long fp, int hash) {
      int mask = capacity - 1;
      int i = hash & mask;
      while (true) {
        long k = table.getLong(i * SLOT);
        if (k == 0) {
          return;
        }
        if (k == fp) {
          break;
        }
        i = (i + 1) & mask;
      }
      // backward shift: move later entries of the run into the hole when their home allows it
      int hole = i;
      for (int j = (hole + 1) & mask; ; j = (j + 1) & mask) {
        long k = table.getLong(j * SLOT);
        if (k == 0) {
          break;
        }
        int home = home(k, mask);
        if (((j - home) & mask) >= ((j - hole) & mask)) {
          table.putLong(hole * SLOT, k);
          table.putInt(hole * SLOT + 8, table.getInt(j * SLOT + 8));
          hole = j;
        }
      }
      table.putLong(hole * SLOT, 0);
      size--;
    }

    private void resize(int newCapacity) {
      ByteBuffer old = table;
      int oldCapacity = capacity;
      table = ByteBuffer.allocateDirect(newCapacity * SLOT);
      capacity = newCapacity;
      int mask = newCapacity - 1;
      for (int s = 0; s < oldCapacity; s++) {
        long k = old.getLong(s * SLOT);
        if (k != 0) {
          int i = home(k, mask);
          while (table.getLong(i * SLOT) != 0) {
            i = (i + 1) & mask;
          }
          table.putLong(i * SLOT, k);
          table.putInt(i * SLOT + 8, old.getInt(s * SLOT + 8));
        }
      }
    }

    synchronized int size() {
      return size;
    }

    synchronized long offHeapBytes() {
      return (long) capacity * SLOT;
    }
  }
}
