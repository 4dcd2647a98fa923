package dev.akhbar.enricher.entities;

import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based named-entity recognition for Arabic and English: gazetteer look-up (with attached
 * Arabic conjunctions and prepositions), titles and roles as person triggers, head nouns as
 * organisation triggers, capitalised sequences in English, and surname propagation so that later
 * short mentions join the full name. See DESIGN.md.
 */
public final class EntityRecognizer {
  private static final Set<String> QUOTE_MARKS = Set.of("“", "”", "\"", "«", "»", "„");
  private static final Set<String> NAME_LINKS =
      Set.of("of", "for", "de", "bin", "van", "von", "der", "la", "le", "du", "al", "the");
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "؟", ":", "؛", ";");

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  public EntityRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public Recognized recognize(String body) {
    return new Run(body, Tokenizer.tokenize(body)).run();
  }

  /** One pass over one body. */
  private final class Run {
    final String body;
    final List<Token> tokens;
    final Found[] claimed;
    final List<Found> found = new ArrayList<>();
    final Map<String, String> roles = new LinkedHashMap<>();
    final Set<Integer> nameQuotes = new HashSet<>();

    Run(String body, List<Token> tokens) {
      this.body = body;
      this.tokens = tokens;
      this.claimed = new Found[tokens.size()];
    }

    Recognized run() {
      gazetteerPass();
      arabicOrganisations();
      titledPersons();
      givenNamePersons();
      arabicLocations();
      verbSubjectPersons();
      englishSequences();
      appositiveRoles();
      propagateSurnames();
      List<Found> merged = mergeCanonicals();
      merged.sort(Comparator.comparingInt(Found::start));
      return new Recognized(tokens, merged, roles, nameQuotes);
    }

    // ---- passes ---------------------------------------------------------------------------

    void gazetteerPass() {
      for (int i = 0; i < tokens.size(); i++) {
        if (claimed[i] != null || tokens.get(i).isPunct()) {
          continue;
        }
        Found f = gazetteerAt(i);
        if (f != null) {
          claim(f);
          i = f.last() - 1;
        }
      }
    }

    Found gazetteerAt(int i) {
      Token t = tokens.get(i);
      for (Clitic c : clitics(t)) {
        for (int len = Math.min(gazetteer.longest(), tokens.size() - i); len >= 1; len--) {
          if (!free(i, i + len)
              || tokens.get(i + len - 1).isPunct() && len > 1 && !acronymEnd(i, len)) {
            continue;
          }
          StringBuilder key = new StringBuilder(c.norm());
          for (int k = i + 1; k < i + len; k++) {
            key.append(' ').append(tokens.get(k).norm());
          }
          int start = t.start() + c.surfacePrefix();
          int end = tokens.get(i + len - 1).end();
          String surface = body.substring(start, end);
          GazetteerEntry e = gazetteer.get(key.toString(), surface);
          if (e == null) {
            continue;
          }
          if (!t.isArabic() && !Character.isUpperCase(surface.codePointAt(0))) {
            continue;
          }
          return new Found(e.type(), e.canonical(), i, i + len, start, end, surface);
        }
      }
      return null;
    }

    boolean acronymEnd(int i, int len) {
      return tokens.get(i + len - 1).is(".")
          && len >= 2
          && tokens.get(i + len - 2).text().length() == 1;
    }

    /** وكالة أنباء “تاس”, وزارة الخارجية الروسية, شركة أرامكو. */
    void arabicOrganisations() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isArabic() || claimed[i] != null) {
          continue;
        }
        for (Clitic c : clitics(t)) {
          int len = lexicon.match("org-head", tokens, i, c.norm());
          if (len == 0) {
            continue;
          }
          if (c.norm().startsWith("ال")
              && (i + len >= tokens.size() || !tokens.get(i + len).norm().startsWith("ال"))) {
            break; // "البنك" alone is not a name
          }
          int j = i + len;
          if (j < tokens.size() && QUOTE_MARKS.contains(tokens.get(j).text())) {
            int close = closingQuote(j);
            if (close > j + 1 && close - j - 1 <= 4) {
              nameQuotes.add(tokens.get(j).start());
              Found inner = gazetteerAt(j + 1);
              if (inner == null || inner.last() != close) {
                String text =
                    body.substring(tokens.get(j + 1).start(), tokens.get(close - 1).end());
                inner =
                    new Found(
                        EntityType.ORGANIZATION,
                        text,
                        j + 1,
                        close,
                        tokens.get(j + 1).start(),
                        tokens.get(close - 1).end(),
                        text);
              }
              if (free(inner.first(), inner.last())) {
                claim(inner);
              }
              break;
            }
          }
          boolean definiteHead = c.norm().startsWith("ال");
          int k = j;
          while (k < tokens.size() && k - j < 3) {
            Token tk = tokens.get(k);
            Found owner = claimed[k];
            if (owner != null
                && owner.type() == EntityType.LOCATION
                && owner.last() == k + 1
                && tk.norm().startsWith("ال")
                && (tk.norm().endsWith("يه") || tk.norm().endsWith("ي"))
                && k > j) {
              unclaim(owner);
            }
            if (claimed[k] != null
                || !tk.isArabic()
                || lexicon.isStopword(tk.norm())
                || lexicon.has("reporting-verb", tk.norm())
                || !(tk.norm().startsWith("ال")
                    || (k == j && !definiteHead && !isCommonHead(c.norm())))) {
              break;
            }
            k++;
          }
          if (k > j && !(k == j + 1 && isNationality(tokens.get(j).norm()) && !definiteHead)) {
            int start = t.start() + c.surfacePrefix();
            String text = body.substring(start, tokens.get(k - 1).end());
            GazetteerEntry known = gazetteer.get(Lexicon.key(text), text);
            String canonical =
                known != null && known.type() == EntityType.ORGANIZATION ? known.canonical() : text;
            claim(
                new Found(
                    EntityType.ORGANIZATION,
                    canonical,
                    i,
                    k,
                    start,
                    tokens.get(k - 1).end(),
                    text));
            i = k - 1;
          }
          break;
        }
      }
    }

    boolean isCommonHead(String norm) {
      return norm.equals("مركز")
          || norm.equals("لجنه")
          || norm.equals("مجموعه")
          || norm.equals("صندوق");
    }

    /** Titles and roles before a name: الرئيس الأوكراني فولوديمير زيلينسكي, President Joe Biden. */
    void titledPersons() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isWord() || claimed[i] != null) {
          continue;
        }
        for (Clitic c : clitics(t)) {
          int len = lexicon.match("person-title", tokens, i, c.norm());
          if (len == 0) {
            continue;
          }
          int j = i + len;
          int skipped = 0;
          while (j < tokens.size() && skipped < 6) {
            Token tj = tokens.get(j);
            Found owner = claimed[j];
            if (owner != null && owner.type() != EntityType.PERSON && owner.first() == j) {
              j = owner.last();
              skipped++;
              continue;
            }
            if (owner == null
                && tj.isArabic()
                && (looksAdjective(tj.norm())
                    || lexicon.has("title-modifier", tj.norm())
                    || tokens.get(j - 1).norm().equals("باسم")
                    || (Set.of("الي", "في", "لدي").contains(tj.norm())
                        && j + 1 < tokens.size()
                        && claimed[j + 1] != null))) {
              j++;
              skipped++;
              continue;
            }
            if (owner == null && tj.isArabic() && skipped < 6) {
              // لجامعة الدول العربية: a clitic-prefixed organisation head after the title
              boolean orgAhead = false;
              for (Clitic cj : clitics(tj)) {
                if (cj.surfacePrefix() > 0 && lexicon.has("org-head", cj.norm())) {
                  orgAhead = true;
                }
              }
              if (orgAhead) {
                j++;
                skipped++;
                continue;
              }
            }
            break;
          }
          if (j < tokens.size() && tokens.get(j).is(".")) {
            j++; // Mr. / Dr.
          }
          if (j >= tokens.size()) {
            break;
          }
          String role = roleKey(i, c, j);
          if (claimed[j] != null) {
            if (claimed[j].type() == EntityType.PERSON && j > i + 1) {
              roles.putIfAbsent(role, claimed[j].canonical());
            }
            break;
          }
          int end = nameEnd(j);
          if (end > j) {
            String text = body.substring(tokens.get(j).start(), tokens.get(end - 1).end());
            Found f =
                new Found(
                    EntityType.PERSON,
                    text,
                    j,
                    end,
                    tokens.get(j).start(),
                    tokens.get(end - 1).end(),
                    text);
            claim(f);
            if (j > i + 1) {
              roles.putIfAbsent(role, text);
            }
            i = end - 1;
          }
          break;
        }
      }
    }

    /** A name starting at token j: given name + surname, or a single surname-like word. */
    int nameEnd(int j) {
      if (!nameLike(j)) {
        return j;
      }
      Token t = tokens.get(j);
      if (!t.isArabic()) {
        int k = j;
        while (k < tokens.size()
            && claimed[k] == null
            && tokens.get(k).isWord()
            && k - j < 5
            && (latinCapital(tokens.get(k))
                || (k > j
                    && NAME_LINKS.contains(tokens.get(k).norm())
                    && k + 1 < tokens.size()
                    && latinCapital(tokens.get(k + 1))))) {
          k++;
        }
        return k;
      }
      boolean given = lexicon.has("given-name", t.norm()) || t.norm().equals("عبد");
      int k = j + 1;
      if (given) {
        // given name, then father's or family names: محمد شياع السوداني, محمد بن عبدالرحمن آل ثاني
        while (k < tokens.size() && k - j < 4) {
          String n = tokens.get(k).norm();
          if (Set.of("بن", "ابن", "ابو", "ال", "عبد", "بنت").contains(n)
              && k + 1 < tokens.size()
              && nameLike(k + 1, true)) {
            k += 2;
          } else if (n.equals("الدين") || n.equals("الله")) {
            k++;
          } else if (nameLike(k, true) && (k == j + 1 || n.startsWith("ال"))) {
            k++;
          } else {
            break;
          }
        }
        return k;
      }
      // no known given name: one word, or two when the name is closed right after (قال هانس
      // غروندبرغ،)
      // or a definite family name when it is not a listed adjective or time word (أسعد العيداني عن)
      if (k < tokens.size()
          && nameLike(k, true)
          && !looksAdjectiveListed(tokens.get(k).norm())
          && closes(k + 1)) {
        return k + 1;
      }
      return k;
    }

    /** Whether a name may end before token k. */
    boolean closes(int k) {
      if (k >= tokens.size()) {
        return true;
      }
      Token t = tokens.get(k);
      if (t.isPunct() || claimed[k] != null) {
        return true;
      }
      String n = t.norm();
      if (lexicon.isStopword(n)
          || lexicon.has("reporting-verb", n)
          || lexicon.has("person-title", n)
          || lexicon.has("role-head", n)) {
        return true;
      }
      for (Clitic c : clitics(t)) {
        if (c.surfacePrefix() > 0 && (lexicon.isStopword(c.norm()) || c.norm().startsWith("ال"))) {
          return true; // للصحفيين, في..., بأن
        }
      }
      return false;
    }

    boolean latinCapital(Token t) {
      if (!t.isWord() || t.isArabic()) {
        return false;
      }
      String n = t.text();
      if ((n.startsWith("al-") || n.startsWith("el-")) && n.length() > 3) {
        return Character.isUpperCase(n.charAt(3));
      }
      return t.isCapitalized();
    }

    /** مدينة الفاشر, city of Derna. */
    void arabicLocations() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isWord() || claimed[i] != null) {
          continue;
        }
        for (Clitic c : clitics(t)) {
          int len = lexicon.match("location-trigger", tokens, i, c.norm());
          if (len == 0) {
            continue;
          }
          int j = i + len;
          if (j >= tokens.size() || claimed[j] != null) {
            break;
          }
          Token n = tokens.get(j);
          boolean ok =
              n.isArabic()
                  ? !lexicon.isStopword(n.norm())
                      && !lexicon.has("not-name", n.norm())
                      && !looksAdjective(n.norm())
                      && !lexicon.has("reporting-verb", n.norm())
                      && n.norm().length() > 2
                  : latinCapital(n);
          if (ok) {
            int end = j + 1;
            if (!n.isArabic()) {
              while (end < tokens.size()
                  && latinCapital(tokens.get(end))
                  && claimed[end] == null
                  && end - j < 3) {
                end++;
              }
            }
            String text = body.substring(n.start(), tokens.get(end - 1).end());
            claim(
                new Found(
                    EntityType.LOCATION, text, j, end, n.start(), tokens.get(end - 1).end(), text));
            i = end - 1;
          }
          break;
        }
      }
    }

    /**
     * وقال الصفدي للصحفيين / قال كريستين لاغارد، رئيسة ...: the subject right after a reporting
     * verb.
     */
    void verbSubjectPersons() {
      for (int v = 0; v + 1 < tokens.size(); v++) {
        Token verb = tokens.get(v);
        if (!verb.isArabic()) {
          continue;
        }
        String vn = verb.norm();
        String bare =
            (vn.startsWith("و") || vn.startsWith("ف")) && vn.length() > 3 ? vn.substring(1) : vn;
        if (!(Set.of(
                "قال", "قالت", "اضاف", "اضافت", "اوضح", "اوضحت", "اكد", "اكدت", "اشار", "اشارت",
                "صرح", "صرحت", "تابع", "شدد", "شددت", "ذكر", "حذر", "حذرت", "اعتبر", "اعلن",
                "اعلنت")
            .contains(bare))) {
          continue;
        }
        int j = v + 1;
        if (claimed[j] != null || !tokens.get(j).isArabic()) {
          continue;
        }
        String n = tokens.get(j).norm();
        if (lexicon.has("not-name", n)
            || looksAdjective(n) && isNationality(n)
            || n.endsWith("ون")
            || n.endsWith("ين") && n.startsWith("ال")) {
          continue;
        }
        int end = j;
        if (nameLike(j, true)) {
          end = j + 1;
          if (!closes(end) && end < tokens.size() && nameLike(end, true) && closes(end + 1)) {
            end++;
          }
        }
        if (end == j || !closes(end)) {
          continue;
        }
        Token after = end < tokens.size() ? tokens.get(end) : null;
        boolean cue =
            after == null
                || after.is("،")
                || after.is(",")
                || after.is(":")
                || Set.of("ان", "إن", "انه", "انها", "في", "امس", "اليوم").contains(after.norm())
                || clitics(after).stream()
                    .anyMatch(c -> c.surfacePrefix() > 0 && c.norm().startsWith("ال"));
        if (after != null && (after.is("،") || after.is(",")) && end + 1 < tokens.size()) {
          Token role = tokens.get(end + 1);
          cue =
              cue
                  && (lexicon.has("role-head", role.norm())
                      || lexicon.has("person-title", role.norm())
                      || looksAdjective(role.norm())
                      || lexicon.isStopword(role.norm()));
        }
        if (cue) {
          String text = body.substring(tokens.get(j).start(), tokens.get(end - 1).end());
          claim(
              new Found(
                  EntityType.PERSON,
                  text,
                  j,
                  end,
                  tokens.get(j).start(),
                  tokens.get(end - 1).end(),
                  text));
        }
      }
    }

    boolean nameLike(int k) {
      return nameLike(k, false);
    }

    boolean nameLike(int k, boolean allowDefinite) {
      Token t = tokens.get(k);
      if (!t.isWord() || claimed[k] != null) {
        return false;
      }
      String n = t.norm();
      if (lexicon.isStopword(n)
          || lexicon.has("reporting-verb", n)
          || lexicon.has("person-title", n)
          || lexicon.has("org-head", n)
          || lexicon.has("title-modifier", n)
          || lexicon.has("role-head", n)) {
        return false;
      }
      if (t.isArabic()) {
        if (n.length() < 2 || (n.startsWith("ال") && !allowDefinite)) {
          return false;
        }
        if (n.startsWith("ال") && isNationality(n) || lexicon.has("not-name", n)) {
          return false;
        }
        return true;
      }
      return t.isCapitalized();
    }

    /** سيرجي ريابكوف without a title: a known given name followed by a surname. */
    void givenNamePersons() {
      for (int i = 0; i < tokens.size() - 1; i++) {
        Token t = tokens.get(i);
        if (!t.isArabic() || claimed[i] != null) {
          continue;
        }
        for (Clitic c : clitics(t)) {
          if (!lexicon.has("given-name", c.norm())) {
            continue;
          }
          int end = nameEnd(i);
          if (end > i + 1) {
            int start = t.start() + c.surfacePrefix();
            String text = body.substring(start, tokens.get(end - 1).end());
            claim(
                new Found(EntityType.PERSON, text, i, end, start, tokens.get(end - 1).end(), text));
            i = end - 1;
          }
          break;
        }
      }
    }

    /** Capitalised word sequences in Latin script, typed by their context. */
    void englishSequences() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (claimed[i] != null || !latinCapital(t)) {
          continue;
        }
        if (lexicon.isStopword(t.norm()) || lexicon.has("reporting-verb", t.norm())) {
          continue;
        }
        int j = i;
        while (j < tokens.size()
            && claimed[j] == null
            && (latinCapital(tokens.get(j))
                || (j > i
                    && NAME_LINKS.contains(tokens.get(j).norm())
                    && j + 1 < tokens.size()
                    && latinCapital(tokens.get(j + 1))
                    && claimed[j + 1] == null))) {
          j++;
        }
        // titles inside the sequence: "Indian Prime Minister", "President Sheikh Mohamed bin Zayed"
        int nameStart = i;
        boolean titled = false;
        boolean allTitle = false;
        for (int p = i; p < j; p++) {
          int m = lexicon.match("person-title", tokens, p, tokens.get(p).norm());
          if (m == 0 && lexicon.has("role-head", tokens.get(p).norm())) {
            m = 1;
          }
          if (m > 0) {
            if (p + m >= j) {
              allTitle = true;
              break;
            }
            nameStart = p + m;
            titled = true;
            p = p + m - 1;
          } else if (titled) {
            break;
          }
        }
        if (allTitle) {
          if (j < tokens.size()
              && claimed[j] != null
              && claimed[j].type() == EntityType.PERSON
              && j > i + 1) {
            roles.putIfAbsent(roleText(i, j), claimed[j].canonical());
          }
          i = j - 1;
          continue;
        }
        if (titled && nameStart < j && tokens.get(nameStart).is(".")) {
          nameStart++;
        }
        if (lexicon.has("facility", tokens.get(j - 1).norm())
            || lexicon.has("facility", tokens.get(j - 1).text())) {
          i = j - 1;
          continue;
        }
        EntityType type = classify(i, nameStart, j, titled);
        if (type == null) {
          i = j - 1;
          continue;
        }
        int from = type == EntityType.PERSON ? nameStart : i;
        int to = j;
        if (type == EntityType.ORGANIZATION) {
          // UAE Space Agency, Qatar Airways, Central Bank of Egypt
          if (from > 0
              && claimed[from - 1] != null
              && claimed[from - 1].type() == EntityType.LOCATION
              && claimed[from - 1].last() == from
              && latinCapital(tokens.get(from - 1))) {
            Found loc = claimed[from - 1];
            unclaim(loc);
            from = loc.first();
          }
          if (to + 1 < tokens.size()
              && tokens.get(to).norm().equals("of")
              && claimed[to + 1] != null
              && claimed[to + 1].type() == EntityType.LOCATION
              && claimed[to + 1].first() == to + 1) {
            Found loc = claimed[to + 1];
            unclaim(loc);
            to = loc.last();
          }
        }
        if (from >= to) {
          i = j - 1;
          continue;
        }
        String text = body.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        GazetteerEntry known = gazetteer.get(Lexicon.key(text), text);
        String canonical = known != null && known.type() == type ? known.canonical() : text;
        claim(
            new Found(
                type,
                canonical,
                from,
                to,
                tokens.get(from).start(),
                tokens.get(to - 1).end(),
                text));
        i = to - 1;
      }
      geoExtensions();
    }

    /** South China Sea, Upper Egypt: a known place with a geographic head or modifier. */
    void geoExtensions() {
      for (Found f : new ArrayList<>(found)) {
        if (f.type() != EntityType.LOCATION || tokens.get(f.first()).isArabic()) {
          continue;
        }
        int from = f.first();
        int to = f.last();
        if (from > 0
            && claimed[from - 1] == null
            && lexicon.has("geo-modifier", tokens.get(from - 1).norm())
            && tokens.get(from - 1).isCapitalized()) {
          from--;
        }
        if (to < tokens.size()
            && claimed[to] == null
            && tokens.get(to).isCapitalized()
            && lexicon.has("geo-head", tokens.get(to).norm())) {
          to++;
        }
        if (from != f.first() || to != f.last()) {
          unclaim(f);
          String text = body.substring(tokens.get(from).start(), tokens.get(to - 1).end());
          claim(
              new Found(
                  EntityType.LOCATION,
                  text,
                  from,
                  to,
                  tokens.get(from).start(),
                  tokens.get(to - 1).end(),
                  text));
        }
      }
    }

    EntityType classify(int i, int nameStart, int end, boolean titled) {
      int len = end - nameStart;
      if (titled) {
        return EntityType.PERSON;
      }
      Token before = i > 0 ? tokens.get(i - 1) : null;
      if (before != null && before.isWord() && !before.isCapitalized()) {
        int tl = 0;
        for (int s = Math.max(0, i - 3); s < i && tl == 0; s++) {
          int m = lexicon.match("person-title", tokens, s, tokens.get(s).norm());
          if (m > 0 && s + m == i) {
            tl = m;
          }
        }
        if (tl > 0) {
          return EntityType.PERSON;
        }
      }
      for (int k = i; k < end; k++) {
        if (lexicon.has("org-head", tokens.get(k).norm()) && (end - i > 1)) {
          return EntityType.ORGANIZATION;
        }
      }
      if (i >= 2
          && lexicon.match("location-trigger", tokens, i - 2, tokens.get(i - 2).norm()) == 2) {
        return EntityType.LOCATION; // city of Derna
      }
      if (i >= 2
          && (before.norm().equals("and") || before.norm().equals("or"))
          && claimed[i - 2] != null) {
        return claimed[i - 2].type(); // Microsoft and OpenAI
      }
      if (i >= 2
          && Set.of("of", "for", "at").contains(before.norm())
          && (lexicon.has("role-head", tokens.get(i - 2).norm())
              || i >= 3
                  && lexicon.has("role-head", tokens.get(i - 3).norm())
                  && tokens.get(i - 2).norm().equals("the"))) {
        return EntityType.ORGANIZATION; // general secretary of Unite
      }
      boolean sentenceStart =
          before == null
              || before.isPunct()
                  && (SENTENCE_END.contains(before.text()) || QUOTE_MARKS.contains(before.text()))
              || gapHasNewline(before, tokens.get(i));
      if (lexicon.has("given-name", tokens.get(i).norm()) && end - i >= 2) {
        return EntityType.PERSON;
      }
      Token after = end < tokens.size() ? tokens.get(end) : null;
      if (after != null && lexicon.has("reporting-verb", after.norm()) && !after.isCapitalized()) {
        return end - i >= 1 && !sentenceStart || end - i >= 2 ? EntityType.PERSON : null;
      }
      if (after != null && (after.is(",")) && end + 1 < tokens.size()) {
        for (int k = end + 1; k < Math.min(tokens.size(), end + 5); k++) {
          if (lexicon.has("role-head", tokens.get(k).norm())) {
            return EntityType.PERSON;
          }
        }
      }
      if (before != null && lexicon.has("location-preposition", before.norm())) {
        return EntityType.LOCATION;
      }
      if (before != null && lexicon.has("reporting-verb", before.norm()) && end - i >= 2) {
        return EntityType.PERSON;
      }
      if (end - i >= 2) {
        return EntityType.PERSON;
      }
      if (end - i >= 2 && lexicon.has("given-name", tokens.get(i).norm())) {
        return EntityType.PERSON;
      }
      return null;
    }

    boolean gapHasNewline(Token a, Token b) {
      return a != null && body.substring(a.end(), b.start()).indexOf('\n') >= 0;
    }

    /** "سيرجي ريابكوف، نائب وزير الخارجية الروسي،": the role names the person. */
    void appositiveRoles() {
      for (Found f : found) {
        if (f.type() != EntityType.PERSON || f.last() + 1 >= tokens.size()) {
          continue;
        }
        Token comma = tokens.get(f.last());
        if (!(comma.is("،") || comma.is(","))) {
          continue;
        }
        int s = f.last() + 1;
        Token head = tokens.get(s);
        String headNorm = head.norm();
        if (!head.isWord()
            || !(lexicon.has("role-head", headNorm) || lexicon.has("person-title", headNorm))) {
          if (!(head.isWord()
              && (headNorm.equals("a") || headNorm.equals("the"))
              && s + 1 < tokens.size())) {
            continue;
          }
        }
        int e = s;
        while (e < tokens.size() && !tokens.get(e).isPunct() && e - s < 7) {
          e++;
        }
        if (e > s) {
          roles.putIfAbsent(roleText(s, e), f.canonical());
        }
      }
    }

    /** Later short mentions ("ريابكوف", "Collins") of a person named in full earlier or later. */
    void propagateSurnames() {
      Map<String, String> aliases = new HashMap<>();
      for (Found f : found) {
        if (f.type() == EntityType.PERSON && f.last() - f.first() >= 2) {
          Token last = tokens.get(f.last() - 1);
          aliases.putIfAbsent(last.norm(), f.canonical());
        }
      }
      if (aliases.isEmpty()) {
        return;
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isWord() || claimed[i] != null) {
          continue;
        }
        for (Clitic c : clitics(t)) {
          String canonical = aliases.get(c.norm());
          if (canonical != null && (t.isArabic() || t.isCapitalized())) {
            int start = t.start() + c.surfacePrefix();
            claim(
                new Found(
                    EntityType.PERSON,
                    canonical,
                    i,
                    i + 1,
                    start,
                    t.end(),
                    body.substring(start, t.end())));
            break;
          }
        }
      }
    }

    /**
     * Same-type mentions whose canonical is a surname of another join it (بوتين / فلاديمير بوتين).
     */
    List<Found> mergeCanonicals() {
      Map<String, String> rename = new HashMap<>();
      List<String> persons =
          found.stream()
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
      List<Found> out = new ArrayList<>();
      for (Found f : found) {
        String c = rename.getOrDefault(f.canonical(), f.canonical());
        out.add(c.equals(f.canonical()) ? f : f.withCanonical(c));
      }
      Map<String, String> finalRoles = new LinkedHashMap<>();
      roles.forEach((k, v) -> finalRoles.put(k, rename.getOrDefault(v, v)));
      roles.clear();
      roles.putAll(finalRoles);
      return out;
    }

    // ---- helpers --------------------------------------------------------------------------

    String roleKey(int i, Clitic c, int j) {
      StringBuilder sb = new StringBuilder(c.norm());
      for (int k = i + 1; k < j; k++) {
        if (!tokens.get(k).isPunct()) {
          sb.append(' ').append(tokens.get(k).norm());
        }
      }
      return sb.toString();
    }

    String roleText(int s, int e) {
      List<Clitic> cs = clitics(tokens.get(s));
      StringBuilder sb = new StringBuilder(cs.get(0).norm());
      for (int k = s + 1; k < e; k++) {
        sb.append(' ').append(tokens.get(k).norm());
      }
      return sb.toString();
    }

    int closingQuote(int open) {
      for (int k = open + 1; k < tokens.size() && k < open + 8; k++) {
        if (QUOTE_MARKS.contains(tokens.get(k).text())) {
          return k;
        }
      }
      return -1;
    }

    boolean free(int from, int to) {
      for (int k = from; k < to; k++) {
        if (claimed[k] != null) {
          return false;
        }
      }
      return true;
    }

    void unclaim(Found f) {
      for (int k = f.first(); k < f.last(); k++) {
        if (claimed[k] == f) {
          claimed[k] = null;
        }
      }
      found.remove(f);
    }

    void claim(Found f) {
      for (int k = f.first(); k < f.last(); k++) {
        claimed[k] = f;
      }
      found.add(f);
    }
  }

  boolean isNationality(String norm) {
    if (lexicon.has("nationality", norm)) {
      return true;
    }
    return norm.endsWith("يه") && lexicon.has("nationality", norm.substring(0, norm.length() - 1));
  }

  /** A definite word that is a known adjective or time word rather than a family name. */
  boolean looksAdjectiveListed(String norm) {
    return isNationality(norm)
        || lexicon.has("not-name", norm)
        || lexicon.has("title-modifier", norm);
  }

  static boolean looksAdjective(String norm) {
    return norm.startsWith("ال")
        && norm.length() >= 5
        && (norm.endsWith("ي") || norm.endsWith("يه"));
  }

  /** A token's normal form with and without an attached conjunction and preposition. */
  record Clitic(String norm, int surfacePrefix) {}

  static List<Clitic> clitics(Token t) {
    List<Clitic> out = new ArrayList<>(3);
    out.add(new Clitic(t.norm(), 0));
    if (!t.isArabic()) {
      return out;
    }
    String n = t.norm();
    int p = 0;
    if ((n.startsWith("و") || n.startsWith("ف")) && n.length() > 3) {
      p = 1;
      out.add(new Clitic(n.substring(1), surfaceOffset(t.text(), 1)));
    }
    String rest = n.substring(p);
    if (rest.startsWith("لل") && rest.length() > 4) {
      out.add(new Clitic("ال" + rest.substring(2), surfaceOffset(t.text(), p + 1)));
    } else if ((rest.startsWith("ب") || rest.startsWith("ل") || rest.startsWith("ك"))
        && rest.length() > 3) {
      out.add(new Clitic(rest.substring(1), surfaceOffset(t.text(), p + 1)));
    }
    return out;
  }

  /** Offset in the surface form after {@code letters} letters and the marks that follow them. */
  static int surfaceOffset(String surface, int letters) {
    int i = 0;
    int seen = 0;
    while (i < surface.length() && seen < letters) {
      if (Character.isLetter(surface.charAt(i))) {
        seen++;
      }
      i++;
      while (i < surface.length() && !Character.isLetter(surface.charAt(i))) {
        i++;
      }
    }
    return i;
  }
}
