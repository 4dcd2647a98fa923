package dev.akhbar.infra.kafka;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Makes the broker's topics match the contract file, in one JVM: creates missing topics, raises
 * partition counts that are too low (never lowers them) and sets the listed topic configs.
 *
 * <p>Usage: {@code CreateTopics --bootstrap HOST:PORT --file topics.tsv [--replication-factor N]
 * [--timeout-seconds N]}. Without {@code --replication-factor} the broker default applies.
 */
public final class CreateTopics {

  private CreateTopics() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        Args.parse(
            args, Set.of("--bootstrap", "--file", "--replication-factor", "--timeout-seconds"));
    String bootstrap = Args.required(opts, "--bootstrap");
    Path file = Path.of(Args.required(opts, "--file"));
    Optional<Short> replication =
        Optional.ofNullable(opts.get("--replication-factor")).map(Short::parseShort);
    int timeoutSeconds = Integer.parseInt(opts.getOrDefault("--timeout-seconds", "60"));

    List<TopicSpec> specs;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      specs = TopicSpec.parse(reader);
    }

    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "akhbar-infra-topics");
    props.put(
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(timeoutSeconds * 1000));
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
    try (Admin admin = Admin.create(props)) {
      apply(admin, specs, replication, timeoutSeconds);
    }
  }

  static void apply(
      Admin admin, List<TopicSpec> specs, Optional<Short> replication, int timeoutSeconds)
      throws Exception {
    Set<String> existing = admin.listTopics().names().get(timeoutSeconds, TimeUnit.SECONDS);

    List<NewTopic> toCreate = new ArrayList<>();
    for (TopicSpec spec : specs) {
      if (!existing.contains(spec.name())) {
        toCreate.add(
            new NewTopic(spec.name(), Optional.of(spec.partitions()), replication)
                .configs(spec.configs()));
      }
    }
    if (!toCreate.isEmpty()) {
      for (var entry : admin.createTopics(toCreate).values().entrySet()) {
        try {
          entry.getValue().get(timeoutSeconds, TimeUnit.SECONDS);
          System.out.println("topic " + entry.getKey() + ": created");
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
          System.out.println("topic " + entry.getKey() + ": exists (created concurrently)");
        }
      }
    }

    List<String> present = specs.stream().map(TopicSpec::name).filter(existing::contains).toList();
    if (present.isEmpty()) {
      return;
    }
    Map<String, TopicDescription> descriptions =
        admin.describeTopics(present).allTopicNames().get(timeoutSeconds, TimeUnit.SECONDS);
    List<ConfigResource> resources =
        present.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs =
        admin.describeConfigs(resources).all().get(timeoutSeconds, TimeUnit.SECONDS);

    Map<String, NewPartitions> grow = new HashMap<>();
    Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
    for (TopicSpec spec : specs) {
      if (!present.contains(spec.name())) {
        continue;
      }
      List<String> changes = new ArrayList<>();
      int have = descriptions.get(spec.name()).partitions().size();
      if (have < spec.partitions()) {
        grow.put(spec.name(), NewPartitions.increaseTo(spec.partitions()));
        changes.add("partitions " + have + " -> " + spec.partitions());
      }
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
      Config current = configs.get(resource);
      List<AlterConfigOp> ops = new ArrayList<>();
      spec.configs()
          .forEach(
              (key, value) -> {
                ConfigEntry entry = current.get(key);
                if (entry == null || !value.equals(entry.value())) {
                  ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
                  changes.add(key + "=" + value);
                }
              });
      if (!ops.isEmpty()) {
        alter.put(resource, ops);
      }
      System.out.println(
          "topic " + spec.name() + ": " + (changes.isEmpty() ? "exists" : "updated " + changes));
    }
    if (!grow.isEmpty()) {
      admin.createPartitions(grow).all().get(timeoutSeconds, TimeUnit.SECONDS);
    }
    if (!alter.isEmpty()) {
      admin.incrementalAlterConfigs(alter).all().get(timeoutSeconds, TimeUnit.SECONDS);
    }
  }
}
