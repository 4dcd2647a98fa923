package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained name finders (one per language, OpenNLP maximum-entropy sequence models trained by
 * {@code make train-ner}) applied to the enricher's tokens. A body is tagged paragraph by paragraph
 * (a newline between two tokens ends a sequence), which is also how the training text was cut, and
 * the finder's memory of earlier names is cleared per body. Thread-safe: each thread has its own
 * finders over the shared models.
 */
public final class NameTagger {
  /** The models shipped in the enricher (see NOTICE and README "Named entities"). */
  public static final String RESOURCE = "/dev/akhbar/enricher/entities/model/ner-%s.bin";

  /** A name over tokens {@code [first, last)} of the body. */
  public record Tag(EntityType type, int first, int last) {}

  private final Map<String, TokenNameFinderModel> models;
  private final ThreadLocal<Map<String, NameFinderME>> finders;
  private final List<WordClasses> classes = new ArrayList<>();
  private final Map<String, NameList> nameLists = new java.util.HashMap<>();

  public NameTagger(Map<String, TokenNameFinderModel> models) {
    this.models = Map.copyOf(models);
    models.forEach(
        (lang, model) -> {
          Object c = model.getArtifact(classesEntry(lang));
          if (c instanceof WordClasses wc) {
            classes.add(wc);
          }
          if (model.getArtifact(namesEntry(lang)) instanceof NameList names) {
            nameLists.put(lang, names);
          }
        });
    this.finders =
        ThreadLocal.withInitial(
            () -> {
              Map<String, NameFinderME> m = new java.util.HashMap<>();
              this.models.forEach((lang, model) -> m.put(lang, new NameFinderME(model)));
              return m;
            });
  }

  /** The Arabic and English models from the classpath. */
  public static NameTagger load() {
    return new NameTagger(Map.of("ar", model("ar"), "en", model("en")));
  }

  public static TokenNameFinderModel model(String language) {
    String resource = String.format(RESOURCE, language);
    try (InputStream in = NameTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing model " + resource + " (make train-ner)");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Names in a body: {@code language} picks the model ("ar" or "en"); any other language takes the
   * model of the body's dominant script.
   */
  public List<Tag> tag(String body, List<Token> tokens, String language) {
    String lang = modelFor(tokens, language);
    NameFinderME finder = finders.get().get(lang);
    NameList names = nameLists.get(lang);
    finder.clearAdaptiveData();
    List<Tag> tags = new ArrayList<>();
    for (int[] seq : sequences(body, tokens)) {
      String[] words = new String[seq[1] - seq[0]];
      String[] norms = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(seq[0] + i).text();
        norms[i] = tokens.get(seq[0] + i).norm();
      }
      Span[] found =
          names == null
              ? finder.find(words)
              : finder.find(words, names.context(norms, lang.equals("ar")));
      for (Span s : found) {
        EntityType type = type(s.getType());
        if (type != null) {
          tags.add(new Tag(type, seq[0] + s.getStart(), seq[0] + s.getEnd()));
        }
      }
    }
    return tags;
  }

  String modelFor(List<Token> tokens, String language) {
    if (language != null && models.containsKey(language)) {
      return language;
    }
    int arabic = 0;
    int words = 0;
    for (Token t : tokens) {
      if (t.isWord()) {
        words++;
        if (t.isArabic()) {
          arabic++;
        }
      }
    }
    return arabic * 2 >= words && words > 0 ? "ar" : "en";
  }

  /** Token ranges {@code [from, to)} of the paragraphs of a body. */
  public static List<int[]> sequences(String body, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || newlineBetween(body, tokens.get(i - 1), tokens.get(i))) {
        if (i > from) {
          out.add(new int[] {from, i});
        }
        from = i;
      }
    }
    return out;
  }

  private static boolean newlineBetween(String body, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (body.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  static EntityType type(String modelType) {
    return switch (modelType) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.LOCATION;
      case "ORG" -> EntityType.ORGANIZATION;
      default -> null; // MISC: learnt so that it is not confused with the others, never emitted
    };
  }

  /** Whether a normalised word was common in the text the models' word classes were learnt from. */
  public boolean knownWord(String norm) {
    for (WordClasses c : classes) {
      if (c.of(norm).length > 0) {
        return true;
      }
    }
    return false;
  }

  /** The model file entry holding a language's list of training names. */
  public static String namesEntry(String language) {
    return language + ".names";
  }

  /** The model file entry holding a language's word classes. */
  public static String classesEntry(String language) {
    return language + ".wordclasses";
  }
}
