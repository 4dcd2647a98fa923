package dev.akhbar.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InfraTest {
  @Test
  void theSystemPropertyComesFirstThenTheEnvironmentThenTheLocalInfrastructure() {
    Map<String, String> env =
        Map.of("AKHBAR_KAFKA_BOOTSTRAP", "k:1", "AKHBAR_ES_URL", "http://e:2");
    assertThat(Infra.kafkaBootstrap("p:9", env)).isEqualTo("p:9");
    assertThat(Infra.kafkaBootstrap(null, env)).isEqualTo("k:1");
    assertThat(Infra.kafkaBootstrap(" ", Map.of())).isEqualTo("127.0.0.1:19092");
    assertThat(Infra.esUrl("http://p:9", env)).isEqualTo("http://p:9");
    assertThat(Infra.esUrl(null, env)).isEqualTo("http://e:2");
    assertThat(Infra.esUrl(null, Map.of())).isEqualTo("http://127.0.0.1:19200");
  }

  @Test
  void theLocalDefaultsFollowThePortsOfThisCheckoutsInfrastructure() {
    Map<String, String> env =
        Map.of("AKHBAR_INFRA_KAFKA_PORT", "26092", "AKHBAR_INFRA_ES_PORT", "26200");
    assertThat(Infra.kafkaBootstrap(null, env)).isEqualTo("127.0.0.1:26092");
    assertThat(Infra.esUrl(null, env)).isEqualTo("http://127.0.0.1:26200");
  }

  @Test
  void theRunIdIsOneNameForThisJvmAndLegalInATopicName() {
    assertThat(Infra.runId()).isEqualTo(Infra.runId()).matches("[0-9]+-[0-9]+");
  }

  @Test
  void theCheckoutIsFoundAboveTheModule() {
    assertThat(Infra.infraScript()).isExecutable();
    assertThat(Infra.repoRoot().resolve("services/test-support/pom.xml")).exists();
  }
}
