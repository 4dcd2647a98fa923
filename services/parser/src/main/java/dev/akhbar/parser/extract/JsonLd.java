package dev.akhbar.parser.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's {@code application/ld+json} scripts, flattened: top-level
 * objects, arrays and Yoast-style {@code @graph} lists all become one list of nodes, and {@code
 * {"@id": ...}} references can be resolved against it.
 */
final class JsonLd {
  /** Types that mark a page as one article. */
  static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "askpublicnewsarticle",
          "satiricalarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle",
          "report",
          "review");

  /** Types that mark a page as something else than one article. */
  static final Set<String> NON_ARTICLE_TYPES =
      Set.of(
          "collectionpage",
          "itemlist",
          "searchresultspage",
          "profilepage",
          "contactpage",
          "aboutpage",
          "checkoutpage",
          "product",
          "event");

  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private final List<JsonNode> nodes = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();

  private JsonLd() {}

  /**
   * The page's JSON-LD: its {@code application/ld+json} scripts, then {@code inMeta}, JSON-LD some frameworks hold in a meta
   * tag's content ({@code <meta name="script:ld+json" content="{&quot;@type&quot;...">}).
   */
  static JsonLd of(List<Element> scripts, List<String> inMeta) {
    JsonLd ld = new JsonLd();
    for (Element script : scripts) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      ld.read(stripCdata(json));
    }
    for (String json : inMeta) {
      ld.read(json);
    }
    return ld;
  }

  private void read(String json) {
    try {
      add(LENIENT.readTree(json));
    } catch (Exception e) {
      // Broken JSON-LD is common; the page keeps its other metadata.
    }
  }

  private static String stripCdata(String json) {
    String s = json;
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.strip();
    if (s.startsWith("//<![CDATA[")) {
      s = s.substring("//<![CDATA[".length());
    }
    if (s.endsWith("//]]>")) {
      s = s.substring(0, s.length() - "//]]>".length());
    }
    return s;
  }

  private void add(JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(this::add);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode graph = node.get("@graph");
    if (graph != null) {
      add(graph);
    }
    if (node.has("@type")) {
      nodes.add(node);
      String id = text(node.get("@id"));
      if (id != null) {
        byId.putIfAbsent(id, node);
      }
    }
  }

  List<JsonNode> nodes() {
    return nodes;
  }

  /** The first node of one of the types (lowercase simple names), or null. */
  JsonNode first(Set<String> types) {
    for (JsonNode n : nodes) {
      if (hasType(n, types)) {
        return n;
      }
    }
    return null;
  }

  boolean any(Set<String> types) {
    return first(types) != null;
  }

  static boolean hasType(JsonNode node, Set<String> types) {
    for (String t : types(node)) {
      if (types.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The @type values of a node, lowercased, without a schema.org prefix. */
  static List<String> types(JsonNode node) {
    List<String> out = new ArrayList<>(2);
    JsonNode t = node.get("@type");
    if (t == null) {
      return out;
    }
    if (t.isArray()) {
      t.forEach(x -> addType(out, x.asText()));
    } else {
      addType(out, t.asText());
    }
    return out;
  }

  private static void addType(List<String> out, String type) {
    String s = type.toLowerCase(Locale.ROOT);
    int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
    out.add(slash >= 0 ? s.substring(slash + 1) : s);
  }

  /** Follows {"@id": x} to the full node of the same page when there is one. */
  JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
      JsonNode full = byId.get(node.get("@id").asText());
      return full == null ? node : full;
    }
    return node;
  }

  /** A scalar as text; for objects their "name", "@value" or "url"; null when absent/blank. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      for (String key : new String[] {"name", "@value", "url", "text"}) {
        String v = text(node.get(key));
        if (v != null) {
          return v;
        }
      }
      return null;
    }
    return Text.clean(node.asText());
  }

  /** Every value of a scalar-or-array field, as text. */
  List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        String v = text(resolve(n));
        if (v != null) {
          out.add(v);
        }
      }
    } else {
      String v = text(resolve(node));
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }
}
