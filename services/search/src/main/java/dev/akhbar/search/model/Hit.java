package dev.akhbar.search.model;

import java.util.List;

/**
 * One search result.
 *
 * @param date ISO-8601 (the index's {@code date}: publication, else fetch time)
 * @param direction {@code rtl} or {@code ltr}
 * @param snippet the sentence that matched, as safe HTML: the article text is escaped and the only
 *     markup is {@code <mark>} around the matching words
 */
public record Hit(
    String id,
    String title,
    String url,
    String source,
    String siteName,
    String date,
    String language,
    String direction,
    String snippet,
    List<String> persons,
    List<String> organizations,
    List<String> locations,
    List<String> countries,
    String storyId,
    List<Place> places) {
  /** This hit with another snippet. */
  public Hit withSnippet(String other) {
    return new Hit(
        id,
        title,
        url,
        source,
        siteName,
        date,
        language,
        direction,
        other,
        persons,
        organizations,
        locations,
        countries,
        storyId,
        places);
  }
}
