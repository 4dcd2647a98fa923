package dev.akhbar.enricher.entities;

import dev.akhbar.events.Enrichment.EntityType;

/**
 * A known name.
 *
 * @param type person, location or organisation
 * @param canonical the form all spelling variants map to
 * @param countryCode ISO 3166-1 alpha-2 of a location, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param listed written in gazetteer.tsv (curated, its type is trusted over the model's), not
 *     derived from CLDR or tzdata
 */
public record GazetteerEntry(
    EntityType type,
    String canonical,
    String countryCode,
    Double lat,
    Double lon,
    boolean listed) {}
