package dev.akhbar.pipeline.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniquePagesTest {
  @TempDir Path dir;

  @Test
  void aRunParameterMakesEveryUrlItsOwnArticle() {
    assertThat(UniquePages.uniqueUrl("https://news.example/a/b#top", "r1", 7))
        .isEqualTo("https://news.example/a/b?akhbar-run=r1-7");
    assertThat(UniquePages.uniqueUrl("https://news.example/a?id=3", "r1", 8))
        .isEqualTo("https://news.example/a?id=3&akhbar-run=r1-8");
  }

  @Test
  void aBenchmarkFolderIsRepeatedWithUrlsFromItsGroundTruth() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    write(
        dir.resolve("html/aaa.html.gz"),
        "<html><head><meta charset=\"utf-8\"></head><body>قال</body></html>");
    write(dir.resolve("html/bbb.html.gz"), "<html><body>two</body></html>");
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"aaa\": {\"url\": \"https://news.example/a\"}, \"bbb\": {\"url\": \"https://news.example/b\"}}");

    List<Page> pages = UniquePages.of(PageSource.of(dir), 5, "run").toList();

    assertThat(pages)
        .extracting(Page::url)
        .containsExactly(
            "https://news.example/a?akhbar-run=run-0",
            "https://news.example/b?akhbar-run=run-1",
            "https://news.example/a?akhbar-run=run-2",
            "https://news.example/b?akhbar-run=run-3",
            "https://news.example/a?akhbar-run=run-4");
    assertThat(pages.get(0).html()).contains("قال");
    assertThat(pages.stream().map(Page::id).distinct()).hasSize(5);
  }

  @Test
  void aSmallSourceIsReadOnceAndALargeOneOnEveryPass() {
    int[] reads = {0};
    PageSource source =
        new PageSource() {
          @Override
          public Stream<Page> pages() {
            reads[0]++;
            return Stream.of(
                new Page("https://news.example/a", "aaaa"),
                new Page("https://news.example/b", "bbbb"));
          }

          @Override
          public String describe() {
            return "two pages";
          }
        };

    List<Page> small = UniquePages.of(source, 7, "run", 8).toList();
    assertThat(reads[0]).isEqualTo(1);
    assertThat(small)
        .extracting(Page::html)
        .containsExactly("aaaa", "bbbb", "aaaa", "bbbb", "aaaa", "bbbb", "aaaa");
    assertThat(small.get(6).url()).isEqualTo("https://news.example/a?akhbar-run=run-6");

    reads[0] = 0;
    List<Page> large = UniquePages.of(source, 7, "run", 7).toList();
    assertThat(reads[0]).isEqualTo(4);
    assertThat(large).extracting(Page::html).isEqualTo(small.stream().map(Page::html).toList());
  }

  @Test
  void hostilePagesAreAsLargeAsAsked() {
    Page huge = HostilePages.hugeArticle("https://hostile.example/h", 2 * 1024 * 1024);
    assertThat(huge.html().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1024 * 1024);
    Page numbers = HostilePages.numberList("https://hostile.example/n", 40_000);
    assertThat(numbers.html()).contains("1,1,1,1").contains("1%");
  }

  private static void write(Path file, String html) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
