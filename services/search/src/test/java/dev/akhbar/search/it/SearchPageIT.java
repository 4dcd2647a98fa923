package dev.akhbar.search.it;

import static dev.akhbar.search.it.IndexedCorpus.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver, against the search service over the real index ({@link IndexedCorpus}). An Arabic
 * reader (browser language ar) types an inflected form, sees the seed article highlighted, clicks a
 * facet, opens the story view; the test saves screenshots into docs/.
 */
@ExtendWith(IndexedCorpus.Extension.class)
class SearchPageIT {
  static final String CHROMIUM = System.getProperty("akhbar.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("akhbar.chromedriver", "/usr/bin/chromedriver");

  static IndexedCorpus corpus;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static Path profile;

  @BeforeAll
  static void openBrowser(IndexedCorpus c) throws Exception {
    corpus = c;
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "The browser test needs Debian's chromium and chromium-driver: "
              + "apt-get install -y chromium chromium-driver fonts-noto-core (.ci/run does it)");
    }
    profile = Files.createTempDirectory("akhbar-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--lang=ar",
        "--window-size=1440,1000");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ar,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // The page re-renders the result list when an answer arrives: an element read during that
    // moment is stale, and the condition is simply tried again.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static String url(String pathAndQuery) {
    return corpus.search.base.resolve(pathAndQuery).toString();
  }

  private static void awaitResults() {
    wait.until(
        d ->
            !d.findElement(By.id("status")).getText().isBlank()
                && d.findElement(By.id("status")).getDomAttribute("data-total") != null);
  }

  private static List<WebElement> hits() {
    return browser.findElements(By.cssSelector("#results li.hit"));
  }

  @Test
  void anArabicReaderSearchesClicksAFacetAndOpensTheStory() throws Exception {
    // The page without words, narrowed to the demo source (the index may hold thousands of newer
    // articles from other runs): newest first, Arabic right-to-left and English left-to-right in
    // the same list, the page itself in Arabic.
    browser.get(url("/?source=demo"));
    awaitResults();
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
    assertThat(hits().stream().map(h -> h.getDomAttribute("dir")).distinct())
        .contains("rtl", "ltr");
    for (WebElement time : browser.findElements(By.cssSelector("#results time"))) {
      // Dates in the reader's form (Arabic), not the ISO string of the API.
      assertThat(time.getText()).isNotBlank().isNotEqualTo(time.getDomAttribute("datetime"));
    }

    // Type an inflected form; the seed article comes first, the match highlighted.
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("دبلوماسي", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q="));
    awaitResults();
    wait.until(
        d ->
            !hits().isEmpty()
                && id(IndexedCorpus.SEED_URL).equals(hits().get(0).getDomAttribute("data-id")));
    WebElement first = hits().get(0);
    assertThat(first.getDomAttribute("dir")).isEqualTo("rtl");
    assertThat(first.getDomAttribute("lang")).isEqualTo("ar");
    assertThat(first.findElements(By.cssSelector(".snippet mark")))
        .extracting(WebElement::getText)
        .contains("الدبلوماسية");
    // The map shows the places of these results from the bundled outline, no tile server.
    wait.until(
        d ->
            Integer.parseInt(
                    d.findElement(By.id("map")).getDomAttribute("data-markers") == null
                        ? "0"
                        : d.findElement(By.id("map")).getDomAttribute("data-markers"))
                > 0);
    assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#map img.leaflet-tile"))).isEmpty();
    screenshot("search-page.png");

    // Click a facet: the results are narrowed to its count.
    browser.get(url("/"));
    awaitResults();
    WebElement english =
        browser.findElement(
            By.cssSelector("#facets button.facet-value[data-facet=languages][data-value=en]"));
    String count = english.findElement(By.className("count")).getText();
    english.click();
    wait.until(ExpectedConditions.urlContains("lang=en"));
    awaitResults();
    wait.until(d -> d.findElements(By.cssSelector("#active-filters .active-filter")).size() == 1);
    long expected = corpus.api("/api/search?size=1&lang=en").path("total").asLong();
    assertThat(browser.findElement(By.id("status")).getDomAttribute("data-total"))
        .isEqualTo(String.valueOf(expected));
    assertThat(count).isNotBlank();
    assertThat(hits()).allSatisfy(h -> assertThat(h.getDomAttribute("lang")).isEqualTo("en"));

    // Open the story view: the seed article and the other article of its story.
    browser.get(url("/?q=" + URLEncoder.encode("دبلوماسي", StandardCharsets.UTF_8)));
    awaitResults();
    wait.until(d -> !hits().isEmpty());
    hits().get(0).findElement(By.cssSelector("a.title")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("story")));
    wait.until(d -> !d.findElements(By.cssSelector("#story li")).isEmpty());
    assertThat(browser.findElement(By.id("article")).getDomAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElements(By.cssSelector("#story li")))
        .extracting(li -> li.getDomAttribute("data-id"))
        .contains(id(IndexedCorpus.WIRE_URL));
    screenshot("search-story.png");
  }

  @Test
  void markupTypedOrIndexedIsShownAsTextAndNeverRuns() throws Exception {
    String attack = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    browser.get(url("/?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8)));
    awaitResults();
    assertNoAlert();
    assertThat(browser.findElement(By.id("q")).getDomProperty("value")).isEqualTo(attack);

    browser.get(url("/?q=xylographic"));
    awaitResults();
    wait.until(d -> !hits().isEmpty());
    assertNoAlert();
    WebElement hit = hits().get(0);
    assertThat(hit.findElement(By.cssSelector("a.title")).getText())
        .contains("<script>alert('title')</script>");
    Object injected =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.querySelectorAll('#results script, #results img, #results svg,"
                    + " #results [onerror], #results [onload]').length");
    assertThat(((Number) injected).intValue()).isZero();

    hit.findElement(By.cssSelector("a.title")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#article h1")).isEmpty());
    assertNoAlert();
    assertThat(browser.findElement(By.id("article")).getText())
        .contains("<img src=x onerror=alert(2)>");
    Object inArticle =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.querySelectorAll('#article script, #article img, #article svg').length");
    assertThat(((Number) inArticle).intValue()).isZero();
  }

  private static void assertNoAlert() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert ran: script injection");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void screenshot(String name) throws Exception {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path docs = corpus.repoRoot.resolve("docs");
    Files.createDirectories(docs);
    Files.copy(shot.toPath(), docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
