package dev.akhbar.parser.extract.dates;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import dev.akhbar.parser.extract.LanguageData;
import dev.akhbar.parser.extract.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month names (folded with {@link Text#fold}) to month numbers: Gregorian names of the locales in
 * month-locales.txt and Hijri names in Arabic from CLDR through ICU4J, plus the spellings of
 * month-variants.txt that CLDR does not list.
 */
final class MonthNames {
  static final MonthNames INSTANCE = load();

  private final Map<String, Integer> gregorian = new HashMap<>();
  private final Map<String, Integer> hijri = new HashMap<>();

  /** Names that two sources gave different months (the first one is kept); tests expect none. */
  final List<String> conflicts = new ArrayList<>();

  private MonthNames() {}

  /** The Gregorian month of a folded name (one or two words), or null. */
  Integer gregorian(String folded) {
    return gregorian.get(folded);
  }

  /** The Hijri month of a folded name, or null. */
  Integer hijri(String folded) {
    return hijri.get(folded);
  }

  private static MonthNames load() {
    MonthNames m = new MonthNames();
    for (String line : LanguageData.lines(MonthNames.class, "month-locales.txt")) {
      // "<locale>" or "<locale> except name, name": names left out clash with common words.
      String[] parts = line.split("\\s+except\\s+", 2);
      String locale = parts[0].strip();
      Set<String> except = new HashSet<>();
      if (parts.length > 1) {
        for (String name : parts[1].split(",")) {
          except.add(Text.fold(name.strip()));
        }
      }
      DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(locale));
      for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
          m.addAll(m.gregorian, symbols.getMonths(context, width), locale, except);
        }
      }
    }
    DateFormatSymbols islamic = new DateFormatSymbols(new IslamicCalendar(), new ULocale("ar"));
    m.addAll(m.hijri, islamic.getMonths(), "ar islamic", Set.of());
    for (String line : LanguageData.lines(MonthNames.class, "month-variants.txt")) {
      // "<calendar> <month>: name, name"
      int colon = line.indexOf(':');
      String[] head = line.substring(0, colon).strip().split("\\s+");
      int month = Integer.parseInt(head[1]);
      Map<String, Integer> target = head[0].equals("hijri") ? m.hijri : m.gregorian;
      for (String name : line.substring(colon + 1).split(",")) {
        m.add(target, name, month, "month-variants.txt");
      }
    }
    return m;
  }

  private void addAll(
      Map<String, Integer> target, String[] names, String source, Set<String> except) {
    for (int i = 0; i < names.length && i < 12; i++) {
      if (!except.contains(Text.fold(strip(names[i])))) {
        add(target, names[i], i + 1, source);
      }
    }
  }

  /** A name without its abbreviation dot ("jan." -> "jan"). */
  private static String strip(String name) {
    String n = name.strip();
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  private void add(Map<String, Integer> target, String name, int month, String source) {
    String key = Text.fold(strip(name));
    if (key.isEmpty()) {
      return;
    }
    Integer before = target.putIfAbsent(key, month);
    if (before != null && before != month) {
      conflicts.add(key + " (" + source + ": " + month + ", before: " + before + ")");
    }
  }
}
