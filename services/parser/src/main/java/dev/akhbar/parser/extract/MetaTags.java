package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page, by what they say (meta-names.txt maps tag names to fields such
 * as "og-title", "author" or "published"). Values are cleaned, in document order.
 */
final class MetaTags {
  /** Tag name (lowercase) to field. */
  private static final Map<String, String> FIELDS = new HashMap<>();

  static {
    for (String line : LanguageData.lines(MetaTags.class, "meta-names.txt")) {
      int colon = line.indexOf(':');
      String field = line.substring(0, colon).strip();
      for (String name : line.substring(colon + 1).split(",")) {
        FIELDS.put(name.strip(), field);
      }
    }
  }

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private MetaTags() {}

  /** Twitter's label/data pairs ("twitter:label1" = "Written by", "twitter:data1" = the name). */
  private static final String TWITTER_LABEL = "twitter:label";

  private static final String TWITTER_DATA = "twitter:data";

  static MetaTags of(List<Element> metas) {
    MetaTags tags = new MetaTags();
    String authorData = null;
    for (Element meta : metas) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (key.isEmpty()) {
        key = meta.attr("itemprop");
      }
      if (key.startsWith(TWITTER_LABEL)
          && Bylines.PREFIX.matcher(meta.attr("content").strip() + " ").lookingAt()) {
        authorData = TWITTER_DATA + key.substring(TWITTER_LABEL.length());
        continue;
      }
      if (key.equals(authorData)) {
        key = "author";
      }
      String field;
      if (!key.isEmpty()) {
        field = FIELDS.get(key.toLowerCase(Locale.ROOT).strip());
      } else {
        field = meta.attr("http-equiv").equalsIgnoreCase("content-language") ? "language" : null;
      }
      String content = Text.clean(meta.attr("content"));
      if (content != null && field != null) {
        tags.values.computeIfAbsent(field, k -> new ArrayList<>()).add(content);
      }
    }
    return tags;
  }

  /** Every value of a field, in document order. */
  List<String> all(String field) {
    return values.getOrDefault(field, List.of());
  }

  /** The first value of a field, or null. */
  String first(String field) {
    List<String> v = values.get(field);
    return v == null ? null : v.get(0);
  }

  /** The last value of a field, or null. */
  String last(String field) {
    List<String> v = values.get(field);
    return v == null ? null : v.get(v.size() - 1);
  }
}
