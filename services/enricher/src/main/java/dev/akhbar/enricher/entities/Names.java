package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.List;
import java.util.function.Predicate;

/**
 * How a mention is written and named: where its surface starts once attached Arabic clitics are
 * left out ("وموسكو" → "موسكو"), and its canonical form (the gazetteer's, so that "ترامب" and
 * "Trump" are both ترمب; a full name whose surname is known takes the surname's: "Vladimir Putin" →
 * بوتين).
 */
public final class Names {
  private final Gazetteer gazetteer;
  private final Predicate<String> knownWord;

  /**
   * @param knownWord whether a normalised word is common on its own (the model's vocabulary), to
   *     tell "وموسكو" (و + موسكو) from "وليد" (a name)
   */
  public Names(Gazetteer gazetteer, Predicate<String> knownWord) {
    this.gazetteer = gazetteer;
    this.knownWord = knownWord;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Characters of the token's surface that are attached clitics, not part of the name. */
  public int cliticChars(Token t) {
    if (!t.isArabic()) {
      return 0;
    }
    List<ArabicClitics.Reading> readings = ArabicClitics.readings(t.norm());
    for (int k = readings.size() - 1; k >= 1; k--) {
      ArabicClitics.Reading r = readings.get(k);
      if (r.norm().startsWith("ال")
          || gazetteer.get(r.norm(), r.norm()) != null
          || knownWord.test(r.norm()) && !knownWord.test(t.norm())) {
        return ArabicClitics.surfaceOffset(t.text(), r.letters());
      }
    }
    return 0;
  }

  /** The canonical form of a mention of {@code type} written {@code text}. */
  public String canonical(EntityType type, String text) {
    GazetteerEntry known = gazetteer.get(Lexicon.key(text), text);
    if (known != null && known.type() == type) {
      return known.canonical();
    }
    if (type == EntityType.PERSON) {
      int space = text.lastIndexOf(' ');
      if (space > 0) {
        String surname = text.substring(space + 1);
        GazetteerEntry s = gazetteer.get(Lexicon.key(surname), surname);
        if (s != null && s.type() == EntityType.PERSON) {
          return s.canonical();
        }
      }
    }
    return text;
  }

  /**
   * A mention over tokens {@code [first, last)}, its surface without attached clitics; a name
   * listed in gazetteer.tsv keeps the type written there (الكرملين is an organisation).
   */
  public Found mention(Recognition r, EntityType type, int first, int last) {
    Token t = r.token(first);
    int start = t.start() + (last - first == 1 && t.end() - t.start() <= 1 ? 0 : cliticChars(t));
    int end = r.token(last - 1).end();
    String text = r.body().substring(start, end);
    GazetteerEntry known = gazetteer.get(Lexicon.key(text), text);
    if (known != null && known.listed()) {
      return new Found(known.type(), known.canonical(), first, last, start, end, text);
    }
    return new Found(type, canonical(type, text), first, last, start, end, text);
  }
}
