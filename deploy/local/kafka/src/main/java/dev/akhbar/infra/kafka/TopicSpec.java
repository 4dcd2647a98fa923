package dev.akhbar.infra.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the topic contract file ({@code dev/akhbar/events/topics.tsv}): {@code
 * name<TAB>partitions<TAB>config}, where config is comma-separated {@code key=value} topic configs
 * or {@code -} for none. Blank lines and {@code #} comments are ignored.
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

  public TopicSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("topic name is blank");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException(
          "topic " + name + ": partitions must be >= 1, was " + partitions);
    }
    configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
  }

  public static List<TopicSpec> parse(Reader source) throws IOException {
    List<TopicSpec> specs = new ArrayList<>();
    BufferedReader reader = new BufferedReader(source);
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      try {
        specs.add(parseLine(content));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return specs;
  }

  static TopicSpec parseLine(String content) {
    // Tabs per the contract; runs of spaces are tolerated so hand edits do not break it.
    String[] fields = content.split("\\s+");
    if (fields.length < 2 || fields.length > 3) {
      throw new IllegalArgumentException("expected name, partitions and config, got: " + content);
    }
    int partitions;
    try {
      partitions = Integer.parseInt(fields[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("partitions is not a number: " + fields[1]);
    }
    Map<String, String> configs = new LinkedHashMap<>();
    if (fields.length == 3 && !fields[2].equals("-")) {
      for (String pair : fields[2].split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || eq == pair.length() - 1) {
          throw new IllegalArgumentException("config is not key=value: " + pair);
        }
        configs.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return new TopicSpec(fields[0], partitions, configs);
  }
}
