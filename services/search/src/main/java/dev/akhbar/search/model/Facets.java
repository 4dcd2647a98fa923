package dev.akhbar.search.model;

import java.util.List;

/** Counts of the matching articles per value of each facet, largest first. */
public record Facets(
    List<FacetValue> sources,
    List<FacetValue> languages,
    List<FacetValue> persons,
    List<FacetValue> organizations,
    List<FacetValue> countries,
    List<FacetValue> stories) {}
