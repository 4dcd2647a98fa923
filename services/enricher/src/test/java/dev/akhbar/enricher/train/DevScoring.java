package dev.akhbar.enricher.train;

import dev.akhbar.enricher.conll.ConllDocument;
import dev.akhbar.enricher.conll.ConllErrors;
import dev.akhbar.enricher.conll.ConllScore;
import dev.akhbar.enricher.entities.EntityRecognizer;
import dev.akhbar.enricher.entities.Found;
import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.Lexicon;
import dev.akhbar.enricher.entities.model.NameTagger;
import dev.akhbar.enricher.text.Token;
import dev.akhbar.enricher.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Development precision/recall/F1 of a split (exact match, conlleval rules, PER/LOC/ORG), printed
 * for the model alone and for the enricher's whole recogniser, with its errors by kind; every
 * difference from the gold goes to target/ner-dev-differences-&lt;lang&gt;-&lt;split&gt;.txt, the
 * counts of every sentence to target/ner-dev-counts-&lt;lang&gt;-&lt;split&gt;.tsv ({@link
 * DevCounts}); with {@code ner.compare=<folder>} the split is compared with the counts file of the
 * same name in that folder (a baseline run's target/) by a paired bootstrap.
 */
final class DevScoring {
  private DevScoring() {}

  /** Development scores of one split: the model alone and the whole recogniser. */
  record DevScores(String split, ConllScore model, ConllScore enricher) {}

  static DevScores score(
      String lang, TokenNameFinderModel model, DevSplits.Split split, int index, Path compare)
      throws IOException {
    List<ConllDocument> devDocs = ConllDocument.group(split.dev(), ConllDocument.ARTICLE_CHARS);
    NameTagger tagger = new NameTagger(Map.of(lang, model));
    ConllScore modelAlone = new ConllScore();
    ConllScore enricher = new ConllScore();
    EntityRecognizer recognizer =
        new EntityRecognizer(tagger, Gazetteer.shared(), Lexicon.shared());
    StringBuilder errors = new StringBuilder();
    ConllErrors kinds = new ConllErrors();
    DevCounts counts = DevCounts.empty();
    for (ConllDocument d : devDocs) {
      List<Token> tokens = Tokenizer.tokenize(d.text());
      List<ConllScore.Mention> m = new ArrayList<>();
      for (NameTagger.Tag t : tagger.tag(d.text(), tokens, lang)) {
        m.add(
            new ConllScore.Mention(
                code(t.type().name()),
                tokens.get(t.first()).start(),
                tokens.get(t.last() - 1).end()));
      }
      modelAlone.add(d, m);
      List<ConllScore.Mention> e = new ArrayList<>();
      for (Found f : recognizer.recognize(d.text(), lang).mentions()) {
        e.add(new ConllScore.Mention(code(f.type().name()), f.start(), f.end()));
      }
      enricher.add(d, e);
      counts.add(d, ConllScore.sentenceCounts(d, m), ConllScore.sentenceCounts(d, e));
      kinds.add(d, e);
      ConllScore.differences(d, e, errors);
    }
    modelAlone.print(System.out, lang + " DEVELOPMENT, model alone (" + split.name() + ")");
    enricher.print(System.out, lang + " DEVELOPMENT, enricher recogniser (model + post-passes)");
    kinds.print(System.out, "enricher recogniser (spurious: by predicted type)");
    Path errorFile = Path.of("target/ner-dev-differences-" + lang + "-" + index + ".txt");
    Files.createDirectories(errorFile.toAbsolutePath().getParent());
    Files.writeString(errorFile, errors);
    System.out.println("differences from the development gold: " + errorFile.toAbsolutePath());
    String countsName = countsFile(lang, index);
    Path countsFile = Path.of("target", countsName);
    counts.write(countsFile);
    System.out.println("counts per sentence: " + countsFile.toAbsolutePath());
    if (compare != null) {
      DevCounts.compare(
          DevCounts.read(compare.resolve(countsName)),
          counts,
          lang + " DEVELOPMENT (" + split.name() + ")",
          System.out);
    }
    return new DevScores(split.name(), modelAlone, enricher);
  }

  /** The name of a split's counts file ({@link DevCounts}), in target/ or a baseline folder. */
  static String countsFile(String lang, int index) {
    return "ner-dev-counts-" + lang + "-" + index + ".tsv";
  }

  /** The CoNLL type of an enricher entity type. */
  static String code(String entityType) {
    return switch (entityType) {
      case "PERSON" -> "PER";
      case "LOCATION" -> "LOC";
      default -> "ORG";
    };
  }
}
