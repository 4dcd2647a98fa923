package dev.akhbar.enricher.stories;

import dev.akhbar.enricher.text.Token;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Near-duplicate detection: MinHash signatures in locality-sensitive-hashing buckets (64 bands of 2
 * rows), so candidates are found without comparing every article. An article joins the story of its
 * most similar earlier article when their estimated Jaccard similarity reaches the threshold, or
 * when most of the shorter text is contained in the other (same story, other boilerplate);
 * otherwise it starts a story named after its own id. An article seen again keeps its story.
 *
 * <p>In memory; {@link StoryReplay} rebuilds it from the enriched topic at startup. Thread-safe.
 */
public final class StoryIndex {
  private static final int BANDS = 64;
  private static final int ROWS = MinHash.HASHES / BANDS;

  /** Short texts share little by chance; below this many shingles only exact-ish copies match. */
  private static final int MIN_SHINGLES_FOR_CONTAINMENT = 20;

  private record Entry(
      String articleId, String storyId, MinHash.Signature signature, Instant seen) {}

  /** Default bound on the articles kept (each costs about 2 KB of heap with its buckets). */
  public static final int DEFAULT_MAX_ARTICLES = 20_000;

  private final double threshold;
  private final double containment;
  private final Duration window;
  private final int maxArticles;

  /** Oldest first: insertion order is the order articles were seen or replayed. */
  private final Map<String, Entry> byArticle = new java.util.LinkedHashMap<>();

  /**
   * LSH buckets by band key: the one entry of the bucket (most keys: 64 per article, shared only by
   * near-duplicates), or a {@code List<Entry>} in insertion order. Primitive keys, no node, box or
   * list per bucket: an article's buckets cost about 1 KB instead of 7.
   */
  private final Long2ObjectOpenHashMap<Object> buckets = new Long2ObjectOpenHashMap<>();

  /**
   * @param threshold estimated Jaccard similarity from which two articles are one story
   * @param window how long an article stays in the index
   */
  public StoryIndex(double threshold, Duration window) {
    this(threshold, window, DEFAULT_MAX_ARTICLES);
  }

  /**
   * @param maxArticles most articles kept: beyond it the oldest go first, so the heap stays bounded
   *     whatever the volume of the window
   */
  public StoryIndex(double threshold, Duration window, int maxArticles) {
    this.threshold = threshold;
    this.containment = Math.max(0.7, threshold + 0.25);
    this.window = window;
    this.maxArticles = maxArticles;
  }

  public int maxArticles() {
    return maxArticles;
  }

  /**
   * The story id of an article, remembering it for later near-duplicates. The signature is computed
   * outside the lock, so several workers can assign at once.
   */
  public String assign(String articleId, String text, Instant now) {
    return assign(articleId, () -> MinHash.of(text), now);
  }

  /** {@link #assign(String, String, Instant)} of a text already tokenised (see {@link MinHash}). */
  public String assign(String articleId, List<Token> tokens, Instant now) {
    return assign(articleId, () -> MinHash.of(tokens), now);
  }

  private String assign(String articleId, Supplier<MinHash.Signature> signature, Instant now) {
    synchronized (this) {
      Entry known = byArticle.get(articleId);
      if (known != null) {
        return known.storyId();
      }
    }
    MinHash.Signature sig = signature.get();
    synchronized (this) {
      Entry known = byArticle.get(articleId);
      if (known != null) {
        return known.storyId();
      }
      Entry best = closest(sig);
      String storyId = best != null ? best.storyId() : newStoryId(articleId);
      add(new Entry(articleId, storyId, sig, now));
      evict(now);
      return storyId;
    }
  }

  /**
   * The most similar earlier article that counts as the same story, the first seen of equals. Each
   * candidate is compared once, however many bands it shares, and the search ends at an exact copy
   * (nothing later can beat it): a story with many copies of one wire text costs one comparison per
   * distinct candidate, not one per band and copy.
   */
  private Entry closest(MinHash.Signature sig) {
    Entry best = null;
    double bestScore = 0;
    Set<Entry> compared = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int b = 0; b < BANDS; b++) {
      Object bucket = buckets.get(bandKey(sig, b));
      if (bucket == null) {
        continue;
      }
      for (Entry e : entries(bucket)) {
        if (!compared.add(e)) {
          continue;
        }
        double j = sig.jaccard(e.signature());
        boolean same =
            j >= threshold
                || (Math.min(sig.shingles(), e.signature().shingles())
                        >= MIN_SHINGLES_FOR_CONTAINMENT
                    && sig.containment(e.signature()) >= containment);
        if (same && j > bestScore) {
          best = e;
          bestScore = j;
          if (j >= 1.0) {
            return best;
          }
        }
      }
    }
    return best;
  }

  /** The entries of a bucket value, in insertion order. */
  @SuppressWarnings("unchecked")
  private static List<Entry> entries(Object bucket) {
    return bucket instanceof Entry one ? List.of(one) : (List<Entry>) bucket;
  }

  /** Puts back an article whose story id was decided before (replay after a restart). */
  public void restore(String articleId, String storyId, String text, Instant seen) {
    if (storyId == null || contains(articleId)) {
      return;
    }
    MinHash.Signature sig = MinHash.of(text);
    synchronized (this) {
      if (!byArticle.containsKey(articleId)) {
        add(new Entry(articleId, storyId, sig, seen));
      }
    }
  }

  /** Whether the index knows the article already (enriched here, or replayed). */
  public synchronized boolean contains(String articleId) {
    return byArticle.containsKey(articleId);
  }

  public synchronized int size() {
    return byArticle.size();
  }

  public static String newStoryId(String articleId) {
    return "s-" + (articleId.length() > 16 ? articleId.substring(0, 16) : articleId);
  }

  private void add(Entry e) {
    byArticle.put(e.articleId(), e);
    for (int b = 0; b < BANDS; b++) {
      long key = bandKey(e.signature(), b);
      Object bucket = buckets.get(key);
      if (bucket == null) {
        buckets.put(key, e);
      } else if (bucket instanceof Entry one) {
        List<Entry> two = new ArrayList<>(2);
        two.add(one);
        two.add(e);
        buckets.put(key, two);
      } else {
        entries(bucket).add(e);
      }
    }
    Iterator<Entry> oldest = byArticle.values().iterator();
    while (byArticle.size() > maxArticles) {
      Entry gone = oldest.next();
      oldest.remove();
      unbucket(gone);
    }
  }

  private void unbucket(Entry e) {
    for (int b = 0; b < BANDS; b++) {
      long key = bandKey(e.signature(), b);
      Object bucket = buckets.get(key);
      if (bucket == e) {
        buckets.remove(key);
      } else if (bucket instanceof List<?> list) {
        list.remove(e);
        if (list.size() == 1) {
          buckets.put(key, list.get(0));
        }
      }
    }
  }

  private void evict(Instant now) {
    if (byArticle.size() % 1024 != 0) {
      return;
    }
    Instant cutoff = now.minus(window);
    Iterator<Entry> it = byArticle.values().iterator();
    while (it.hasNext()) {
      Entry e = it.next();
      if (e.seen().isBefore(cutoff)) {
        it.remove();
        unbucket(e);
      }
    }
  }

  private static long bandKey(MinHash.Signature sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + sig.minhashes()[band * ROWS + r];
    }
    return h;
  }
}
