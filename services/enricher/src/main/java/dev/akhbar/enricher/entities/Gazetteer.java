package dev.akhbar.enricher.entities;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import dev.akhbar.events.Enrichment.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names the enricher recognises without context: the project's gazetteer.tsv (persons,
 * organisations, short place names, capitals), every country in Arabic and English from CLDR (ICU4J
 * {@link LocaleDisplayNames}) and every tzdata city (zone.tab coordinates, names from CLDR's
 * exemplar cities in Arabic and English).
 */
public final class Gazetteer {
  private final Map<String, GazetteerEntry> byKey = new HashMap<>();

  /** Variants written in capitals only (US, UN, AP): matched case-sensitively. */
  private final Map<String, GazetteerEntry> acronyms = new HashMap<>();

  /**
   * Every proper prefix (whole tokens) of a key, so that matches grow only while one can follow.
   */
  private final java.util.Set<String> prefixes = new java.util.HashSet<>();

  private int longest;

  public static Gazetteer load() {
    return shared();
  }

  /**
   * One gazetteer per JVM (read-only once loaded): the recogniser and the model features share it.
   */
  public static Gazetteer shared() {
    return Shared.GAZETTEER;
  }

  private static final class Shared {
    static final Gazetteer GAZETTEER = new Gazetteer();
  }

  private Gazetteer() {
    Map<String, double[]> countryCoords = new HashMap<>();
    Map<String, GazetteerEntry> byCountry = new HashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
      for (String line : lines(in)) {
        String[] c = line.split("\t");
        EntityType type = EntityType.valueOf(c[0]);
        String cc = c[2].equals("-") ? null : c[2];
        Double lat = c[3].equals("-") ? null : Double.valueOf(c[3]);
        Double lon = c[4].equals("-") ? null : Double.valueOf(c[4]);
        GazetteerEntry entry = new GazetteerEntry(type, c[1], cc, lat, lon, true);
        for (String variant : c[5].split("\\|")) {
          add(variant, entry);
        }
        add(c[1], entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocaleDisplayNames ar = LocaleDisplayNames.getInstance(new ULocale("ar"));
    LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    Map<String, double[]> firstZone = new LinkedHashMap<>();
    TimeZoneNames tzAr = TimeZoneNames.getInstance(new ULocale("ar"));
    TimeZoneNames tzEn = TimeZoneNames.getInstance(ULocale.ENGLISH);
    try (InputStream in =
        Gazetteer.class.getResourceAsStream("/dev/akhbar/enricher/places/zone.tab")) {
      for (String line : lines(in)) {
        String[] c = line.split("\t");
        double[] coords = isoCoords(c[1]);
        firstZone.putIfAbsent(c[0], coords);
        String arName = tzAr.getExemplarLocationName(c[2]);
        String enName = tzEn.getExemplarLocationName(c[2]);
        if (arName == null && enName == null) {
          continue;
        }
        GazetteerEntry city =
            new GazetteerEntry(
                EntityType.LOCATION,
                arName != null ? arName : enName,
                c[0],
                coords[0],
                coords[1],
                false);
        if (arName != null) {
          addIfAbsent(arName, city);
        }
        if (enName != null) {
          addIfAbsent(enName, city);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String cc : ULocale.getISOCountries()) {
      String arName = ar.regionDisplayName(cc);
      String enName = en.regionDisplayName(cc);
      if (arName == null || arName.equals(cc)) {
        continue;
      }
      double[] coords = firstZone.get(cc);
      GazetteerEntry country =
          new GazetteerEntry(
              EntityType.LOCATION,
              arName,
              cc,
              coords == null ? null : coords[0],
              coords == null ? null : coords[1],
              false);
      addIfAbsent(arName, country);
      addIfAbsent(enName, country);
    }
  }

  /** The entry for a normalised key (tokens' normal forms joined by spaces), or null. */
  public GazetteerEntry get(String normKey, String surface) {
    GazetteerEntry acronym = acronyms.get(surface);
    if (acronym != null) {
      return acronym;
    }
    return byKey.get(normKey);
  }

  /** The longest variant, in tokens. */
  public int longest() {
    return longest;
  }

  /** Places resolved by canonical name (for the places list). */
  public GazetteerEntry byCanonical(String canonical) {
    return byKey.get(Lexicon.key(canonical));
  }

  private void add(String variant, GazetteerEntry entry) {
    variant = variant.strip();
    if (variant.isEmpty()) {
      return;
    }
    if (isAcronym(variant)) {
      acronyms.put(variant, entry);
      return;
    }
    String key = Lexicon.key(variant);
    byKey.put(key, entry);
    addPrefixes(key);
  }

  private void addPrefixes(String key) {
    longest = Math.max(longest, key.split(" ").length);
    for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
      prefixes.add(key.substring(0, i));
    }
  }

  /** Whether a longer key starts with {@code normKey} and a space. */
  public boolean isPrefix(String normKey) {
    return prefixes.contains(normKey);
  }

  private void addIfAbsent(String variant, GazetteerEntry entry) {
    if (variant == null || variant.isBlank() || isAcronym(variant)) {
      return;
    }
    String key = Lexicon.key(variant);
    if (!byKey.containsKey(key)) {
      byKey.put(key, entry);
      addPrefixes(key);
    }
  }

  private static boolean isAcronym(String s) {
    return s.length() <= 5
        && s.chars().anyMatch(Character::isLetter)
        && s.equals(s.toUpperCase(Locale.ROOT))
        && s.chars().allMatch(ch -> ch < 128);
  }

  /** ISO 6709 "+DDMM+DDDMM" or "+DDMMSS+DDDMMSS" to decimal degrees. */
  static double[] isoCoords(String s) {
    int split = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
    return new double[] {dms(s.substring(0, split), 2), dms(s.substring(split), 3)};
  }

  private static double dms(String s, int degDigits) {
    int sign = s.charAt(0) == '-' ? -1 : 1;
    String d = s.substring(1);
    double deg = Integer.parseInt(d.substring(0, degDigits));
    double min = Integer.parseInt(d.substring(degDigits, degDigits + 2));
    double sec = d.length() > degDigits + 2 ? Integer.parseInt(d.substring(degDigits + 2)) : 0;
    return sign * Math.round((deg + min / 60 + sec / 3600) * 10000) / 10000.0;
  }

  private static java.util.List<String> lines(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    java.util.List<String> out = new java.util.ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }
}
