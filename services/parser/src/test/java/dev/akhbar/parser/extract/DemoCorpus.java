package dev.akhbar.parser.extract;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.RawPage;
import dev.akhbar.testsupport.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The demo pages the product ships (deploy/demo/corpus, which the pom copies onto the test
 * classpath as demo-corpus/).
 */
public final class DemoCorpus {
  public static final Path DIR = TestData.path("demo-corpus");
  public static final Instant FETCHED_AT = Instant.parse("2025-02-16T08:00:00Z");

  public static final String AR_ARTICLE = "ar-moscow-us-meeting.html";
  public static final String EN_ARTICLE = "en-port-strike-ends.html";
  public static final String FR_ARTICLE = "fr-vendanges-precoces.html";
  public static final String AR_LISTING = "ar-home-listing.html";

  private static final Map<String, String> URLS =
      Map.of(
          AR_ARTICLE, "https://akhbar-demo.example/2025/02/16/moscow-us-meeting/",
          EN_ARTICLE, "https://harbour-gazette.example/business/2025/03/04/dock-workers-end-strike",
          FR_ARTICLE, "https://courrier-sud-ouest.example/economie/vendanges-precoces-bordelais",
          AR_LISTING, "https://akhbar-demo.example/");

  private DemoCorpus() {}

  public static String html(String file) {
    try {
      return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String url(String file) {
    return URLS.get(file);
  }

  /** The page as the fetcher would publish it, at {@code url}. */
  public static RawPage rawPage(String file, String url) {
    return new RawPage(
        ArticleId.of(url),
        url,
        url,
        "demo",
        FETCHED_AT,
        200,
        "text/html",
        "UTF-8",
        Map.of(),
        html(file),
        null);
  }

  public static RawPage rawPage(String file) {
    return rawPage(file, url(file));
  }
}
