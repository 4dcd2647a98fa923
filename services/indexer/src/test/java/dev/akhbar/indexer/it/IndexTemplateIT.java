package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.akhbar.indexer.elasticsearch.TemplateInstaller;
import dev.akhbar.indexer.index.IndexLayout;
import dev.akhbar.indexer.index.IndexNames;
import dev.akhbar.indexer.index.IndexTemplate;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexerItProfile.class)
class IndexTemplateIT {
  @Inject ElasticsearchClient es;

  @Test
  void installsTheTemplateAndTheAliasAtStartUp() throws Exception {
    var templates =
        es.indices().getIndexTemplate(g -> g.name(RealInfrastructure.ALIAS)).indexTemplates();
    assertThat(templates).hasSize(1);
    assertThat(templates.get(0).indexTemplate().version()).isEqualTo(3L);
    assertThat(templates.get(0).indexTemplate().indexPatterns())
        .containsExactly(RealInfrastructure.ALIAS + "-*");

    String thisYear =
        new IndexLayout(new IndexNames(RealInfrastructure.ALIAS), 10).current(Instant.now());
    var alias = es.indices().getAlias(a -> a.name(RealInfrastructure.ALIAS));
    assertThat(alias.aliases()).containsKey(thisYear);

    var mapping = es.indices().getMapping(m -> m.index(thisYear)).get(thisYear).mappings();
    assertThat(mapping.properties().get("body_ar").text().analyzer()).isEqualTo("arabic");
    assertThat(mapping.properties().get("body_ar").text().indexOptions())
        .isEqualTo(co.elastic.clients.elasticsearch._types.mapping.IndexOptions.Offsets);
    assertThat(mapping.properties().get("body_en").text().analyzer()).isEqualTo("english");
    assertThat(mapping.properties().get("body_fr").text().analyzer()).isEqualTo("french");
    assertThat(
            mapping.properties().get("places").object().properties().get("location").isGeoPoint())
        .isTrue();
    assertThat(mapping.properties().get("persons").isKeyword()).isTrue();
  }

  @Test
  void installingTheSameVersionAgainChangesNothing() throws Exception {
    IndexNames names = new IndexNames(RealInfrastructure.ALIAS);
    TemplateInstaller again =
        new TemplateInstaller(
            es, IndexTemplate.load(names), new IndexLayout(names, 10), Clock.systemUTC());
    assertThat(again.install()).isEqualTo(TemplateInstaller.Result.UNCHANGED);
  }

  @Test
  void upgradesAnOlderTemplateInPlaceAndNeverDowngradesANewerOne() throws Exception {
    IndexNames names = new IndexNames("akhbar-upgrade-" + RealInfrastructure.RUN);
    IndexTemplate current = IndexTemplate.load(names);
    String oldIndex = names.alias() + "-2020";
    try {
      // Version 0 lacked the key_phrases field and indexed body_ar without offsets; an index was
      // created from it.
      ObjectNode v0 =
          (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(current.json());
      v0.put("version", 0);
      ((ObjectNode) v0.path("template").path("mappings").path("_meta")).put("template_version", 0);
      ObjectNode v0Properties =
          (ObjectNode) v0.path("template").path("mappings").path("properties");
      v0Properties.remove("key_phrases");
      ((ObjectNode) v0Properties.path("body_ar")).remove("index_options");
      es.indices()
          .putIndexTemplate(
              p -> p.name(names.templateName()).withJson(new StringReader(v0.toString())));
      es.indices().create(c -> c.index(oldIndex));
      assertThat(
              es.indices().getMapping(m -> m.index(oldIndex)).get(oldIndex).mappings().properties())
          .doesNotContainKey("key_phrases");

      TemplateInstaller installer =
          new TemplateInstaller(
              es,
              current,
              new IndexLayout(names, 10),
              Clock.fixed(Instant.parse("2020-01-15T00:00:00Z"), ZoneOffset.UTC));
      assertThat(installer.install()).isEqualTo(TemplateInstaller.Result.UPGRADED);
      assertThat(version(names)).isEqualTo(current.version());
      assertThat(
              es.indices().getMapping(m -> m.index(oldIndex)).get(oldIndex).mappings().properties())
          .as("added fields reach the existing indices")
          .containsKey("key_phrases");
      var upgraded = es.indices().getMapping(m -> m.index(oldIndex)).get(oldIndex).mappings();
      assertThat(upgraded.properties().get("body_ar").text().indexOptions())
          .as("a field the index has keeps the parameters it was created with")
          .isNull();
      assertThat(upgraded.meta().get("template_version").to(Long.class))
          .as("the index's _meta keeps the version it was created from")
          .isEqualTo(0L);

      ObjectNode v99 =
          (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(current.json());
      v99.put("version", 99);
      es.indices()
          .putIndexTemplate(
              p -> p.name(names.templateName()).withJson(new StringReader(v99.toString())));
      assertThat(installer.install()).isEqualTo(TemplateInstaller.Result.NEWER_PRESENT);
      assertThat(version(names)).isEqualTo(99L);
    } finally {
      es.indices().delete(d -> d.index(List.of(oldIndex)).ignoreUnavailable(true));
      es.indices().deleteIndexTemplate(d -> d.name(names.templateName()));
    }
  }

  private long version(IndexNames names) throws Exception {
    return es.indices()
        .getIndexTemplate(g -> g.name(names.templateName()))
        .indexTemplates()
        .get(0)
        .indexTemplate()
        .version();
  }
}
