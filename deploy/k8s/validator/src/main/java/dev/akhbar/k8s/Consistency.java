package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.k8s.wiring.KafkaAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Checks that tie the hand-written manifests to the rest of the repository: each service's
 * configuration, the cluster and credentials the clients use, the retention promised in
 * docs/asyncapi.yaml, and the Secret keys documented in docs/operations.md. The Kafka topics, users
 * and ACLs are generated ({@link dev.akhbar.k8s.wiring.WiringGenerator}), not checked here.
 */
public final class Consistency {
  /** Env vars the JVM itself reads (documented in the JDK tool docs), not the application. */
  static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  private static final Set<String> KAFKA_CLIENT_CONFIGS = kafkaClientConfigs();

  private Consistency() {}

  // ---------------------------------------------------------------------------------------------
  // Topics

  static Map<String, K8sObject> kafkaTopics(Overlay overlay) {
    Map<String, K8sObject> byTopic = new LinkedHashMap<>();
    overlay
        .ofKind("KafkaTopic")
        .forEach(t -> byTopic.put(t.node().path("spec").path("topicName").asText(t.name()), t));
    return byTopic;
  }

  /**
   * The retention docs/asyncapi.yaml promises consumers on each topic is the one the KafkaTopic
   * keeps (both say retention.ms, or neither does).
   */
  public static List<String> retentionAsPromised(Overlay overlay, JsonNode asyncApi) {
    List<String> problems = new ArrayList<>();
    Map<String, K8sObject> topics = kafkaTopics(overlay);
    for (JsonNode channel : asyncApi.path("channels")) {
      String topic = channel.path("address").asText();
      JsonNode promised =
          channel.path("bindings").path("kafka").path("topicConfiguration").path("retention.ms");
      K8sObject kt = topics.get(topic);
      JsonNode kept =
          kt == null ? null : kt.node().path("spec").path("config").path("retention.ms");
      if (kt != null && !promised.asText("-").equals(kept.asText("-"))) {
        problems.add(
            kt.id()
                + ": retention.ms "
                + kept.asText("unset")
                + " but docs/asyncapi.yaml promises "
                + promised.asText("unset"));
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------------------------------------
  // Deployment of a service

  /**
   * The service's Deployment listens where the service does and sets only env vars the service
   * reads; its ScaledObject watches the service's own consumer group and input topic.
   */
  public static List<String> deploymentMatchesConfig(
      Overlay overlay, ServiceConfig service, KafkaAccess kafka) {
    List<String> problems = new ArrayList<>();
    String app = "akhbar-" + service.name();
    Optional<K8sObject> dep = overlay.find("Deployment", app);
    if (dep.isEmpty()) {
      problems.add(overlay.name() + ": no Deployment " + app);
      return problems;
    }
    if (service.resolved("quarkus.management.enabled").orElse("false").equals("true")) {
      problems.add(
          dep.get().id()
              + ": "
              + service.name()
              + " serves /q/health on the management port; the probes use the HTTP port");
    }
    if (!service.dependencies().contains("quarkus-smallrye-health")) {
      problems.add(
          dep.get().id()
              + ": "
              + service.name()
              + " has no quarkus-smallrye-health: /q/health/* probes would fail");
    }
    if (overlay.ofKind("PodMonitor").findAny().isPresent()
        && !service.dependencies().contains("quarkus-micrometer-registry-prometheus")) {
      problems.add(
          dep.get().id() + ": " + service.name() + " exposes no /q/metrics for the PodMonitor");
    }
    for (JsonNode c :
        dep.get().node().path("spec").path("template").path("spec").path("containers")) {
      String image = c.path("image").asText();
      String repository = image.replaceFirst("[:@][^/]*$", "");
      String imageName = repository.substring(repository.lastIndexOf('/') + 1);
      service
          .artifactId()
          .filter(a -> !a.equals(imageName))
          .ifPresent(
              a ->
                  problems.add(
                      dep.get().id()
                          + ": image "
                          + image
                          + " is not named after the artifactId "
                          + a
                          + " (the name Quarkus's container-image gives it)"));
      boolean portOk = false;
      for (JsonNode p : c.path("ports")) {
        portOk |= p.path("containerPort").asInt() == service.httpPort();
      }
      if (!portOk) {
        problems.add(
            dep.get().id()
                + ": no containerPort "
                + service.httpPort()
                + " (quarkus.http.port of "
                + service.name()
                + ")");
      }
      for (Map.Entry<String, String> env : envVars(overlay, c, problems, dep.get()).entrySet()) {
        String why = readBy(env.getKey(), service);
        if (why == null) {
          problems.add(
              dep.get().id()
                  + ": env "
                  + env.getKey()
                  + " (from "
                  + env.getValue()
                  + ") is not read by "
                  + service.name()
                  + "'s configuration");
        }
      }
    }
    // More consumers than partitions of an input topic sit idle.
    int partitions =
        kafka.groupReads().stream()
            .map(kafkaTopics(overlay)::get)
            .filter(java.util.Objects::nonNull)
            .mapToInt(t -> t.node().path("spec").path("partitions").asInt(Integer.MAX_VALUE))
            .min()
            .orElse(Integer.MAX_VALUE);
    overlay
        .find("ScaledObject", app)
        .map(so -> so.node().path("spec").path("maxReplicaCount").asInt(100))
        .or(
            () ->
                overlay
                    .find("HorizontalPodAutoscaler", app)
                    .map(h -> h.node().path("spec").path("maxReplicas").asInt()))
        .filter(max -> max > partitions)
        .ifPresent(
            max ->
                problems.add(
                    overlay.name()
                        + ": "
                        + app
                        + " may scale to "
                        + max
                        + " replicas but its input topic has "
                        + partitions
                        + " partitions"));
    overlay
        .find("ScaledObject", app)
        .ifPresent(
            so -> {
              for (JsonNode trigger : so.node().path("spec").path("triggers")) {
                if (!trigger.path("type").asText().equals("kafka")) {
                  continue;
                }
                JsonNode md = trigger.path("metadata");
                String group = md.path("consumerGroup").asText();
                if (!kafka.groupNames().contains(group)) {
                  problems.add(
                      so.id()
                          + ": consumerGroup "
                          + group
                          + " is not one of "
                          + kafka.groupNames());
                }
                String topic = md.path("topic").asText("");
                if (!topic.isEmpty() && !kafka.groupReads().contains(topic)) {
                  problems.add(
                      so.id() + ": topic " + topic + " is not consumed by " + service.name());
                }
              }
            });
    return problems;
  }

  /** Env var name to where it comes from (literal, ConfigMap, Secret) for one container. */
  static Map<String, String> envVars(
      Overlay overlay, JsonNode container, List<String> problems, K8sObject owner) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (JsonNode e : container.path("env")) {
      JsonNode from = e.path("valueFrom");
      String source =
          from.has("secretKeyRef")
              ? "Secret " + from.path("secretKeyRef").path("name").asText()
              : from.has("configMapKeyRef")
                  ? "ConfigMap " + from.path("configMapKeyRef").path("name").asText()
                  : "value";
      vars.put(e.path("name").asText(), source);
    }
    for (JsonNode ef : container.path("envFrom")) {
      if (ef.has("secretRef")) {
        problems.add(
            owner.id()
                + ": envFrom secretRef hides which keys become env vars;"
                + " use env[].valueFrom.secretKeyRef");
        continue;
      }
      String cm = ef.path("configMapRef").path("name").asText();
      String prefix = ef.path("prefix").asText("");
      Optional<K8sObject> map = overlay.find("ConfigMap", cm);
      if (map.isEmpty()) {
        problems.add(owner.id() + ": envFrom ConfigMap " + cm + " is not in the overlay");
        continue;
      }
      map.get()
          .node()
          .path("data")
          .fieldNames()
          .forEachRemaining(k -> vars.putIfAbsent(prefix + k, "ConfigMap " + cm));
    }
    return vars;
  }

  /**
   * Why {@code env} is read by the service, or null if it is not: a ${VAR} expression or a literal
   * in its code; a Kafka client property (Quarkus passes every KAFKA_* env var to the Kafka
   * clients, lower-cased with '_' as '.'); the env form of a property key the service sets
   * (Quarkus/SmallRye Config env mapping); or a variable the JVM reads.
   */
  public static String readBy(String env, ServiceConfig service) {
    if (service.envReferences().contains(env)) {
      return "referenced by the service";
    }
    if (env.startsWith("KAFKA_")) {
      String prop = env.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
      return KAFKA_CLIENT_CONFIGS.contains(prop) ? "Kafka client property " + prop : null;
    }
    for (String key : service.keys()) {
      if (envForm(key).equals(env)) {
        return "env form of " + key;
      }
    }
    return JVM_ENV.contains(env) ? "read by the JVM" : null;
  }

  /** The MicroProfile Config env var name of a property key. */
  static String envForm(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Set<String> kafkaClientConfigs() {
    Set<String> names = new LinkedHashSet<>();
    names.addAll(ProducerConfig.configNames());
    names.addAll(ConsumerConfig.configNames());
    names.addAll(AdminClientConfig.configNames());
    return Set.copyOf(names);
  }

  // ---------------------------------------------------------------------------------------------
  // Kafka wiring

  /**
   * The clients, KEDA and Strimzi agree: one Strimzi cluster for every KafkaTopic and KafkaUser;
   * KEDA bootstraps where the services do (their generated ConfigMaps), with SCRAM over TLS; every
   * pod trusts that cluster's CA; every {@code sasl.jaas.config} or {@code password} a pod or KEDA
   * reads belongs to a SCRAM KafkaUser of the overlay; and when the overlay defines the Kafka, it
   * has that listener (TLS, SCRAM-SHA-512) and simple authorization, so the ACLs apply.
   */
  public static List<String> kafkaWiring(Overlay overlay) {
    List<String> problems = new ArrayList<>();
    Set<String> clusters = new LinkedHashSet<>();
    overlay.objects().stream()
        .filter(o -> o.is("KafkaTopic") || o.is("KafkaUser") || o.is("KafkaNodePool"))
        .forEach(
            o ->
                clusters.add(
                    o.node()
                        .path("metadata")
                        .path("labels")
                        .path("strimzi.io/cluster")
                        .asText("")));
    if (clusters.size() != 1 || clusters.contains("")) {
      problems.add(
          overlay.name()
              + ": KafkaTopics and KafkaUsers name clusters "
              + clusters
              + "; they must all name one (label strimzi.io/cluster)");
      return problems;
    }
    String cluster = clusters.iterator().next();
    Set<String> endpoints = new LinkedHashSet<>();
    for (K8sObject cm : overlay.ofKind("ConfigMap").toList()) {
      JsonNode data = cm.node().path("data");
      if (!data.has("AKHBAR_KAFKA_BOOTSTRAP")) {
        continue;
      }
      // The bootstrap, protocol and mechanism are generated from
      // deploy/k8s/wiring/kafka.properties.
      endpoints.add(data.path("AKHBAR_KAFKA_BOOTSTRAP").asText());
    }
    for (K8sObject so : overlay.ofKind("ScaledObject").toList()) {
      for (JsonNode t : so.node().path("spec").path("triggers")) {
        if (t.path("type").asText().equals("kafka")) {
          JsonNode md = t.path("metadata");
          if (!endpoints.contains(md.path("bootstrapServers").asText())) {
            problems.add(
                so.id()
                    + ": bootstrapServers "
                    + md.path("bootstrapServers")
                    + " is not the services' "
                    + endpoints);
          }
          if (!md.path("sasl").asText().equals("scram_sha512")
              || !md.path("tls").asText().equals("enable")) {
            problems.add(so.id() + ": the kafka trigger must use sasl scram_sha512 and tls enable");
          }
        }
      }
    }
    Map<String, K8sObject> scramUsers = new LinkedHashMap<>();
    overlay
        .ofKind("KafkaUser")
        .filter(
            u ->
                u.node()
                    .path("spec")
                    .path("authentication")
                    .path("type")
                    .asText()
                    .equals("scram-sha-512"))
        .forEach(u -> scramUsers.put(u.name(), u));
    for (List<String> ref : References.secretKeys(overlay)) {
      String secret = ref.get(0);
      String key = ref.get(1);
      if ((key.equals("sasl.jaas.config") || key.equals("password"))
          && !scramUsers.containsKey(secret)) {
        problems.add(
            overlay.name()
                + ": Secret "
                + secret
                + " key "
                + key
                + " is read but no SCRAM-SHA-512 KafkaUser "
                + secret
                + " creates it");
      }
      if (secret.endsWith("-cluster-ca-cert") && !secret.equals(cluster + "-cluster-ca-cert")) {
        problems.add(
            overlay.name() + ": Secret " + secret + " is not the CA of cluster " + cluster);
      }
    }
    overlay
        .find("Kafka", cluster)
        .ifPresent(
            kafka -> {
              JsonNode spec = kafka.node().path("spec").path("kafka");
              if (!spec.path("authorization").path("type").asText().equals("simple")) {
                problems.add(
                    kafka.id() + ": authorization must be simple for the KafkaUser ACLs to apply");
              }
              for (String endpoint : endpoints) {
                int port = Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
                boolean ok = false;
                for (JsonNode l : spec.path("listeners")) {
                  ok |=
                      l.path("port").asInt() == port
                          && l.path("tls").asBoolean()
                          && l.path("authentication").path("type").asText().equals("scram-sha-512");
                }
                if (!ok) {
                  problems.add(
                      kafka.id()
                          + ": no listener on port "
                          + port
                          + " with tls: true and scram-sha-512 authentication, which the services use");
                }
              }
            });
    return problems;
  }
}
