package dev.akhbar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.k8s.wiring.KafkaAccess;
import dev.akhbar.k8s.wiring.ServiceAccessReader;
import dev.akhbar.k8s.wiring.WiringGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyTest {

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyEnvVarADeploymentSetsIsReadByItsServiceAndPortsMatch() {
    List<String> problems = new ArrayList<>();
    Map<String, KafkaAccess> wiring = WiringGenerator.services(Rendered.repo());
    for (ServiceConfig service : Rendered.repo().services()) {
      Rendered.overlays()
          .forEach(
              o ->
                  problems.addAll(
                      Consistency.deploymentMatchesConfig(o, service, wiring.get(service.name()))));
    }
    assertThat(problems).isEmpty();
    assertThat(wiring).containsOnlyKeys(Repo.SERVICES);
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyTopicKeepsItsRecordsAsLongAsTheAsyncApiDocumentPromises() {
    List<String> problems = new ArrayList<>();
    Rendered.overlays()
        .forEach(
            o -> problems.addAll(Consistency.retentionAsPromised(o, Rendered.repo().asyncApi())));
    assertThat(problems).isEmpty();
    Overlay shorter = Yaml.overlay(TOPIC.formatted("akhbar.articles.enriched.v1", 3, ""));
    assertThat(Consistency.retentionAsPromised(shorter, Rendered.repo().asyncApi()))
        .singleElement()
        .asString()
        .contains("retention.ms 1000 but docs/asyncapi.yaml promises 2592000000");
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyReferencedSecretKeyIsDocumentedInOperationsMd() {
    String doc = Rendered.repo().operationsDoc();
    List<String> problems = new ArrayList<>();
    Rendered.overlays()
        .forEach(
            o -> {
              problems.addAll(References.secretKeysDocumented(o, doc));
              problems.addAll(References.wholeSecretMounts(o));
            });
    assertThat(problems).isEmpty();
    assertThat(References.secretKeys(Rendered.overlay("prod")))
        .contains(
            List.of("akhbar-elasticsearch", "api-key"),
            List.of("akhbar-parser", "sasl.jaas.config"));
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyReferencedConfigMapAndKeyIsInTheOverlay() {
    List<String> problems = new ArrayList<>();
    Rendered.overlays().forEach(o -> problems.addAll(References.configMapsExist(o)));
    assertThat(problems).isEmpty();
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void servicesKedaAndStrimziAgreeOnTheClusterListenerAndCredentials() {
    List<String> problems = new ArrayList<>();
    Rendered.overlays().forEach(o -> problems.addAll(Consistency.kafkaWiring(o)));
    assertThat(problems).isEmpty();
    assertThat(Rendered.overlay("dev").find("Kafka", "akhbar")).isPresent();
  }

  @Test
  void flagsAListenerWithoutScramABootstrapOfAnotherClusterAndCredentialsNoUserCreates() {
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata: {name: akhbar}
            spec:
              kafka:
                listeners: [{name: tls, port: 9093, type: internal, tls: true}]
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaUser
            metadata: {name: akhbar-a, labels: {strimzi.io/cluster: akhbar}}
            spec: {authentication: {type: tls}}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: a-env}
            data:
              AKHBAR_KAFKA_BOOTSTRAP: other-kafka-bootstrap:9093
              KAFKA_SECURITY_PROTOCOL: SSL
              KAFKA_SASL_MECHANISM: SCRAM-SHA-512
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: a}
            spec:
              template:
                spec:
                  containers:
                    - name: a
                      env:
                        - {name: J, valueFrom: {secretKeyRef: {name: akhbar-a, key: sasl.jaas.config}}}
            """);
    assertThat(String.join("\n", Consistency.kafkaWiring(overlay)))
        .contains("Secret akhbar-a key sasl.jaas.config is read but no SCRAM-SHA-512 KafkaUser")
        .contains("authorization must be simple")
        .contains("no listener on port 9093 with tls: true and scram-sha-512");
  }

  // --- the checks fail when they should -------------------------------------------------------

  private static final String TOPIC =
      """
      apiVersion: kafka.strimzi.io/v1
      kind: KafkaTopic
      metadata: {name: %s}
      spec:
        partitions: %d
        replicas: 3
        config: {retention.ms: "1000", min.insync.replicas: "2"%s}
      ---
      """;

  @Test
  void flagsAnEnvVarTheServiceDoesNotReadAndAWrongPort(@TempDir Path repo) throws IOException {
    ServiceConfig svc =
        service(
            repo,
            "demo",
            """
            quarkus.http.port=8089
            kafka.bootstrap.servers=${AKHBAR_KAFKA_BOOTSTRAP}
            mp.messaging.incoming.in.connector=smallrye-kafka
            mp.messaging.incoming.in.topic=akhbar.in.v1
            quarkus.log.level=INFO
            """);
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: demo-env}
            data:
              AKHBAR_KAFKA_BOOTSTRAP: k:9093
              KAFKA_SASL_MECHANISM: SCRAM-SHA-512
              KAFKA_SASL_MECHANISMS: typo
              QUARKUS_LOG_LEVEL: DEBUG
              AKHBAR_UNUSED: x
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata: {name: akhbar.in.v1}
            spec: {partitions: 2}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: akhbar-demo}
            spec: {maxReplicas: 4}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: akhbar-demo}
            spec:
              template:
                spec:
                  containers:
                    - name: demo
                      image: reg.example/akhbar/demo:1
                      ports: [{name: http, containerPort: 8080}]
                      envFrom: [{configMapRef: {name: demo-env}}]
                      env:
                        - {name: JAVA_TOOL_OPTIONS, value: -Xss1m}
                        - {name: AKHBAR_SECRET, valueFrom: {secretKeyRef: {name: s, key: k}}}
            """);
    Files.writeString(
        repo.resolve("services/demo/pom.xml"),
        """
        <project>
          <parent><artifactId>akhbar-parent</artifactId></parent>
          <artifactId>akhbar-demo</artifactId>
          <dependencies>
            <dependency><artifactId>quarkus-arc</artifactId></dependency>
          </dependencies>
        </project>
        """);
    String problems =
        String.join(
            "\n", Consistency.deploymentMatchesConfig(overlay, svc, ServiceAccessReader.read(svc)));
    assertThat(problems)
        .contains("may scale to 4 replicas but its input topic has 2 partitions")
        .contains("image reg.example/akhbar/demo:1 is not named after the artifactId akhbar-demo")
        .contains("has no quarkus-smallrye-health")
        .contains("no containerPort 8089")
        .contains("env KAFKA_SASL_MECHANISMS (from ConfigMap demo-env) is not read")
        .contains("env AKHBAR_UNUSED (from ConfigMap demo-env) is not read")
        .contains("env AKHBAR_SECRET (from Secret s) is not read")
        .doesNotContain("KAFKA_SASL_MECHANISM ")
        .doesNotContain("QUARKUS_LOG_LEVEL")
        .doesNotContain("JAVA_TOOL_OPTIONS")
        .doesNotContain("AKHBAR_KAFKA_BOOTSTRAP");
  }

  @Test
  void flagsASecretKeyMissingFromTheDocsAndAWholeSecretMount() {
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              template:
                spec:
                  containers:
                    - name: c
                      env:
                        - {name: A, valueFrom: {secretKeyRef: {name: documented, key: token}}}
                        - {name: B, valueFrom: {secretKeyRef: {name: secret-x, key: hidden}}}
                  volumes:
                    - {name: all, secret: {secretName: everything}}
            """);
    String doc = "| `documented` | `token` | ... |\n| `secret-x` | (key not named) |\n";
    assertThat(References.secretKeysDocumented(overlay, doc))
        .singleElement()
        .asString()
        .contains("Secret secret-x key hidden");
    assertThat(References.wholeSecretMounts(overlay))
        .singleElement()
        .asString()
        .contains("mounts Secret everything whole");
  }

  @Test
  void flagsAConfigMapOrKeyThatIsNotInTheOverlay() {
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: present}
            data: {a: "1"}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              template:
                spec:
                  containers:
                    - name: c
                      env:
                        - {name: A, valueFrom: {configMapKeyRef: {name: present, key: a}}}
                        - {name: B, valueFrom: {configMapKeyRef: {name: absent, key: b}}}
                  volumes:
                    - name: v
                      configMap: {name: present, items: [{key: missing, path: m}]}
            """);
    assertThat(References.configMapsExist(overlay))
        .containsExactlyInAnyOrder(
            "test: Deployment/d: ConfigMap absent is not in the overlay",
            "test: Deployment/d: ConfigMap present has no key missing");
  }

  static ServiceConfig service(Path repo, String name, String properties) throws IOException {
    Path res = repo.resolve("services").resolve(name).resolve("src/main/resources");
    Files.createDirectories(res);
    Files.writeString(res.resolve("application.properties"), properties);
    return ServiceConfig.load(repo, name).orElseThrow();
  }
}
