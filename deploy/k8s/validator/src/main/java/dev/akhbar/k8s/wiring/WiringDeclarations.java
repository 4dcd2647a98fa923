package dev.akhbar.k8s.wiring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The deployment's side of the Kafka wiring, in deploy/k8s/wiring/: what is a choice of this
 * deployment rather than of a service or of the contract.
 *
 * <ul>
 *   <li>{@code kafka.properties}: the Strimzi cluster, its listener, the CA trust store, the
 *       replication of every topic;
 *   <li>{@code retention.tsv}: how long each delete-policy topic keeps its records;
 *   <li>{@code services/<service>.properties}: the service's other env vars ({@code env.NAME})
 *       (what it does on Kafka, channels and its own clients, is declared only in its {@code
 *       application.properties});
 *   <li>{@code consumers/<team>.properties}: another team's read access ({@code read}, {@code
 *       group.prefix}).
 * </ul>
 */
public record WiringDeclarations(
    Map<String, String> kafka,
    Map<String, Long> retention,
    Map<String, Map<String, String>> services,
    Map<String, Map<String, String>> consumers) {

  public static WiringDeclarations load(Path wiring) {
    return new WiringDeclarations(
        properties(wiring.resolve("kafka.properties")),
        retention(wiring.resolve("retention.tsv")),
        folder(wiring.resolve("services")),
        folder(wiring.resolve("consumers")));
  }

  public String cluster() {
    return required("cluster");
  }

  public String required(String key) {
    String v = kafka.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("deploy/k8s/wiring/kafka.properties: " + key + " is missing");
    }
    return v;
  }

  /** The properties of a file, in file order. */
  public static Map<String, String> properties(Path file) {
    Map<String, String> ordered = new LinkedHashMap<>();
    Properties p =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            ordered.put((String) key, ((String) value).strip());
            return super.put(key, value);
          }
        };
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ordered;
  }

  private static Map<String, Long> retention(Path file) {
    Map<String, Long> retention = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          String[] cols = line.split("\\s+");
          retention.put(cols[0], Long.parseLong(cols[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return retention;
  }

  /** File name without .properties to its properties, sorted by name. */
  private static Map<String, Map<String, String>> folder(Path dir) {
    Map<String, Map<String, String>> all = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return all;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".properties"))
          .forEach(
              f ->
                  all.put(
                      f.getFileName().toString().replaceFirst("\\.properties$", ""),
                      properties(f)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
