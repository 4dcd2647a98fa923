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
    BylineAreaDates.Shown area = BylineAreaDates.find(layout, title, ref, monthFirst);
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
            && DateLines.PUBLISHED_WORD.matcher(apart.raw()).find()
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
