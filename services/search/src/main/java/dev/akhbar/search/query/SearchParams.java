package dev.akhbar.search.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One search request, checked: every parameter is read here once, and whatever does not fit is a
 * {@link BadQueryException} naming the parameter and the reason.
 *
 * @param text null for "no words": every article, newest first unless another sort is asked
 * @param page 1-based
 * @param after where the page starts when the caller follows a {@code next} cursor, else null
 */
public record SearchParams(
    QueryText text, Filters filters, SortOrder sort, int page, int size, Cursor after) {

  /** The request parameters as they came (null or empty when absent). */
  public record Raw(
      String q,
      List<String> lang,
      List<String> source,
      List<String> person,
      List<String> org,
      List<String> country,
      List<String> story,
      String from,
      String to,
      String sort,
      String page,
      String size,
      String after) {}

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern STORY = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final int MAX_VALUES = 10;

  /** The index keeps keyword values up to 1024 characters (ignore_above). */
  private static final int MAX_VALUE_LENGTH = 1024;

  /** First hit of the page (Elasticsearch's {@code from}) when no cursor is followed. */
  public int offset() {
    return (page - 1) * size;
  }

  public static SearchParams parse(Raw raw, Limits limits) {
    QueryText text = QueryText.parse(raw.q(), limits);
    Filters filters =
        new Filters(
            values("lang", raw.lang(), v -> matching("lang", v.toLowerCase(Locale.ROOT), LANGUAGE)),
            values("source", raw.source(), v -> plain("source", v)),
            values("person", raw.person(), v -> plain("person", v)),
            values("org", raw.org(), v -> plain("org", v)),
            values(
                "country",
                raw.country(),
                v -> matching("country", v.toUpperCase(Locale.ROOT), COUNTRY)),
            values("story", raw.story(), v -> matching("story", v, STORY)),
            date("from", raw.from(), false),
            date("to", raw.to(), true));
    if (filters.from() != null && filters.to() != null && !filters.from().isBefore(filters.to())) {
      throw new BadQueryException("to", "to must be after from");
    }
    SortOrder sort = SortOrder.parse(raw.sort(), text != null);
    int size = number("size", raw.size(), limits.defaultSize(), 1, limits.maxSize());
    Cursor after = blank(raw.after()) ? null : Cursor.decode(raw.after());
    int page;
    if (after != null) {
      if (after.sort() != sort) {
        throw new BadQueryException(
            "after", "after belongs to a search sorted by " + after.sort().param());
      }
      page = after.page() + 1;
    } else {
      int deepest = Math.max(1, limits.maxDepth() / size);
      page = number("page", raw.page(), 1, 1, Integer.MAX_VALUE);
      if (page > deepest) {
        throw new BadQueryException(
            "page",
            "page "
                + page
                + " is deeper than "
                + limits.maxDepth()
                + " hits; follow the cursor in next (after=...) to go further");
      }
    }
    return new SearchParams(text, filters, sort, page, size, after);
  }

  private interface Check {
    String apply(String value);
  }

  private static List<String> values(String name, List<String> raw, Check check) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (String v : raw) {
      if (!blank(v)) {
        out.add(check.apply(v.strip()));
      }
    }
    if (out.size() > MAX_VALUES) {
      throw new BadQueryException(name, name + " is given more than " + MAX_VALUES + " times");
    }
    return out;
  }

  private static String matching(String name, String value, Pattern pattern) {
    if (!pattern.matcher(value).matches()) {
      throw new BadQueryException(name, name + " is not a valid value: " + abbreviate(value));
    }
    return value;
  }

  /** A facet value as the index has it (any characters: it is matched exactly, never parsed). */
  private static String plain(String name, String value) {
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new BadQueryException(
          name, name + " must be at most " + MAX_VALUE_LENGTH + " characters");
    }
    return value;
  }

  /** {@code 2025-02-16} (a whole day, UTC) or an ISO-8601 date-time with offset. */
  private static Instant date(String name, String raw, boolean end) {
    if (blank(raw)) {
      return null;
    }
    String v = raw.strip();
    try {
      if (v.length() == 10) {
        LocalDate day = LocalDate.parse(v);
        return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadQueryException(
          name,
          name
              + " must be a date (2025-02-16) or a date-time (2025-02-16T10:30:00Z): "
              + abbreviate(v));
    }
  }

  private static int number(String name, String raw, int fallback, int min, int max) {
    if (blank(raw)) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadQueryException(name, name + " must be a whole number: " + abbreviate(raw));
    }
    if (n < min || n > max) {
      throw new BadQueryException(
          name,
          max == Integer.MAX_VALUE
              ? name + " must be at least " + min
              : name + " must be between " + min + " and " + max);
    }
    return n;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String abbreviate(String s) {
    String t = CONTROL.matcher(s).replaceAll("?");
    return t.length() <= 40 ? t : t.substring(0, 40) + "…";
  }
}
