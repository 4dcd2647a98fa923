package dev.akhbar.parser.extract.dates;

import dev.akhbar.parser.extract.LanguageData;
import dev.akhbar.parser.extract.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative dates ("3 hours ago", "منذ ساعتين", "il y a 2 jours", "yesterday") in the languages of
 * relative-dates.txt, resolved against a reference time (the fetch time).
 */
final class RelativeDates {
  /** One language's "N units ago": group 1 the number (or a word for one), group 2 the unit. */
  private record Ago(
      Pattern pattern,
      Map<String, ChronoUnit> units,
      Set<String> dual,
      Map<String, Long> numbers) {}

  private static final Map<String, ChronoUnit> UNIT_KEYS =
      Map.of(
          "seconds", ChronoUnit.SECONDS,
          "minutes", ChronoUnit.MINUTES,
          "hours", ChronoUnit.HOURS,
          "days", ChronoUnit.DAYS,
          "weeks", ChronoUnit.WEEKS,
          "months", ChronoUnit.MONTHS,
          "years", ChronoUnit.YEARS);

  private static final List<Ago> AGO = new ArrayList<>();
  private static final Pattern DAY_BEFORE_YESTERDAY;
  private static final Pattern YESTERDAY;
  private static final Pattern TODAY;
  private static final Pattern JUST_NOW;

  static {
    // language -> key -> value, in file order
    Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
    for (String line : LanguageData.lines(RelativeDates.class, "relative-dates.txt")) {
      int colon = line.indexOf(':');
      String[] head = line.substring(0, colon).strip().split("\\s+");
      byLanguage
          .computeIfAbsent(head[0], k -> new LinkedHashMap<>())
          .put(head[1], line.substring(colon + 1).strip());
    }
    Map<String, List<String>> words = new HashMap<>();
    for (Map<String, String> lang : byLanguage.values()) {
      Map<String, ChronoUnit> units = new HashMap<>();
      for (Map.Entry<String, ChronoUnit> u : UNIT_KEYS.entrySet()) {
        for (String w : list(lang.get(u.getKey()))) {
          units.put(w, u.getValue());
        }
      }
      String ago = lang.get("ago");
      if (ago != null) {
        List<String> alternatives = new ArrayList<>(units.keySet());
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, Long> numbers = numbers(lang.get("numbers"));
        List<String> numberWords = new ArrayList<>(numbers.keySet());
        numberWords.sort(Comparator.comparingInt(String::length).reversed());
        numberWords.add("\\d+");
        Pattern p =
            Pattern.compile(
                ago.replace("UNITS", String.join("|", alternatives))
                    .replace("NUMBERS", String.join("|", numberWords)));
        AGO.add(new Ago(p, units, new HashSet<>(list(lang.get("dual"))), numbers));
      }
      for (String key : List.of("before-yesterday", "yesterday", "today", "now")) {
        words.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list(lang.get(key)));
      }
    }
    DAY_BEFORE_YESTERDAY = wordPattern(words.get("before-yesterday"));
    YESTERDAY = wordPattern(words.get("yesterday"));
    TODAY = wordPattern(words.get("today"));
    JUST_NOW = wordPattern(words.get("now"));
  }

  private RelativeDates() {}

  /** "word=number, ..." (number words: "three=3"), folded words. */
  private static Map<String, Long> numbers(String value) {
    Map<String, Long> out = new HashMap<>();
    for (String entry : list(value)) {
      int eq = entry.indexOf('=');
      out.put(entry.substring(0, eq).strip(), Long.parseLong(entry.substring(eq + 1).strip()));
    }
    return out;
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (String w : value.split(",")) {
        if (!w.isBlank()) {
          out.add(Text.fold(w.strip()));
        }
      }
    }
    return out;
  }

  /**
   * Any of the words as a whole word: Latin-script words between word boundaries, others (Arabic)
   * between spaces or the ends of the text.
   */
  static Pattern wordPattern(List<String> words) {
    List<String> latin = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String w : words) {
      (w.codePoints().anyMatch(c -> c > 0x24f && Character.isLetter(c)) ? other : latin)
          .add(Pattern.quote(w));
    }
    List<String> parts = new ArrayList<>();
    if (!latin.isEmpty()) {
      parts.add("\\b(?:" + String.join("|", latin) + ")\\b");
    }
    if (!other.isEmpty()) {
      parts.add("(?:^|\\s)(?:" + String.join("|", other) + ")(?:\\s|$)");
    }
    return Pattern.compile(String.join("|", parts));
  }

  /** The time {@code f} (folded text) means relative to {@code ref}, if it is a relative date. */
  static Optional<OffsetDateTime> parse(String f, ZonedDateTime ref) {
    for (Ago ago : AGO) {
      Matcher m = ago.pattern().matcher(f);
      if (m.find()) {
        String word = m.group(2);
        ChronoUnit unit = ago.units().get(word);
        if (unit != null) {
          String n = m.group(1);
          long amount;
          if (n != null && Character.isDigit(n.charAt(0))) {
            amount = Long.parseLong(n);
          } else if (n != null && ago.numbers().containsKey(n)) {
            amount = ago.numbers().get(n);
          } else {
            amount = n == null && ago.dual().contains(word) ? 2 : 1;
          }
          return Optional.of(ref.minus(amount, unit).toOffsetDateTime());
        }
      }
    }
    if (JUST_NOW.matcher(f).find()) {
      return Optional.of(ref.toOffsetDateTime());
    }
    int daysBack =
        DAY_BEFORE_YESTERDAY.matcher(f).find()
            ? 2
            : YESTERDAY.matcher(f).find() ? 1 : TODAY.matcher(f).find() ? 0 : -1;
    if (daysBack >= 0) {
      LocalDate day = ref.toLocalDate().minusDays(daysBack);
      LocalTime time = WrittenDates.time(f).orElse(LocalTime.MIDNIGHT);
      return Optional.of(ZonedDateTime.of(day, time, ref.getZone()).toOffsetDateTime());
    }
    return Optional.empty();
  }
}
