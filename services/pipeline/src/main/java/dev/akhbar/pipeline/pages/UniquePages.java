package dev.akhbar.pipeline.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a source, repeated as often as needed to make {@code count} pages, each under a URL
 * of its own ({@code ?akhbar-run=<run>-<n>} added), so each is a distinct article downstream. A
 * source of at most {@value #KEEP_CHARS} characters is read and decoded once and then repeated from
 * memory, so that the load generator spends its CPU on the events, not on re-reading the files.
 */
public final class UniquePages {
  /** Largest source kept in memory between passes (about 64 MB of heap). */
  static final long KEEP_CHARS = 32L * 1024 * 1024;

  private UniquePages() {}

  public static Stream<Page> of(PageSource source, int count, String runId) {
    return of(source, count, runId, KEEP_CHARS);
  }

  static Stream<Page> of(PageSource source, int count, String runId, long keepChars) {
    Iterator<Page> pages =
        new Iterator<>() {
          private int n;
          private Stream<Page> pass;
          private Iterator<Page> current;

          /** The pages of the first pass while they fit {@code keepChars}; null once not. */
          private List<Page> kept = new ArrayList<>();

          private long keptChars;
          private boolean firstPassDone;

          @Override
          public boolean hasNext() {
            return n < count;
          }

          @Override
          public Page next() {
            if (n >= count) {
              throw new NoSuchElementException();
            }
            if (current == null || !current.hasNext()) {
              restart();
            }
            Page page = current.next();
            if (!firstPassDone && kept != null) {
              keptChars += page.html().length();
              if (keptChars <= keepChars) {
                kept.add(page);
              } else {
                kept = null;
              }
            }
            return page.at(uniqueUrl(page.url(), runId, n++));
          }

          private void restart() {
            if (pass != null) {
              pass.close();
              firstPassDone = true;
            }
            if (firstPassDone && kept != null) {
              current = kept.iterator();
              return;
            }
            try {
              pass = source.pages();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            current = pass.iterator();
            if (!current.hasNext()) {
              throw new IllegalStateException("No pages in " + source.describe());
            }
          }
        };
    return StreamSupport.stream(Spliterators.spliterator(pages, count, Spliterator.ORDERED), false);
  }

  /** The URL with its fragment dropped and {@code akhbar-run=<run>-<n>} added to its query. */
  public static String uniqueUrl(String url, String runId, int n) {
    int hash = url.indexOf('#');
    String base = hash >= 0 ? url.substring(0, hash) : url;
    return base + (base.contains("?") ? "&" : "?") + "akhbar-run=" + runId + "-" + n;
  }
}
