package dev.akhbar.parser.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads {@link PageMetadata} from a parsed page. Does not modify the document. */
final class MetadataExtractor {
  private static final Pattern LIST_SPLIT = Pattern.compile("\\s*[,،;|]\\s*");
  private static final Pattern AUTHOR_SPLIT =
      Pattern.compile("\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bve\\b)\\s*");
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?i)(?:by|written by|von|par|por|yazan|بقلم|كتب|كتبت|إعداد|اعداد)\\s*[:：]?\\s+");
  private static final Pattern URLISH =
      Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/");

  private MetadataExtractor() {}

  static PageMetadata read(Document doc) {
    PageMetadata m = new PageMetadata();
    Element head = doc.head();
    JsonLd ld = JsonLd.of(doc);
    readJsonLd(ld, m);
    readMeta(doc, head, m);
    readMicrodata(doc, m);
    readTimes(doc, m);
    readLanguage(doc, m);
    m.documentTitle = Text.clean(doc.title());
    return m;
  }

  private static void readJsonLd(JsonLd ld, PageMetadata m) {
    JsonNode article = ld.first(JsonLd.ARTICLE_TYPES);
    if (article != null) {
      m.declaresArticle = true;
      m.headline =
          firstNonNull(JsonLd.text(article.get("headline")), JsonLd.text(article.get("name")));
      m.description = JsonLd.text(article.get("description"));
      addAll(m.published, JsonLd.text(article.get("datePublished")));
      addAll(m.published, JsonLd.text(article.get("dateCreated")));
      addAll(m.modified, JsonLd.text(article.get("dateModified")));
      for (String a : authorNames(ld, article.get("author"))) {
        addAuthor(m.authors, a);
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
            addTag(m.tags, part);
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
    if (ld.any(JsonLd.NON_ARTICLE_TYPES)) {
      m.declaresNonArticle = true;
    }
    if (m.siteName == null) {
      JsonNode site = ld.first(Set.of("website", "newsmediaorganization", "organization"));
      if (site != null) {
        m.siteName = JsonLd.text(site.get("name"));
      }
    }
    if (m.published.isEmpty()) {
      JsonNode page = ld.first(Set.of("webpage"));
      if (page != null) {
        addAll(m.published, JsonLd.text(page.get("datePublished")));
        addAll(m.modified, JsonLd.text(page.get("dateModified")));
      }
    }
  }

  private static List<String> authorNames(JsonLd ld, JsonNode author) {
    List<String> names = new ArrayList<>();
    if (author == null) {
      return names;
    }
    if (author.isArray()) {
      for (JsonNode a : author) {
        names.addAll(authorNames(ld, a));
      }
      return names;
    }
    JsonNode resolved = ld.resolve(author);
    String name = resolved.isObject() ? JsonLd.text(resolved.get("name")) : JsonLd.text(resolved);
    if (name != null) {
      names.add(name);
    }
    return names;
  }

  private static String imageUrl(JsonLd ld, JsonNode image) {
    if (image == null) {
      return null;
    }
    if (image.isArray()) {
      return image.isEmpty() ? null : imageUrl(ld, image.get(0));
    }
    JsonNode resolved = ld.resolve(image);
    if (resolved.isObject()) {
      return firstNonNull(
          JsonLd.text(resolved.get("url")), JsonLd.text(resolved.get("contentUrl")));
    }
    return JsonLd.text(resolved);
  }

  private static void readMeta(Document doc, Element head, PageMetadata m) {
    List<String> metaAuthors = new ArrayList<>();
    List<String> metaKeywords = new ArrayList<>();
    List<String> articleTags = new ArrayList<>();
    String ogDescription = null;
    String metaDescription = null;
    String twitterTitle = null;
    String ogImage = null;
    String twitterImage = null;
    String ogSite = null;
    String ogUrl = null;
    List<String> published = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      if (key.isEmpty()) {
        key = meta.attr("itemprop");
      }
      if (key.isEmpty()) {
        String equiv = meta.attr("http-equiv");
        if (equiv.equalsIgnoreCase("content-language")) {
          addAll(m.languageHints, Text.clean(meta.attr("content")));
        }
        continue;
      }
      String content = Text.clean(meta.attr("content"));
      if (content == null) {
        continue;
      }
      switch (key.toLowerCase(Locale.ROOT).strip()) {
        case "og:title" -> m.ogTitle = firstNonNull(m.ogTitle, content);
        case "twitter:title" -> twitterTitle = firstNonNull(twitterTitle, content);
        case "og:description" -> ogDescription = firstNonNull(ogDescription, content);
        case "description", "twitter:description" ->
            metaDescription = firstNonNull(metaDescription, content);
        case "og:type" -> m.ogType = content.toLowerCase(Locale.ROOT);
        case "og:site_name", "application-name" -> ogSite = firstNonNull(ogSite, content);
        case "og:url" -> ogUrl = firstNonNull(ogUrl, content);
        case "og:image", "og:image:url", "og:image:secure_url" ->
            ogImage = firstNonNull(ogImage, content);
        case "twitter:image", "twitter:image:src" ->
            twitterImage = firstNonNull(twitterImage, content);
        case "og:locale", "language", "dc.language", "content-language" ->
            m.languageHints.add(content);
        case "author",
            "article:author",
            "og:article:author",
            "byl",
            "sailthru.author",
            "parsely-author",
            "dc.creator",
            "dcterms.creator",
            "citation_author" ->
            metaAuthors.add(content);
        case "article:published_time",
            "og:article:published_time",
            "og:published_time",
            "datepublished",
            "article.published",
            "article:published",
            "published_time",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "publication_date",
            "date",
            "dc.date",
            "dc.date.issued",
            "dc.date.created",
            "dcterms.created",
            "dcterms.issued",
            "sailthru.date",
            "parsely-pub-date",
            "originalpublicationdate",
            "citation_publication_date",
            "article_date_original",
            "cxenseparse:recs:publishtime",
            "date.available" ->
            published.add(content);
        case "article:modified_time",
            "og:updated_time",
            "og:article:modified_time",
            "datemodified",
            "lastmod",
            "last-modified",
            "dcterms.modified" ->
            modified.add(content);
        case "article:section", "og:article:section", "section", "parsely-section", "category" ->
            m.section = m.section == null ? content : m.section;
        case "article:tag", "og:article:tag" -> articleTags.add(content);
        case "keywords", "news_keywords", "parsely-tags", "sailthru.tags" ->
            metaKeywords.add(content);
        default -> {}
      }
    }
    if (m.headline == null && m.ogTitle == null) {
      m.ogTitle = twitterTitle;
    }
    m.description = firstNonNull(m.description, ogDescription, metaDescription);
    m.published.addAll(published);
    m.modified.addAll(modified);
    m.siteName = firstNonNull(ogSite, m.siteName);
    m.image = firstNonNull(ogImage, m.image, twitterImage);
    for (String t : articleTags) {
      for (String part : LIST_SPLIT.split(t)) {
        addTag(m.tags, part);
      }
    }
    if (m.tags.isEmpty()) {
      for (String k : metaKeywords) {
        for (String part : LIST_SPLIT.split(k)) {
          addTag(m.tags, part);
        }
      }
    }
    for (String a : metaAuthors) {
      if (!URLISH.matcher(a).find()) {
        for (String part : AUTHOR_SPLIT.split(stripByline(a))) {
          addAuthor(m.authors, part);
        }
      }
    }
    if (m.ogType != null) {
      if (m.ogType.equals("article") || m.ogType.startsWith("article")) {
        m.declaresArticle = true;
      } else if (m.ogType.equals("website") || m.ogType.equals("profile")) {
        m.declaresNonArticle = true;
      }
    }
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String canon = canonical == null ? null : Text.clean(canonical.absUrl("href"));
    if (canon == null && canonical != null) {
      canon = Text.clean(canonical.attr("href"));
    }
    m.canonicalUrl = firstNonNull(canon, m.canonicalUrl, ogUrl);
    if (m.image == null) {
      Element imageSrc = doc.selectFirst("link[rel=image_src][href]");
      if (imageSrc != null) {
        m.image = Text.clean(imageSrc.absUrl("href"));
      }
    }
  }

  private static void readMicrodata(Document doc, PageMetadata m) {
    Elements scopes = doc.select("[itemscope][itemtype]");
    for (Element scope : scopes) {
      String type = scope.attr("itemtype").toLowerCase(Locale.ROOT);
      String simple = type.substring(type.lastIndexOf('/') + 1);
      if (!JsonLd.ARTICLE_TYPES.contains(simple)) {
        continue;
      }
      m.declaresArticle = true;
      if (m.headline == null) {
        Element h = scope.selectFirst("[itemprop=headline]");
        if (h != null) {
          m.headline = Text.clean(h.hasAttr("content") ? h.attr("content") : h.text());
        }
      }
      for (Element el : scope.select("[itemprop=datePublished]")) {
        addAll(m.published, itempropValue(el));
      }
      for (Element el : scope.select("[itemprop=dateModified]")) {
        addAll(m.modified, itempropValue(el));
      }
      if (m.authors.isEmpty()) {
        for (Element el : scope.select("[itemprop=author]")) {
          Element name = el.selectFirst("[itemprop=name]");
          String v = name != null ? itempropValue(name) : itempropValue(el);
          if (v != null && !URLISH.matcher(v).find()) {
            addAuthor(m.authors, stripByline(v));
          }
        }
      }
      if (m.articleBody == null) {
        Element body = scope.selectFirst("[itemprop=articleBody]");
        if (body != null && body.hasAttr("content")) {
          m.articleBody = body.attr("content");
        }
      }
      break;
    }
  }

  private static String itempropValue(Element el) {
    for (String attr : new String[] {"content", "datetime"}) {
      if (el.hasAttr(attr)) {
        return Text.clean(el.attr(attr));
      }
    }
    return Text.clean(el.text());
  }

  private static void readTimes(Document doc, PageMetadata m) {
    Elements times = doc.select("time[datetime]");
    for (Element t : times) {
      String cls = (t.className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
      String value = Text.clean(t.attr("datetime"));
      if (value == null) {
        continue;
      }
      if (cls.contains("updated") || cls.contains("modified")) {
        addAll(m.modified, value);
      } else {
        addAll(m.published, value);
      }
    }
    if (m.authors.isEmpty()) {
      for (Element a : doc.select("a[rel=author], [class~=(?i)^(author|byline|author-name|fn)$]")) {
        String name = Text.clean(a.text());
        if (name != null && name.length() <= 60 && !URLISH.matcher(name).find()) {
          for (String part : AUTHOR_SPLIT.split(stripByline(name))) {
            addAuthor(m.authors, part);
          }
        }
        if (m.authors.size() >= 5) {
          break;
        }
      }
    }
  }

  private static void readLanguage(Document doc, PageMetadata m) {
    Element html = doc.selectFirst("html");
    List<String> hints = new ArrayList<>();
    if (html != null) {
      addAll(hints, Text.clean(html.attr("lang")));
      addAll(hints, Text.clean(html.attr("xml:lang")));
      String dir = html.attr("dir").toLowerCase(Locale.ROOT);
      if (dir.equals("rtl") || dir.equals("ltr")) {
        m.direction = dir;
      }
    }
    if (m.direction == null && doc.body() != null) {
      String dir = doc.body().attr("dir").toLowerCase(Locale.ROOT);
      if (dir.equals("rtl") || dir.equals("ltr")) {
        m.direction = dir;
      }
    }
    hints.addAll(m.languageHints);
    m.languageHints.clear();
    m.languageHints.addAll(normalizeLanguages(hints));
  }

  /** Primary language subtags, lowercase, in order of first appearance ("ar_AR" -> "ar"). */
  static List<String> normalizeLanguages(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      for (String part : r.split("[,\\s]+")) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        int cut = p.indexOf('-') >= 0 ? p.indexOf('-') : p.indexOf('_');
        String primary = cut >= 0 ? p.substring(0, cut) : p;
        if (primary.matches("[a-z]{2,3}")) {
          out.add(primary);
        }
      }
    }
    return new ArrayList<>(out);
  }

  static String stripByline(String s) {
    return BYLINE_PREFIX.matcher(s.strip()).replaceFirst("").strip();
  }

  private static void addAuthor(List<String> authors, String name) {
    String n = Text.clean(name);
    if (n == null || n.length() < 2 || n.length() > 80 || URLISH.matcher(n).find()) {
      return;
    }
    for (String a : authors) {
      if (a.equalsIgnoreCase(n)) {
        return;
      }
    }
    authors.add(n);
  }

  private static void addTag(List<String> tags, String tag) {
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

  private static void addAll(List<String> list, String value) {
    if (value != null && !list.contains(value)) {
      list.add(value);
    }
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
