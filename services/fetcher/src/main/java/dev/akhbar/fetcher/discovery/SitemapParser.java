package dev.akhbar.fetcher.discovery;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import dev.akhbar.events.FeedHints;
import dev.akhbar.events.Url;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Sitemaps, sitemap indexes and Google News sitemaps, read with crawler-commons. */
public final class SitemapParser {
  /**
   * What a sitemap document held.
   *
   * @param pages page URLs (with news title, date and language when a news sitemap)
   * @param sitemaps child sitemaps of an index
   */
  public record Result(List<Discovered> pages, List<String> sitemaps) {}

  /** The sitemap protocol's limit on an uncompressed sitemap (50 MiB). */
  public static final int MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

  private SitemapParser() {}

  /**
   * A gzipped sitemap (sitemap.xml.gz), inflated here with a size cap rather than by the parser, so
   * a gzip bomb costs at most {@link #MAX_UNCOMPRESSED_BYTES}.
   */
  static byte[] gunzipIfNeeded(byte[] body) throws FeedParser.NotAFeedException {
    if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] out = in.readNBytes(MAX_UNCOMPRESSED_BYTES + 1);
      if (out.length > MAX_UNCOMPRESSED_BYTES) {
        throw new FeedParser.NotAFeedException(
            "Gzipped sitemap larger than " + MAX_UNCOMPRESSED_BYTES + " bytes uncompressed", null);
      }
      return out;
    } catch (IOException e) {
      throw new FeedParser.NotAFeedException("Not a gzipped sitemap: " + e.getMessage(), e);
    }
  }

  public static Result parse(byte[] body, String mediaType, String sitemapUrl, String languageHint)
      throws FeedParser.NotAFeedException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    try {
      URL url = URI.create(sitemapUrl).toURL();
      byte[] xml = gunzipIfNeeded(body);
      String type =
          xml != body
                  || mediaType == null
                  || mediaType.contains("gzip")
                  || mediaType.contains("octet")
              ? "application/xml"
              : mediaType;
      AbstractSiteMap map = parser.parseSiteMap(type, xml, url);
      if (map instanceof SiteMapIndex index) {
        List<String> children = new ArrayList<>();
        for (AbstractSiteMap child : index.getSitemaps()) {
          children.add(child.getUrl().toString());
        }
        return new Result(List.of(), children);
      }
      List<Discovered> pages = new ArrayList<>();
      for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
        if (!u.isValid()) {
          continue;
        }
        Instant lastmod = u.getLastModified() == null ? null : u.getLastModified().toInstant();
        FeedHints hints = null;
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
          Instant published =
              n.getPublicationDateTime() == null ? null : n.getPublicationDateTime().toInstant();
          hints =
              new FeedHints(
                  n.getTitle(),
                  published,
                  null,
                  n.getLanguage() != null ? n.getLanguage() : languageHint);
          if (lastmod == null) {
            lastmod = published;
          }
        }
        Url pageUrl = FeedParser.absolute(sitemapUrl, u.getUrl().toString());
        if (pageUrl != null) {
          pages.add(new Discovered(pageUrl, hints, lastmod));
        }
      }
      return new Result(pages, List.of());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new FeedParser.NotAFeedException("Not a sitemap: " + e.getMessage(), e);
    }
  }
}
