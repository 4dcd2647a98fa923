package dev.akhbar.enricher.quotes;

import dev.akhbar.enricher.entities.Found;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.entities.Recognized;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.Enrichment.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Direct quotes in “…”, «…» and "…" and who said them. A quotation of fewer than three words is a
 * name or a scare quote unless a colon introduces it; names after an organisation head noun (وكالة
 * “تاس”) are never quotes. The speaker comes from the nearest reporting verb of the sentence: the
 * person after it (قال ترمب), a role phrase naming a person of the article (وأضاف نائب وزير
 * الخارجية الروسي), the person before it (Collins said), the subject of the sentence's main verb
 * for participles (مشيراً إلى), or the last person named for pronouns (عنه قوله, he said).
 */
public final class QuoteExtractor {
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", "؟");

  private final Lexicon lexicon;

  public QuoteExtractor(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A quotation: marks at {@code open} and {@code close} (offsets in the body). */
  record Span(int open, int close) {}

  public List<Enrichment.Quote> extract(String body, Recognized rec) {
    List<Enrichment.Quote> quotes = new ArrayList<>();
    List<Token> tokens = rec.tokens();
    for (Span s : spans(body)) {
      if (rec.nameQuotes().contains(s.open())) {
        continue;
      }
      String inner = body.substring(s.open() + 1, s.close());
      String text = inner.strip();
      if (text.isEmpty()) {
        continue;
      }
      int words = text.split("\\s+").length;
      int openTok = tokenAt(tokens, s.open());
      int closeTok = tokenAt(tokens, s.close());
      if (openTok < 0 || closeTok < 0) {
        continue;
      }
      boolean introduced =
          openTok > 0 && (tokens.get(openTok - 1).is(":") || tokens.get(openTok - 1).is(","));
      if (words < 3 && !(introduced && tokens.get(openTok - 1).is(":"))) {
        continue;
      }
      int start = s.open() + 1 + (inner.length() - inner.stripLeading().length());
      String speaker = speaker(tokens, rec, openTok, closeTok);
      quotes.add(new Enrichment.Quote(text, speaker, start, start + text.length()));
    }
    return quotes;
  }

  /** Quotation spans, paired within a paragraph. */
  static List<Span> spans(String body) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        open = -1;
      } else if (open < 0 && (c == '“' || c == '”' || c == '"' || c == '«' || c == '„')) {
        open = i;
        opener = c;
      } else if (open >= 0 && (opener == '«' ? c == '»' : (c == '”' || c == '"' || c == '“'))) {
        spans.add(new Span(open, i));
        open = -1;
      }
    }
    return spans;
  }

  private String speaker(List<Token> tokens, Recognized rec, int openTok, int closeTok) {
    int sentenceStart = openTok;
    while (sentenceStart > 0 && !isBoundary(tokens, sentenceStart - 1)) {
      sentenceStart--;
    }
    // a reporting verb before the quote, in the same sentence
    for (int v = openTok - 1; v >= sentenceStart; v--) {
      if (isVerb(tokens.get(v))) {
        String s = resolve(tokens, rec, v, openTok, sentenceStart);
        if (s != null) {
          return s;
        }
      }
    }
    // or after it: “...,” said Collins / “...,” Collins said / “...”، قال ترمب
    int sentenceEnd = closeTok + 1;
    while (sentenceEnd < tokens.size()
        && sentenceEnd - closeTok < 12
        && !isBoundary(tokens, sentenceEnd)) {
      Token t = tokens.get(sentenceEnd);
      if (isVerb(t)) {
        Found after =
            entityIn(rec, sentenceEnd + 1, Math.min(tokens.size(), sentenceEnd + 6), true);
        if (after != null && after.type() == EntityType.PERSON) {
          return after.canonical();
        }
        Found before = entityIn(rec, closeTok + 1, sentenceEnd, false);
        if (before != null) {
          return before.canonical();
        }
        if (sentenceEnd + 1 < tokens.size()
                && lexicon.has("pronoun", tokens.get(sentenceEnd + 1).norm())
            || sentenceEnd > 0 && lexicon.has("pronoun", tokens.get(sentenceEnd - 1).norm())) {
          return lastPersonBefore(rec, tokens.get(openTok).start());
        }
        if (after != null) {
          return after.canonical();
        }
        return null;
      }
      sentenceEnd++;
    }
    return null;
  }

  /** The speaker of reporting verb {@code v} whose quote opens at token {@code openTok}. */
  private String resolve(
      List<Token> tokens, Recognized rec, int v, int openTok, int sentenceStart) {
    Token verb = tokens.get(v);
    String vn = stripConjunction(verb.norm());
    if (lexicon.has("participle-verb", vn) || lexicon.has("participle-verb", verb.norm())) {
      // مشيراً إلى: the subject of the sentence's main reporting verb
      for (int u = v - 1; u >= sentenceStart; u--) {
        if (isVerb(tokens.get(u))
            && !lexicon.has("participle-verb", stripConjunction(tokens.get(u).norm()))) {
          String s = resolve(tokens, rec, u, v, sentenceStart);
          if (s != null) {
            return s;
          }
        }
      }
      return lastPersonBefore(rec, verb.start());
    }
    if (vn.equals("قوله") || vn.equals("قولها") || vn.equals("قولهم")) {
      if (v > 0
          && (tokens.get(v - 1).norm().equals("عنه") || tokens.get(v - 1).norm().equals("عنها"))) {
        return lastPersonBefore(rec, tokens.get(v - 1).start());
      }
      // نقلت رويترز عن مصدر حكومي قوله: the source, named or not
      for (int k = v - 1; k >= Math.max(sentenceStart, v - 8); k--) {
        if (tokens.get(k).norm().equals("عن")) {
          Found source = entityIn(rec, k + 1, v, true);
          return source != null && source.first() == k + 1 ? source.canonical() : null;
        }
      }
    }
    int limit = Math.min(openTok, v + 9);
    for (int k = v + 1; k < limit; k++) {
      if (tokens.get(k).norm().equals("عنه") || tokens.get(k).norm().equals("عنها")) {
        return lastPersonBefore(rec, tokens.get(k).start());
      }
    }
    Found after = entityIn(rec, v + 1, limit, true);
    if (after != null && after.type() == EntityType.PERSON) {
      return after.canonical();
    }
    String role = roleAfter(tokens, rec.roles(), v + 1, limit);
    if (role != null) {
      return role;
    }
    Found before = nearestBefore(rec, sentenceStart, v);
    if (before != null) {
      return before.canonical();
    }
    if (v + 1 < tokens.size() && lexicon.has("pronoun", tokens.get(v + 1).norm())
        || v > 0 && lexicon.has("pronoun", tokens.get(v - 1).norm())) {
      return lastPersonBefore(rec, verb.start());
    }
    if (after != null) {
      return after.canonical();
    }
    // "وقال إن ..." with no subject: the person the text is about
    if (v + 1 < openTok
        && Set.of("ان", "إن", "انه", "انها", "that").contains(tokens.get(v + 1).norm())) {
      return lastPersonBefore(rec, verb.start());
    }
    return null;
  }

  private String roleAfter(List<Token> tokens, Map<String, String> roles, int from, int to) {
    if (from >= to) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    String best = null;
    for (int k = from; k < to && !tokens.get(k).isPunct(); k++) {
      String n = k == from ? stripConjunction(tokens.get(k).norm()) : tokens.get(k).norm();
      if (k > from) {
        sb.append(' ');
      }
      sb.append(n);
      String person = roles.get(sb.toString());
      if (person != null) {
        best = person;
      }
    }
    if (best == null) {
      // "the minister" for "foreign minister": the role's head words
      String phrase = sb.toString();
      if (phrase.split(" ").length >= 2) {
        for (Map.Entry<String, String> e : roles.entrySet()) {
          if (e.getKey().endsWith(phrase) || e.getKey().startsWith(phrase)) {
            return e.getValue();
          }
        }
      }
    }
    return best;
  }

  private String stripConjunction(String norm) {
    if ((norm.startsWith("و") || norm.startsWith("ف")) && norm.length() > 3) {
      String rest = norm.substring(1);
      if (lexicon.has("reporting-verb", rest)) {
        return rest;
      }
    }
    return norm;
  }

  private boolean isVerb(Token t) {
    return t.isWord()
        && (lexicon.has("reporting-verb", t.norm())
            || lexicon.has("reporting-verb", stripConjunction(t.norm())));
  }

  private static boolean isBoundary(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.isPunct() && SENTENCE_END.contains(t.text());
  }

  /** The first (or last) person in the token range, else the first (or last) organisation. */
  private static Found entityIn(Recognized rec, int fromTok, int toTok, boolean first) {
    Found person = null;
    Found org = null;
    for (Found f : rec.mentions()) {
      if (f.first() < fromTok || f.last() > toTok) {
        continue;
      }
      if (f.type() == EntityType.PERSON && (person == null || !first)) {
        person = f;
      } else if (f.type() == EntityType.ORGANIZATION && (org == null || !first)) {
        org = f;
      }
    }
    return person != null ? person : org;
  }

  private static Found nearestBefore(Recognized rec, int fromTok, int toTok) {
    Found person = null;
    Found other = null;
    for (Found f : rec.mentions()) {
      if (f.first() >= fromTok && f.last() <= toTok) {
        if (f.type() == EntityType.PERSON) {
          person = f;
        } else if (f.type() == EntityType.ORGANIZATION) {
          other = f;
        }
      }
    }
    return person != null ? person : other;
  }

  private static String lastPersonBefore(Recognized rec, int offset) {
    String last = null;
    for (Found f : rec.mentions()) {
      if (f.start() < offset && f.type() == EntityType.PERSON) {
        last = f.canonical();
      }
    }
    return last;
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
