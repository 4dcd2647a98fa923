package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks on what the objects of an overlay reference: every Secret key is documented in
 * docs/operations.md and listed (no whole-Secret mounts), every ConfigMap and key exists.
 */
public final class References {
  private References() {}

  /** Secret name and key pairs the overlay's objects reference. */
  public static Set<List<String>> secretKeys(Overlay overlay) {
    Set<List<String>> refs = new LinkedHashSet<>();
    for (K8sObject o : overlay.objects()) {
      JsonNode pod = podSpec(o);
      if (pod != null) {
        for (String section : List.of("containers", "initContainers")) {
          for (JsonNode c : pod.path(section)) {
            for (JsonNode e : c.path("env")) {
              JsonNode ref = e.path("valueFrom").path("secretKeyRef");
              if (!ref.isMissingNode()) {
                refs.add(List.of(ref.path("name").asText(), ref.path("key").asText()));
              }
            }
          }
        }
        for (JsonNode v : pod.path("volumes")) {
          JsonNode secret = v.path("secret");
          for (JsonNode item : secret.path("items")) {
            refs.add(List.of(secret.path("secretName").asText(), item.path("key").asText()));
          }
          for (JsonNode source : v.path("projected").path("sources")) {
            JsonNode s = source.path("secret");
            for (JsonNode item : s.path("items")) {
              refs.add(List.of(s.path("name").asText(), item.path("key").asText()));
            }
          }
        }
      }
      if (o.is("TriggerAuthentication")) {
        for (JsonNode t : o.node().path("spec").path("secretTargetRef")) {
          refs.add(List.of(t.path("name").asText(), t.path("key").asText()));
        }
      }
    }
    return refs;
  }

  /** Pod volumes that mount a whole Secret (no items): their keys cannot be checked. */
  public static List<String> wholeSecretMounts(Overlay overlay) {
    List<String> problems = new ArrayList<>();
    for (K8sObject o : overlay.objects()) {
      JsonNode pod = podSpec(o);
      if (pod == null) {
        continue;
      }
      for (JsonNode v : pod.path("volumes")) {
        if (v.has("secret") && !v.path("secret").has("items")) {
          problems.add(
              o.id()
                  + ": volume "
                  + v.path("name").asText()
                  + " mounts Secret "
                  + v.path("secret").path("secretName").asText()
                  + " whole; list its items so the keys are known and documented");
        }
      }
    }
    return problems;
  }

  /** Every referenced Secret key is documented: a line of the doc names both in backquotes. */
  public static List<String> secretKeysDocumented(Overlay overlay, String operationsDoc) {
    List<String> problems = new ArrayList<>();
    List<String> lines = operationsDoc.lines().toList();
    for (List<String> ref : secretKeys(overlay)) {
      String secret = "`" + ref.get(0) + "`";
      String key = "`" + ref.get(1) + "`";
      boolean documented = lines.stream().anyMatch(l -> l.contains(secret) && l.contains(key));
      if (!documented) {
        problems.add(
            overlay.name()
                + ": Secret "
                + ref.get(0)
                + " key "
                + ref.get(1)
                + " is referenced but not documented in docs/operations.md");
      }
    }
    return problems;
  }

  /** Every ConfigMap a pod or a KEDA TriggerAuthentication references is part of the overlay. */
  public static List<String> configMapsExist(Overlay overlay) {
    List<String> problems = new ArrayList<>();
    for (K8sObject o : overlay.objects()) {
      Set<List<String>> refs = new LinkedHashSet<>();
      JsonNode pod = podSpec(o);
      if (pod != null) {
        for (JsonNode c : pod.path("containers")) {
          for (JsonNode e : c.path("env")) {
            JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
            if (!ref.isMissingNode()) {
              refs.add(List.of(ref.path("name").asText(), ref.path("key").asText()));
            }
          }
        }
        for (JsonNode v : pod.path("volumes")) {
          if (v.has("configMap")) {
            JsonNode cm = v.path("configMap");
            refs.add(List.of(cm.path("name").asText()));
            for (JsonNode item : cm.path("items")) {
              refs.add(List.of(cm.path("name").asText(), item.path("key").asText()));
            }
          }
        }
      }
      if (o.is("TriggerAuthentication")) {
        for (JsonNode t : o.node().path("spec").path("configMapTargetRef")) {
          refs.add(List.of(t.path("name").asText(), t.path("key").asText()));
        }
      }
      for (List<String> ref : refs) {
        Optional<K8sObject> cm = overlay.find("ConfigMap", ref.get(0));
        if (cm.isEmpty()) {
          problems.add(o.id() + ": ConfigMap " + ref.get(0) + " is not in the overlay");
        } else if (ref.size() > 1 && !cm.get().node().path("data").has(ref.get(1))) {
          problems.add(o.id() + ": ConfigMap " + ref.get(0) + " has no key " + ref.get(1));
        }
      }
    }
    return problems;
  }

  static JsonNode podSpec(K8sObject o) {
    return switch (o.kind()) {
      case "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet" ->
          o.node().path("spec").path("template").path("spec");
      case "CronJob" ->
          o.node().path("spec").path("jobTemplate").path("spec").path("template").path("spec");
      case "Pod" -> o.node().path("spec");
      default -> null;
    };
  }
}
