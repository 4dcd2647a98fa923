package dev.akhbar.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where tests find the real infrastructure: the one lookup of the broker's address, the node's URL
 * and the checkout the tests run in.
 *
 * <p>Each address is, in this order: the system property (failsafe passes {@code
 * akhbar.kafka.bootstrap} and {@code akhbar.es.url} from the build), the environment ({@code
 * AKHBAR_KAFKA_BOOTSTRAP}, {@code AKHBAR_ES_URL}), else the infrastructure {@code deploy/local}
 * starts on this machine (port {@code AKHBAR_INFRA_KAFKA_PORT}, default 19092, and {@code
 * AKHBAR_INFRA_ES_PORT}, default 19200).
 */
public final class Infra {
  private Infra() {}

  /** The Kafka bootstrap servers of the real broker. */
  public static String kafkaBootstrap() {
    return kafkaBootstrap(System.getProperty("akhbar.kafka.bootstrap"), System.getenv());
  }

  /** The URL of the real Elasticsearch node. */
  public static String esUrl() {
    return esUrl(System.getProperty("akhbar.es.url"), System.getenv());
  }

  static String kafkaBootstrap(String property, Map<String, String> env) {
    return first(
        property,
        env.get("AKHBAR_KAFKA_BOOTSTRAP"),
        "127.0.0.1:" + env.getOrDefault("AKHBAR_INFRA_KAFKA_PORT", "19092"));
  }

  static String esUrl(String property, Map<String, String> env) {
    return first(
        property,
        env.get("AKHBAR_ES_URL"),
        "http://127.0.0.1:" + env.getOrDefault("AKHBAR_INFRA_ES_PORT", "19200"));
  }

  /**
   * A name for this test JVM, the same in every class loader of it (Quarkus loads a test class and
   * its resources in more than one): topics and groups named with it are this run's own.
   */
  public static String runId() {
    ProcessHandle self = ProcessHandle.current();
    return self.pid() + "-" + self.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
  }

  /**
   * The root of the checkout, for the system tests that start the packaged services or the
   * infrastructure script: the system property {@code akhbar.repo.root}, else the nearest folder
   * above the working directory that holds {@code deploy/local/bin/infra}. Module tests do not use
   * it: their data reaches them on the test classpath (see {@link TestData}).
   */
  public static Path repoRoot() {
    String property = System.getProperty("akhbar.repo.root");
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.isExecutable(p.resolve(INFRA_SCRIPT))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "No checkout above " + start + " (no " + INFRA_SCRIPT + "): set -Dakhbar.repo.root");
  }

  /** The script that starts and stops the local infrastructure ({@code make up}). */
  public static Path infraScript() {
    return repoRoot().resolve(INFRA_SCRIPT);
  }

  /**
   * Whether {@link #kafkaBootstrap()} is the broker {@code deploy/local} runs (a test may kill it).
   */
  public static boolean kafkaIsLocal() {
    String port = System.getenv().getOrDefault("AKHBAR_INFRA_KAFKA_PORT", "19092");
    String k = kafkaBootstrap();
    return (k.equals("127.0.0.1:" + port) || k.equals("localhost:" + port)) && hasInfraScript();
  }

  /** Whether {@link #esUrl()} is the node {@code deploy/local} runs (a test may stop it). */
  public static boolean esIsLocal() {
    return esIsLocal(esUrl());
  }

  /** Whether {@code es} is the node {@code deploy/local} runs. */
  public static boolean esIsLocal(String es) {
    String port = System.getenv().getOrDefault("AKHBAR_INFRA_ES_PORT", "19200");
    return (es.equals("http://127.0.0.1:" + port) || es.equals("http://localhost:" + port))
        && hasInfraScript();
  }

  private static final String INFRA_SCRIPT = "deploy/local/bin/infra";

  private static boolean hasInfraScript() {
    try {
      return Files.isExecutable(infraScript());
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    throw new IllegalArgumentException("no value");
  }
}
