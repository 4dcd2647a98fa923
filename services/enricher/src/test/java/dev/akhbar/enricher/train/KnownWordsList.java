package dev.akhbar.enricher.train;

import dev.akhbar.enricher.text.ArabicText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the enricher's known Arabic words ({@code entities/model/arabic-words.txt.gz}) from a word
 * list, one word a line: Tesseract's Arabic word list, unpacked from Debian's tesseract-ocr-ara
 * ({@code combine_tessdata -u ara.traineddata ara.} then {@code dawg2wordlist ara.lstm-unicharset
 * ara.lstm-word-dawg ara.words}; NOTICE.md). Keeps the entries written in Arabic letters and marks
 * alone (the list also holds web debris: "صور|", phrases joined by "_"), normalised as the name
 * finder normalises a token, once each, sorted. Run: {@code mvn -q -pl services/enricher
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.akhbar.enricher.train.KnownWordsList -Dexec.args="ara.words out.txt.gz"}.
 */
public final class KnownWordsList {
  private KnownWordsList() {}

  private static final Pattern ARABIC_WORD =
      Pattern.compile("[\\u0621-\\u063A\\u0641-\\u064A][\\u0621-\\u063A\\u0640-\\u0652\\u0670]+");

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    TreeSet<String> words = words(lines);
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
        Writer w =
            new java.io.OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
      for (String word : words) {
        w.write(word);
        w.write('\n');
      }
    }
    System.out.printf(
        "%d lines read, %d normalised words written to %s%n", lines.size(), words.size(), args[1]);
  }

  static TreeSet<String> words(List<String> lines) {
    TreeSet<String> words = new TreeSet<>();
    for (String line : lines) {
      String t = line.strip();
      if (ARABIC_WORD.matcher(t).matches()) {
        String norm = ArabicText.normalize(t);
        if (norm.length() > 1) {
          words.add(norm);
        }
      }
    }
    return words;
  }
}
