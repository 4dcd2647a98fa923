package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state the recognition steps share for one body: its tokens, the mentions found so far (each
 * token belongs to at most one), role phrases that name a person, and quotation marks that enclose
 * a name. Steps read and change it in order; nothing else holds state.
 */
public final class Recognition {
  private final String body;
  private final String language;
  private final List<Token> tokens;
  private final Found[] claimed;
  private final List<Found> found = new ArrayList<>();
  private final Map<String, String> roles = new LinkedHashMap<>();
  private final Set<Integer> nameQuotes = new HashSet<>();

  public Recognition(String body, List<Token> tokens, String language) {
    this.body = body;
    this.tokens = tokens;
    this.language = language;
    this.claimed = new Found[tokens.size()];
  }

  public String body() {
    return body;
  }

  /** The article's language code as given (may be null or another language than ar/en). */
  public String language() {
    return language;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The mention that token {@code i} belongs to, or null. */
  public Found owner(int i) {
    return claimed[i];
  }

  /** Whether no token of {@code [from, to)} belongs to a mention. */
  public boolean free(int from, int to) {
    for (int k = from; k < to; k++) {
      if (claimed[k] != null) {
        return false;
      }
    }
    return true;
  }

  public void claim(Found f) {
    for (int k = f.first(); k < f.last(); k++) {
      claimed[k] = f;
    }
    found.add(f);
  }

  public void unclaim(Found f) {
    for (int k = f.first(); k < f.last(); k++) {
      if (claimed[k] == f) {
        claimed[k] = null;
      }
    }
    found.remove(f);
  }

  /** Replaces a mention by another over the same tokens (a new canonical form or type). */
  public void replace(Found old, Found f) {
    unclaim(old);
    claim(f);
  }

  /** The mentions found so far, in the order they were found. */
  public List<Found> found() {
    return found;
  }

  /** Role phrase (normalised) → canonical name of the person it names in this body. */
  public Map<String, String> roles() {
    return roles;
  }

  /** Start offsets of quotation marks that enclose a name, not a quote. */
  public Set<Integer> nameQuotes() {
    return nameQuotes;
  }

  public String text(int from, int to) {
    return body.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** What the steps found, mentions in text order. */
  public Recognized result() {
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(java.util.Comparator.comparingInt(Found::start));
    return new Recognized(tokens, sorted, roles, nameQuotes);
  }
}
