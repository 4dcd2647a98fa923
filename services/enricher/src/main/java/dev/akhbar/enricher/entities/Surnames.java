package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.ArabicClitics;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person, one canonical name: a short mention of a person named in full elsewhere in the body
 * ("ريابكوف" after "سيرجي ريابكوف", "Collins" after "Margaret Collins") takes the full name's
 * canonical form, whether the model found it or not; persons whose canonical form ends another's
 * merge into it (بوتين / فلاديمير بوتين); role phrases follow the merge.
 */
public final class Surnames implements RecognitionStep {
  @Override
  public void apply(Recognition r) {
    Map<String, String> aliases = new HashMap<>();
    for (Found f : r.found()) {
      if (f.type() == EntityType.PERSON && f.last() - f.first() >= 2) {
        aliases.putIfAbsent(r.token(f.last() - 1).norm(), f.canonical());
      }
    }
    if (!aliases.isEmpty()) {
      propagate(r, aliases);
    }
    merge(r);
  }

  private void propagate(Recognition r, Map<String, String> aliases) {
    for (int i = 0; i < r.size(); i++) {
      Token t = r.token(i);
      Found owner = r.owner(i);
      if (owner != null) {
        String canonical = aliases.get(t.norm());
        if (owner.last() - owner.first() == 1
            && owner.type() == EntityType.PERSON
            && canonical != null
            && !canonical.equals(owner.canonical())) {
          r.replace(owner, owner.withCanonical(canonical));
        }
        continue;
      }
      if (!t.isWord() || !(t.isArabic() || t.isCapitalized())) {
        continue;
      }
      for (ArabicClitics.Reading c : ArabicClitics.readings(t.norm())) {
        String canonical = aliases.get(c.norm());
        if (canonical != null) {
          int start = t.start() + ArabicClitics.surfaceOffset(t.text(), c.letters());
          r.claim(
              new Found(
                  EntityType.PERSON,
                  canonical,
                  i,
                  i + 1,
                  start,
                  t.end(),
                  r.body().substring(start, t.end())));
          break;
        }
      }
    }
  }

  /** Same-type persons whose canonical is the surname of another join it. */
  private void merge(Recognition r) {
    Map<String, String> rename = new HashMap<>();
    List<String> persons =
        r.found().stream()
            .filter(f -> f.type() == EntityType.PERSON)
            .map(Found::canonical)
            .distinct()
            .toList();
    for (String a : persons) {
      for (String b : persons) {
        if (!a.equals(b) && b.endsWith(" " + a)) {
          rename.put(a, b);
        }
      }
    }
    if (rename.isEmpty()) {
      return;
    }
    for (Found f : List.copyOf(r.found())) {
      String c = rename.get(f.canonical());
      if (c != null && f.type() == EntityType.PERSON) {
        r.replace(f, f.withCanonical(c));
      }
    }
    r.roles().replaceAll((k, v) -> rename.getOrDefault(v, v));
  }
}
