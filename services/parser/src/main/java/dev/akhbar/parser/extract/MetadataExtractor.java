package dev.akhbar.parser.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page: JSON-LD ({@link JsonLdReader}) first, then meta
 * tags ({@link MetaTags}), microdata and {@code <time>} ({@link Microdata}), all found in one walk
 * ({@link MarkupElements}), the declared languages ({@link LanguageHints}). Does not modify the
 * document.
 */
final class MetadataExtractor {
  private MetadataExtractor() {}

  static PageMetadata read(Document doc) {
    return read(doc, MarkupElements.of(doc));
  }

  /** {@code found}: the page's metadata elements, from a walk that has already been made. */
  static PageMetadata read(Document doc, MarkupElements found) {
    PageMetadata m = new PageMetadata();
    MetaTags tags = MetaTags.of(found.metas);
    m.jsonLd = JsonLd.of(found.jsonLdScripts, tags.all("json-ld"));
    JsonLdReader.read(m.jsonLd, m);
    readMeta(found, tags, m);
    Microdata.read(found, doc, m);
    LanguageHints.read(doc, m);
    m.documentTitle = Text.clean(doc.title());
    return m;
  }

  private static void readMeta(MarkupElements found, MetaTags tags, PageMetadata m) {
    m.ogTitle = tags.first("og-title");
    m.twitterTitle = tags.first("twitter-title");
    m.description =
        firstNonNull(m.description, tags.first("og-description"), tags.first("description"));
    String type = tags.last("type");
    m.ogType = type == null ? null : type.toLowerCase(Locale.ROOT);
    m.languageHints.addAll(tags.all("language"));
    m.published.addAll(tags.all("published"));
    m.modified.addAll(tags.all("modified"));
    m.siteName = firstNonNull(tags.first("site"), m.siteName);
    for (String site : tags.all("site")) {
      addSiteName(m, site);
    }
    m.image = firstNonNull(tags.first("og-image"), m.image, tags.first("twitter-image"));
    if (m.section == null) {
      m.section = tags.first("section");
    }
    for (String t : tags.all("tag")) {
      splitTags(m, t);
    }
    if (m.tags.isEmpty()) {
      for (String k : tags.all("keywords")) {
        splitTags(m, k);
      }
    }
    for (String a : tags.all("author")) {
      Authors.addByline(m.authors, a);
    }
    if (m.ogType != null) {
      if (m.ogType.startsWith("article")) {
        m.declaresArticle = true;
      } else if (m.ogType.equals("website") || m.ogType.equals("profile")) {
        m.declaresNonArticle = true;
      }
    }
    Element canonical = found.canonical;
    String canon = canonical == null ? null : Text.clean(canonical.absUrl("href"));
    if (canon == null && canonical != null) {
      canon = Text.clean(canonical.attr("href"));
    }
    m.canonicalUrl = firstNonNull(canon, m.canonicalUrl, tags.first("url"));
    if (m.image == null) {
      Element imageSrc = found.imageSrc;
      if (imageSrc != null) {
        m.image = Text.clean(imageSrc.absUrl("href"));
      }
    }
  }

  static void addSiteName(PageMetadata m, String name) {
    String n = Text.clean(Text.decodeEntities(name));
    if (n != null && !m.siteNames.contains(n)) {
      m.siteNames.add(n);
    }
  }

  private static void splitTags(PageMetadata m, String value) {
    for (String part : JsonLdReader.LIST_SPLIT.split(value)) {
      addTag(m.tags, part);
    }
  }

  static void addTag(List<String> tags, String tag) {
    String t = Text.clean(tag);
    if (t == null || t.length() > 80) {
      return;
    }
    for (String x : tags) {
      if (x.equalsIgnoreCase(t)) {
        return;
      }
    }
    tags.add(t);
  }

  @SafeVarargs
  static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
