package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The rendered objects of one overlay, with lookups. */
public record Overlay(String name, List<K8sObject> objects) {

  public Stream<K8sObject> ofKind(String kind) {
    return objects.stream().filter(o -> o.is(kind));
  }

  public Optional<K8sObject> find(String kind, String name) {
    return ofKind(kind).filter(o -> o.name().equals(name)).findFirst();
  }

  /** Whether {@code selector} (a matchLabels map) selects a pod with {@code podLabels}. */
  public static boolean selects(JsonNode selector, JsonNode podLabels) {
    if (selector == null || !selector.isObject() || selector.isEmpty()) {
      return false;
    }
    var fields = selector.properties();
    for (var e : fields) {
      if (!podLabels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
        return false;
      }
    }
    return true;
  }
}
