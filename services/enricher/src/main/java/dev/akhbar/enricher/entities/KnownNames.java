package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Known names correct the model's boundaries (a post-pass): a model span that holds two or more
 * known names side by side is split ("ترمب وبوتين" → ترمب, بوتين); a person span that starts with a
 * known full name and runs on is cut back to it ("فولوديمير زيلينسكي يريدان إبرام"); a known
 * multi-word person name that the model cut into pieces is made whole again ("Prince Mohammed" +
 * "Salman" → "Mohammed bin Salman").
 */
public final class KnownNames implements RecognitionStep {
  private final Gazetteer gazetteer;
  private final Names names;

  public KnownNames(Gazetteer gazetteer, Names names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  /** A known name over tokens [first, last) with its surface start. */
  record Match(GazetteerEntry entry, int first, int last, int start) {}

  @Override
  public void apply(Recognition r) {
    for (Found f : List.copyOf(r.found())) {
      if (f.last() - f.first() >= 2) {
        correct(r, f);
      }
    }
    rejoin(r);
  }

  private void correct(Recognition r, Found f) {
    List<Match> inside = new ArrayList<>();
    for (int i = f.first(); i < f.last(); ) {
      Match m = longest(r, i, f.last());
      if (m == null) {
        i++;
      } else {
        inside.add(m);
        i = m.last();
      }
    }
    if (inside.isEmpty()) {
      return;
    }
    boolean adjacent = inside.get(0).first() == f.first();
    for (int k = 1; k < inside.size(); k++) {
      adjacent &= inside.get(k).first() == inside.get(k - 1).last();
    }
    Match first = inside.get(0);
    if (inside.size() >= 2 && adjacent && inside.get(inside.size() - 1).last() == f.last()) {
      r.unclaim(f);
      inside.forEach(m -> r.claim(found(r, m)));
    } else if (inside.size() == 1
        && adjacent
        && first.last() < f.last()
        && first.last() - first.first() >= 2
        && f.type() == EntityType.PERSON
        && first.entry().type() == EntityType.PERSON) {
      r.replace(f, found(r, first));
    }
  }

  /** A known person name of two words or more that overlaps two or more person mentions. */
  private void rejoin(Recognition r) {
    for (int i = 0; i < r.size(); i++) {
      Match m = longest(r, i, r.size());
      if (m == null || m.last() - m.first() < 2 || m.entry().type() != EntityType.PERSON) {
        continue;
      }
      List<Found> overlapped = new ArrayList<>();
      for (int k = m.first(); k < m.last(); k++) {
        Found o = r.owner(k);
        if (o != null && !overlapped.contains(o)) {
          overlapped.add(o);
        }
      }
      if (overlapped.size() >= 2
          && overlapped.stream().allMatch(o -> o.type() == EntityType.PERSON)) {
        overlapped.forEach(r::unclaim);
        r.claim(found(r, m));
        i = m.last() - 1;
      }
    }
  }

  private Found found(Recognition r, Match m) {
    int end = r.token(m.last() - 1).end();
    String text = r.body().substring(m.start(), end);
    return new Found(
        m.entry().type(), m.entry().canonical(), m.first(), m.last(), m.start(), end, text);
  }

  /** The longest known name from token i ending at or before {@code limit}. */
  private Match longest(Recognition r, int i, int limit) {
    Token t = r.token(i);
    if (!t.isArabic() && !t.isCapitalized()) {
      return null; // a known name starts with an Arabic or a capitalised word (a word, so)
    }
    Match best = null;
    for (ArabicClitics.Reading c : ArabicClitics.readings(t.norm())) {
      StringBuilder key = new StringBuilder(c.norm());
      for (int len = 1; i + len <= limit; len++) {
        if (len > 1) {
          key.append(' ').append(r.token(i + len - 1).norm());
        }
        String k = key.toString();
        int start = t.start() + ArabicClitics.surfaceOffset(t.text(), c.letters());
        GazetteerEntry e = gazetteer.get(k, r.body().substring(start, r.token(i + len - 1).end()));
        if (e != null
            && !r.token(i + len - 1).isPunct()
            && (best == null || len > best.last() - best.first())) {
          best = new Match(e, i, i + len, start);
        }
        if (!gazetteer.isPrefix(k)) {
          break;
        }
      }
    }
    return best;
  }
}
