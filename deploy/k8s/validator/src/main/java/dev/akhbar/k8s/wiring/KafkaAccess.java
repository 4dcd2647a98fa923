package dev.akhbar.k8s.wiring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one Kafka principal does, as declared: the topics it reads and writes, the consumer
 * groups it uses, and the largest records it may send to a topic. The KafkaUser of a service, or of
 * a consumer team, is generated from it.
 */
public final class KafkaAccess {
  /** What a declaration allows on a topic. */
  public enum Op {
    READ,
    WRITE
  }

  private final String principal;
  private final Map<String, Set<Op>> topics = new LinkedHashMap<>();
  private final Map<String, String> groups = new LinkedHashMap<>();
  private final Set<String> groupReads = new LinkedHashSet<>();
  private final Map<String, Long> maxRequestSizes = new LinkedHashMap<>();
  private final List<String> declarations = new ArrayList<>();

  public KafkaAccess(String principal) {
    this.principal = principal;
  }

  /** The KafkaUser name: akhbar-&lt;service&gt;, or the consumer team's name. */
  public String principal() {
    return principal;
  }

  /**
   * Declares access to a topic.
   *
   * @param by what declared it, for reports ("channel raw-pages", "client story-replay")
   */
  public KafkaAccess topic(String topic, Op op, String by) {
    topics.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(op);
    declarations.add(by + ": " + op.name().toLowerCase(java.util.Locale.ROOT) + " " + topic);
    return this;
  }

  /** A consumer group with a literal name, read through to commit offsets; for {@code topic}. */
  public KafkaAccess group(String group, String topic) {
    groups.put(group, "literal");
    groupReads.add(topic);
    return this;
  }

  /** All groups whose names start with {@code prefix} (a consumer team's own groups). */
  public KafkaAccess groupPrefix(String prefix) {
    groups.put(prefix, "prefix");
    return this;
  }

  public KafkaAccess maxRequestSize(String topic, long bytes) {
    maxRequestSizes.merge(topic, bytes, Math::max);
    return this;
  }

  /** Topic to what is allowed on it, in declaration order. */
  public Map<String, Set<Op>> topics() {
    return Collections.unmodifiableMap(topics);
  }

  /** Group name (or prefix) to its pattern type, literal or prefix. */
  public Map<String, String> groups() {
    return Collections.unmodifiableMap(groups);
  }

  public Set<String> groupNames() {
    return groups.keySet();
  }

  /** Topics read in a consumer group (the input that scales with partitions). */
  public Set<String> groupReads() {
    return Collections.unmodifiableSet(groupReads);
  }

  public Set<String> reads() {
    return withOp(Op.READ);
  }

  public Set<String> writes() {
    return withOp(Op.WRITE);
  }

  public Map<String, Long> maxRequestSizes() {
    return Collections.unmodifiableMap(maxRequestSizes);
  }

  /** Each declaration that gave access, in order: "channel raw-pages: read akhbar.pages.raw.v1". */
  public List<String> declarations() {
    return Collections.unmodifiableList(declarations);
  }

  private Set<String> withOp(Op op) {
    Set<String> s = new LinkedHashSet<>();
    topics.forEach(
        (t, ops) -> {
          if (ops.contains(op)) {
            s.add(t);
          }
        });
    return s;
  }
}
