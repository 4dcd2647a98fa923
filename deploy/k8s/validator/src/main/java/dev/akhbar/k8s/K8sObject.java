package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;

/** One rendered Kubernetes object, as JSON, with the overlay it came from. */
public record K8sObject(String overlay, JsonNode node) {

  public String apiVersion() {
    return node.path("apiVersion").asText("");
  }

  public String kind() {
    return node.path("kind").asText("");
  }

  public String name() {
    return node.path("metadata").path("name").asText("");
  }

  /** The API group, empty for the core group ({@code v1}). */
  public String group() {
    String v = apiVersion();
    int slash = v.indexOf('/');
    return slash < 0 ? "" : v.substring(0, slash);
  }

  public String version() {
    String v = apiVersion();
    return v.substring(v.indexOf('/') + 1);
  }

  public boolean is(String kind) {
    return kind().equals(kind);
  }

  /** {@code overlay: Kind/name}, how problems name the object. */
  public String id() {
    return overlay + ": " + kind() + "/" + name();
  }
}
