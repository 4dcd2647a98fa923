package dev.akhbar.enricher.mentions;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.akhbar.enricher.text.ArabicText;
import dev.akhbar.events.Enrichment;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
   * cannot start with what they consume, and a bounded number of repetitions of any group (an
   * unbounded group repetition also recurses once per repetition in java.util.regex, and a list of
   * 40,000 numbers overflowed the stack). MentionExtractorTest feeds each 1 MB of hostile text.
   */
  private static final String DIGIT = "[0-9٠-٩۰-۹]";

  /** Separator-and-digits groups a number may have after its first digits. */
  static final int MAX_GROUPS = 6;

  /**
   * A number: digits, then at most {@value #MAX_GROUPS} separator-and-digits groups ("1,500,000",
   * "3.5", "٣٫٥"), possessive so a failed match never backtracks into it.
   */
  private static final String NUM =
      DIGIT + "{1,30}+(?:[.,٫٬]" + DIGIT + "{1,30}+){0," + MAX_GROUPS + "}+";

  /**
   * Where a number may start: not right after a letter or a digit, nor after a digit and a
   * separator (the middle of a longer list of numbers is not a number of its own).
   */
  private static final String NUM_START = "(?<![\\p{L}0-9٠-٩۰-۹])(?<![0-9٠-٩۰-۹][.,٫٬])";

  /** Where a number must end: not followed by more of a number than {@link #NUM} takes. */
  private static final String NUM_END = "(?![.,٫٬]?[0-9٠-٩۰-۹])";

  /**
   * The end of a word in any script: {@code \\b} is ASCII-only since JDK 19, so it never ends an
   * Arabic word such as "مليار".
   */
  private static final String WORD_END = "(?![\\p{L}\\p{N}_])";

  private static final Pattern PERCENT =
      Pattern.compile(
          "(?<![0-9٠-٩۰-۹])(?<![0-9٠-٩۰-۹][.,٫٬])("
              + NUM
              + ")"
              + NUM_END
              + "\\s?(%|٪|(?:percent|per cent|في المائة|في المئة|بالمائة|بالمئة)"
              + WORD_END
              + ")",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMBER =
      Pattern.compile(
          NUM_START
              + "("
              + NUM
              + ")"
              + NUM_END
              + "(\\s?(ألف|آلاف|مليون|ملايين|مليار|مليارات|thousand|million|billion|bn|m)"
              + WORD_END
              + ")?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_CONTEXT =
      Pattern.compile("(?:\\b(?:in|since|by|until)\\s|(?:في|عام|منذ|العام|حتى)\\s)(\\d{4})(?!\\d)");

  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?");

  private final Map<String, Integer> months = new HashMap<>();
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
    String text = asciiDigits(body);
    String norm = sameLengthNormal(text);
    List<Enrichment.Mention> out = new ArrayList<>();
    boolean[] used = new boolean[text.length() + 1];

    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      add(out, used, body, "DATE", m.start(), m.end(), m.group());
    }
    m = dayMonthYear.matcher(norm);
    while (m.find()) {
      Integer month = months.get(m.group(2));
      String value = date(m.group(3), month, Integer.parseInt(m.group(1)), reference);
      if (value != null) {
        add(out, used, body, "DATE", m.start(), m.end(), value);
      }
    }
    m = monthDayYear.matcher(norm);
    while (m.find()) {
      Integer month = months.get(m.group(1));
      String value = date(m.group(3), month, Integer.parseInt(m.group(2)), reference);
      if (value != null) {
        add(out, used, body, "DATE", m.start(), m.end(), value);
      }
    }
    m = monthYear.matcher(norm);
    while (m.find()) {
      Integer month = months.get(m.group(1));
      add(out, used, body, "DATE", m.start(), m.end(), String.format("%s-%02d", m.group(2), month));
    }
    m = YEAR_CONTEXT.matcher(norm);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y >= 1900 && y <= 2100) {
        add(out, used, body, "DATE", m.start(1), m.end(1), m.group(1));
      }
    }
    m = PERCENT.matcher(text);
    while (m.find()) {
      add(out, used, body, "PERCENT", m.start(), m.end(), decimal(m.group(1), null));
    }
    m = NUMBER.matcher(text);
    while (m.find()) {
      String value = decimal(m.group(1), m.group(3));
      if (value != null) {
        add(out, used, body, "NUMBER", m.start(), m.end(), value);
      }
    }
    out.sort(Comparator.comparingInt(Enrichment.Mention::start));
    return out;
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

  private static String asciiDigits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '٠' && c <= '٩') {
        c = (char) ('0' + (c - '٠'));
      } else if (c >= '۰' && c <= '۹') {
        c = (char) ('0' + (c - '۰'));
      }
      sb.append(c);
    }
    return sb.toString();
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
