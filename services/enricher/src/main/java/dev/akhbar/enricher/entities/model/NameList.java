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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The names of the training corpus with the type they most often had (normalised tokens joined by a
 * space → PER, LOC, ORG or MISC), shipped inside the model file. The name finder's features see,
 * for a token and its neighbours, whether a listed name covers it (B-/I-type): a memory of
 * multi-word names and of how a word is usually typed. Training looks names up in lists built
 * without the sentences' own part of the corpus (ten-fold jackknife, a subclass overriding {@link
 * #type}), so the model learns how far to trust the list on unseen text.
 */
public class NameList implements SerializableArtifact {
  private final Map<String, String> types;
  private final int longest;

  /**
   * Per first word of a listed name, the lengths (in words) of the names starting with it: bit
   * {@code k} for a name of {@code k} words (up to {@link #longest}).
   */
  private final Map<String, Integer> starts = new HashMap<>();

  /** The first two words or more of each listed name that has more words. */
  private final Set<String> prefixes = new HashSet<>();

  public NameList(Map<String, String> types) {
    this.types = types;
    int l = 1;
    for (String k : types.keySet()) {
      l = Math.max(l, (int) k.chars().filter(c -> c == ' ').count() + 1);
    }
    this.longest = Math.min(l, 8);
    for (String k : types.keySet()) {
      int space = k.indexOf(' ');
      String first = space < 0 ? k : k.substring(0, space);
      int words = (int) k.chars().filter(c -> c == ' ').count() + 1;
      if (words <= longest) {
        starts.merge(first, 1 << words, (a, b) -> a | b);
        for (int sp = k.indexOf(' ', space + 1); sp > 0; sp = k.indexOf(' ', sp + 1)) {
          prefixes.add(k.substring(0, sp));
        }
      }
    }
  }

  /**
   * The lengths of the listed names starting with {@code first} (bit {@code k}: a name of {@code k}
   * words; 0: none), or every length up to {@link #longest} for a subclass, whose {@link #type} may
   * know other names.
   */
  int lengthsFrom(String first) {
    if (getClass() != NameList.class || first.indexOf(' ') >= 0) {
      return (1 << (longest + 1)) - 2;
    }
    return starts.getOrDefault(first, 0);
  }

  /**
   * What {@link #tags} needs about a first word: the {@link #lengthsFrom lengths} of the names
   * starting with it and the type of the one-word name it is (null: none, or a subclass, whose
   * {@link #type} is asked each time).
   */
  record Start(int lengths, String one) {}

  static final Start NONE = new Start(0, null);

  /** The {@link Start} of a first word, which a caller may keep per word ({@link WordFacts}). */
  Start start(String first) {
    int lengths = lengthsFrom(first);
    if (lengths == 0) {
      return NONE;
    }
    return new Start(lengths, getClass() == NameList.class ? types.get(first) : null);
  }

  public int size() {
    return types.size();
  }

  /**
   * Per token, the type of the longest listed name that covers it ("B-ORG", "I-ORG"), or null. An
   * Arabic name may start with an attached conjunction or preposition (وموسكو).
   */
  public String[] tags(String[] norms, String[] stripped) {
    Start[] starts = new Start[norms.length];
    Start[] strippedStarts = new Start[norms.length];
    for (int i = 0; i < norms.length; i++) {
      starts[i] = start(norms[i]);
      boolean alt = stripped != null && !stripped[i].equals(norms[i]);
      strippedStarts[i] = alt ? start(stripped[i]) : NONE;
    }
    return tags(norms, stripped, starts, strippedStarts);
  }

  /**
   * {@link #tags(String[], String[])} given, per token, the {@link Start} of its normalised and of
   * its stripped form ({@link #NONE} when it is the same): the caller may keep them per word
   * ({@link WordFacts}). Only the lengths of listed names are looked up.
   */
  String[] tags(String[] norms, String[] stripped, Start[] starts, Start[] strippedStarts) {
    String[] tags = new String[norms.length];
    String[] out = new String[1];
    for (int i = 0; i < norms.length; i++) {
      int found = 0;
      String type = null;
      int lengths = starts[i].lengths;
      int strippedLengths = strippedStarts[i].lengths;
      int limit = Math.min(longest, norms.length - i);
      if (getClass() == NameList.class) {
        int byNorm = lengths == 0 ? 0 : longestName(norms, norms[i], i, starts[i], limit, out);
        String normType = out[0];
        int byStripped =
            strippedLengths == 0
                ? 0
                : longestName(norms, stripped[i], i, strippedStarts[i], limit, out);
        found = Math.max(byNorm, byStripped);
        type = found == byNorm ? normType : out[0];
        limit = 0;
      }
      for (int len = limit; len >= 1 && found == 0; len--) {
        if (((lengths | strippedLengths) & 1 << len) == 0) {
          continue;
        }
        type = (lengths & 1 << len) != 0 ? type(starts[i], norms, norms[i], i, len) : null;
        if (type == null && (strippedLengths & 1 << len) != 0) {
          type = type(strippedStarts[i], norms, stripped[i], i, len);
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
    return tags;
  }

  /**
   * The most words (up to {@code limit}) of a listed name that starts at token {@code i} with
   * {@code first} (0: none), its type into {@code out[0]}: keys grow a word at a time while they
   * begin a longer listed name, so a common first word costs a look-up or two, not one per length.
   */
  private int longestName(
      String[] norms, String first, int i, Start start, int limit, String[] out) {
    out[0] = null; // no type from an earlier call is left for a caller to read
    int found = 0;
    if ((start.lengths & 2) != 0) {
      found = 1;
      out[0] = start.one;
    }
    StringBuilder key = new StringBuilder(first);
    for (int len = 2; len <= limit && start.lengths >> len != 0; len++) {
      key.append(' ').append(norms[i + len - 1]);
      String k = key.toString();
      if ((start.lengths & 1 << len) != 0) {
        String t = types.get(k);
        if (t != null) {
          found = len;
          out[0] = t;
        }
      }
      if (start.lengths >> (len + 1) == 0 || !prefixes.contains(k)) {
        break;
      }
    }
    return found;
  }

  private String type(Start start, String[] norms, String first, int i, int len) {
    return len == 1 && start.one != null ? start.one : type(key(norms, first, i, len));
  }

  private static String key(String[] norms, String first, int i, int len) {
    if (len == 1) {
      return first;
    }
    StringBuilder key = new StringBuilder(first);
    for (int k = i + 1; k < i + len; k++) {
      key.append(' ').append(norms[k]);
    }
    return key.toString();
  }

  /** The listed type of a name key (normalised tokens joined by a space), or null. */
  protected String type(String key) {
    return types.get(key);
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
