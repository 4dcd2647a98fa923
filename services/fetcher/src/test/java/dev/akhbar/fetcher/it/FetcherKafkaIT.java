package dev.akhbar.fetcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.FetchRequest;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.RawPage;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.fetcher.testing.DemoCorpus;
import dev.akhbar.fetcher.testing.ImportApi;
import dev.akhbar.fetcher.testing.Kafka;
import dev.akhbar.fetcher.testing.LocalWebServer;
import dev.akhbar.fetcher.testing.OwnKafkaTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** The fetcher app against the real broker, on topics of this test run. */
@QuarkusTest
@QuarkusTestResource(value = OwnKafkaTopics.class, restrictToAnnotatedClass = true)
class FetcherKafkaIT {
  static final String RAW = OwnKafkaTopics.RAW;
  static final String REQUESTS = OwnKafkaTopics.REQUESTS;
  static final String DLQ = OwnKafkaTopics.DLQ;

  @Test
  void importingTheDemoCorpusWritesFourKeyedCloudEvents() {
    ImportApi.importAndWait(
            "{\"path\": \""
                + DemoCorpus.folder()
                + "\", \"sourceId\": \"akhbar-demo\", \"force\": true}")
        .body("pages", equalTo(4));

    List<ConsumerRecord<String, String>> records =
        Kafka.read(
            RAW,
            4,
            r -> r.value().contains("\"sourceId\":\"akhbar-demo\""),
            Duration.ofSeconds(30));

    assertThat(records).hasSize(4);
    Set<String> keys = records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    assertThat(keys)
        .contains(ArticleId.of("https://akhbar-demo.example/2025/02/16/moscow-us-meeting/"));
    for (ConsumerRecord<String, String> r : records) {
      RawPage page = EventCodec.read(r.value(), RawPage.class);
      EventSchemas.assertValid(page);
      assertThat(r.key()).isEqualTo(page.id()).isEqualTo(ArticleId.of(page.url()));
      assertThat(header(r, CloudEvents.HEADER_SPECVERSION)).isEqualTo("1.0");
      assertThat(header(r, CloudEvents.HEADER_TYPE)).isEqualTo(CloudEvents.TYPE_PAGE_RAW);
      assertThat(header(r, CloudEvents.HEADER_SOURCE)).isEqualTo(CloudEvents.SOURCE_FETCHER);
      assertThat(header(r, CloudEvents.HEADER_SUBJECT)).isEqualTo(page.id());
      assertThat(header(r, CloudEvents.HEADER_ID)).isNotBlank();
      assertThat(header(r, CloudEvents.HEADER_TIME)).isNotBlank();
      EventMetadata event = KafkaHeaders.metadata(r.headers());
      assertThat(event.type()).isEqualTo(CloudEvents.TYPE_PAGE_RAW);
      assertThat(event.subject()).isEqualTo(page.id());
      assertThat(event.time()).isEqualTo(page.fetchedAt());
      assertThat(event.dataSchema()).isEqualTo(EventType.RAW_PAGE.schemaId());
      assertThat(event.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
      assertThat(header(r, CloudEvents.HEADER_CONTENT_TYPE)).isEqualTo("application/json");
    }
  }

  @Test
  void servesTheSchemaEveryEventNamesInItsDataschema() {
    String schemaId = EventType.RAW_PAGE.schemaId();
    String path = "/schemas/" + EventType.RAW_PAGE.schemaFile();
    assertThat(schemaId).endsWith(path);
    String served =
        RestAssured.given().get(path).then().statusCode(200).extract().body().asString();
    assertThat(served).isEqualTo(dev.akhbar.events.EventSchemas.schemaText(EventType.RAW_PAGE));
    RestAssured.given().get("/schemas/no-such.v1.json").then().statusCode(404);
  }

  @Test
  void aMalformedFetchRequestLandsOnTheDeadLetterTopicWithItsReason() throws Exception {
    String key = "malformed-" + System.nanoTime();
    Kafka.send(REQUESTS, key, "{\"sourceId\": \"no url here\"}");
    String notHttp = "not-http-" + System.nanoTime();
    Kafka.send(REQUESTS, notHttp, "{\"url\": \"file:///etc/passwd\"}");

    List<ConsumerRecord<String, String>> dead =
        Kafka.read(
            DLQ, 2, r -> key.equals(r.key()) || notHttp.equals(r.key()), Duration.ofSeconds(60));

    assertThat(dead).hasSize(2);
    Map<String, DeadLetter> byKey =
        dead.stream().map(DeadLetter::from).collect(Collectors.toMap(DeadLetter::key, d -> d));
    assertThat(byKey.get(key).reason()).contains("FetchRequest.url is required");
    assertThat(byKey.get(key).payload()).isEqualTo("{\"sourceId\": \"no url here\"}");
    assertThat(byKey.get(key).sourceTopic()).isEqualTo(REQUESTS);
    assertThat(byKey.get(notHttp).reason()).contains("Only http and https");
  }

  @Test
  void aFetchRequestFromTheTopicBecomesARawPage() throws Exception {
    try (LocalWebServer site = new LocalWebServer()) {
      site.page("/robots.txt", "text/plain", "");
      site.page("/k1", "text/html; charset=utf-8", "<html><body><p>من كافكا</p></body></html>");
      String url = site.url("/k1");

      Kafka.send(REQUESTS, ArticleId.of(url), EventCodec.write(new FetchRequest(url, "it", null)));

      List<ConsumerRecord<String, String>> records =
          Kafka.read(RAW, 1, r -> ArticleId.of(url).equals(r.key()), Duration.ofSeconds(60));
      assertThat(records).hasSize(1);
      RawPage page = EventCodec.read(records.get(0).value(), RawPage.class);
      EventSchemas.assertValid(page);
      assertThat(page.sourceId()).isEqualTo("it");
      assertThat(page.body()).contains("من كافكا");
      assertThat(site.paths()).containsExactly("/robots.txt", "/k1");
    }
  }

  @Test
  void aPageGivenUpOnIsADeadLetterThatNamesItsSchema() throws Exception {
    try (LocalWebServer site = new LocalWebServer()) {
      site.page("/robots.txt", "text/plain", "");
      String url = site.url("/gone-" + System.nanoTime());

      Kafka.send(REQUESTS, ArticleId.of(url), EventCodec.write(new FetchRequest(url, "it", null)));

      List<ConsumerRecord<String, String>> dead =
          Kafka.read(DLQ, 1, r -> ArticleId.of(url).equals(r.key()), Duration.ofSeconds(60));
      assertThat(dead).hasSize(1);
      ConsumerRecord<String, String> record = dead.get(0);
      assertThat(EventCodec.read(record.value(), FetchRequest.class).url()).isEqualTo(url);
      assertThat(DeadLetter.from(record).reason()).contains("404");
      EventMetadata event = KafkaHeaders.metadata(record.headers());
      assertThat(event.type()).isEqualTo(CloudEvents.TYPE_FETCH_REQUESTED);
      assertThat(event.source()).isEqualTo(CloudEvents.SOURCE_FETCHER);
      assertThat(event.subject()).isEqualTo(ArticleId.of(url));
      assertThat(event.dataSchema()).isEqualTo(EventType.FETCH_REQUEST.schemaId());
      assertThat(event.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
    }
  }

  private static String header(ConsumerRecord<String, String> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
