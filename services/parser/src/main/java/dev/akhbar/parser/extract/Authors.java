package dev.akhbar.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Author names as pages write them: byline prefixes, lists of names, profile URLs. */
final class Authors {
  private static final Pattern LIST_SPLIT =
      Pattern.compile("\\s*(?:,|،|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bve\\b)\\s*");
  private static final Pattern BYLINE_PREFIX =
      Pattern.compile(
          "^(?i)(?:by|written by|von|par|por|yazan|بقلم|كتب|كتبت|إعداد|اعداد)\\s*[:：]?\\s+");
  private static final Pattern URLISH =
      Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/");

  /** Longest author name kept. */
  private static final int MAX_NAME_CHARS = 80;

  private Authors() {}

  static boolean urlish(String s) {
    return URLISH.matcher(s).find();
  }

  /** "By Jane Doe" -> "Jane Doe". */
  static String stripByline(String s) {
    return BYLINE_PREFIX.matcher(s.strip()).replaceFirst("").strip();
  }

  /** Adds every name of a byline ("By Jane Doe and John Roe") that is not a URL. */
  static void addByline(List<String> authors, String byline) {
    if (!urlish(byline)) {
      for (String part : LIST_SPLIT.split(stripByline(Text.decodeEntities(byline)))) {
        add(authors, part);
      }
    }
  }

  /**
   * The authors of the page: the names its byline shows, unless the page declares none of them;
   * else the declared names (JSON-LD, meta tags, microdata) that are not the site's own name.
   */
  static List<String> choose(PageMetadata meta, List<String> shown, List<String> siteKeys) {
    return choose(meta, new Bylines.Shown(shown, false), siteKeys);
  }

  /**
   * As above; a byline that writes its names out ("By Jane Doe") wins over declared names it does
   * not repeat, when it names people.
   */
  static List<String> choose(PageMetadata meta, Bylines.Shown byline, List<String> siteKeys) {
    return Bylines.dedupe(chooseNames(meta, byline.names(), byline.written(), siteKeys));
  }

  private static List<String> chooseNames(
      PageMetadata meta, List<String> shown, boolean writtenOut, List<String> siteKeys) {
    List<String> declared = new ArrayList<>();
    List<String> siteLike = new ArrayList<>();
    for (String written : meta.authors) {
      for (String a : BylineNames.declaredNames(written)) {
        if (!declared.isEmpty() && BylineNames.credential(a)) {
          // ["Jillian Kubala", "MS", "RD"]: the credentials of the name before, not names.
          continue;
        }
        add(SiteNames.isSite(a, siteKeys) ? siteLike : declared, a);
      }
    }
    if (declared.isEmpty() && shown.isEmpty()) {
      // The site's own name as author: a personal site, or an organisation signing its pages.
      return siteLike;
    }
    if (declared.isEmpty() && !siteLike.isEmpty() && agree(shown, siteLike)) {
      // The organisation signs the page, the byline shows its name shortened or with a role cut
      // ("Top Growth" for "Top Growth Marketing"): its full declared name.
      return siteLike;
    }
    if (shown.isEmpty()) {
      return declared;
    }
    if (declared.isEmpty()) {
      return shown;
    }
    // Both: the declared names when the byline shows one of them (they are written cleanly), the
    // byline when it names more people; a declared name that is not a person's name gives way.
    if (agree(declared, shown)) {
      // The byline shows some of the declared names only: the others are editors, reviewers or
      // contributors the page credits elsewhere.
      if (shown.size() < declared.size() && allDeclared(shown, declared)) {
        return shown;
      }
      return shown.size() > declared.size() ? shown : declared;
    }
    if (writtenOut && personLike(shown, List.of())) {
      // "By: Jane Doe" under the headline, another name in the JSON-LD (the site's editor, the
      // account that posted the page): the reader sees the byline.
      return shown;
    }
    return personLike(declared, meta.organizationAuthors) ? declared : shown;
  }

  private static boolean allDeclared(List<String> shown, List<String> declared) {
    for (String s : shown) {
      if (!agree(List.of(s), declared)) {
        return false;
      }
    }
    return true;
  }

  private static boolean agree(List<String> a, List<String> b) {
    for (String x : a) {
      String kx = " " + Text.fold(x) + " ";
      for (String y : b) {
        String ky = " " + Text.fold(y) + " ";
        if (kx.contains(ky) || ky.contains(kx)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Names of people: at least two capitalized words ("Jane Doe"), not one token ("janedoe"). */
  private static boolean personLike(List<String> names, List<String> organizations) {
    for (String n : names) {
      if (Text.wordCount(n) < 2
          || !BylineNames.capitalized(n)
          || meta(n)
          || organizations.contains(n)) {
        return false;
      }
    }
    return true;
  }

  private static boolean meta(String n) {
    return n.contains(".") && !n.contains(" ");
  }

  /** Adds one name unless it is blank, too long, a URL or already there (ignoring case). */
  static void add(List<String> authors, String name) {
    String n = Text.clean(Text.decodeEntities(name));
    if (n == null || n.length() < 2 || n.length() > MAX_NAME_CHARS || urlish(n)) {
      return;
    }
    for (String a : authors) {
      if (a.equalsIgnoreCase(n)) {
        return;
      }
    }
    authors.add(n);
  }
}
