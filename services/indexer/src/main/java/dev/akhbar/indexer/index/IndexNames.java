package dev.akhbar.indexer.index;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of the index family: the alias (also the template's name), the pattern the template covers,
 * one index per publication year ({@code akhbar-articles-2026}) and one archive index ({@code
 * akhbar-articles-archive}). Which document goes where is {@link IndexLayout}'s business.
 *
 * @param alias the alias every index of the family joins, e.g. {@code akhbar-articles}
 */
public record IndexNames(String alias) {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  public static final String DEFAULT_ALIAS = "akhbar-articles";

  public IndexNames {
    if (alias == null || !VALID.matcher(alias).matches()) {
      throw new IllegalArgumentException(
          "Index alias must be lowercase letters, digits, '-' or '_': " + alias);
    }
  }

  /** The composable template is named like the alias. */
  public String templateName() {
    return alias;
  }

  /**
   * The pattern of the template: every index of the family, including the monthly indices ({@code
   * <alias>-YYYY.MM}) that indexers before the yearly layout created.
   */
  public String pattern() {
    return alias + "-*";
  }

  /** The index of publication year {@code year}. */
  public String yearly(int year) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("Not a four-digit year: " + year);
    }
    return String.format(Locale.ROOT, "%s-%04d", alias, year);
  }

  /** The one index for dates older than the yearly window. */
  public String archive() {
    return alias + "-archive";
  }
}
