package dev.akhbar.parser.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The names a site goes by (declared names, its host), to tell them from headlines and authors. */
final class SiteNames {
  /** A part of a title with more words than this is not the site name. */
  private static final int MAX_SITE_NAME_WORDS = 4;

  private SiteNames() {}

  /** The keys of the site's names and of its host ("www.the-site.co.uk" -> "thesite"). */
  static List<String> keys(PageMetadata meta, String url) {
    List<String> out = new ArrayList<>();
    for (String s : meta.siteNames) {
      String k = TitleChooser.key(s);
      if (k.length() >= 2 && !out.contains(k)) {
        out.add(k);
      }
    }
    String host = host(url != null ? url : meta.canonicalUrl);
    if (host != null) {
      String[] labels = host.split("\\.");
      int i = labels.length - 2;
      // "bbc.co.uk": the label before a second-level domain
      while (i > 0 && labels[i].length() <= 3 && labels.length - i <= 3) {
        i--;
      }
      if (i >= 0) {
        String k = TitleChooser.key(labels[i]);
        if (k.length() >= 3 && !out.contains(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The text names the site: a site key holds it, or it is short and holds a site key. */
  static boolean isSite(String text, List<String> sites) {
    String key = TitleChooser.key(text);
    if (key.length() < 2) {
      return false;
    }
    boolean shortText = Text.wordCount(text) <= MAX_SITE_NAME_WORDS;
    for (String s : sites) {
      if (key.equals(s)
          || key.length() >= 4 && s.contains(key)
          || shortText && s.length() >= 4 && key.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
