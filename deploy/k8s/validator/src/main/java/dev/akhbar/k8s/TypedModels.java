package dev.akhbar.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The typed models the validator binds objects to strictly, by {@code apiVersion/kind}. */
final class TypedModels {
  private TypedModels() {}

  /** {@code apiVersion/kind} to model class, from the ServiceLoader lists the model jars ship. */
  static Map<String, Class<?>> load() {
    Map<String, Class<?>> models = new HashMap<>();
    ClassLoader cl = TypedModels.class.getClassLoader();
    try {
      Enumeration<URL> lists =
          cl.getResources("META-INF/services/" + KubernetesResource.class.getName());
      while (lists.hasMoreElements()) {
        URL url = lists.nextElement();
        try (BufferedReader r =
            new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
              continue;
            }
            register(models, Class.forName(line, false, cl));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    // Strimzi serves several API versions from one model class; register those we write.
    for (String version : List.of("v1", "v1beta2")) {
      models.put(
          "kafka.strimzi.io/" + version + "/KafkaTopic",
          io.strimzi.api.kafka.model.topic.KafkaTopic.class);
      models.put(
          "kafka.strimzi.io/" + version + "/KafkaUser",
          io.strimzi.api.kafka.model.user.KafkaUser.class);
      models.put(
          "kafka.strimzi.io/" + version + "/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class);
      models.put(
          "kafka.strimzi.io/" + version + "/KafkaNodePool",
          io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class);
    }
    return Map.copyOf(models);
  }

  @SuppressWarnings("unchecked")
  private static void register(Map<String, Class<?>> models, Class<?> type) {
    if (!HasMetadata.class.isAssignableFrom(type)) {
      return;
    }
    Class<? extends HasMetadata> resource = (Class<? extends HasMetadata>) type;
    try {
      String apiVersion = HasMetadata.getApiVersion(resource);
      String kind = HasMetadata.getKind(resource);
      if (apiVersion != null && kind != null) {
        models.putIfAbsent(apiVersion + "/" + kind, type);
      }
    } catch (RuntimeException ignored) {
      // a class without @Group/@Version annotations is no top-level kind
    }
  }
}
