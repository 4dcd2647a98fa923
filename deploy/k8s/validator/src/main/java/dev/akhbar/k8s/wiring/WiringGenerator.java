package dev.akhbar.k8s.wiring;

import dev.akhbar.events.EventType;
import dev.akhbar.events.Topics;
import dev.akhbar.k8s.Consistency;
import dev.akhbar.k8s.Repo;
import dev.akhbar.k8s.ServiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Generates the Kafka wiring of deploy/k8s from its one source: the contract's topics.tsv, each
 * service's application.properties (channels and declared clients, {@link ServiceAccessReader}),
 * and the deployment's choices in deploy/k8s/wiring ({@link WiringDeclarations}). Out come the
 * Strimzi KafkaTopics, one KafkaUser per service with exactly the ACLs its declarations need, the
 * services' env ConfigMaps, and the KafkaUsers of consumer teams. {@code make k8s-generate} writes
 * them; {@code make k8s-validate} fails when a file differs from what would be generated.
 */
public final class WiringGenerator {
  /** Folders (under deploy/k8s) that hold generated files, and nothing else generated. */
  static final List<String> GENERATED_DIRS = List.of("base/topics", "components/consumers");

  /** Kafka's default message.max.bytes (1 MiB plus record-batch overhead). */
  static final long BROKER_MAX_MESSAGE_BYTES = 1048588;

  private WiringGenerator() {}

  /** The wiring of every deployed service (those with deploy/k8s/wiring/services/NAME). */
  public static Map<String, KafkaAccess> services(Repo repo) {
    WiringDeclarations decl = WiringDeclarations.load(repo.k8s().resolve("wiring"));
    Map<String, KafkaAccess> all = new LinkedHashMap<>();
    decl.services()
        .forEach(
            (name, props) ->
                repo.service(name).ifPresent(s -> all.put(name, ServiceAccessReader.read(s))));
    return all;
  }

  /**
   * Path under deploy/k8s to its content. Throws {@link IllegalStateException} listing every
   * declaration that cannot be deployed as it is (an unknown topic, a record larger than its topic
   * takes, an env var the service does not read, a team asking for more than reading).
   */
  public static Map<String, String> generate(Repo repo) {
    WiringDeclarations decl = WiringDeclarations.load(repo.k8s().resolve("wiring"));
    List<Topics.Spec> contract = Topics.specs();
    Map<String, Topics.Spec> specs = new LinkedHashMap<>();
    contract.forEach(s -> specs.put(s.name(), s));
    List<String> problems = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();

    List<String> topicFiles = new ArrayList<>();
    for (Topics.Spec spec : contract) {
      boolean compacted =
          spec.configs().getOrDefault("cleanup.policy", "delete").contains("compact");
      Long retention = decl.retention().get(spec.name());
      if (!compacted && retention == null && !spec.configs().containsKey("retention.ms")) {
        problems.add(spec.name() + ": a delete-policy topic needs a line in wiring/retention.tsv");
      }
      if (spec.configs().containsKey("retention.ms")) {
        retention = null; // the contract says it; topics.tsv wins
      }
      String file = topicFile(spec.name());
      topicFiles.add(file);
      files.put("base/topics/" + file, ManifestWriter.kafkaTopic(spec, decl, retention));
    }
    decl.retention().keySet().stream()
        .filter(t -> !specs.containsKey(t))
        .forEach(t -> problems.add("wiring/retention.tsv: " + t + " is not in topics.tsv"));
    files.put("base/topics/kustomization.yaml", ManifestWriter.topicsKustomization(topicFiles));

    for (Map.Entry<String, Map<String, String>> e : decl.services().entrySet()) {
      String name = e.getKey();
      Optional<ServiceConfig> service = repo.service(name);
      if (service.isEmpty()) {
        problems.add("wiring/services/" + name + ".properties: no services/" + name);
        continue;
      }
      KafkaAccess access = ServiceAccessReader.read(service.get());
      checkTopics(access, specs, problems);
      Map<String, String> env = new LinkedHashMap<>();
      if (!access.topics().isEmpty()) {
        String from = "services/" + name + "/src/main/resources/application.properties";
        files.put(
            "base/" + name + "/kafkauser.yaml",
            ManifestWriter.kafkaUser(
                access,
                decl.cluster(),
                from + "\n#   and deploy/k8s/wiring/services/" + name + ".properties",
                labels(
                    "app.kubernetes.io/name",
                    "akhbar-" + name,
                    "app.kubernetes.io/component",
                    name)));
        env.put(
            "AKHBAR_KAFKA_BOOTSTRAP",
            decl.cluster() + "-kafka-bootstrap:" + decl.required("bootstrap.port"));
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", decl.required("truststore.type"));
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", decl.required("truststore.location"));
      }
      e.getValue()
          .forEach(
              (k, v) -> {
                if (k.startsWith("env.")) {
                  String var = k.substring(4);
                  if (Consistency.readBy(var, service.get()) == null) {
                    problems.add(
                        "wiring/services/"
                            + name
                            + ".properties: "
                            + var
                            + " is not read by "
                            + name);
                  }
                  env.put(var, v);
                } else if (k.startsWith("akhbar.kafka.client.")) {
                  problems.add(
                      "wiring/services/"
                          + name
                          + ".properties: "
                          + k
                          + " belongs in services/"
                          + name
                          + "'s application.properties, where the code reads it");
                }
              });
      files.put(
          "base/" + name + "/configmap.yaml",
          ManifestWriter.configMap(
              name, env, "deploy/k8s/wiring/services/" + name + ".properties"));
    }

    List<String> consumerFiles = new ArrayList<>();
    decl.consumers()
        .forEach(
            (team, props) -> {
              KafkaAccess access = ConsumerTeams.access(team, props, problems);
              String file = team + "-kafkauser.yaml";
              consumerFiles.add(file);
              files.put(
                  "components/consumers/" + file,
                  ManifestWriter.kafkaUser(
                      access,
                      decl.cluster(),
                      "deploy/k8s/wiring/consumers/" + team + ".properties",
                      labels(
                          "app.kubernetes.io/component",
                          "consumer",
                          "akhbar.dev/consumer-team",
                          team)));
            });
    files.put(
        "components/consumers/kustomization.yaml",
        ManifestWriter.consumersComponent(consumerFiles));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Kafka wiring declarations cannot be deployed:\n  - " + String.join("\n  - ", problems));
    }
    return files;
  }

  /**
   * What differs between deploy/k8s and what {@link #generate} gives: missing, changed, or
   * generated files no declaration gives any more. Empty when current.
   */
  public static List<String> stale(Repo repo) {
    List<String> problems = new ArrayList<>();
    Map<String, String> files;
    try {
      files = generate(repo);
    } catch (IllegalStateException e) {
      return List.of(e.getMessage());
    }
    files.forEach(
        (path, content) -> {
          Path f = repo.k8s().resolve(path);
          try {
            if (!Files.isRegularFile(f)) {
              problems.add("deploy/k8s/" + path + " is missing: run make k8s-generate");
            } else if (!Files.readString(f).equals(content)) {
              problems.add(
                  "deploy/k8s/"
                      + path
                      + " is not what make k8s-generate makes of the declarations");
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    for (String leftover : leftovers(repo, files)) {
      problems.add("deploy/k8s/" + leftover + " was generated but nothing declares it any more");
    }
    return problems;
  }

  /** Generated files (by their header) in the generated folders that are no longer generated. */
  static List<String> leftovers(Repo repo, Map<String, String> files) {
    List<String> left = new ArrayList<>();
    for (String dir : GENERATED_DIRS) {
      Path d = repo.k8s().resolve(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> s = Files.list(d)) {
        for (Path f : s.sorted().toList()) {
          String rel = dir + "/" + f.getFileName();
          if (!files.containsKey(rel) && Files.readString(f).startsWith("# GENERATED")) {
            left.add(rel);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return left;
  }

  /** {@code akhbar.pages.raw.v1} is in {@code pages-raw.yaml}; a v2 in {@code ...-v2.yaml}. */
  static String topicFile(String topic) {
    return topic.replaceFirst("^akhbar\\.", "").replaceFirst("\\.v1$", "").replace('.', '-')
        + ".yaml";
  }

  private static void checkTopics(
      KafkaAccess access, Map<String, Topics.Spec> specs, List<String> problems) {
    for (String topic : new TreeSet<>(access.topics().keySet())) {
      if (!specs.containsKey(topic)) {
        problems.add(access.principal() + " uses topic " + topic + ", which is not in topics.tsv");
      }
    }
    access
        .maxRequestSizes()
        .forEach(
            (topic, size) -> {
              Topics.Spec spec = specs.get(topic);
              long accepted =
                  spec == null
                      ? BROKER_MAX_MESSAGE_BYTES
                      : Long.parseLong(
                          spec.configs()
                              .getOrDefault(
                                  "max.message.bytes", String.valueOf(BROKER_MAX_MESSAGE_BYTES)));
              if (size > BROKER_MAX_MESSAGE_BYTES && accepted < size * 9 / 10) {
                problems.add(
                    access.principal()
                        + " may send records of "
                        + size
                        + " bytes to "
                        + topic
                        + ", whose max.message.bytes is "
                        + accepted);
              }
            });
  }

  private static Map<String, String> labels(String... kv) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      labels.put(kv[i], kv[i + 1]);
    }
    return labels;
  }

  /** Whether a topic carries contract events (not a service's internal state). */
  static boolean isContractTopic(String topic) {
    return EventType.onTopic(topic).isPresent();
  }
}
