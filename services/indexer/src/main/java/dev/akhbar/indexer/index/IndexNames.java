package dev.akhbar.indexer.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of the index family: the alias (also the template's name), the pattern the template covers,
 * and one concrete index per month ({@code akhbar-articles-2025.02}, UTC).
 *
 * @param alias the alias every monthly index joins, e.g. {@code akhbar-articles}
 */
public record IndexNames(String alias) {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("uuuu.MM", Locale.ROOT).withZone(ZoneOffset.UTC);

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

  /** The pattern of the template: every monthly index. */
  public String pattern() {
    return alias + "-*";
  }

  /** The monthly index a document dated {@code date} goes to. */
  public String monthlyIndex(Instant date) {
    return alias + "-" + MONTH.format(date);
  }
}
