package dev.akhbar.parser.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a page's JSON-LD says about it: the article node first, then the page and the site. */
final class JsonLdReader {
  static final Pattern LIST_SPLIT = Pattern.compile("\\s*[,،;|]\\s*");

  private JsonLdReader() {}

  static void read(JsonLd ld, PageMetadata m) {
    JsonNode article = ld.first(JsonLd.ARTICLE_TYPES);
    if (article != null) {
      readArticle(ld, article, m);
    }
    if (ld.any(JsonLd.NON_ARTICLE_TYPES)) {
      m.declaresNonArticle = true;
    }
    JsonNode site = ld.first(Set.of("website", "newsmediaorganization", "organization"));
    String siteName = site == null ? null : JsonLd.text(site.get("name"));
    if (m.siteName == null) {
      m.siteName = siteName;
    }
    if (m.siteName != null) {
      MetadataExtractor.addSiteName(m, m.siteName);
    }
    if (siteName != null) {
      MetadataExtractor.addSiteName(m, siteName);
    }
    if (m.published.isEmpty()) {
      JsonNode page = ld.first(Set.of("webpage"));
      if (page != null) {
        add(m.published, JsonLd.text(page.get("datePublished")));
        add(m.modified, JsonLd.text(page.get("dateModified")));
      }
    }
  }

  private static void readArticle(JsonLd ld, JsonNode article, PageMetadata m) {
    m.declaresArticle = true;
    m.headline =
        MetadataExtractor.firstNonNull(
            JsonLd.text(article.get("headline")), JsonLd.text(article.get("name")));
    m.description = JsonLd.text(article.get("description"));
    add(m.published, JsonLd.text(article.get("datePublished")));
    add(m.published, JsonLd.text(article.get("dateCreated")));
    add(m.modified, JsonLd.text(article.get("dateModified")));
    for (String a : authorNames(ld, article.get("author"), m.organizationAuthors)) {
      Authors.add(m.authors, a);
    }
    JsonNode publisher = ld.resolve(article.get("publisher"));
    if (publisher != null && !publisher.isArray()) {
      m.siteName = JsonLd.text(publisher.get("name"));
    }
    List<String> sections = ld.texts(article.get("articleSection"));
    if (!sections.isEmpty()) {
      m.section = sections.get(0);
    }
    JsonNode keywords = article.get("keywords");
    if (keywords != null) {
      for (String k : ld.texts(keywords)) {
        for (String part : LIST_SPLIT.split(k)) {
          MetadataExtractor.addTag(m.tags, part);
        }
      }
    }
    m.image = imageUrl(ld, article.get("image"));
    String lang = JsonLd.text(article.get("inLanguage"));
    if (lang != null) {
      m.languageHints.add(lang);
    }
    JsonNode body = article.get("articleBody");
    if (body != null && body.isTextual()) {
      m.articleBody = body.asText();
    }
    String url = JsonLd.text(article.get("url"));
    if (url != null && url.startsWith("http")) {
      m.canonicalUrl = url;
    }
  }

  /** Names of the author value (a name, a Person or Organization, an array, references). */
  private static List<String> authorNames(JsonLd ld, JsonNode author, List<String> organizations) {
    List<String> names = new ArrayList<>();
    if (author == null) {
      return names;
    }
    if (author.isArray()) {
      for (JsonNode a : author) {
        names.addAll(authorNames(ld, a, organizations));
      }
      return names;
    }
    JsonNode resolved = ld.resolve(author);
    String name = resolved.isObject() ? JsonLd.text(resolved.get("name")) : JsonLd.text(resolved);
    if (name != null) {
      names.add(name);
      if (resolved.isObject() && JsonLd.hasType(resolved, ORGANIZATION_TYPES)) {
        organizations.add(name);
      }
    }
    return names;
  }

  private static final Set<String> ORGANIZATION_TYPES =
      Set.of("organization", "newsmediaorganization", "corporation", "educationalorganization");

  private static String imageUrl(JsonLd ld, JsonNode image) {
    if (image == null) {
      return null;
    }
    if (image.isArray()) {
      return image.isEmpty() ? null : imageUrl(ld, image.get(0));
    }
    JsonNode resolved = ld.resolve(image);
    if (resolved.isObject()) {
      return MetadataExtractor.firstNonNull(
          JsonLd.text(resolved.get("url")), JsonLd.text(resolved.get("contentUrl")));
    }
    return JsonLd.text(resolved);
  }

  private static void add(List<String> list, String value) {
    if (value != null && !list.contains(value)) {
      list.add(value);
    }
  }
}
