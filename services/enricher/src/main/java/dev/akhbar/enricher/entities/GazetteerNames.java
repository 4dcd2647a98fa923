package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.Token;

/**
 * A post-pass after the model: a known name (gazetteer, longest match first) on tokens the model
 * left untagged becomes a mention. An attached Arabic conjunction or preposition may precede the
 * first word (وروسيا، للولايات → الولايات); Latin matches must be capitalised, acronyms exact.
 */
public final class GazetteerNames implements RecognitionStep {
  private final Gazetteer gazetteer;

  public GazetteerNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public void apply(Recognition r) {
    for (int i = 0; i < r.size(); i++) {
      if (r.owner(i) != null || !r.token(i).isWord()) {
        continue;
      }
      Found f = at(r, i);
      if (f != null) {
        r.claim(f);
        i = f.last() - 1;
      }
    }
  }

  /** The longest known name from token i (its first word possibly without its clitics). */
  private Found at(Recognition r, int i) {
    Token t = r.token(i);
    for (ArabicClitics.Reading c : ArabicClitics.readings(t.norm())) {
      if (c.letters() == 0 && !t.isArabic() && !t.isCapitalized()) {
        continue; // the surface starts with the token: no Latin match below
      }
      int start = t.start() + ArabicClitics.surfaceOffset(t.text(), c.letters());
      Found best = null;
      StringBuilder key = new StringBuilder(c.norm());
      for (int len = 1; i + len <= r.size() && r.owner(i + len - 1) == null; len++) {
        if (len > 1) {
          key.append(' ').append(r.token(i + len - 1).norm());
        }
        String k = key.toString();
        boolean punctEnd = r.token(i + len - 1).isPunct() && !acronymEnd(r, i, len);
        if (!punctEnd) {
          int end = r.token(i + len - 1).end();
          String surface = r.body().substring(start, end);
          GazetteerEntry e = gazetteer.get(k, surface);
          if (e != null && (t.isArabic() || Character.isUpperCase(surface.codePointAt(0)))) {
            best = new Found(e.type(), e.canonical(), i, i + len, start, end, surface);
          }
        }
        if (!gazetteer.isPrefix(k)) {
          break;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static boolean acronymEnd(Recognition r, int i, int len) {
    return len >= 2 && r.token(i + len - 1).is(".") && r.token(i + len - 2).text().length() == 1;
  }
}
