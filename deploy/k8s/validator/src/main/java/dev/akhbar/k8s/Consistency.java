package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.events.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Checks that tie the manifests to the rest of the repository: the event contract's topics, each
 * service's configuration, and the Secret keys documented in docs/operations.md.
 */
public final class Consistency {
  /** Env vars the JVM itself reads (documented in the JDK tool docs), not the application. */
  static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  private static final Set<String> KAFKA_CLIENT_CONFIGS = kafkaClientConfigs();

  /** Kafka's default message.max.bytes (1 MiB plus record-batch overhead). */
  static final long BROKER_MAX_MESSAGE_BYTES = 1048588;

  private Consistency() {}

  // ---------------------------------------------------------------------------------------------
  // Topics

  /** Every topic of topics.tsv has a KafkaTopic with its partitions and configs, and no other. */
  public static List<String> topicsMatchContract(Overlay overlay, List<Topics.Spec> contract) {
    List<String> problems = new ArrayList<>();
    Map<String, K8sObject> byTopic = kafkaTopics(overlay);
    Set<String> names = new LinkedHashSet<>();
    for (Topics.Spec spec : contract) {
      names.add(spec.name());
      K8sObject topic = byTopic.get(spec.name());
      if (topic == null) {
        problems.add(overlay.name() + ": no KafkaTopic for contract topic " + spec.name());
        continue;
      }
      JsonNode s = topic.node().path("spec");
      if (s.path("partitions").asInt(-1) != spec.partitions()) {
        problems.add(
            topic.id()
                + ": partitions "
                + s.path("partitions")
                + " but topics.tsv says "
                + spec.partitions());
      }
      JsonNode config = s.path("config");
      spec.configs()
          .forEach(
              (k, v) -> {
                if (!config.path(k).asText("\u0000").equals(v)) {
                  problems.add(
                      topic.id() + ": config " + k + "=" + config.path(k) + ", topics.tsv: " + v);
                }
              });
      boolean compacted = config.path("cleanup.policy").asText("delete").contains("compact");
      if (!compacted && !config.has("retention.ms") && !config.has("retention.bytes")) {
        problems.add(topic.id() + ": a delete-policy topic needs retention.ms or retention.bytes");
      }
      int replicas = s.path("replicas").asInt(-1);
      int minIsr = config.path("min.insync.replicas").asInt(1);
      if (replicas < 1 || minIsr > replicas) {
        problems.add(topic.id() + ": replicas " + replicas + " with min.insync.replicas " + minIsr);
      }
    }
    for (String name : byTopic.keySet()) {
      if (!names.contains(name)) {
        problems.add(overlay.name() + ": KafkaTopic " + name + " is not in topics.tsv");
      }
    }
    return problems;
  }

  static Map<String, K8sObject> kafkaTopics(Overlay overlay) {
    Map<String, K8sObject> byTopic = new LinkedHashMap<>();
    overlay
        .ofKind("KafkaTopic")
        .forEach(t -> byTopic.put(t.node().path("spec").path("topicName").asText(t.name()), t));
    return byTopic;
  }

  // ---------------------------------------------------------------------------------------------
  // Kafka access of a service

  /**
   * Every topic the service's configuration names has a KafkaTopic, and the service's KafkaUser has
   * exactly the access it needs: Read on what it consumes and on its groups, Write on what it
   * produces, nothing else.
   */
  public static List<String> kafkaAccessMatchesConfig(Overlay overlay, ServiceConfig service) {
    List<String> problems = new ArrayList<>();
    String user = "akhbar-" + service.name();
    Map<String, K8sObject> topics = kafkaTopics(overlay);
    Set<String> consumed = service.consumedTopics();
    Set<String> produced = service.producedTopics();
    Set<String> groups = service.consumerGroups();
    for (String t : union(consumed, produced)) {
      if (!topics.containsKey(t)) {
        problems.add(
            overlay.name() + ": " + service.name() + " names topic " + t + " but no KafkaTopic");
      }
    }
    // A producer allowed to send large records needs a topic that accepts them.
    service
        .maxRequestSizes()
        .forEach(
            (topic, size) -> {
              K8sObject kt = topics.get(topic);
              if (kt == null || size <= BROKER_MAX_MESSAGE_BYTES) {
                return;
              }
              long accepted =
                  kt.node()
                      .path("spec")
                      .path("config")
                      .path("max.message.bytes")
                      .asLong(BROKER_MAX_MESSAGE_BYTES);
              if (accepted < size * 9 / 10) {
                problems.add(
                    kt.id()
                        + ": max.message.bytes "
                        + accepted
                        + " is far below the max.request.size "
                        + size
                        + " "
                        + service.name()
                        + " produces to it with");
              }
            });
    Optional<K8sObject> ku = overlay.find("KafkaUser", user);
    if (consumed.isEmpty() && produced.isEmpty() && groups.isEmpty()) {
      // A service that uses no topic (the search) needs no KafkaUser, and must not get one.
      ku.ifPresent(
          u -> problems.add(u.id() + ": " + service.name() + " uses no Kafka topic; remove it"));
      return problems;
    }
    if (ku.isEmpty()) {
      problems.add(overlay.name() + ": no KafkaUser " + user + " for " + service.name());
      return problems;
    }
    List<Acl> acls = Acl.of(ku.get());
    for (String t : consumed) {
      require(problems, ku.get(), acls, "topic", t, "Read");
      require(problems, ku.get(), acls, "topic", t, "Describe");
    }
    for (String t : produced) {
      require(problems, ku.get(), acls, "topic", t, "Write");
      require(problems, ku.get(), acls, "topic", t, "Describe");
    }
    for (String g : groups) {
      require(problems, ku.get(), acls, "group", g, "Read");
    }
    // Least privilege: each rule is for one of its own topics or groups, with only needed ops.
    for (Acl acl : acls) {
      if (!acl.patternType().equals("literal") || acl.name().equals("*")) {
        problems.add(
            ku.get().id() + ": ACL on " + acl.type() + " " + acl.name() + " is not literal");
        continue;
      }
      for (String op : acl.operations()) {
        boolean needed =
            switch (acl.type()) {
              case "topic" ->
                  switch (op) {
                    case "Read" -> consumed.contains(acl.name());
                    case "Write" -> produced.contains(acl.name());
                    case "Describe" ->
                        consumed.contains(acl.name()) || produced.contains(acl.name());
                    default -> false;
                  };
              case "group" -> op.equals("Read") && groups.contains(acl.name());
              default -> false;
            };
        if (!needed) {
          problems.add(
              ku.get().id()
                  + ": grants "
                  + op
                  + " on "
                  + acl.type()
                  + " "
                  + acl.name()
                  + ", which "
                  + service.name()
                  + "'s configuration does not use");
        }
      }
    }
    return problems;
  }

  private static void require(
      List<String> problems, K8sObject user, List<Acl> acls, String type, String name, String op) {
    boolean ok = acls.stream().anyMatch(a -> a.allows(type, name, op));
    if (!ok) {
      problems.add(user.id() + ": no ACL allows " + op + " on " + type + " " + name);
    }
  }

  /** One Strimzi simple-authorization rule, flattened. */
  record Acl(String type, String name, String patternType, Set<String> operations) {
    static List<Acl> of(K8sObject kafkaUser) {
      List<Acl> acls = new ArrayList<>();
      for (JsonNode rule : kafkaUser.node().path("spec").path("authorization").path("acls")) {
        JsonNode r = rule.path("resource");
        Set<String> ops = new LinkedHashSet<>();
        rule.path("operations").forEach(o -> ops.add(o.asText()));
        if (rule.has("operation")) {
          ops.add(rule.path("operation").asText());
        }
        if (!rule.path("type").asText("allow").equals("allow")) {
          continue;
        }
        acls.add(
            new Acl(
                r.path("type").asText(),
                r.path("name").asText(),
                r.path("patternType").asText("literal"),
                ops));
      }
      return acls;
    }

    boolean allows(String type, String resource, String op) {
      if (!this.type.equals(type)) {
        return false;
      }
      boolean matches =
          patternType.equals("prefix")
              ? resource.startsWith(name)
              : name.equals(resource) || name.equals("*");
      return matches && (operations.contains(op) || operations.contains("All"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Deployment of a service

  /**
   * The service's Deployment listens where the service does and sets only env vars the service
   * reads; its ScaledObject watches the service's own consumer group and input topic.
   */
  public static List<String> deploymentMatchesConfig(Overlay overlay, ServiceConfig service) {
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
        service.consumedTopics().stream()
            .filter(t -> !service.stateTopics().contains(t))
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
                if (!service.consumerGroups().contains(group)) {
                  problems.add(
                      so.id()
                          + ": consumerGroup "
                          + group
                          + " is not one of "
                          + service.consumerGroups());
                }
                String topic = md.path("topic").asText("");
                if (!topic.isEmpty() && !service.consumedTopics().contains(topic)) {
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
   * every service bootstraps from that cluster's bootstrap service with SASL_SSL and SCRAM-SHA-512
   * and trusts its cluster CA; every {@code sasl.jaas.config} or {@code password} a pod or KEDA
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
      String bootstrap = data.path("AKHBAR_KAFKA_BOOTSTRAP").asText();
      endpoints.add(bootstrap);
      if (!bootstrap.matches(Pattern.quote(cluster) + "-kafka-bootstrap(\\.[a-z0-9.-]+)?:[0-9]+")) {
        problems.add(
            cm.id()
                + ": AKHBAR_KAFKA_BOOTSTRAP "
                + bootstrap
                + " is not the bootstrap"
                + " service of the Strimzi cluster "
                + cluster);
      }
      expect(problems, cm, data, "KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
      expect(problems, cm, data, "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
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
    for (List<String> ref : secretKeys(overlay)) {
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

  private static void expect(
      List<String> problems, K8sObject cm, JsonNode data, String key, String value) {
    if (!data.path(key).asText().equals(value)) {
      problems.add(
          cm.id()
              + ": "
              + key
              + " must be "
              + value
              + " (the Strimzi listener's"
              + " SCRAM-SHA-512 over TLS), not "
              + data.path(key));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Secrets and ConfigMaps referenced

  /** Secret name and key pairs the overlay's objects reference. */
  public static Set<List<String>> secretKeys(Overlay overlay) {
    Set<List<String>> refs = new LinkedHashSet<>();
    for (K8sObject o : overlay.objects()) {
      JsonNode pod = podSpec(o);
      if (pod != null) {
        for (String section : List.of("containers", "initContainers")) {
          for (JsonNode c : pod.path(section)) {
            for (JsonNode e : c.path("env")) {
              JsonNode ref = e.path("valueFrom").path("secretKeyRef");
              if (!ref.isMissingNode()) {
                refs.add(List.of(ref.path("name").asText(), ref.path("key").asText()));
              }
            }
          }
        }
        for (JsonNode v : pod.path("volumes")) {
          JsonNode secret = v.path("secret");
          for (JsonNode item : secret.path("items")) {
            refs.add(List.of(secret.path("secretName").asText(), item.path("key").asText()));
          }
          for (JsonNode source : v.path("projected").path("sources")) {
            JsonNode s = source.path("secret");
            for (JsonNode item : s.path("items")) {
              refs.add(List.of(s.path("name").asText(), item.path("key").asText()));
            }
          }
        }
      }
      if (o.is("TriggerAuthentication")) {
        for (JsonNode t : o.node().path("spec").path("secretTargetRef")) {
          refs.add(List.of(t.path("name").asText(), t.path("key").asText()));
        }
      }
    }
    return refs;
  }

  /** Pod volumes that mount a whole Secret (no items): their keys cannot be checked. */
  public static List<String> wholeSecretMounts(Overlay overlay) {
    List<String> problems = new ArrayList<>();
    for (K8sObject o : overlay.objects()) {
      JsonNode pod = podSpec(o);
      if (pod == null) {
        continue;
      }
      for (JsonNode v : pod.path("volumes")) {
        if (v.has("secret") && !v.path("secret").has("items")) {
          problems.add(
              o.id()
                  + ": volume "
                  + v.path("name").asText()
                  + " mounts Secret "
                  + v.path("secret").path("secretName").asText()
                  + " whole; list its items so the keys are known and documented");
        }
      }
    }
    return problems;
  }

  /** Every referenced Secret key is documented: a line of the doc names both in backquotes. */
  public static List<String> secretKeysDocumented(Overlay overlay, String operationsDoc) {
    List<String> problems = new ArrayList<>();
    List<String> lines = operationsDoc.lines().toList();
    for (List<String> ref : secretKeys(overlay)) {
      String secret = "`" + ref.get(0) + "`";
      String key = "`" + ref.get(1) + "`";
      boolean documented = lines.stream().anyMatch(l -> l.contains(secret) && l.contains(key));
      if (!documented) {
        problems.add(
            overlay.name()
                + ": Secret "
                + ref.get(0)
                + " key "
                + ref.get(1)
                + " is referenced but not documented in docs/operations.md");
      }
    }
    return problems;
  }

  /** Every ConfigMap a pod or a KEDA TriggerAuthentication references is part of the overlay. */
  public static List<String> configMapsExist(Overlay overlay) {
    List<String> problems = new ArrayList<>();
    for (K8sObject o : overlay.objects()) {
      Set<List<String>> refs = new LinkedHashSet<>();
      JsonNode pod = podSpec(o);
      if (pod != null) {
        for (JsonNode c : pod.path("containers")) {
          for (JsonNode e : c.path("env")) {
            JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
            if (!ref.isMissingNode()) {
              refs.add(List.of(ref.path("name").asText(), ref.path("key").asText()));
            }
          }
        }
        for (JsonNode v : pod.path("volumes")) {
          if (v.has("configMap")) {
            JsonNode cm = v.path("configMap");
            refs.add(List.of(cm.path("name").asText()));
            for (JsonNode item : cm.path("items")) {
              refs.add(List.of(cm.path("name").asText(), item.path("key").asText()));
            }
          }
        }
      }
      if (o.is("TriggerAuthentication")) {
        for (JsonNode t : o.node().path("spec").path("configMapTargetRef")) {
          refs.add(List.of(t.path("name").asText(), t.path("key").asText()));
        }
      }
      for (List<String> ref : refs) {
        Optional<K8sObject> cm = overlay.find("ConfigMap", ref.get(0));
        if (cm.isEmpty()) {
          problems.add(o.id() + ": ConfigMap " + ref.get(0) + " is not in the overlay");
        } else if (ref.size() > 1 && !cm.get().node().path("data").has(ref.get(1))) {
          problems.add(o.id() + ": ConfigMap " + ref.get(0) + " has no key " + ref.get(1));
        }
      }
    }
    return problems;
  }

  static JsonNode podSpec(K8sObject o) {
    return switch (o.kind()) {
      case "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet" ->
          o.node().path("spec").path("template").path("spec");
      case "CronJob" ->
          o.node().path("spec").path("jobTemplate").path("spec").path("template").path("spec");
      case "Pod" -> o.node().path("spec");
      default -> null;
    };
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return u;
  }
}
