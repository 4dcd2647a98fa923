package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the recognizer found in a body.
 *
 * @param tokens the body's tokens
 * @param mentions entity mentions in text order, canonical forms merged
 * @param roles role phrases (normalised) that name a person in this article ("نائب وزير الخارجية
 *     الروسي" for ريابكوف), to resolve speakers named by their role
 * @param nameQuotes start offsets of quotation marks that enclose a name ("تاس"), not a quote
 */
public record Recognized(
    List<Token> tokens, List<Found> mentions, Map<String, String> roles, Set<Integer> nameQuotes) {}
