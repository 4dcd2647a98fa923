package dev.akhbar.enricher.entities.model;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word classes learned from unlabelled text when the model was trained (make train-ner): for each
 * normalised word, its distributional cluster at a few granularities and how often it is written
 * capitalised. Shipped inside the model file, so features at run time are those of training.
 *
 * <p>Text form, one word a line: {@code word<TAB>class<TAB>class...} where each class is a short
 * string ("64:12", "cap:3").
 */
public final class WordClasses implements SerializableArtifact {
  private static final String[] NONE = new String[0];

  private final Map<String, String[]> classes;

  public WordClasses(Map<String, String[]> classes) {
    this.classes = classes;
  }

  /** The classes of a normalised word, empty when it was not seen often enough. */
  public String[] of(String norm) {
    String[] c = classes.get(norm);
    return c == null ? NONE : c;
  }

  public int size() {
    return classes.size();
  }

  public static WordClasses read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String[]> map = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String[] cols = line.substring(tab + 1).split("\t");
      for (int i = 0; i < cols.length; i++) {
        cols[i] = cols[i].intern();
      }
      map.put(line.substring(0, tab), cols);
    }
    return new WordClasses(map);
  }

  public void write(OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (var e : new java.util.TreeMap<>(classes).entrySet()) {
      w.write(e.getKey());
      for (String c : e.getValue()) {
        w.write('\t');
        w.write(c);
      }
      w.write('\n');
    }
    w.flush();
  }

  /**
   * How OpenNLP writes this entry into the model file and reads it back (named in its manifest).
   */
  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Stores the classes as a text entry of the OpenNLP model zip. */
  public static final class Serializer implements ArtifactSerializer<WordClasses> {
    @Override
    public WordClasses create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(WordClasses artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
