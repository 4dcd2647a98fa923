package dev.akhbar.search.model;

import java.util.List;

/** One article with what the enricher found in it and the other articles of its story. */
public record Article(
    String id,
    String url,
    String title,
    String description,
    List<String> paragraphs,
    String source,
    String siteName,
    String section,
    List<String> authors,
    String date,
    String publishedRaw,
    String language,
    String direction,
    List<String> persons,
    List<String> organizations,
    List<String> locations,
    List<String> countries,
    List<Quote> quotes,
    List<Place> places,
    List<String> keyPhrases,
    String storyId,
    List<StoryArticle> story) {}
