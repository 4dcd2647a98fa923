package dev.akhbar.pipeline.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** The HTML responses of a WARC file, read one record at a time. */
final class WarcPages implements PageSource {
  private final Path file;

  WarcPages(Path file) {
    this.file = file;
  }

  @Override
  public Stream<Page> pages() throws IOException {
    WarcReader reader = new WarcReader(file);
    reader.setLenient(true);
    Iterator<WarcRecord> records = reader.iterator();
    Iterator<Page> pages =
        new Iterator<>() {
          private Page next = advance();

          private Page advance() {
            while (records.hasNext()) {
              try {
                if (records.next() instanceof WarcResponse response
                    && response.http().status() == 200
                    && isHtml(response)) {
                  byte[] body = response.http().bodyDecoded().stream().readAllBytes();
                  return new Page(response.target(), Html.decode(body));
                }
              } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Page next() {
            if (next == null) {
              throw new NoSuchElementException();
            }
            Page page = next;
            next = advance();
            return page;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static boolean isHtml(WarcResponse response) throws IOException {
    MediaType type = response.http().contentType();
    String base = type == null ? "" : type.base().toString().toLowerCase(java.util.Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  @Override
  public String describe() {
    return "HTML responses of " + file;
  }
}
