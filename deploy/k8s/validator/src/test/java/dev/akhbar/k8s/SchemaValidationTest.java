package dev.akhbar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SchemaValidationTest {
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: demo
      spec:
        replicas: %s
        selector:
          matchLabels: {app: demo}
        template:
          metadata:
            labels: {app: demo}
          spec:
            containers:
              - name: demo
                image: demo:1
                %s
      """;

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyRenderedObjectOfEveryOverlayMatchesItsSchema() {
    List<String> problems = new ArrayList<>();
    for (Overlay overlay : Rendered.overlays()) {
      overlay.objects().forEach(o -> problems.addAll(VALIDATOR.validate(o)));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void acceptsAValidDeployment() {
    assertThat(
            VALIDATOR.validate(Yaml.object(DEPLOYMENT.formatted("2", "imagePullPolicy: Always"))))
        .isEmpty();
  }

  @Test
  void rejectsAFieldTheKubernetesApiDoesNotHave() {
    assertThat(
            VALIDATOR.validate(Yaml.object(DEPLOYMENT.formatted("2", "imagePullPolicyy: Always"))))
        .singleElement()
        .asString()
        .contains("unknown field \"imagePullPolicyy\"")
        .contains(".spec.template.spec.containers[0]");
  }

  @Test
  void rejectsAContainerWithoutImageAndAServiceWithoutPorts() {
    var deployment =
        VALIDATOR.validate(
            Yaml.object(
                DEPLOYMENT.formatted("1", "imagePullPolicy: Always").replace("image: demo:1", "")));
    assertThat(deployment)
        .singleElement()
        .asString()
        .contains("required field .spec.template.spec.containers[0].image is missing");
    var service =
        VALIDATOR.validate(
            Yaml.object(
                """
                apiVersion: v1
                kind: Service
                metadata: {name: demo}
                spec: {selector: {app: demo}}
                """));
    assertThat(service).singleElement().asString().contains("required field .spec.ports");
  }

  @Test
  void rejectsAStringWhereTheApiWantsAnInteger() {
    assertThat(VALIDATOR.validate(Yaml.object(DEPLOYMENT.formatted("\"2\"", "image: demo:2"))))
        .singleElement()
        .asString()
        .contains(".spec.replicas");
  }

  @Test
  void rejectsAnInvalidNameAndLabelValue() {
    var problems =
        VALIDATOR.validate(
            Yaml.object(
                """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: Not_A_Name
                  labels: {app: "has spaces"}
                data: {a: b}
                """));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).contains("DNS-1123");
    assertThat(problems.get(1)).contains("invalid value for label app");
  }

  @Test
  void rejectsAKafkaTopicFieldStrimziDoesNotHave() {
    assertThat(
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: kafka.strimzi.io/v1
                    kind: KafkaTopic
                    metadata: {name: akhbar.demo.v1}
                    spec:
                      partitions: 3
                      replicas: 3
                      retention: 7d
                    """)))
        .singleElement()
        .asString()
        .contains("unknown field \"retention\"");
  }

  @Test
  void rejectsAKafkaUserAclWithAnUnknownOperation() {
    assertThat(
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: kafka.strimzi.io/v1
                    kind: KafkaUser
                    metadata: {name: demo}
                    spec:
                      authentication: {type: scram-sha-512}
                      authorization:
                        type: simple
                        acls:
                          - resource: {type: topic, name: t, patternType: literal}
                            operations: [Consume]
                    """)))
        .singleElement()
        .asString()
        .contains("Consume");
  }

  @Test
  void appliesStrimzisVersionRulesMinimumsAndRequiredFields() {
    String problems =
        String.join(
            "\n",
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: kafka.strimzi.io/v1
                    kind: KafkaUser
                    metadata: {name: demo}
                    spec:
                      authorization:
                        type: simple
                        acls:
                          - resource: {type: topic, name: t}
                            operation: Read
                    """)));
    assertThat(problems)
        .contains(".spec.authorization.acls[0].operation does not exist in v1")
        .contains(".spec.authorization.acls[0].operations is required in v1");
    assertThat(
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: kafka.strimzi.io/v1
                    kind: KafkaTopic
                    metadata: {name: akhbar.demo.v1}
                    spec: {partitions: 0, replicas: 1}
                    """)))
        .singleElement()
        .asString()
        .contains(".spec.partitions is 0, below the minimum 1");
    assertThat(StrimziRules.in("v1", "v1beta2+")).isTrue();
    assertThat(StrimziRules.in("v1", "v1alpha1-v1beta2")).isFalse();
    assertThat(StrimziRules.in("v1beta1", "v1alpha1-v1beta2")).isTrue();
  }

  @Test
  void rejectsAScaledObjectWithoutTargetAndAKafkaTriggerWithoutGroup() {
    var problems =
        VALIDATOR.validate(
            Yaml.object(
                """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: demo}
                spec:
                  triggers:
                    - type: kafka
                      metadata: {bootstrapServers: "k:9093", sasl: scram_sha512}
                """));
    assertThat(String.join("\n", problems)).contains("scaleTargetRef").contains("consumerGroup");
  }

  @Test
  void rejectsAnElasticsearchWithoutNodeSets() {
    assertThat(
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: elasticsearch.k8s.elastic.co/v1
                    kind: Elasticsearch
                    metadata: {name: demo}
                    spec: {version: 9.2.0}
                    """)))
        .singleElement()
        .asString()
        .contains("nodeSets");
  }

  @Test
  void rejectsAKindWithoutAKnownSchema() {
    assertThat(
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata: {name: demo}
                    """)))
        .singleElement()
        .asString()
        .contains("no schema known for example.com/v1/Widget");
  }

  @Test
  void rejectsAnUnknownFieldInsideTheCorePodTemplateOfAnEckResource() {
    assertThat(
            VALIDATOR.validate(
                Yaml.object(
                    """
                    apiVersion: kibana.k8s.elastic.co/v1
                    kind: Kibana
                    metadata: {name: demo}
                    spec:
                      version: 9.2.0
                      podTemplate:
                        spec:
                          containers:
                            - name: kibana
                              resource: {limits: {memory: 1Gi}}
                    """)))
        .singleElement()
        .asString()
        .contains("unknown field \"resource\"")
        .contains(".spec.podTemplate");
  }
}
