package dev.akhbar.pipeline;

/**
 * Where the pipeline's Kafka and Elasticsearch are: system properties {@code
 * akhbar.kafka.bootstrap} and {@code akhbar.es.url}, else env {@code AKHBAR_KAFKA_BOOTSTRAP} and
 * {@code AKHBAR_ES_URL}, else the local infrastructure of {@code deploy/local}.
 */
public record Endpoints(String kafkaBootstrap, String esUrl) {
  public static final String LOCAL_KAFKA = "127.0.0.1:19092";
  public static final String LOCAL_ES = "http://127.0.0.1:19200";

  public static Endpoints resolve() {
    return new Endpoints(
        first(
            System.getProperty("akhbar.kafka.bootstrap"),
            System.getenv("AKHBAR_KAFKA_BOOTSTRAP"),
            LOCAL_KAFKA),
        first(System.getProperty("akhbar.es.url"), System.getenv("AKHBAR_ES_URL"), LOCAL_ES));
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
