package dev.akhbar.enricher.mentions;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.akhbar.enricher.text.ArabicText;
import dev.akhbar.events.Enrichment;
import dev.akhbar.support.text.Digits;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates, numbers and percentages in Arabic and English text, normalised: dates to ISO-8601
 * ("2025-02-12", or "--02-12" when neither the text nor the article date gives the year, "2014" for
 * a bare year), numbers and percentages to plain decimals ("75", "1500000"). Month names come from
 * CLDR through ICU4J (Arabic, Levantine Arabic and English).
 */
public final class MentionExtractor {
  /*
   * Every pattern here runs on whole article bodies, so each must stay linear in the text: no
   * quantified group that can backtrack into itself, possessive quantifiers where what follows
   * cannot start with what they consume. Numbers and percentages are scanned without a regular
   * expression (Numbers). MentionExtractorTest feeds each 1 MB of hostile text.
   */
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR_CONTEXT =
      Pattern.compile("(?:\\b(?:in|since|by|until)\\s|(?:في|عام|منذ|العام|حتى)\\s)(\\d{4})(?!\\d)");

  /**
   * Longest word of {@link #YEAR_CONTEXT} and its space: where a match can start before the year.
   */
  private static final int YEAR_CONTEXT_REACH = 6;

  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?");

  private final Map<String, Integer> months = new HashMap<>();

  /**
   * The leading letters of every month name ("sept" of "sept.", "كانون" of "كانون الثاني"): a
   * month-name date that starts with its month starts where a run of letters equal to one of these
   * starts, and a text without any has no month-name date.
   */
  private final java.util.Set<String> monthWords = new java.util.HashSet<>();

  private final Pattern dayMonthYear;
  private final Pattern monthDayYear;
  private final Pattern monthYear;

  public MentionExtractor() {
    for (String locale : List.of("ar", "ar_SY", "en")) {
      DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(locale));
      String[] full = symbols.getMonths();
      String[] abbr = symbols.getShortMonths();
      for (int m = 0; m < 12; m++) {
        months.put(key(full[m]), m + 1);
        if (locale.equals("en")) {
          months.put(key(abbr[m]), m + 1);
          months.put(key(abbr[m] + "."), m + 1);
        }
      }
    }
    months.put(key("أغسطس"), 8);
    months.put(key("اغسطس"), 8);
    months.put(key("Sept"), 9);
    for (String name : months.keySet()) {
      int letters = 0;
      while (letters < name.length() && Character.isLetter(name.charAt(letters))) {
        letters++;
      }
      monthWords.add(name.substring(0, letters));
    }
    String names =
        months.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    // month names are matched on the normalised text: same length as the body, so offsets hold
    dayMonthYear =
        Pattern.compile(
            "(?<![\\d])(\\d{1,2})\\s++(?:من\\s++)?(?:شهر\\s++)?("
                + names
                + ")(?:\\s*+[،,]?\\s*+(\\d{4}))?(?![\\p{L}])");
    monthDayYear =
        Pattern.compile(
            "(?<![\\p{L}])("
                + names
                + ")\\s++(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s++(\\d{4}))?(?![\\d])");
    monthYear =
        Pattern.compile(
            "(?<![\\p{L}])("
                + names
                + ")\\s++(?:من\\s++)?(?:العام\\s++|عام\\s++)?(\\d{4})(?![\\d])");
  }

  private static String key(String s) {
    return ArabicText.normalize(s).toLowerCase(Locale.ROOT);
  }

  /**
   * @param reference the article's date, to give day-month dates their year; null when unknown
   */
  public List<Enrichment.Mention> extract(String body, LocalDate reference) {
    String text = Digits.ascii(body);
    String norm = sameLengthNormal(text);
    List<Enrichment.Mention> out = new ArrayList<>();
    boolean[] used = new boolean[text.length() + 1];

    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      add(out, used, body, "DATE", m.start(), m.end(), m.group());
    }
    int[] monthStarts = monthWordStarts(norm);
    if (monthStarts.length > 0) {
      monthDates(norm, monthStarts, body, reference, out, used);
    }
    for (MatchResult r : years(norm)) {
      int y = Integer.parseInt(r.group(1));
      if (y >= 1900 && y <= 2100) {
        add(out, used, body, "DATE", r.start(1), r.end(1), r.group(1));
      }
    }
    for (Numbers.Found f : Numbers.scan(text)) {
      if (f.percent()) {
        add(out, used, body, "PERCENT", f.start(), f.end(), decimal(f.digits(), null));
      } else {
        String value = decimal(f.digits(), f.multiplier());
        if (value != null) {
          add(out, used, body, "NUMBER", f.start(), f.end(), value);
        }
      }
    }
    out.sort(Comparator.comparingInt(Enrichment.Mention::start));
    return out;
  }

  /** Dates with a month name: "12 فبراير 2025", "February 12, 2025", "فبراير 2025". */
  private void monthDates(
      String norm,
      int[] monthStarts,
      String body,
      LocalDate reference,
      List<Enrichment.Mention> out,
      boolean[] used) {
    Matcher m = dayMonthYear.matcher(norm);
    while (m.find()) {
      Integer month = months.get(m.group(2));
      String value = date(m.group(3), month, Integer.parseInt(m.group(1)), reference);
      if (value != null) {
        add(out, used, body, "DATE", m.start(), m.end(), value);
      }
    }
    for (MatchResult r : findAt(monthDayYear, norm, monthStarts)) {
      Integer month = months.get(r.group(1));
      String value = date(r.group(3), month, Integer.parseInt(r.group(2)), reference);
      if (value != null) {
        add(out, used, body, "DATE", r.start(), r.end(), value);
      }
    }
    for (MatchResult r : findAt(monthYear, norm, monthStarts)) {
      Integer month = months.get(r.group(1));
      add(out, used, body, "DATE", r.start(), r.end(), String.format("%s-%02d", r.group(2), month));
    }
  }

  /**
   * Where the runs of letters that begin a month name start, in order; one cheap pass over the
   * (normalised) text.
   */
  private int[] monthWordStarts(String norm) {
    int n = norm.length();
    int[] starts = new int[8];
    int found = 0;
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(norm.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(norm.charAt(i))) {
        i++;
      }
      if (monthWords.contains(norm.substring(start, i))) {
        if (found == starts.length) {
          starts = java.util.Arrays.copyOf(starts, found * 2);
        }
        starts[found++] = start;
      }
    }
    return java.util.Arrays.copyOf(starts, found);
  }

  /**
   * What {@link Matcher#find()} gives for a pattern whose every match starts with a month name
   * after a non-letter: only the given starts (ascending) are tried, each from the end of the
   * previous match on, instead of the month-name alternation at every position of the text.
   */
  private static List<MatchResult> findAt(Pattern pattern, String norm, int[] starts) {
    Matcher m = pattern.matcher(norm).useTransparentBounds(true);
    List<MatchResult> found = new ArrayList<>();
    int end = 0;
    for (int start : starts) {
      if (start < end) {
        continue;
      }
      m.region(start, norm.length());
      if (m.lookingAt()) {
        found.add(m.toMatchResult());
        end = m.end();
      }
    }
    return found;
  }

  /**
   * The matches of {@link #YEAR_CONTEXT}, as {@link Matcher#find()} gives them: the pattern is
   * tried only before four ASCII digits that follow a space, in a window that holds its longest
   * word (no two matches share a character, and a window holds no match but the one ending on its
   * digits), instead of its word alternation at every position of the text.
   */
  private static List<MatchResult> years(String norm) {
    Matcher m = YEAR_CONTEXT.matcher(norm).useTransparentBounds(true);
    List<MatchResult> found = new ArrayList<>();
    for (int q = 1; q + 4 <= norm.length(); q++) {
      if (isYearStart(norm, q)) {
        m.region(Math.max(0, q - YEAR_CONTEXT_REACH), q + 4);
        if (m.find()) {
          found.add(m.toMatchResult());
        }
      }
    }
    return found;
  }

  private static boolean isYearStart(String s, int q) {
    char before = s.charAt(q - 1);
    if (!(before == ' '
        || before == '\t'
        || before == '\n'
        || before == '\f'
        || before == '\r'
        || before == '\u000B')) {
      return false;
    }
    for (int i = q; i < q + 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static void add(
      List<Enrichment.Mention> out,
      boolean[] used,
      String body,
      String type,
      int start,
      int end,
      String value) {
    for (int i = start; i < end; i++) {
      if (used[i]) {
        return;
      }
    }
    for (int i = start; i < end; i++) {
      used[i] = true;
    }
    out.add(new Enrichment.Mention(type, body.substring(start, end), value, start, end));
  }

  private static String date(String year, Integer month, int day, LocalDate reference) {
    if (month == null || day < 1 || day > 31) {
      return null;
    }
    try {
      if (year != null) {
        return LocalDate.of(Integer.parseInt(year), month, day).toString();
      }
      if (reference != null) {
        LocalDate d = LocalDate.of(reference.getYear(), month, day);
        if (d.isAfter(reference.plusDays(60))) {
          d = d.minusYears(1);
        }
        return d.toString();
      }
      LocalDate.of(2000, month, day);
      return String.format("--%02d-%02d", month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "1,500" and "1.5 million" and "٣٫٥" to plain decimals; null for a lone separator. */
  static String decimal(String digits, String multiplier) {
    String d = digits;
    if (THOUSANDS.matcher(d).matches()) {
      d = d.replace(",", "");
    } else {
      d = d.replace('٫', '.').replace('٬', ',').replace(',', '.');
      if (d.chars().filter(c -> c == '.').count() > 1) {
        d = d.replace(".", "");
      }
    }
    try {
      BigDecimal v = new BigDecimal(d);
      if (multiplier != null) {
        String mult = multiplier.toLowerCase(Locale.ROOT);
        long factor =
            switch (mult) {
              case "ألف", "آلاف", "thousand" -> 1_000L;
              case "مليون", "ملايين", "million", "m" -> 1_000_000L;
              case "مليار", "مليارات", "billion", "bn" -> 1_000_000_000L;
              default -> 1L;
            };
        v = v.multiply(BigDecimal.valueOf(factor));
      }
      return v.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Lower case and unified alef/yeh/teh marbuta, keeping every offset (diacritics kept as is). */
  private static String sameLengthNormal(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      switch (c) {
        case 'أ', 'إ', 'آ' -> c = 'ا';
        case 'ى' -> c = 'ي';
        case 'ة' -> c = 'ه';
        default -> {}
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
