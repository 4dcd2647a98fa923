package dev.akhbar.search.model;

import java.util.List;

/**
 * A page of hits and the facets of all matching articles.
 *
 * @param totalExact false when {@code total} is a lower bound (very broad searches)
 * @param next the cursor of the next page ({@code after=}), or null on the last page
 */
public record SearchResult(
    long total,
    boolean totalExact,
    int page,
    int size,
    String sort,
    List<Hit> hits,
    Facets facets,
    String next,
    long tookMs) {}
