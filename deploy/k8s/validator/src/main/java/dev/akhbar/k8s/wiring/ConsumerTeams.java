package dev.akhbar.k8s.wiring;

import dev.akhbar.events.Topics;
import dev.akhbar.k8s.wiring.KafkaAccess.Op;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Another team's read access, declared in deploy/k8s/wiring/consumers/TEAM.properties: {@code read}
 * (comma-separated contract topics) and {@code group.prefix} (the team's consumer groups, starting
 * with its name). It may read and describe those topics and use its own groups, nothing else.
 */
final class ConsumerTeams {
  private static final Set<String> KEYS = Set.of("read", "group.prefix");

  private ConsumerTeams() {}

  static KafkaAccess access(String team, Map<String, String> props, List<String> problems) {
    String where = "wiring/consumers/" + team + ".properties: ";
    if (!team.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?") || team.startsWith("akhbar")) {
      problems.add(where + "a team name is a DNS label that does not start with akhbar");
    }
    props.keySet().stream()
        .filter(k -> !KEYS.contains(k))
        .forEach(k -> problems.add(where + "unknown key " + k + " (only read, group.prefix)"));
    KafkaAccess access = new KafkaAccess(team);
    Set<String> contract = Set.copyOf(Topics.specs().stream().map(Topics.Spec::name).toList());
    for (String topic : props.getOrDefault("read", "").split(",")) {
      topic = topic.strip();
      if (topic.isEmpty()) {
        continue;
      }
      if (!contract.contains(topic) || !WiringGenerator.isContractTopic(topic)) {
        problems.add(where + topic + " is not a topic of the event contract");
      }
      access.topic(topic, Op.READ, "team " + team);
    }
    if (access.topics().isEmpty()) {
      problems.add(where + "read names no topic");
    }
    String prefix = props.getOrDefault("group.prefix", "");
    if (!prefix.startsWith(team + ".") && !prefix.startsWith(team + "-")) {
      problems.add(where + "group.prefix must start with \"" + team + ".\" or \"" + team + "-\"");
    }
    access.groupPrefix(prefix);
    return access;
  }
}
