package dev.akhbar.search.model;

/** A place an article is about; lat/lon are null when the enricher did not know them. */
public record Place(String name, String countryCode, Double lat, Double lon) {}
