package dev.akhbar.parser.extract.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureLinesTest {
  /** Arabic newswire (ANERcorp, CAMeL train split), a token and its tag on each line. */
  private static final Path NEWS = Path.of("../../../shared/ner-train/anercorp-ar-train.conll");

  @Test
  void spellingsOfOneWordMatchAlike() {
    assertThat(FurnitureLines.isLine("إقرأ أيضاً: خطة جديدة للمستشفيات")).isTrue();
    assertThat(FurnitureLines.isLine("اقرا ايضا: خطة جديدة للمستشفيات")).isTrue();
    assertThat(FurnitureLines.isLine("اخبار ذات صلة")).isTrue();
    assertThat(FurnitureLines.isLine("یہ بھی پڑھیں: وزیر صحت کا دورہ")).isTrue();
    assertThat(FurnitureLines.isLine("يہ بھي پڑھيں: وزير صحت کا دورہ")).isTrue();
    assertThat(FurnitureLines.fold("اشتراک\u200cگذاری"))
        .isEqualTo(FurnitureLines.fold("اشتراك گذاري"));
  }

  @Test
  void latinLinesAreNotRead() {
    assertThat(FurnitureLines.isLine("Read also: a new plan for hospitals")).isFalse();
    assertThat(FurnitureLines.isNotice("All rights reserved. شارك")).isFalse();
  }

  @Test
  void noSentenceOfArabicNewswireIsTakenForFurniture() throws IOException {
    List<String> sentences = sentences(NEWS);
    assertThat(sentences).hasSizeGreaterThan(3000);

    assertThat(sentences).filteredOn(FurnitureLines::isLine).isEmpty();
    assertThat(sentences).filteredOn(FurnitureLines::isNotice).isEmpty();
  }

  private static List<String> sentences(Path conll) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder s = new StringBuilder();
    for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!s.isEmpty()) {
          out.add(s.toString().strip());
          s.setLength(0);
        }
      } else {
        s.append(line, 0, line.lastIndexOf(' ')).append(' ');
      }
    }
    if (!s.isEmpty()) {
      out.add(s.toString().strip());
    }
    return out;
  }
}
