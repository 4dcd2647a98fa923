package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.List;

/**
 * Role phrases that name a person of the body, for speakers named by their role: a title with its
 * modifiers before the name (الرئيس الأوكراني فولوديمير زيلينسكي) and an apposition after it (سيرجي
 * ريابكوف، نائب وزير الخارجية الروسي، / Dmitry Peskov, the Kremlin spokesman). Keys are normalised,
 * without an attached conjunction on the first word.
 */
public final class PersonRoles implements RecognitionStep {
  private static final int MAX_ROLE = 7;

  private final Lexicon lexicon;

  public PersonRoles(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(Recognition r) {
    for (Found f : List.copyOf(r.found())) {
      if (f.type() == EntityType.PERSON) {
        titleBefore(r, f);
        appositionAfter(r, f);
      }
    }
  }

  /** The longest run of words before the name that starts with a title ("الرئيس الأوكراني"). */
  void titleBefore(Recognition r, Found f) {
    int from = Math.max(0, f.first() - MAX_ROLE);
    for (int i = from; i < f.first() - 1; i++) {
      if (!words(r, i, f.first())) {
        continue;
      }
      for (ArabicClitics.Reading c : ArabicClitics.readings(r.token(i).norm())) {
        if (lexicon.match("person-title", r.tokens(), i, c.norm()) > 0) {
          r.roles().putIfAbsent(key(r, c.norm(), i + 1, f.first()), f.canonical());
          return;
        }
      }
    }
  }

  /** "، نائب وزير الخارجية الروسي،": a role head or title right after the name and a comma. */
  void appositionAfter(Recognition r, Found f) {
    int s = f.last() + 1;
    if (s >= r.size() || !(r.token(f.last()).is("،") || r.token(f.last()).is(","))) {
      return;
    }
    Token head = r.token(s);
    String n = head.norm();
    boolean role =
        head.isWord()
            && (lexicon.has("role-head", n)
                || lexicon.has("person-title", n)
                || (n.equals("a") || n.equals("the")) && s + 1 < r.size());
    if (!role) {
      return;
    }
    int e = s;
    while (e < r.size() && !r.token(e).isPunct() && e - s < MAX_ROLE) {
      e++;
    }
    String first = ArabicClitics.readings(n).get(0).norm();
    r.roles().putIfAbsent(key(r, first, s + 1, e), f.canonical());
  }

  private static boolean words(Recognition r, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!r.token(k).isWord() || r.owner(k) != null && r.owner(k).type() == EntityType.PERSON) {
        return false;
      }
    }
    return true;
  }

  private static String key(Recognition r, String first, int from, int to) {
    StringBuilder sb = new StringBuilder(first);
    for (int k = from; k < to; k++) {
      if (!r.token(k).isPunct()) {
        sb.append(' ').append(r.token(k).norm());
      }
    }
    return sb.toString();
  }
}
