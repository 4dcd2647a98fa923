package dev.akhbar.search.model;

/** Another article of the same story, as listed beside an article. */
public record StoryArticle(
    String id, String title, String source, String date, String language, String direction) {}
