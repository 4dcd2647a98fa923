package dev.akhbar.enricher.entities;

import dev.akhbar.events.Enrichment.EntityType;

/**
 * One entity mention found in the body.
 *
 * @param type entity type
 * @param canonical canonical form (may be rewritten when mentions are merged)
 * @param first index of the first token
 * @param last index after the last token
 * @param start offset in the body
 * @param end end offset in the body
 * @param text surface text (without attached conjunctions or prepositions)
 */
public record Found(
    EntityType type, String canonical, int first, int last, int start, int end, String text) {
  public Found withCanonical(String c) {
    return new Found(type, c, first, last, start, end, text);
  }
}
