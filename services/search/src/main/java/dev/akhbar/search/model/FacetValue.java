package dev.akhbar.search.model;

/**
 * One value of a facet and how many of the matching articles have it.
 *
 * @param label what to show for it, when the value itself is an id (a story: its first title)
 */
public record FacetValue(String value, long count, String label) {}
