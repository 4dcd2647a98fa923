package dev.akhbar.fetcher.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.akhbar.events.DeadLetter;
import dev.akhbar.events.EventCodec;
import dev.akhbar.events.RawPage;
import dev.akhbar.fetcher.testing.ImportApi;
import dev.akhbar.fetcher.testing.Kafka;
import dev.akhbar.fetcher.testing.LocalBroker;
import dev.akhbar.fetcher.testing.OwnKafkaTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the real broker in the middle of an import, restarted after a pause: the import waits
 * (readiness says why, liveness stays up), resumes by itself, and every page reaches the raw-page
 * topic at least once; none is lost, none is dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(value = OwnKafkaTopics.class, restrictToAnnotatedClass = true)
class BrokerOutageIT {
  private static final int PAGES = 300;

  /** 15 s in make test; -Dakhbar.it.outage-seconds=90 for the scenario. */
  private static final Duration OUTAGE =
      Duration.ofSeconds(Long.getLong("akhbar.it.outage-seconds", 15));

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void anImportWaitsForAKilledBrokerAndLosesNoPage(@TempDir Path dir) throws Exception {
    assumeTrue(LocalBroker.isLocal(), "needs the broker of deploy/local, which this test kills");
    String sourceId = "outage-" + System.nanoTime();
    for (int i = 0; i < PAGES; i++) {
      Files.writeString(dir.resolve("p" + i + ".html"), page(sourceId, i));
    }

    String id =
        ImportApi.start(
            "{\"path\": \"" + dir + "\", \"sourceId\": \"" + sourceId + "\", \"force\": true}");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> status(id).getLong("pages") >= 20);

    long killedAt = System.nanoTime();
    try {
      LocalBroker.kill9();
      await("readiness says the fetcher waits for Kafka")
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> given().get("/q/health/ready").then().extract().asString().contains("Kafka: "));
      assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(503);
      JsonPath during = status(id);
      assertThat(during.getString("state")).isEqualTo("running");
      assertThat(during.getString("waiting")).isNotBlank();
      assertThat(during.getLong("pages")).isLessThan(PAGES);
      Duration left = OUTAGE.minusNanos(System.nanoTime() - killedAt);
      if (!left.isNegative()) {
        await("liveness stays up while the broker is away")
            .during(left)
            .atMost(left.plusSeconds(10))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> given().get("/q/health/live").statusCode() == 200);
      }
    } finally {
      LocalBroker.restart();
    }

    JsonPath done =
        await("the import resumes by itself and ends")
            .atMost(Duration.ofMinutes(4))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () -> {
                  assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
                  return status(id, 5);
                },
                s -> !s.getString("state").equals("running"));

    assertThat(done.getString("state")).isEqualTo("done");
    assertThat(done.getLong("pages")).isEqualTo(PAGES);
    assertThat(done.getLong("deadLettered")).isZero();
    await("ready again")
        .atMost(Duration.ofSeconds(60))
        .until(() -> given().get("/q/health/ready").statusCode() == 200);

    List<ConsumerRecord<String, String>> raw =
        Kafka.read(
            OwnKafkaTopics.RAW,
            Integer.MAX_VALUE,
            r -> r.value().contains(sourceId),
            Duration.ofSeconds(10));
    Set<String> urls = new HashSet<>();
    raw.forEach(r -> urls.add(EventCodec.read(r.value(), RawPage.class).url()));
    List<DeadLetter> dead =
        Kafka.read(
                OwnKafkaTopics.DLQ,
                Integer.MAX_VALUE,
                r -> r.value().contains(sourceId),
                Duration.ofSeconds(5))
            .stream()
            .map(DeadLetter::from)
            .toList();
    System.out.printf(
        "BrokerOutageIT: broker down %d s; %d pages, %d raw-page records (%d duplicates), %d dead letters%n",
        OUTAGE.toSeconds(), PAGES, raw.size(), raw.size() - urls.size(), dead.size());
    assertThat(urls).hasSize(PAGES);
    assertThat(dead).isEmpty();
  }

  private static String page(String sourceId, int i) {
    return "<html><head><link rel=canonical href='https://outage.example/"
        + sourceId
        + "/p"
        + i
        + "'></head><body><article><p>"
        + "Page ".repeat(200)
        + i
        + "</p></article></body></html>";
  }

  private static JsonPath status(String id) {
    return status(id, 0);
  }

  private static JsonPath status(String id, int wait) {
    return JsonPath.from(
        given().get("/import/" + id + "?wait=" + wait).then().statusCode(200).extract().asString());
  }
}
