package dev.akhbar.parser.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the parser's language data and word lists from resource files next to the class that uses
 * them: UTF-8 text, one entry per line, blank lines and lines starting with {@code #} ignored,
 * surrounding spaces trimmed. A missing file is a packaging error and fails at class load.
 */
public final class LanguageData {
  private LanguageData() {}

  /** The entries of resource {@code name}, resolved against {@code owner}'s package. */
  public static List<String> lines(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "Missing resource " + name + " next to " + owner.getName() + " (packaging error)");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
    return List.copyOf(out);
  }

  /**
   * One alternation of the regex fragments in resource {@code name} (one alternative per line),
   * wrapped as {@code prefix(?:a|b|...)suffix}.
   */
  public static Pattern alternation(
      Class<?> owner, String name, String prefix, String suffix, int flags) {
    return Pattern.compile(
        prefix + "(?:" + String.join("|", lines(owner, name)) + ")" + suffix, flags);
  }
}
