package dev.akhbar.infra.kafka;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Self-check of a running broker: on a throwaway topic, produces a small record and a 12 MiB record
 * (the raw-page size class), consumes both back through a consumer group, then deletes the topic.
 * Prints PASS/FAIL lines; exits 1 on failure.
 *
 * <p>With {@code --topics FILE} it also checks that every topic of the contract file exists with at
 * least its partitions and its configs.
 *
 * <p>Usage: {@code KafkaSmoke --bootstrap HOST:PORT [--topics topics.tsv]}.
 */
public final class KafkaSmoke {

  private static final int LARGE_BYTES = 12 * 1024 * 1024;
  private static final int MAX_BYTES = 16 * 1024 * 1024;

  private KafkaSmoke() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = Args.parse(args, Set.of("--bootstrap", "--topics"));
    String bootstrap = Args.required(opts, "--bootstrap");
    String topic = "akhbar.selftest." + UUID.randomUUID();
    boolean ok;

    Properties adminProps = new Properties();
    adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
    try (Admin admin = Admin.create(adminProps)) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(topic, Optional.of(1), Optional.empty())
                      .configs(Map.of("max.message.bytes", Integer.toString(MAX_BYTES)))))
          .all()
          .get(30, TimeUnit.SECONDS);
      ok = opts.get("--topics") == null || checkTopics(admin, Path.of(opts.get("--topics")));
      try {
        ok &= produceAndConsume(bootstrap, topic);
      } finally {
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
      }
    }
    System.exit(ok ? 0 : 1);
  }

  private static boolean checkTopics(Admin admin, Path file) throws Exception {
    List<TopicSpec> specs;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      specs = TopicSpec.parse(reader);
    }
    Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    List<String> problems = new ArrayList<>();
    List<String> present = specs.stream().map(TopicSpec::name).filter(existing::contains).toList();
    specs.stream()
        .map(TopicSpec::name)
        .filter(n -> !existing.contains(n))
        .forEach(n -> problems.add(n + " missing"));
    if (!present.isEmpty()) {
      Map<String, TopicDescription> descriptions =
          admin.describeTopics(present).allTopicNames().get(30, TimeUnit.SECONDS);
      Map<ConfigResource, Config> configs =
          admin
              .describeConfigs(
                  present.stream()
                      .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                      .toList())
              .all()
              .get(30, TimeUnit.SECONDS);
      for (TopicSpec spec : specs) {
        if (!present.contains(spec.name())) {
          continue;
        }
        int partitions = descriptions.get(spec.name()).partitions().size();
        if (partitions < spec.partitions()) {
          problems.add(
              spec.name() + " has " + partitions + " partitions, wants " + spec.partitions());
        }
        Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
        spec.configs()
            .forEach(
                (k, v) -> {
                  ConfigEntry entry = config.get(k);
                  if (entry == null || !v.equals(entry.value())) {
                    problems.add(
                        spec.name()
                            + " "
                            + k
                            + "="
                            + (entry == null ? null : entry.value())
                            + ", wants "
                            + v);
                  }
                });
      }
    }
    boolean ok = problems.isEmpty();
    System.out.println(
        (ok ? "PASS" : "FAIL")
            + " kafka: "
            + specs.size()
            + " contract topics present with their partitions and configs"
            + (ok ? "" : " " + problems));
    return ok;
  }

  private static boolean produceAndConsume(String bootstrap, String topic) throws Exception {
    byte[] small = ("hello from akhbar infra selftest " + topic).getBytes(StandardCharsets.UTF_8);
    byte[] large = new byte[LARGE_BYTES];
    Arrays.fill(large, (byte) 'x');

    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_BYTES));
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      producer
          .send(new ProducerRecord<>(topic, "small".getBytes(StandardCharsets.UTF_8), small))
          .get(30, TimeUnit.SECONDS);
      producer
          .send(new ProducerRecord<>(topic, "large".getBytes(StandardCharsets.UTF_8), large))
          .get(30, TimeUnit.SECONDS);
    }
    System.out.println(
        "PASS kafka: produced 1 small and 1 " + (LARGE_BYTES >> 20) + " MiB record to " + topic);

    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "akhbar-selftest-" + UUID.randomUUID());
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(MAX_BYTES));
    c.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(MAX_BYTES));
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    boolean gotSmall = false;
    boolean gotLarge = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c)) {
      consumer.subscribe(List.of(topic));
      while (!(gotSmall && gotLarge) && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          gotSmall |= Arrays.equals(r.value(), small);
          gotLarge |= Arrays.equals(r.value(), large);
        }
      }
      consumer.commitSync();
    }
    System.out.println(
        (gotSmall ? "PASS" : "FAIL")
            + " kafka: consumed the small record through a consumer group");
    System.out.println(
        (gotLarge ? "PASS" : "FAIL")
            + " kafka: consumed the "
            + (LARGE_BYTES >> 20)
            + " MiB record");
    return gotSmall && gotLarge;
  }
}
