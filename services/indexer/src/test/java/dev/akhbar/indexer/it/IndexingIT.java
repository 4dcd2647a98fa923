package dev.akhbar.indexer.it;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EnrichedArticle;
import dev.akhbar.events.Enrichment;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.indexer.TestEvents;
import dev.akhbar.indexer.document.ArticleDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IndexerItProfile.class)
class IndexingIT {
  private static final Instant FETCHED = Instant.parse("2025-02-16T08:00:00Z");

  @Inject ElasticsearchClient es;
  private Pipeline pipeline;

  @BeforeEach
  void open() {
    pipeline = new Pipeline(es);
  }

  @AfterEach
  void close() {
    pipeline.close();
  }

  @Test
  void findsArabicEnglishAndFrenchArticlesByAnInflectedForm() {
    String ar = Pipeline.newId();
    String en = Pipeline.newId();
    String fr = Pipeline.newId();
    pipeline.send(
        TestEvents.article(
            ar,
            "ar",
            "موسكو: اجتماع روسي أمريكي",
            "قالت الخارجية إن الدبلوماسية الروسية نشطة هذا الأسبوع.",
            FETCHED));
    pipeline.send(
        TestEvents.article(
            en, "en", "Talks in Moscow", "Ministers negotiated a ceasefire.", FETCHED));
    pipeline.send(
        TestEvents.article(fr, "fr", "Réunion à Moscou", "Les négociations continuent.", FETCHED));
    pipeline.awaitDocument(ar);
    pipeline.awaitDocument(en);
    pipeline.awaitDocument(fr);
    List<String> all = List.of(ar, en, fr);

    assertThat(pipeline.match("body_ar", "دبلوماسي", all)).containsExactly(ar);
    assertThat(pipeline.match("body", "دبلوماسي", all))
        .as("the standard analyzer alone does not relate the two forms")
        .isEmpty();
    assertThat(pipeline.match("body_en", "negotiating", all)).containsExactly(en);
    assertThat(pipeline.match("body_fr", "négociation", all)).containsExactly(fr);
  }

  @Test
  void aReplayedEventChangesNothing() {
    EnrichedArticle event =
        TestEvents.article(Pipeline.newId(), "ar", "عنوان", "نص المقال", FETCHED);
    pipeline.send(event);
    var first = pipeline.awaitDocument(event.id());

    RecordMetadata replay = pipeline.send(event);
    pipeline.awaitProcessed(replay);

    var copies = pipeline.copies(event.id());
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).version()).isEqualTo(ArticleDocuments.version(event));
    assertThat(copies.get(0).seqNo()).as("not written again").isEqualTo(first.seqNo());
  }

  @Test
  void aReplayWithANewerEnrichmentUpdatesTheDocumentAndAnOlderOneIsIgnored() {
    EnrichedArticle original =
        TestEvents.withEnrichment(
            TestEvents.article(Pipeline.newId(), "en", "Talks", "Body", FETCHED),
            "s-original",
            FETCHED.plusSeconds(2));
    pipeline.send(original);
    pipeline.awaitDocument(original.id());

    // The runbook's replay: the enricher runs again over the same fetch, weeks later.
    EnrichedArticle reEnriched =
        TestEvents.withEnrichment(original, "s-re-enriched", FETCHED.plusSeconds(30 * 86_400));
    pipeline.awaitProcessed(pipeline.send(reEnriched));
    assertThat(pipeline.copies(original.id()))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.source()).containsEntry("story_id", "s-re-enriched");
              assertThat(hit.version()).isEqualTo(ArticleDocuments.version(reEnriched));
            });

    // A late redelivery of an enrichment older than the one indexed changes nothing.
    EnrichedArticle olderEnrichment =
        TestEvents.withEnrichment(original, "s-older", FETCHED.plusSeconds(7 * 86_400));
    pipeline.awaitProcessed(pipeline.send(olderEnrichment));
    // And neither does an older fetch, however recent its enrichment.
    EnrichedArticle olderFetch =
        TestEvents.withEnrichment(
            TestEvents.article(original.id(), "en", "Talks", "Body", FETCHED.minusSeconds(3600)),
            "s-older-fetch",
            FETCHED.plusSeconds(60 * 86_400));
    pipeline.awaitProcessed(pipeline.send(olderFetch));
    assertThat(pipeline.copies(original.id()))
        .singleElement()
        .satisfies(hit -> assertThat(hit.source()).containsEntry("story_id", "s-re-enriched"));
  }

  @Test
  void anOlderVersionNeverOverwritesANewerOne() {
    String id = Pipeline.newId();
    EnrichedArticle newer =
        TestEvents.article(id, "en", "Corrected headline", "Body v2", FETCHED.plusSeconds(3600));
    EnrichedArticle older = TestEvents.article(id, "en", "First headline", "Body v1", FETCHED);
    pipeline.send(newer);
    pipeline.awaitDocument(id);

    pipeline.awaitProcessed(pipeline.send(older));

    var copies = pipeline.copies(id);
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).version()).isEqualTo(ArticleDocuments.version(newer));
    assertThat(copies.get(0).source()).containsEntry("title", "Corrected headline");
  }

  /** The article fetched again a minute later, now with a publication date. */
  private static EnrichedArticle datedLater(String id, String published) {
    return TestEvents.article(
        id,
        "en",
        "Dated",
        "Body",
        FETCHED.plusSeconds(60),
        OffsetDateTime.parse(published),
        List.of());
  }

  private static EnrichedArticle undated(String id) {
    return TestEvents.article(id, "en", "Undated", "Body", FETCHED, null, List.of());
  }

  @Test
  void anArticleWhoseDateMovesToAnotherYearKeepsASingleCopy() {
    String id = Pipeline.newId();
    EnrichedArticle undated = undated(id);
    EnrichedArticle dated = datedLater(id, "2024-12-20T09:00:00Z");
    pipeline.send(undated);
    assertThat(pipeline.awaitDocument(id).index()).isEqualTo(RealInfrastructure.ALIAS + "-2025");

    pipeline.awaitProcessed(pipeline.send(dated));
    var copies = pipeline.copies(id);
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).index()).isEqualTo(RealInfrastructure.ALIAS + "-2024");
    assertThat(copies.get(0).source()).containsEntry("title", "Dated");

    pipeline.awaitProcessed(pipeline.send(undated));
    assertThat(pipeline.copies(id))
        .as("the older, undated version is not written back into 2025")
        .hasSize(1)
        .allMatch(h -> h.index().equals(RealInfrastructure.ALIAS + "-2024"));
  }

  @Test
  void twoVersionsInOneBatchThatChangeYearLeaveASingleCopy() {
    String id = Pipeline.newId();
    pipeline.send(undated(id));
    pipeline.awaitProcessed(
        pipeline.send(
            datedLater(
                id, "2023-06-20T09:00:00Z"))); // within one flush interval: no refresh between
    assertThat(pipeline.copies(id))
        .singleElement()
        .satisfies(h -> assertThat(h.index()).isEqualTo(RealInfrastructure.ALIAS + "-2023"));
  }

  @Test
  void aCopyLeftInAMonthlyIndexByAnEarlierIndexerIsReplacedNotDuplicated() throws Exception {
    EnrichedArticle event = TestEvents.article(Pipeline.newId(), "en", "Migrated", "Body", FETCHED);
    String monthly = RealInfrastructure.ALIAS + "-2025.02";
    es.indices().create(c -> c.index(monthly)); // from the template, as the monthly layout did
    es.index(
        i ->
            i.index(monthly)
                .id(event.id())
                .version(FETCHED.toEpochMilli()) // the legacy version: fetchedAt in ms
                .versionType(VersionType.External)
                .withJson(new StringReader("{\"id\":\"" + event.id() + "\",\"title\":\"Old\"}"))
                .refresh(Refresh.True));

    pipeline.awaitProcessed(pipeline.send(event));
    assertThat(pipeline.copies(event.id()))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.index()).isEqualTo(RealInfrastructure.ALIAS + "-2025");
              assertThat(h.source()).containsEntry("title", "Migrated");
            });
  }

  @Test
  void aMalformedEventGoesToTheDeadLetterTopicAndTheNextIsIndexed() {
    String bad = Pipeline.newId();
    String missingTitle = Pipeline.newId();
    RecordMetadata badRecord = pipeline.sendRaw(bad, "{\"article\": not json");
    pipeline.sendRaw(
        missingTitle,
        "{\"article\":{\"id\":\""
            + missingTitle
            + "\",\"url\":\"https://x.test/a\",\"wordCount\":0,\"fetchedAt\":\"2025-02-16T08:00:00Z\"},"
            + "\"enrichment\":{\"language\":{\"code\":\"ar\",\"confidence\":1}}}");
    EnrichedArticle next = TestEvents.article(Pipeline.newId(), "ar", "عنوان", "نص", FETCHED);
    pipeline.send(next);

    DeadLetter letter = pipeline.awaitDeadLetter(bad);
    assertThat(letter.reason()).contains("Not a valid EnrichedArticle");
    assertThat(letter.payload()).isEqualTo("{\"article\": not json");
    assertThat(letter.sourceTopic()).isEqualTo(RealInfrastructure.NAMES.topic());
    assertThat(letter.offset()).isEqualTo(badRecord.offset());
    assertThat(pipeline.awaitDeadLetter(missingTitle).reason())
        .contains("ParsedArticle.title is required");
    pipeline.awaitDocument(next.id());
  }

  @Test
  void aDocumentElasticsearchRejectsGoesToTheDeadLetterTopicWhileTheRestGoOn() {
    String before = Pipeline.newId();
    String rejected = Pipeline.newId();
    String after = Pipeline.newId();
    pipeline.send(TestEvents.article(before, "fr", "Avant", "Texte", FETCHED));
    RecordMetadata bad =
        pipeline.send(
            TestEvents.article(
                rejected,
                "fr",
                "Lieu impossible",
                "Texte",
                FETCHED,
                OffsetDateTime.parse("2025-02-16T10:30:00+01:00"),
                List.of(new Enrichment.Place("Nulle part", "FR", 200.0, 20.0))));
    pipeline.send(TestEvents.article(after, "fr", "Après", "Texte", FETCHED));

    ConsumerRecord<String, String> record = pipeline.awaitDeadLetterRecord(rejected);
    DeadLetter letter = DeadLetter.from(record);
    // the dead letter keeps the headers of the event it carries: it still names its schema
    EventMetadata event = KafkaHeaders.metadata(record.headers());
    assertThat(event.type()).isEqualTo(CloudEvents.TYPE_ARTICLE_ENRICHED);
    assertThat(event.subject()).isEqualTo(rejected);
    assertThat(event.dataSchema()).isEqualTo(EventType.ENRICHED_ARTICLE.schemaId());
    assertThat(event.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
    assertThat(letter.reason())
        .startsWith("Elasticsearch rejected the document")
        .contains("places.location")
        .contains("latitude");
    assertThat(letter.errorClass()).endsWith("DocumentRejectedException");
    pipeline.awaitDocument(before);
    pipeline.awaitDocument(after);
    pipeline.awaitProcessed(bad);
    assertThat(pipeline.copies(rejected)).isEmpty();
  }

  @Test
  void indexesTheGoldenSampleWithItsEntitiesAndPlaces() {
    EnrichedArticle sample = TestEvents.sample();
    EnrichedArticle event =
        TestEvents.article(
            Pipeline.newId(),
            "ar",
            sample.article().title(),
            sample.article().body(),
            FETCHED,
            sample.article().publishedAt(),
            sample.enrichment().places());
    pipeline.send(event);
    var hit = pipeline.awaitDocument(event.id());
    assertThat(hit.index()).isEqualTo(RealInfrastructure.ALIAS + "-2025");
    @SuppressWarnings("unchecked")
    Map<String, Object> source = hit.source();
    assertThat(source)
        .containsEntry("language", "ar")
        .containsEntry("persons", List.of("سيرجي ريابكوف"));
  }
}
