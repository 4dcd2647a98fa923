package dev.akhbar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

  @Test
  void readsThePortAndEnvReferencesOfTheProdProfile(@TempDir Path repo) throws IOException {
    ServiceConfig svc =
        ConsistencyTest.service(
            repo,
            "parser",
            """
            quarkus.application.name=akhbar-parser
            quarkus.http.port=8082
            %test.quarkus.http.port=0
            kafka.bootstrap.servers=${AKHBAR_KAFKA_BOOTSTRAP}
            %test.kafka.bootstrap.servers=${akhbar.kafka.bootstrap:${AKHBAR_TEST_BOOTSTRAP:127.0.0.1:19092}}
            mp.messaging.incoming.raw.topic=akhbar.pages.raw.v1
            mp.messaging.incoming.raw.group.id=${AKHBAR_PARSER_GROUP:akhbar-parser}
            mp.messaging.incoming.raw.dead-letter-queue.topic=akhbar.parser.dlq.v1
            mp.messaging.incoming.other.topic=akhbar.other.v1
            mp.messaging.outgoing.parsed.topic=akhbar.articles.parsed.v1
            %dev.mp.messaging.outgoing.parsed.topic=akhbar.dev-only.v1
            """);
    assertThat(svc.httpPort()).isEqualTo(8082);
    assertThat(svc.resolved("mp.messaging.outgoing.parsed.topic"))
        .contains("akhbar.articles.parsed.v1");
    assertThat(svc.resolved("mp.messaging.incoming.raw.group.id")).contains("akhbar-parser");
    assertThat(svc.envReferences())
        .contains("AKHBAR_KAFKA_BOOTSTRAP", "AKHBAR_PARSER_GROUP", "AKHBAR_TEST_BOOTSTRAP");
  }

  @Test
  void findsEnvVarsAndConfigKeysNamedInTheCode(@TempDir Path repo) throws IOException {
    ServiceConfig.load(repo, "fetcher"); // no properties yet: nothing to load
    assertThat(ServiceConfig.load(repo, "fetcher")).isEmpty();
    Path src = repo.resolve("services/fetcher/src/main/java/dev/demo");
    Files.createDirectories(src);
    Files.writeString(
        src.resolve("Config.java"),
        """
        interface Config {
          @WithDefault("akhbar.fetch.seen.v1") String topic();
          String KEY = "akhbar.es.api-key";
          String ENV = System.getenv("AKHBAR_FROM_CODE");
        }
        """);
    ServiceConfig svc =
        ConsistencyTest.service(repo, "fetcher", "quarkus.application.name=akhbar-fetcher\n");
    assertThat(svc.envReferences()).contains("AKHBAR_FROM_CODE");
    assertThat(Consistency.readBy("AKHBAR_ES_API_KEY", svc)).isNotNull();
    assertThat(Consistency.readBy("AKHBAR_ES_API_KEYS", svc)).isNull();
    assertThat(svc.httpPort()).isEqualTo(8080);
  }

  @Test
  void mapsKafkaEnvVarsToRealClientProperties(@TempDir Path repo) throws IOException {
    ServiceConfig svc = ConsistencyTest.service(repo, "demo", "a=b\n");
    assertThat(Consistency.readBy("KAFKA_SASL_JAAS_CONFIG", svc)).contains("sasl.jaas.config");
    assertThat(Consistency.readBy("KAFKA_SSL_TRUSTSTORE_LOCATION", svc))
        .contains("ssl.truststore.location");
    assertThat(Consistency.readBy("KAFKA_SASL_JASS_CONFIG", svc)).isNull();
  }
}
