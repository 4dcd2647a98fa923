package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the structure and metadata of a page say about its kind, as numbers for {@link
 * PageClassifier}: declared types (JSON-LD, OpenGraph), byline and date, amount and shape of the
 * text, links and teaser cards, pagination, prices and shopping buttons, forum posts, code, calls
 * to action, and the shape of the URL. None names a site.
 */
final class PageFeatures {
  /** The feature names, in the order of {@link #values}; the model file lists the same names. */
  static final List<String> NAMES =
      List.of(
          "ld_article",
          "ld_product",
          "ld_collection",
          "ld_forum",
          "ld_faq",
          "ld_software",
          "ld_howto",
          "ld_webpage_only",
          "ld_tech",
          "og_article",
          "og_website",
          "og_product",
          "declared_date",
          "shown_date",
          "url_date",
          "shown_author",
          "declared_author",
          "log_body_chars",
          "log_paragraphs",
          "container_link_density",
          "page_link_density",
          "teaser_share",
          "log_teasers",
          "pagination",
          "log_prices",
          "cart",
          "log_forum_marks",
          "log_times",
          "code_share",
          "url_depth",
          "url_slug_words",
          "url_doc",
          "url_forum",
          "url_product",
          "url_category",
          "url_service",
          "url_root",
          "log_headings",
          "headings_per_paragraph",
          "log_buttons",
          "list_share",
          "log_articles",
          "log_inputs",
          "body_share",
          "title_question",
          "log_mean_paragraph",
          "long_paragraph_share",
          "log_tel_links",
          "we_share",
          "log_nav_links",
          "sentence_share",
          "log_h1",
          "breadcrumb",
          "heading_link_share",
          "log_images",
          "title_words",
          "rating");

  private static final Set<String> PRODUCT_TYPES = Set.of("product", "productgroup", "offer");
  private static final Set<String> COLLECTION_TYPES =
      Set.of("collectionpage", "itemlist", "searchresultspage", "offercatalog");
  private static final Set<String> FORUM_TYPES =
      Set.of("discussionforumposting", "qapage", "question", "comment");
  private static final Set<String> SOFTWARE_TYPES =
      Set.of("softwareapplication", "webapplication", "mobileapplication", "service", "course");
  private static final Set<String> HOWTO_TYPES = Set.of("howto", "recipe");
  private static final Set<String> PAGE_TYPES = Set.of("webpage", "website");

  private static final Pattern URL_DATE =
      Pattern.compile("/(?:19|20)\\d{2}/(?:0?[1-9]|1[0-2])(?:/|-)|/(?:19|20)\\d{2}-\\d{2}-\\d{2}");

  /** URL path words of each kind, from page-type-words.txt. */
  private static final PageTypeWords WORDS = PageTypeWords.INSTANCE;

  private PageFeatures() {}

  /** Everything the features are computed from. */
  record Page(
      String url,
      PageMetadata meta,
      ContentExtractor.Layout layout,
      PageElements elements,
      List<String> paragraphs,
      String title,
      boolean shownAuthor,
      boolean shownDate) {}

  static double[] values(Page p) {
    PageMetadata m = p.meta();
    JsonLd ld = p.meta().jsonLd;
    ContentExtractor.Layout.Stats stats = p.layout().stats();
    PageElements counts = p.elements();
    counts.measure(p.layout());
    int bodyChars = 0;
    int paragraphs = 0;
    int longChars = 0;
    int sentences = 0;
    int words = 0;
    int we = 0;
    for (String para : p.paragraphs()) {
      bodyChars += para.length();
      if (para.length() >= 80) {
        paragraphs++;
      }
      if (para.length() >= 300) {
        longChars += para.length();
      }
      if (endsSentence(para)) {
        sentences++;
      }
      // Words are runs of letters and apostrophes.
      int at = 0;
      while (at < para.length() && words < 5000) {
        int start = at;
        while (at < para.length() && isWordChar(para.codePointAt(at))) {
          at += Character.charCount(para.codePointAt(at));
        }
        if (at > start) {
          words++;
          if (WORDS.is("we", para.substring(start, at).toLowerCase(Locale.ROOT))) {
            we++;
          }
        } else {
          at += Character.charCount(para.codePointAt(at));
        }
      }
    }
    String path = path(p.url() != null ? p.url() : m.canonicalUrl);
    String[] segments = path.isEmpty() ? new String[0] : path.split("/");
    String last = segments.length == 0 ? "" : segments[segments.length - 1];
    String og = m.ogType == null ? "" : m.ogType;
    double[] v = new double[NAMES.size()];
    int i = 0;
    v[i++] = flag(ld != null && ld.any(JsonLd.ARTICLE_TYPES));
    v[i++] = flag(ld != null && ld.any(PRODUCT_TYPES));
    v[i++] = flag(ld != null && ld.any(COLLECTION_TYPES));
    v[i++] = flag(ld != null && ld.any(FORUM_TYPES));
    v[i++] = flag(ld != null && ld.any(Set.of("faqpage")));
    v[i++] = flag(ld != null && ld.any(SOFTWARE_TYPES));
    v[i++] = flag(ld != null && ld.any(HOWTO_TYPES));
    v[i++] =
        flag(
            ld != null
                && ld.any(PAGE_TYPES)
                && !ld.any(JsonLd.ARTICLE_TYPES)
                && !ld.any(PRODUCT_TYPES)
                && !ld.any(COLLECTION_TYPES));
    v[i++] = flag(ld != null && ld.any(Set.of("techarticle", "apireference")));
    v[i++] = flag(og.startsWith("article"));
    v[i++] = flag(og.equals("website"));
    v[i++] = flag(og.contains("product") || og.contains("item"));
    v[i++] = flag(!m.published.isEmpty());
    v[i++] = flag(p.shownDate());
    v[i++] = flag(URL_DATE.matcher(path).find());
    v[i++] = flag(p.shownAuthor());
    v[i++] = flag(!m.authors.isEmpty());
    v[i++] = Math.log1p(bodyChars) / 10;
    v[i++] = Math.log1p(paragraphs) / 4;
    v[i++] = p.layout().containerLinkDensity();
    v[i++] = stats.chars() == 0 ? 1 : (double) stats.linkChars() / stats.chars();
    v[i++] = stats.blocks() == 0 ? 0 : (double) stats.teasers() / stats.blocks();
    v[i++] = Math.log1p(stats.teasers()) / 4;
    v[i++] = flag(counts.pagination);
    v[i++] = Math.log1p(counts.prices()) / 3;
    v[i++] = flag(counts.cart);
    v[i++] = Math.log1p(counts.forumMarks) / 4;
    v[i++] = Math.log1p(counts.times) / 3;
    v[i++] = bodyChars == 0 ? 0 : Math.min(1, (double) counts.codeChars / bodyChars);
    v[i++] = Math.min(segments.length, 6) / 6.0;
    v[i++] = Math.min(slugWords(last), 12) / 12.0;
    v[i++] = flag(WORDS.any("doc", segments));
    v[i++] = flag(WORDS.any("forum", segments));
    v[i++] = flag(WORDS.any("product", segments));
    v[i++] = flag(WORDS.any("category", segments));
    v[i++] = flag(WORDS.any("service", segments));
    v[i++] = flag(segments.length <= 1 && slugWords(last) <= 2);
    v[i++] = Math.log1p(counts.headings) / 4;
    v[i++] = Math.min(3, (double) counts.headings / Math.max(1, paragraphs)) / 3;
    v[i++] = Math.log1p(counts.buttons) / 4;
    v[i++] = counts.containerChars == 0 ? 0 : (double) counts.listChars / counts.containerChars;
    v[i++] = Math.log1p(counts.articles) / 3;
    v[i++] = Math.log1p(counts.inputs) / 3;
    v[i++] = stats.chars() == 0 ? 0 : Math.min(1, (double) bodyChars / stats.chars());
    v[i++] = flag(p.title() != null && p.title().strip().endsWith("?"));
    v[i++] = Math.log1p(p.paragraphs().isEmpty() ? 0 : bodyChars / p.paragraphs().size()) / 6;
    v[i++] = bodyChars == 0 ? 0 : (double) longChars / bodyChars;
    v[i++] = Math.log1p(counts.telLinks) / 2;
    v[i++] = words == 0 ? 0 : Math.min(1, 20.0 * we / words);
    v[i++] = Math.log1p(counts.navLinks) / 5;
    v[i++] = p.paragraphs().isEmpty() ? 0 : (double) sentences / p.paragraphs().size();
    v[i++] = Math.log1p(counts.h1s.size()) / 2;
    v[i++] = flag(counts.breadcrumb);
    v[i++] = counts.headings == 0 ? 0 : (double) counts.linkedHeadings / counts.headings;
    v[i++] = Math.log1p(counts.images) / 5;
    v[i++] = p.title() == null ? 0 : Math.min(Text.wordCount(p.title()), 20) / 20.0;
    v[i++] = flag(counts.rating);
    return v;
  }

  /** A final stop, perhaps inside closing quotes or brackets. */
  private static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"'”’»)".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…؟۔。".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || cp == '\'';
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  private static String path(String url) {
    if (url == null) {
      return "";
    }
    try {
      String p = URI.create(url.strip().replace(" ", "%20")).getPath();
      if (p == null) {
        return "";
      }
      p = p.toLowerCase(Locale.ROOT);
      while (p.startsWith("/")) {
        p = p.substring(1);
      }
      while (p.endsWith("/")) {
        p = p.substring(0, p.length() - 1);
      }
      return p;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** "how-to-book-a-flight.html" -> 5: the words of a slug. */
  private static int slugWords(String segment) {
    String s = segment.replaceFirst("\\.[a-z0-9]{2,5}$", "");
    int words = 0;
    for (String w : s.split("[-_+.]+")) {
      if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit)) {
        words++;
      }
    }
    return words;
  }
}
