package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.text.ArabicClitics;
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
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The names of the training corpus with the type they most often had (normalised tokens joined by a
 * space → PER, LOC, ORG or MISC), shipped inside the model file. The name finder sees, per token,
 * whether a listed name covers it (B-/I-type) as additional context: a memory of multi-word names
 * and of how a word is usually typed. Training uses lists built without the sentences' own part of
 * the corpus (ten-fold jackknife), so the model learns how far to trust the list on unseen text.
 */
public final class NameList implements SerializableArtifact {
  private final Map<String, String> types;
  private final int longest;

  public NameList(Map<String, String> types) {
    this.types = types;
    int l = 1;
    for (String k : types.keySet()) {
      l = Math.max(l, (int) k.chars().filter(c -> c == ' ').count() + 1);
    }
    this.longest = Math.min(l, 8);
  }

  public int size() {
    return types.size();
  }

  /**
   * Per token, the additional context the name finder gets: {@code [own tag, previous token's tag,
   * next token's tag]} from the longest listed names ("B-ORG", "p:I-ORG", "n:O").
   */
  public String[][] context(String[] norms, boolean arabic) {
    String[] tags = new String[norms.length];
    for (int i = 0; i < norms.length; i++) {
      String first = arabic ? ArabicClitics.stripped(norms[i]).norm() : norms[i];
      int found = 0;
      String type = null;
      for (int len = Math.min(longest, norms.length - i); len >= 1 && found == 0; len--) {
        StringBuilder key = new StringBuilder(norms[i]);
        StringBuilder alt = new StringBuilder(first);
        for (int k = i + 1; k < i + len; k++) {
          key.append(' ').append(norms[k]);
          alt.append(' ').append(norms[k]);
        }
        type = types.get(key.toString());
        if (type == null && arabic) {
          type = types.get(alt.toString());
        }
        if (type != null) {
          found = len;
        }
      }
      if (found > 0) {
        tags[i] = "B-" + type;
        for (int k = i + 1; k < i + found; k++) {
          tags[k] = "I-" + type;
        }
        i += found - 1;
      }
    }
    String[][] out = new String[norms.length][];
    for (int i = 0; i < norms.length; i++) {
      out[i] =
          new String[] {
            "nl=" + or(tags[i]),
            "nl-1=" + (i > 0 ? or(tags[i - 1]) : "<S>"),
            "nl+1=" + (i + 1 < norms.length ? or(tags[i + 1]) : "</S>")
          };
    }
    return out;
  }

  private static String or(String tag) {
    return tag == null ? "O" : tag;
  }

  public static NameList read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> map = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      int tab = line.lastIndexOf('\t');
      if (tab > 0) {
        map.put(line.substring(0, tab), line.substring(tab + 1).intern());
      }
    }
    return new NameList(map);
  }

  public void write(OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (var e : new TreeMap<>(types).entrySet()) {
      w.write(e.getKey() + "\t" + e.getValue() + "\n");
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

  /** Stores the list as a text entry of the OpenNLP model zip. */
  public static final class Serializer implements ArtifactSerializer<NameList> {
    @Override
    public NameList create(InputStream in) throws IOException {
      return read(in);
    }

    @Override
    public void serialize(NameList artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
