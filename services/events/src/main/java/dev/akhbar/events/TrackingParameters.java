package dev.akhbar.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters {@link Url#canonical()} drops: the resource {@code
 * url-tracking-parameters.txt} beside this class (names, or prefixes ending in *).
 */
final class TrackingParameters {
  static final String RESOURCE = "url-tracking-parameters.txt";
  static final TrackingParameters DEFAULT = load();

  private final Set<String> names;
  private final List<String> prefixes;

  private TrackingParameters(Set<String> names, List<String> prefixes) {
    this.names = Set.copyOf(names);
    this.prefixes = List.copyOf(prefixes);
  }

  private static TrackingParameters load() {
    Set<String> names = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    try (InputStream in = TrackingParameters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String name = line.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (name.endsWith("*")) {
          prefixes.add(name.substring(0, name.length() - 1));
        } else {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return new TrackingParameters(names, prefixes);
  }

  /** Whether a (decoded) parameter name is a tracking parameter. */
  boolean matches(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (names.contains(n)) {
      return true;
    }
    for (String p : prefixes) {
      if (n.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
