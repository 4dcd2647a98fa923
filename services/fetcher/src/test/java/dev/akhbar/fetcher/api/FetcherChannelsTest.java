package dev.akhbar.fetcher.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.akhbar.events.ArticleId;
import dev.akhbar.events.CloudEvents;
import dev.akhbar.events.EventMetadata;
import dev.akhbar.events.EventType;
import dev.akhbar.events.InvalidEventException;
import dev.akhbar.events.KafkaHeaders;
import dev.akhbar.events.testing.EventSchemas;
import dev.akhbar.fetcher.Channels;
import dev.akhbar.fetcher.testing.DemoCorpus;
import dev.akhbar.fetcher.testing.ImportApi;
import dev.akhbar.testsupport.InMemoryChannels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Quarkus wiring, with in-memory channels instead of Kafka. */
@QuarkusTest
@QuarkusTestResource(
    value = InMemoryChannels.class,
    restrictToAnnotatedClass = true,
    initArgs = {
      @ResourceArg(name = InMemoryChannels.INCOMING, value = Channels.FETCH_REQUESTS),
      @ResourceArg(
          name = InMemoryChannels.OUTGOING,
          value = Channels.RAW_PAGES + "," + Channels.FETCH_DLQ),
      @ResourceArg(name = "akhbar.fetcher.seen.store", value = "memory"),
      @ResourceArg(name = "akhbar.fetcher.import.paths", value = "")
    })
class FetcherChannelsTest {
  @Inject @Any InMemoryConnector connector;

  @BeforeEach
  void clear() {
    connector.sink(Channels.RAW_PAGES).clear();
    connector.sink(Channels.FETCH_DLQ).clear();
  }

  @Test
  void postImportEmitsOneKeyedCloudEventPerDemoPage() {
    ImportApi.importAndWait(
            "{\"path\": \""
                + DemoCorpus.folder()
                + "\", \"sourceId\": \"akhbar-demo\", \"force\": true}")
        .body("pages", equalTo(4))
        .body("skipped", equalTo(0))
        .body("deadLettered", equalTo(0))
        .body("filesTotal", equalTo(4));

    InMemorySink<String> pages = connector.sink(Channels.RAW_PAGES);
    assertThat(pages.received()).hasSize(4);
    for (Message<String> m : pages.received()) {
      EventSchemas.assertValid(EventType.RAW_PAGE, m.getPayload());
      OutgoingKafkaRecordMetadata<?> kafka =
          m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
      String key = (String) kafka.getKey();
      EventMetadata ce = KafkaHeaders.metadata(kafka.getHeaders());
      assertThat(key).matches("[0-9a-f]{32}");
      assertThat(ce.subject()).isEqualTo(key);
      assertThat(ce.type()).isEqualTo(CloudEvents.TYPE_PAGE_RAW);
      assertThat(ce.source()).isEqualTo(CloudEvents.SOURCE_FETCHER);
      assertThat(ce.dataSchema()).isEqualTo(EventType.RAW_PAGE.schemaId());
      assertThat(ce.dataContentType()).isEqualTo(CloudEvents.CONTENT_TYPE_JSON);
      assertThat(m.getPayload()).contains("\"id\":\"" + key + "\"");
    }
    assertThat(pages.received())
        .extracting(m -> m.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getKey())
        .contains(ArticleId.of("https://akhbar-demo.example/2025/02/16/moscow-us-meeting/"));
  }

  @Test
  void aSecondImportWithoutForceSkipsWhatWasSeen() {
    String body = "{\"path\": \"" + DemoCorpus.folder() + "\", \"force\": %s}";
    ImportApi.importAndWait(body.formatted("true"));

    ImportApi.importAndWait(body.formatted("false"))
        .body("pages", equalTo(0))
        .body("skipped", equalTo(4));
  }

  @Test
  void importOfAMissingPathIsABadRequestWithTheReason() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"path\": \"/no/such/folder\"}")
        .post("/import")
        .then()
        .statusCode(400)
        .body("error", containsString("No such file or folder"));
  }

  @Test
  void importReadsOnlyUnderTheImportRoots() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"path\": \"/etc\"}")
        .post("/import")
        .then()
        .statusCode(403)
        .body("error", containsString("Not under an import root"));
  }

  @Test
  void anUnknownImportIsNotFound() {
    given().get("/import/no-such-job").then().statusCode(404);
  }

  @Test
  void postFetchRefusesNonHttpUrls() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"file:///etc/passwd\"}")
        .post("/fetch")
        .then()
        .statusCode(400);
  }

  @Test
  void aMalformedFetchRequestIsNackedWithItsReason() {
    CompletableFuture<Throwable> nacked = new CompletableFuture<>();
    Message<String> bad =
        Message.of("{\"sourceId\": \"no-url\"}")
            .withNack(
                e -> {
                  nacked.complete(e);
                  return CompletableFuture.completedFuture(null);
                });

    connector.source(Channels.FETCH_REQUESTS).send(bad);

    await().atMost(Duration.ofSeconds(10)).until(nacked::isDone);
    assertThat(nacked.join()).isInstanceOf(InvalidEventException.class).hasMessageContaining("url");
  }

  @Test
  void openApiDescribesImportAndFetch() {
    String spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

    assertThat(spec).contains("\"/import\"").contains("\"/fetch\"");
  }
}
