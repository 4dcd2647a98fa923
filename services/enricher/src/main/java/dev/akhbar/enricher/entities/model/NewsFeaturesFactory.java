package dev.akhbar.enricher.entities.model;

import dev.akhbar.enricher.entities.Gazetteer;
import dev.akhbar.enricher.entities.Lexicon;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Builds {@link NewsFeatures} from the model's feature descriptor ({@code <generator
 * class="dev.akhbar.enricher.entities.model.NewsFeaturesFactory"><str name="language">ar</str><str
 * name="classes">ar.wordclasses</str></generator>}); the word classes and the name list ({@code
 * ar.names}) come from the model file.
 */
public final class NewsFeaturesFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  public NewsFeaturesFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr("classes");
    Object classes = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(classes instanceof WordClasses wc)) {
      throw new InvalidFormatException("the model lacks its word classes " + key);
    }
    String language = getStr("language");
    Object names = resourceManager.getResource(NameTagger.namesEntry(language));
    return new NewsFeatures(
        language.equals("ar"),
        wc,
        names instanceof NameList list ? list : null,
        Lexicon.shared(),
        Gazetteer.shared());
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping()
      throws InvalidFormatException {
    // OpenNLP looks serializers up by the entry's extension when it writes and reads a model
    return Map.of("wordclasses", new WordClasses.Serializer(), "names", new NameList.Serializer());
  }
}
