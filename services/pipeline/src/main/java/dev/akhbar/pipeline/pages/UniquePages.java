package dev.akhbar.pipeline.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a source, repeated as often as needed to make {@code count} pages, each under a URL
 * of its own ({@code ?akhbar-run=<run>-<n>} added), so each is a distinct article downstream.
 */
public final class UniquePages {
  private UniquePages() {}

  public static Stream<Page> of(PageSource source, int count, String runId) {
    Iterator<Page> pages =
        new Iterator<>() {
          private int n;
          private Stream<Page> pass;
          private Iterator<Page> current;

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
            return page.at(uniqueUrl(page.url(), runId, n++));
          }

          private void restart() {
            if (pass != null) {
              pass.close();
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
