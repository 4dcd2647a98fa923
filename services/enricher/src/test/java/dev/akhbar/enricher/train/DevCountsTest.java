package dev.akhbar.enricher.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllSentence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevCountsTest {
  @TempDir Path dir;

  List<ConllDocument> bodies(String text) throws IOException {
    Path f = dir.resolve("x.conll");
    Files.writeString(f, text);
    // bodies of at most 8 characters (a token and its space each count 2): "a b\nc d" and "e f"
    return ConllDocument.group(ConllSentence.read(f), 8);
  }

  DevCounts counts(List<ConllDocument> bodies, int found) {
    DevCounts c = DevCounts.empty();
    c.add(
        bodies.get(0),
        new int[][] {{found, 0, 1 - found}, {0, 1, 0}},
        new int[][] {{1, 0, 0}, {0, 0, 0}});
    c.add(bodies.get(1), new int[][] {{1, 0, 0}}, new int[][] {{0, 0, 1}});
    return c;
  }

  @Test
  void keepsSentencesWithTheirBodyAndReadsBackWhatItWrote() throws IOException {
    List<ConllDocument> bodies = bodies("a B-PER\nb O\n\nc O\nd O\n\ne B-LOC\nf O\n");
    assertThat(bodies).hasSize(2);
    DevCounts c = counts(bodies, 1);
    assertThat(c.units(DevCounts.Scored.MODEL, false))
        .isDeepEqualTo(new int[][] {{1, 0, 0}, {0, 1, 0}, {1, 0, 0}});
    assertThat(c.units(DevCounts.Scored.MODEL, true))
        .isDeepEqualTo(new int[][] {{1, 1, 0}, {1, 0, 0}});
    assertThat(c.units(DevCounts.Scored.RECOGNISER, true))
        .isDeepEqualTo(new int[][] {{1, 0, 0}, {0, 0, 1}});
    Path file = dir.resolve("counts.tsv");
    c.write(file);
    DevCounts back = DevCounts.read(file);
    assertThat(back.units(DevCounts.Scored.MODEL, true))
        .isDeepEqualTo(c.units(DevCounts.Scored.MODEL, true));
    assertThat(back.sentences().stream().map(DevCounts.Row::hash).toList())
        .isEqualTo(c.sentences().stream().map(DevCounts.Row::hash).toList());
  }

  @Test
  void comparesOnlyRunsOfTheSameSentences() throws IOException {
    List<ConllDocument> bodies = bodies("a B-PER\nb O\n\nc O\nd O\n\ne B-LOC\nf O\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DevCounts.compare(
        counts(bodies, 0),
        counts(bodies, 1),
        "x",
        new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("model      by sentences")
        .contains("recogniser by bodies")
        .contains("difference +0.");
    List<ConllDocument> other = bodies("a B-PER\nb O\n\nc O\nx O\n\ne B-LOC\nf O\n");
    assertThatThrownBy(
            () -> DevCounts.compare(counts(bodies, 0), counts(other, 1), "x", System.out))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
