package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself outside its visible body: JSON-LD, OpenGraph and article:* meta,
 * other meta tags, microdata and {@code <time>} elements. Values are raw strings; dates are parsed
 * later, against the fetch time.
 */
final class PageMetadata {
  String headline;
  String ogTitle;
  String twitterTitle;
  String documentTitle;
  String description;
  final List<String> authors = new ArrayList<>();

  /** Authors that JSON-LD types as an organisation. */
  final List<String> organizationAuthors = new ArrayList<>();

  /** Candidate publication dates, best first (machine-readable sources before visible text). */
  final List<String> published = new ArrayList<>();

  final List<String> modified = new ArrayList<>();
  String canonicalUrl;
  String siteName;

  /** Every name the page gives its site (og:site_name, application-name, JSON-LD publisher). */
  final List<String> siteNames = new ArrayList<>();

  String section;
  final List<String> tags = new ArrayList<>();
  String image;
  final List<String> languageHints = new ArrayList<>();
  String direction;

  /** The first language the page declares, as written ("en-US"), or null. */
  String languageTag;

  String ogType;

  /** The page declares itself an article (og:type article, JSON-LD or microdata article type). */
  boolean declaresArticle;

  /**
   * The elements of {@code <body>} marked {@code itemprop="articleBody"}, in document order: the
   * microdata walk finds them for the container choice, which need not walk the page again.
   */
  List<Element> declaredBodies = List.of();

  /** The page declares itself something else (og:type website/profile, CollectionPage...). */
  boolean declaresNonArticle;

  /** The page's JSON-LD nodes (for the page type). */
  JsonLd jsonLd;

  /** JSON-LD articleBody, or null. */
  String articleBody;
}
