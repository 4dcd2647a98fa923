package dev.akhbar.enricher.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllScoreTest {
  @TempDir Path dir;

  List<ConllSentence> read(String text) throws IOException {
    Path f = dir.resolve("x.conll");
    Files.writeString(f, text);
    return ConllSentence.read(f);
  }

  ConllDocument document(String text) throws IOException {
    return ConllDocument.group(read(text), 2200).get(0);
  }

  @Test
  void chunksFollowConllevalRules() throws IOException {
    ConllSentence s =
        read("a I-PER\nb I-PER\nc B-PER\nd O\ne I-LOC\nf I-ORG\ng B-PERS\nh I-PERS\n").get(0);
    assertThat(s.chunks())
        .containsExactly(
            new ConllSentence.Chunk("PER", 0, 2),
            new ConllSentence.Chunk("PER", 2, 3),
            new ConllSentence.Chunk("LOC", 4, 5),
            new ConllSentence.Chunk("ORG", 5, 6),
            new ConllSentence.Chunk("PER", 6, 8));
  }

  @Test
  void documentTextMapsSpansBackToTokens() throws IOException {
    List<ConllSentence> sentences = read("Peter B-PER\nBlackburn I-PER\n\nوالسودان B-LOC\nقال O\n");
    ConllDocument doc = ConllDocument.group(sentences, 2200).get(0);
    assertThat(doc.text()).isEqualTo("Peter Blackburn\nوالسودان قال");
    int ar = doc.text().indexOf("السودان");
    // a span without the attached conjunction still names the whole token
    assertThat(doc.tokensOf(ar, ar + "السودان".length())).containsExactly(1, 0, 1);
    assertThat(doc.tokensOf(0, 15)).containsExactly(0, 0, 2);
    assertThat(doc.tokensOf(0, doc.text().length())).isNull();
  }

  @Test
  void scoresExactMatchesPerTypeAndLeavesMiscOut() throws IOException {
    ConllDocument doc =
        document(
            "Peter B-PER\nBlackburn I-PER\nin O\nBrussels B-LOC\nfor O\nEuropean B-MISC\n"
                + "Commission B-ORG\n");
    String t = doc.text();
    ConllScore score = new ConllScore();
    score.add(
        doc,
        List.of(
            new ConllScore.Mention("PER", 0, t.indexOf(" in")), // exact
            new ConllScore.Mention("LOC", t.indexOf("Brussels"), t.indexOf(" for")), // exact
            new ConllScore.Mention("ORG", t.indexOf("European"), t.length()))); // too long
    assertThat(score.f1("PER")).isEqualTo(1.0);
    assertThat(score.f1("LOC")).isEqualTo(1.0);
    assertThat(score.precision("ORG")).isZero();
    assertThat(score.recall("ORG")).isZero();
    // 2 of 3 predicted right, 2 of 3 gold found (MISC is not gold here)
    assertThat(score.microF1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void countsEachSentenceApartAndTheySumToTheScore() throws IOException {
    ConllDocument doc =
        document("Peter B-PER\nsaid O\n\nin O\nBrussels B-LOC\n\nNATO B-ORG\nmet O\n");
    String t = doc.text();
    List<ConllScore.Mention> predicted =
        List.of(
            new ConllScore.Mention("PER", 0, t.indexOf(" said")), // exact, sentence 0
            new ConllScore.Mention("PER", t.indexOf("in"), t.indexOf(" Brussels")), // spurious
            new ConllScore.Mention("ORG", t.indexOf("Brussels"), t.indexOf("\nNATO"))); // type
    int[][] bySentence = ConllScore.sentenceCounts(doc, predicted);
    // true positives, false positives, misses of each sentence
    assertThat(bySentence).isDeepEqualTo(new int[][] {{1, 0, 0}, {0, 2, 1}, {0, 0, 1}});
    ConllScore score = new ConllScore();
    score.add(doc, predicted);
    // 1 of 3 predicted right, 1 of 3 gold found
    assertThat(score.microF1()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void errorsByKind() throws IOException {
    ConllDocument doc =
        document(
            "Peter B-PER\nBlackburn I-PER\nin O\nBrussels B-LOC\nfor O\nEuropean B-ORG\n"
                + "Commission I-ORG\nand O\nNATO B-ORG\nsaid O\nMonday O\n");
    String t = doc.text();
    ConllErrors errors = new ConllErrors();
    errors.add(
        doc,
        List.of(
            new ConllScore.Mention("PER", t.indexOf("Blackburn"), t.indexOf(" in")), // cut
            new ConllScore.Mention("ORG", t.indexOf("Brussels"), t.indexOf(" for")), // type
            new ConllScore.Mention("ORG", t.indexOf("European"), t.indexOf(" and")), // exact
            new ConllScore.Mention("LOC", t.indexOf("Monday"), t.length()))); // spurious
    // missed, boundary same type, boundary other type, wrong type, spurious (by predicted type)
    assertThat(errors.counts("PER")).containsExactly(0, 1, 0, 0, 0);
    assertThat(errors.counts("LOC")).containsExactly(0, 0, 0, 1, 1);
    assertThat(errors.counts("ORG")).containsExactly(1, 0, 0, 0, 0);
  }
}
