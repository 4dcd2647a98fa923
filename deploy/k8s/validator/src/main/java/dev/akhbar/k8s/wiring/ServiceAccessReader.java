package dev.akhbar.k8s.wiring;

import dev.akhbar.k8s.ServiceConfig;
import dev.akhbar.k8s.wiring.KafkaAccess.Op;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a service does on Kafka from its declarations, in the prod profile of its {@code
 * application.properties} (the properties, not its Java code):
 *
 * <ul>
 *   <li>each {@code smallrye-kafka} channel: an incoming one reads its topic in its consumer group
 *       and, with the {@code dead-letter-queue} failure strategy, writes its dead-letter topic; an
 *       outgoing one writes its topic (SmallRye's defaults apply: the topic is the channel name,
 *       the group the application name);
 *   <li>each Kafka client the service builds itself, declared as {@code
 *       akhbar.kafka.client.<name>.topic}, {@code .access} ({@code read}, {@code write} or {@code
 *       read-write}) and, if it joins one, {@code .group.id}.
 * </ul>
 */
public final class ServiceAccessReader {
  private static final Pattern CHANNEL =
      Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
  private static final Pattern CLIENT =
      Pattern.compile("akhbar\\.kafka\\.client\\.([^.]+)\\.topic");

  private ServiceAccessReader() {}

  /** The access of {@code akhbar-<service>}. */
  public static KafkaAccess read(ServiceConfig service) {
    KafkaAccess access = new KafkaAccess("akhbar-" + service.name());
    for (String key : new TreeSet<>(service.prodKeys())) {
      Matcher m = CHANNEL.matcher(key);
      if (m.matches() && service.resolved(key).orElse("").equals("smallrye-kafka")) {
        if (m.group(1).equals("incoming")) {
          incoming(service, m.group(2), access);
        } else {
          outgoing(service, m.group(2), access);
        }
      }
    }
    for (String key : new TreeSet<>(service.prodKeys())) {
      Matcher m = CLIENT.matcher(key);
      if (m.matches()) {
        client(service, m.group(1), access);
      }
    }
    return access;
  }

  private static void incoming(ServiceConfig s, String channel, KafkaAccess access) {
    String p = "mp.messaging.incoming." + channel + ".";
    if (s.resolved(p + "topics").isPresent() || s.resolved(p + "pattern").isPresent()) {
      throw new IllegalStateException(
          s.name() + " channel " + channel + ": topics/pattern cannot be granted literally");
    }
    String topic = s.resolved(p + "topic").orElse(channel);
    access.topic(topic, Op.READ, "channel " + channel);
    String group =
        s.resolved(p + "group.id")
            .or(() -> s.resolved("kafka.group.id"))
            .or(() -> s.resolved("quarkus.application.name"))
            .orElse("akhbar-" + s.name());
    access.group(group, topic);
    if (s.resolved(p + "failure-strategy").orElse("fail").equals("dead-letter-queue")) {
      String dlq = s.resolved(p + "dead-letter-queue.topic").orElse("dead-letter-topic-" + channel);
      access.topic(dlq, Op.WRITE, "dead letters of channel " + channel);
      s.resolved(p + "dead-letter-queue.max.request.size")
          .ifPresent(v -> access.maxRequestSize(dlq, Long.parseLong(v.strip())));
    }
  }

  private static void outgoing(ServiceConfig s, String channel, KafkaAccess access) {
    String p = "mp.messaging.outgoing." + channel + ".";
    String topic = s.resolved(p + "topic").orElse(channel);
    access.topic(topic, Op.WRITE, "channel " + channel);
    s.resolved(p + "max.request.size")
        .ifPresent(v -> access.maxRequestSize(topic, Long.parseLong(v.strip())));
  }

  private static void client(ServiceConfig s, String name, KafkaAccess access) {
    String where = "services/" + s.name() + " application.properties";
    String p = "akhbar.kafka.client." + name + ".";
    String topic = s.resolved(p + "topic").orElseThrow();
    String mode =
        s.resolved(p + "access")
            .orElseThrow(() -> new IllegalStateException(where + ": " + p + "access is missing"));
    String by = "client " + name;
    switch (mode.strip()) {
      case "read" -> access.topic(topic, Op.READ, by);
      case "write" -> access.topic(topic, Op.WRITE, by);
      case "read-write" -> access.topic(topic, Op.READ, by).topic(topic, Op.WRITE, by);
      default ->
          throw new IllegalStateException(
              where + ": " + p + "access must be read, write or read-write, not " + mode);
    }
    s.resolved(p + "group.id").ifPresent(g -> access.group(g, topic));
  }
}
