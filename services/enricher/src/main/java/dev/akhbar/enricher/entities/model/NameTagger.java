package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.events.Enrichment.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * The trained name finders (one per language, OpenNLP name-finder models trained by {@code make
 * train-ner}) applied to the enricher's tokens through {@link SequenceDecoder}. A body is tagged
 * paragraph by paragraph (a newline between two tokens ends a sequence), which is also how the
 * training text was cut, and the features' memory of earlier names is cleared per body.
 * Thread-safe: each thread has its own features over the shared models.
 */
public final class NameTagger {
  /** The models shipped in the enricher (see NOTICE and README "Named entities"). */
  public static final String RESOURCE = "/dev/akhbar/enricher/entities/model/ner-%s.bin";

  /** A name over tokens {@code [first, last)} of the body. */
  public record Tag(EntityType type, int first, int last) {}

  private final Map<String, TokenNameFinderModel> models;
  private final Map<String, SequenceDecoder> decoders = new HashMap<>();
  private final ThreadLocal<Map<String, NewsFeatures>> features;
  private final List<WordClasses> classes = new ArrayList<>();

  public NameTagger(Map<String, TokenNameFinderModel> models) {
    this.models = Map.copyOf(models);
    models.forEach(
        (lang, model) -> {
          requireBio(model, lang);
          classes.add(classes(model, lang));
          decoders.put(lang, new SequenceDecoder(maxent(model, lang), beamSize(model)));
        });
    this.features =
        ThreadLocal.withInitial(
            () -> {
              Map<String, NewsFeatures> m = new HashMap<>();
              this.models.forEach((lang, model) -> m.put(lang, features(model, lang)));
              return m;
            });
  }

  /** The features the model was trained with, built from the entries of its file. */
  static NewsFeatures features(TokenNameFinderModel model, String lang) {
    String descriptor =
        model.getArtifact(DESCRIPTOR_ENTRY) instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8)
            : "";
    if (!descriptor.contains(NewsFeaturesFactory.class.getName())
        || descriptor.split("<generator ").length != 2) {
      throw new IllegalStateException(
          "the " + lang + " model was trained with other features: retrain it (make train-ner)");
    }
    return new NewsFeatures(
        lang.equals("ar"),
        classes(model, lang),
        model.getArtifact(namesEntry(lang)) instanceof NameList names ? names : null,
        Lexicon.shared(),
        Gazetteer.shared());
  }

  /**
   * {@link SequenceDecoder} knows BIO outcomes only (type-start, type-cont, other): a model trained
   * with another codec (ner.codec=BILOU) would be decoded wrongly, so it is refused at load.
   */
  static void requireBio(TokenNameFinderModel model, String lang) {
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    if (!(codec instanceof BioCodec)) {
      throw new IllegalStateException(
          "the "
              + lang
              + " name-finder model was trained with the sequence codec "
              + codec.getClass().getName()
              + "; the enricher decodes BIO only: retrain it with ner.codec=BIO (make train-ner)");
    }
  }

  private static WordClasses classes(TokenNameFinderModel model, String lang) {
    if (model.getArtifact(classesEntry(lang)) instanceof WordClasses wc) {
      return wc;
    }
    throw new IllegalStateException("the " + lang + " model lacks its word classes");
  }

  private static AbstractModel maxent(TokenNameFinderModel model, String lang) {
    if (model.getArtifact(MODEL_ENTRY) instanceof AbstractModel m) {
      return m;
    }
    throw new IllegalStateException("the " + lang + " model is not a maximum-entropy model");
  }

  /** The beam the model was trained for (its manifest's BeamSize; OpenNLP's default 3). */
  static int beamSize(TokenNameFinderModel model) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
  }

  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

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
    SequenceDecoder decoder = decoders.get(lang);
    NewsFeatures f = features.get().get(lang);
    f.clearAdaptiveData();
    List<Tag> tags = new ArrayList<>();
    for (int[] seq : sequences(body, tokens)) {
      String[] words = new String[seq[1] - seq[0]];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(seq[0] + i).text();
      }
      int[] best = decoder.decode(words, f);
      String[] outcomes = new String[best.length];
      for (int i = 0; i < best.length; i++) {
        outcomes[i] = decoder.outcome(best[i]);
      }
      f.updateAdaptiveData(words, outcomes);
      for (Span s : new BioCodec().decode(List.of(outcomes))) {
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
