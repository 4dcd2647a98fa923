package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The API server's checks of names and labels (RFC 1123 names, label keys and values). */
final class ObjectNames {
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
              + "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  /** Kinds whose names are DNS-1123 labels (they become host names or port-like identifiers). */
  private static final Set<String> LABEL_NAMED = Set.of("Service", "Namespace");

  private ObjectNames() {}

  /** Adds to {@code problems} what is wrong with the object's name and labels. */
  static void check(K8sObject object, List<String> problems) {
    JsonNode meta = object.node().path("metadata");
    String name = object.name();
    if (name.isEmpty()) {
      problems.add(object.id() + ": metadata.name is required");
    } else if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      problems.add(object.id() + ": metadata.name is not a DNS-1123 subdomain");
    } else if (LABEL_NAMED.contains(object.kind())
        && (name.length() > 63 || !DNS_LABEL.matcher(name).matches())) {
      problems.add(object.id() + ": metadata.name is not a DNS-1123 label");
    }
    checkLabels(object.id() + ": metadata.labels", meta.path("labels"), problems);
    JsonNode template = object.node().path("spec").path("template").path("metadata");
    checkLabels(object.id() + ": spec.template.metadata.labels", template.path("labels"), problems);
  }

  private static void checkLabels(String where, JsonNode labels, List<String> problems) {
    labels
        .properties()
        .forEach(
            e -> {
              String key = e.getKey();
              String value = e.getValue().asText();
              String namepart = key.substring(key.indexOf('/') + 1);
              if (!LABEL_KEY.matcher(key).matches() || namepart.length() > 63) {
                problems.add(where + ": invalid label key " + key);
              }
              if (!e.getValue().isTextual()
                  || value.length() > 63
                  || !LABEL_VALUE.matcher(value).matches()) {
                problems.add(where + ": invalid value for label " + key + ": " + e.getValue());
              }
            });
  }
}
