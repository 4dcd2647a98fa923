package dev.akhbar.parser.extract.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.akhbar.parser.extract.ArticleExtractor;
import dev.akhbar.parser.tools.SavedPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Developer tool: on the WCXB articles of the tuning part (ids not a multiple of 5; held-back pages
 * are never read), which body words are lost and which furniture is kept, by cause: a body block
 * excluded as boilerplate (by which element), marked a teaser, outside the container, dropped at
 * emission, or never collected; a kept block that is not body text (by the element around it).
 * Block text is matched to the annotated body by its letters and digits.
 *
 * <p>Arguments: wcxb dir, [id ...] (only these pages, with every lost or added block printed).
 */
public final class BodyCauses {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] CAUSES = {
    "excluded", "teaser", "outside", "emit", "uncollected", "extra"
  };

  private BodyCauses() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Set<String> only = new HashSet<>(List.of(args).subList(1, args.length));
    ArticleExtractor article = new ArticleExtractor();
    ContentExtractor content = new ContentExtractor();
    Map<String, double[]> totals = new TreeMap<>();
    Map<String, int[]> pages = new TreeMap<>();
    Map<String, Integer> byElement = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
      files = s.sorted().toList();
    }
    int n = 0;
    for (Path gt : files) {
      String id = gt.getFileName().toString().replace(".json", "");
      if (Integer.parseInt(id) % 5 == 0 || !only.isEmpty() && !only.contains(id)) {
        continue;
      }
      JsonNode root = JSON.readTree(gt.toFile());
      if (!"article".equals(root.path("_internal").path("page_type").path("primary").asText())) {
        continue;
      }
      n++;
      String expected = root.path("ground_truth").path("main_content").asText("");
      String url = root.path("url").asText("");
      String html = SavedPages.load(dir.resolve("html").resolve(id + ".html.gz")).html();
      String title = article.extract(html, url, Instant.parse("2026-03-15T00:00:00Z")).title();
      Document doc = Jsoup.parse(html, url);
      ContentExtractor.Layout layout = content.layout(doc);
      ContentExtractor.Result result = content.extract(layout, title);
      Set<String> emitted = new HashSet<>(result.paragraphs());
      String truth = TextEmitter.key(expected);
      int truthWords = words(expected);
      double[] lost = new double[CAUSES.length];
      StringBuilder seen = new StringBuilder();
      List<String> lines = new ArrayList<>();
      for (Block b : layout.blocks) {
        String k = TextEmitter.key(b.text);
        boolean inTruth = k.length() >= 8 && truth.contains(k);
        boolean out = emitted.contains(b.text);
        if (inTruth) {
          seen.append(k);
        }
        int cause = -1;
        String where = "";
        if (inTruth && !out) {
          if (b.excluded) {
            cause = 0;
            where = excluder(b);
          } else if (b.teaser) {
            cause = 1;
          } else if (layout.container == null || !b.inside(layout.container)) {
            cause = 2;
            where = ContentDebug.describe(layout.container);
          } else {
            cause = 3;
          }
        } else if (!inTruth && out && k.length() >= 1) {
          cause = 5;
          where = classed(b.owner);
        }
        if (cause >= 0) {
          int w = words(b.text);
          lost[cause] += w;
          if (cause == 0 || cause == 5) {
            byElement.merge(CAUSES[cause] + " " + where, w, Integer::sum);
          }
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  %-8s %4d %s | %s",
                  CAUSES[cause],
                  w,
                  where,
                  b.text.length() > 120 ? b.text.substring(0, 120) : b.text));
        }
      }
      // Body words in no block at all (skipped elements, hidden text).
      int uncollected = 0;
      for (String para : expected.split("\n")) {
        String k = TextEmitter.key(para);
        if (k.length() >= 20 && seen.indexOf(k.substring(0, 20)) < 0 && !inBlocks(layout, k)) {
          uncollected += words(para);
          lines.add("  uncoll   " + (para.length() > 120 ? para.substring(0, 120) : para));
        }
      }
      lost[4] = uncollected;
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %5d", id, truthWords));
      for (int i = 0; i < CAUSES.length; i++) {
        double share = truthWords == 0 ? 0 : lost[i] / truthWords;
        totals.computeIfAbsent(CAUSES[i], k -> new double[1])[0] += share;
        if (share >= 0.1) {
          pages.computeIfAbsent(CAUSES[i], k -> new int[1])[0]++;
        }
        line.append(String.format(Locale.ROOT, " %s=%.2f", CAUSES[i], share));
      }
      System.out.println(line + " " + ContentDebug.describe(layout.container) + " " + url);
      if (!only.isEmpty()) {
        lines.forEach(System.out::println);
      }
    }
    System.out.printf(
        Locale.ROOT, "%n%d articles; per cause: mean share of body words, pages >= 10%%%n", n);
    for (String c : CAUSES) {
      System.out.printf(
          Locale.ROOT,
          "  %-12s %.4f %d%n",
          c,
          totals.getOrDefault(c, new double[1])[0] / n,
          pages.getOrDefault(c, new int[1])[0]);
    }
    if (only.isEmpty()) {
      System.out.println("\nwords by element (excluded body / kept furniture), over 150:");
      byElement.entrySet().stream()
          .filter(e -> e.getValue() > 150)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
    }
  }

  private static boolean inBlocks(ContentExtractor.Layout layout, String key) {
    String head = key.substring(0, 20);
    for (Block b : layout.blocks) {
      if (TextEmitter.key(b.text).contains(head)) {
        return true;
      }
    }
    return false;
  }

  /** The outermost boilerplate element that excluded the block, with its class. */
  private static String excluder(Block b) {
    for (int i = 0; i < b.boilerplate.length; i++) {
      if (!b.weak[i]) {
        return "S " + ContentDebug.describe(b.boilerplate[i]);
      }
    }
    return b.boilerplate.length == 0
        ? "?"
        : "W " + ContentDebug.describe(b.boilerplate[b.boilerplate.length - 1]);
  }

  private static String classed(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (!p.className().isEmpty() || !p.id().isEmpty()) {
        return ContentDebug.describe(p);
      }
    }
    return ContentDebug.describe(e);
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
