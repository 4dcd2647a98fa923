package dev.akhbar.fetcher.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.FeedHints;
import dev.akhbar.events.Url;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;

/** RSS and Atom (Rome) and JSON Feed (jsonfeed.org, read with Jackson) into discovered URLs. */
public final class FeedParser {
  private static final int MAX_SUMMARY = 2000;

  private FeedParser() {}

  /** Thrown for a body that is not a feed; the reason goes to the dead-letter topic. */
  public static final class NotAFeedException extends Exception {
    public NotAFeedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static List<Discovered> parse(
      byte[] body, String mediaType, String feedUrl, String languageHint) throws NotAFeedException {
    if (isJson(body, mediaType)) {
      return parseJsonFeed(body, feedUrl, languageHint);
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
      String language = feed.getLanguage() != null ? feed.getLanguage() : languageHint;
      List<Discovered> items = new ArrayList<>();
      for (SyndEntry e : feed.getEntries()) {
        String link = e.getLink() != null ? e.getLink() : e.getUri();
        Url url = absolute(feedUrl, link);
        if (url == null) {
          continue;
        }
        Instant published = instant(e.getPublishedDate());
        Instant updated = instant(e.getUpdatedDate());
        String summary = e.getDescription() == null ? null : text(e.getDescription().getValue());
        items.add(
            new Discovered(
                url,
                new FeedHints(
                    blankToNull(e.getTitle()),
                    published != null ? published : updated,
                    summary,
                    language),
                updated != null ? updated : published));
      }
      return items;
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new NotAFeedException("Not an RSS, Atom or JSON feed: " + e.getMessage(), e);
    }
  }

  private static List<Discovered> parseJsonFeed(byte[] body, String feedUrl, String languageHint)
      throws NotAFeedException {
    try {
      JsonNode root = EventCodec.mapper().readTree(body);
      if (!root.path("version").asText("").startsWith("https://jsonfeed.org/version/")) {
        throw new NotAFeedException("JSON without a jsonfeed.org version", null);
      }
      String language = root.hasNonNull("language") ? root.get("language").asText() : languageHint;
      List<Discovered> items = new ArrayList<>();
      for (JsonNode item : root.path("items")) {
        String link =
            item.hasNonNull("url")
                ? item.get("url").asText()
                : item.path("external_url").asText(null);
        Url url = absolute(feedUrl, link);
        if (url == null) {
          continue;
        }
        Instant published = jsonDate(item.path("date_published"));
        Instant modified = jsonDate(item.path("date_modified"));
        String summary =
            item.hasNonNull("summary")
                ? text(item.get("summary").asText())
                : item.hasNonNull("content_text") ? text(item.get("content_text").asText()) : null;
        String itemLanguage =
            item.hasNonNull("language") ? item.get("language").asText() : language;
        items.add(
            new Discovered(
                url,
                new FeedHints(
                    blankToNull(item.path("title").asText(null)),
                    published != null ? published : modified,
                    summary,
                    itemLanguage),
                modified != null ? modified : published));
      }
      return items;
    } catch (IOException e) {
      throw new NotAFeedException("Not a JSON feed: " + e.getMessage(), e);
    }
  }

  private static boolean isJson(byte[] body, String mediaType) {
    if (mediaType != null && mediaType.contains("json")) {
      return true;
    }
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '{';
      }
    }
    return false;
  }

  private static Instant jsonDate(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText()).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The http(s) URL a link of the feed at {@code base} points to, or null. */
  static Url absolute(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      Url url = Url.parse(base).resolve(link);
      return url.isHttp() && url.host() != null ? url : null;
    } catch (Url.InvalidUrlException e) {
      return null;
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String text(String htmlOrText) {
    if (htmlOrText == null) {
      return null;
    }
    String t = Jsoup.parse(htmlOrText).text().strip();
    if (t.isEmpty()) {
      return null;
    }
    return t.length() > MAX_SUMMARY ? t.substring(0, MAX_SUMMARY) : t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
