package dev.akhbar.parser.extract;

import dev.akhbar.parser.extract.content.ContentExtractor;
import dev.akhbar.parser.extract.dates.DateParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When the article was published: what the page declares (JSON-LD, meta tags, microdata, {@code
 * <time>}) and the full date its byline area shows (between the headline and the first paragraph;
 * "Updated" dates only without another), the earlier of the two when they differ; then dated
 * elements elsewhere; then a {@code /yyyy/mm/dd/} URL. Numeric dates are read month first when the
 * page's locale writes them so (CLDR).
 */
final class PublicationDates {
  /** A publication date, the text it was read from, and whether the page shows it. */
  record Found(OffsetDateTime at, String raw, boolean shown) {}

  private static final Found NONE = new Found(null, null, false);

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|$|-)");

  private static final Pattern DATE_CLASS =
      Pattern.compile("(?i)date|time|publish|posted|dateline|byline|meta|تاريخ");

  static final Pattern PUBLISHED_WORD;
  static final Pattern UPDATED_WORD;

  static {
    String published = "";
    String updated = "";
    for (String line : LanguageData.lines(PublicationDates.class, "date-labels.txt")) {
      int colon = line.indexOf(':');
      List<String> labels = new ArrayList<>();
      for (String label : line.substring(colon + 1).strip().split("\\s*,\\s*")) {
        // Arabic labels also with diacritics and hamza forms ("نُشر", "آخر تحديث").
        labels.add(Text.foldPattern(label));
      }
      String words = String.join("|", labels);
      if (line.startsWith("published")) {
        published = words;
      } else {
        updated = words;
      }
    }
    PUBLISHED_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + published + ")(?![\\p{L}])");
    UPDATED_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + updated + ")(?![\\p{L}])");
  }

  /**
   * A date line of the byline area names a full date: a year (Gregorian, or Hijri: "17 شعبان 1446
   * هـ"), or a numeric day/month/year. Lines without one ("today", "April 12") are too often
   * something else to be taken as the date.
   */
  static final Pattern FULL_DATE =
      Pattern.compile("(?<!\\d)(?:19|20|14)\\d{2}(?!\\d)|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(?!\\d)");

  /** Short texts only: a date line is not a paragraph. */
  static final int MAX_DATE_LINE_CHARS = 100;

  /** How far before the first paragraph (in blocks) the byline area reaches, and after it. */
  private static final int AREA_BEFORE_BLOCKS = 40;

  private static final int AREA_AFTER_BLOCKS = 3;

  /**
   * How many blocks right after the headline are its byline: a date there wins over the date lines
   * above the headline (today's date in a site header, teasers of other stories).
   */
  private static final int BYLINE_BLOCKS = 3;

  /** How far after the first paragraph a date line is still looked for when none came before. */
  private static final int AREA_LATE_BLOCKS = 8;

  static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}");

  /** A date this far after the fetch is a misreading (an event date, a wrong day/month order). */
  private static final long MAX_FUTURE_SECONDS = 86_400;

  private PublicationDates() {}

  static Found published(
      PageMetadata meta,
      Document doc,
      ContentExtractor.Layout layout,
      String title,
      String url,
      Instant ref) {
    boolean monthFirst = DateParser.monthFirst(meta.languageTag);
    Found declared = first(meta.published, ref, monthFirst, false);
    Shown area = bylineArea(layout, title, ref, monthFirst);
    Found shown = area == null ? null : area.found();
    if (shown != null && declared != null && readsAs(shown.raw(), declared.at())) {
      // The shown numeric date is the declared one, read the other way round: the same date.
      shown = null;
    }
    // The byline's date wins over the declared one when it is earlier (a page may declare its
    // last change as its publication), or when it is another date the page declares (the page
    // shows its last change as its date: readers and the annotation take the shown one); an
    // "Updated" line only when earlier. On the same day the declared time is more precise; a
    // later shown date one day off is the page's zone, not another date.
    boolean lead = area != null && area.lead();
    if (shown != null
        && (declared == null
            || !sameDay(declared.at(), shown.at()) && shown.at().isBefore(declared.at())
            || !area.update()
                && !nearDay(declared.at(), shown.at())
                && declares(meta, shown, ref, monthFirst))) {
      return new Found(shown.at(), shown.raw(), lead);
    }
    if (declared != null) {
      if (shown == null && sameInstantAsModified(meta, declared, ref, monthFirst)) {
        // A page that declares its last change as its publication, to the second (the CMS wrote
        // the edit over it), and says "Published ..." with an earlier day elsewhere: that line.
        Found apart = ApartDateLines.find(layout, ref, monthFirst);
        if (apart != null
            && PUBLISHED_WORD.matcher(apart.raw()).find()
            && apart.at().isBefore(declared.at())
            && !sameDay(apart.at(), declared.at())) {
          return new Found(apart.at(), apart.raw(), lead);
        }
      }
      return new Found(declared.at(), declared.raw(), lead);
    }
    Found dated = first(visibleDates(doc), ref, monthFirst, true);
    if (dated != null) {
      return dated;
    }
    Found apart = ApartDateLines.find(layout, ref, monthFirst);
    if (apart != null) {
      // Not counted as a shown date by the page-type features (those look at the lead only).
      return new Found(apart.at(), apart.raw(), false);
    }
    return fromUrl(url, ref);
  }

  static OffsetDateTime modified(PageMetadata meta, Instant ref) {
    Found f = first(meta.modified, ref, DateParser.monthFirst(meta.languageTag), false);
    return f == null ? null : f.at();
  }

  /** Whether the declared publication is the declared last change, to the second. */
  private static boolean sameInstantAsModified(
      PageMetadata meta, Found declared, Instant ref, boolean monthFirst) {
    Found m = first(meta.modified, ref, monthFirst, false);
    return m != null && m.at().toInstant().equals(declared.at().toInstant());
  }

  /** Whether the page declares {@code shown}'s day among its other dates (its last change...). */
  private static boolean declares(PageMetadata meta, Found shown, Instant ref, boolean monthFirst) {
    for (List<String> raws : List.of(meta.modified, meta.published)) {
      for (String raw : raws) {
        Found f = parse(raw, ref, monthFirst, false);
        if (f != null && sameDay(f.at(), shown.at())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same day, or one day apart (a time near midnight read in another zone). */
  private static boolean nearDay(OffsetDateTime a, OffsetDateTime b) {
    return Math.abs(a.toLocalDate().toEpochDay() - b.toLocalDate().toEpochDay()) <= 1;
  }

  private static boolean sameDay(OffsetDateTime a, OffsetDateTime b) {
    return a.toLocalDate().equals(b.toLocalDate())
        || a.withOffsetSameInstant(b.getOffset()).toLocalDate().equals(b.toLocalDate());
  }

  /**
   * A date of the byline area; {@code update} when its line only gives a change, {@code lead} when
   * it was found before the body had gone {@value #AREA_AFTER_BLOCKS} blocks on.
   */
  private record Shown(Found found, boolean update, boolean lead) {}

  /**
   * The first publication date the byline area shows; an "Updated" date only without one. Without
   * either, a date line written out with a month name a little further into the body (a byline
   * placed after the lead paragraphs, or a first paragraph taken for the lead).
   */
  private static Shown bylineArea(
      ContentExtractor.Layout layout, String title, Instant ref, boolean monthFirst) {
    if (layout == null || layout.container() == null) {
      return null;
    }
    int start = layout.textStart();
    List<String> area = layout.texts(start - AREA_BEFORE_BLOCKS, start + AREA_AFTER_BLOCKS);
    int headline = lastIndexOf(area, title);
    Shown near =
        headline < 0
            ? null
            : firstDate(
                area.subList(headline + 1, Math.min(area.size(), headline + 1 + BYLINE_BLOCKS)),
                ref,
                monthFirst,
                true);
    if (near == null) {
      near = firstDate(area, ref, monthFirst, true);
    }
    if (near != null) {
      return near;
    }
    return firstDate(
        layout.texts(start + AREA_AFTER_BLOCKS + 1, start + AREA_LATE_BLOCKS),
        ref,
        monthFirst,
        false);
  }

  /** The last block of {@code texts} that is the headline {@code title} (case aside), or -1. */
  private static int lastIndexOf(List<String> texts, String title) {
    if (title != null) {
      for (int i = texts.size() - 1; i >= 0; i--) {
        if (texts.get(i).equalsIgnoreCase(title)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Shown firstDate(
      List<String> texts, Instant ref, boolean monthFirst, boolean lead) {
    Found updated = null;
    for (String text : texts) {
      if (text.length() > MAX_DATE_LINE_CHARS) {
        continue;
      }
      String digits = Text.asciiDigits(text);
      Matcher full = FULL_DATE.matcher(digits);
      // In the body, numeric dates are table cells and list items more often than bylines.
      if (!full.find() || !lead && NUMERIC_DATE.matcher(digits).find()) {
        continue;
      }
      String spaced = unglue(text);
      String line = publishedPart(spaced);
      boolean isUpdate = line == null;
      Found f = parse(isUpdate ? spaced : line, ref, monthFirst, true);
      if (f == null) {
        continue;
      }
      if (!isUpdate) {
        return new Shown(f, false, lead);
      }
      if (updated == null) {
        updated = f;
      }
    }
    return updated == null ? null : new Shown(updated, true, lead);
  }

  /**
   * A space where inline elements were written without one and words run together ("Jane DoeMar 5,
   * 2025", "HealthDECEMBER 22, 2022Updated: ..."): between a lowercase and an uppercase letter, and
   * between a digit and a letter.
   */
  static String unglue(String text) {
    StringBuilder out = null;
    for (int i = 1; i < text.length(); i++) {
      char a = text.charAt(i - 1);
      char b = text.charAt(i);
      boolean glued =
          Character.isLowerCase(a) && Character.isUpperCase(b)
              || Character.isDigit(a) && Character.isLetter(b)
              || Character.isLetter(a) && Character.isDigit(b);
      if (glued) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(' ');
      }
      if (out != null) {
        out.append(b);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The part of a date line that gives the publication ("Published Dec 2 · Updated Dec 12" ->
   * "Published Dec 2"); null when the line only gives an update.
   */
  static String publishedPart(String text) {
    Matcher u = UPDATED_WORD.matcher(text);
    if (!u.find()) {
      return text;
    }
    Matcher p = PUBLISHED_WORD.matcher(text);
    if (p.find()) {
      return p.start() < u.start() ? text.substring(0, u.start()) : text.substring(p.start());
    }
    return u.start() > 0 && parsesAsDate(text.substring(0, u.start()))
        ? text.substring(0, u.start())
        : null;
  }

  private static boolean parsesAsDate(String s) {
    return DateParser.parse(s, Instant.EPOCH, ZoneOffset.UTC).isPresent();
  }

  private static Found first(
      List<String> raws, Instant ref, boolean monthFirst, boolean checkFuture) {
    for (String raw : raws) {
      Found f = parse(raw, ref, monthFirst, checkFuture);
      if (f != null) {
        return settled(f, raws, ref, monthFirst, checkFuture);
      }
    }
    return null;
  }

  /** A numeric date whose day and month could be read either way ("02-12-2025"). */
  private static final Pattern AMBIGUOUS =
      Pattern.compile(
          "(?<!\\d)(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-]((?:19|20)?\\d{2})(?!\\d)");

  /**
   * {@code f} read from an ambiguous numeric date, settled by another date of the same list that
   * falls on one of its two readings ("02-12-2025" beside "2025-12-02": December 2, whatever the
   * page's locale says).
   */
  private static Found settled(
      Found f, List<String> raws, Instant ref, boolean monthFirst, boolean checkFuture) {
    if (!AMBIGUOUS.matcher(Text.asciiDigits(f.raw())).find()) {
      return f;
    }
    for (String raw : raws) {
      if (raw.equals(f.raw()) || AMBIGUOUS.matcher(Text.asciiDigits(raw)).find()) {
        continue;
      }
      Found g = parse(raw, ref, monthFirst, checkFuture);
      if (g != null && readsAs(f.raw(), g.at())) {
        return g;
      }
    }
    return f;
  }

  /**
   * Whether the ambiguous numeric date of {@code raw}, read in either order, is {@code at}'s day.
   */
  static boolean readsAs(String raw, OffsetDateTime at) {
    Matcher m = AMBIGUOUS.matcher(Text.asciiDigits(raw));
    if (!m.find()) {
      return false;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    String y = m.group(3);
    return String.valueOf(at.getYear()).endsWith(y)
        && (at.getMonthValue() == a && at.getDayOfMonth() == b
            || at.getMonthValue() == b && at.getDayOfMonth() == a);
  }

  /**
   * Parses one candidate against the fetch time {@code ref} (relative dates, dates without a year).
   * A date the page shows ({@code checkFuture}) after the fetch is a misreading; declared dates are
   * taken as they are.
   */
  static Found parse(String raw, Instant ref, boolean monthFirst, boolean checkFuture) {
    Optional<OffsetDateTime> d = DateParser.parse(raw, ref, ZoneOffset.UTC, monthFirst);
    if (d.isPresent()
        && (!checkFuture || !d.get().toInstant().isAfter(ref.plusSeconds(MAX_FUTURE_SECONDS)))) {
      return new Found(d.get(), raw, checkFuture);
    }
    return null;
  }

  /** Short texts of elements that look like a dateline (class or id about dates), page order. */
  static List<String> visibleDates(Document doc) {
    List<String> out = new ArrayList<>();
    if (doc.body() == null) {
      return out;
    }
    for (Element e : doc.body().getAllElements()) {
      String key = e.className() + " " + e.id() + " " + e.attr("itemprop");
      if (key.isBlank() || !DATE_CLASS.matcher(key).find()) {
        continue;
      }
      String text = Text.normalize(e.text());
      if (!text.isEmpty() && text.length() <= 80 && !out.contains(text)) {
        out.add(text);
        if (out.size() >= 10) {
          break;
        }
      }
    }
    return out;
  }

  private static Found fromUrl(String url, Instant ref) {
    if (url == null) {
      return NONE;
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      String raw = m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
      Found f = parse(raw, ref, false, true);
      if (f != null) {
        return new Found(f.at(), f.raw(), false);
      }
    }
    return NONE;
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }
}
