package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.Set;

/**
 * A name in quotation marks right after an organisation head noun is an organisation, and its marks
 * are not a quote: وكالة أنباء “تاس”, وكالة “أسوشيتد برس”.
 */
public final class QuotedNames implements RecognitionStep {
  static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "«", "»", "„");

  private final Lexicon lexicon;
  private final Names names;

  public QuotedNames(Lexicon lexicon, Names names) {
    this.lexicon = lexicon;
    this.names = names;
  }

  @Override
  public void apply(Recognition r) {
    for (int i = 0; i < r.size(); i++) {
      Token t = r.token(i);
      if (!t.isArabic()) {
        continue;
      }
      for (ArabicClitics.Reading c : ArabicClitics.readings(t.norm())) {
        int len = lexicon.match("org-head", r.tokens(), i, c.norm());
        if (len == 0) {
          continue;
        }
        int open = i + len;
        int close =
            open < r.size() && QUOTE_MARKS.contains(r.token(open).text()) ? close(r, open) : -1;
        if (close > open + 1 && close - open - 1 <= 4) {
          r.nameQuotes().add(r.token(open).start());
          if (r.free(open + 1, close)) {
            String text = r.text(open + 1, close);
            Found f = names.mention(r, EntityType.ORGANIZATION, open + 1, close);
            r.claim(
                new Found(
                    EntityType.ORGANIZATION,
                    names.canonical(EntityType.ORGANIZATION, text),
                    f.first(),
                    f.last(),
                    r.token(open + 1).start(),
                    f.end(),
                    text));
          }
          i = close;
        }
        break;
      }
    }
  }

  private static int close(Recognition r, int open) {
    for (int k = open + 1; k < r.size() && k < open + 8; k++) {
      if (QUOTE_MARKS.contains(r.token(k).text())) {
        return k;
      }
    }
    return -1;
  }
}
