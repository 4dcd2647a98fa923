package dev.akhbar.search.query;

import java.time.Instant;
import java.util.List;

/**
 * What narrows a search; each value must match (a list of two persons finds articles naming both).
 *
 * @param from inclusive, or null
 * @param to exclusive, or null
 */
public record Filters(
    List<String> languages,
    List<String> sources,
    List<String> persons,
    List<String> organizations,
    List<String> countries,
    List<String> stories,
    Instant from,
    Instant to) {
  public Filters {
    languages = List.copyOf(languages);
    sources = List.copyOf(sources);
    persons = List.copyOf(persons);
    organizations = List.copyOf(organizations);
    countries = List.copyOf(countries);
    stories = List.copyOf(stories);
  }

  public static final Filters NONE =
      new Filters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
}
