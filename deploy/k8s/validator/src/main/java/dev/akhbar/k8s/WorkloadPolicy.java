package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The house rules every Akhbar Deployment follows: probes on the Quarkus health endpoints, requests
 * and limits, non-root, read-only root filesystem with an emptyDir /tmp, all capabilities dropped,
 * seccomp RuntimeDefault; and a Service, a PodDisruptionBudget, a NetworkPolicy and an autoscaler
 * (KEDA ScaledObject or HPA) next to it.
 */
public final class WorkloadPolicy {
  /** {@code singleton: <reason>} exempts a Deployment from autoscaling. */
  public static final String SCALING_ANNOTATION = "akhbar.dev/scaling";

  private WorkloadPolicy() {}

  public static List<String> check(Overlay overlay) {
    List<String> problems = new ArrayList<>();
    overlay.ofKind("Deployment").forEach(d -> checkDeployment(overlay, d, problems));
    return problems;
  }

  static void checkDeployment(Overlay overlay, K8sObject d, List<String> problems) {
    JsonNode spec = d.node().path("spec");
    JsonNode podLabels = spec.path("template").path("metadata").path("labels");
    if (!Overlay.selects(spec.path("selector").path("matchLabels"), podLabels)) {
      problems.add(d.id() + ": selector does not select its own pod template");
    }
    JsonNode pod = spec.path("template").path("spec");
    JsonNode psc = pod.path("securityContext");
    if (!psc.path("runAsNonRoot").asBoolean(false)) {
      problems.add(d.id() + ": pod securityContext.runAsNonRoot must be true");
    }
    if (!psc.path("seccompProfile").path("type").asText().equals("RuntimeDefault")) {
      problems.add(d.id() + ": pod seccompProfile must be RuntimeDefault");
    }
    Set<String> images = new HashSet<>();
    pod.path("containers").forEach(c -> images.add(c.path("image").asText()));
    for (JsonNode c : pod.path("initContainers")) {
      String where = d.id() + " init container " + c.path("name").asText();
      hardened(where, c, problems);
      if (!images.contains(c.path("image").asText())) {
        problems.add(
            where
                + ": image "
                + c.path("image").asText()
                + " is none of the pod's container images "
                + images
                + " (did an overlay's images: miss it?)");
      }
    }
    for (JsonNode c : pod.path("containers")) {
      String where = d.id() + " container " + c.path("name").asText();
      probe(where, c, "livenessProbe", "/q/health/live", problems);
      probe(where, c, "readinessProbe", "/q/health/ready", problems);
      hardened(where, c, problems);
      boolean tmp = false;
      for (JsonNode m : c.path("volumeMounts")) {
        if (m.path("mountPath").asText().equals("/tmp")) {
          String vol = m.path("name").asText();
          for (JsonNode v : pod.path("volumes")) {
            tmp |= v.path("name").asText().equals(vol) && v.has("emptyDir");
          }
        }
      }
      if (!tmp) {
        problems.add(
            where + ": needs an emptyDir mounted on /tmp (the root filesystem is read-only)");
      }
    }
    companions(overlay, d, podLabels, problems);
  }

  /** Requests and limits, read-only root filesystem, no privilege, all capabilities dropped. */
  private static void hardened(String where, JsonNode c, List<String> problems) {
    JsonNode res = c.path("resources");
    for (String section : List.of("requests", "limits")) {
      for (String r : List.of("cpu", "memory")) {
        if (res.path(section).path(r).isMissingNode()) {
          problems.add(where + ": resources." + section + "." + r + " missing");
        }
      }
    }
    JsonNode sc = c.path("securityContext");
    if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
      problems.add(where + ": readOnlyRootFilesystem must be true");
    }
    if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
      problems.add(where + ": allowPrivilegeEscalation must be false");
    }
    boolean dropsAll = false;
    for (JsonNode cap : sc.path("capabilities").path("drop")) {
      dropsAll |= cap.asText().equals("ALL");
    }
    if (!dropsAll || sc.path("capabilities").path("add").size() > 0) {
      problems.add(where + ": capabilities must drop ALL and add none");
    }
    if (sc.has("runAsNonRoot") && !sc.path("runAsNonRoot").asBoolean()) {
      problems.add(where + ": runAsNonRoot overridden to false");
    }
    if (sc.has("privileged") && sc.path("privileged").asBoolean()) {
      problems.add(where + ": privileged");
    }
  }

  private static void probe(
      String where, JsonNode c, String probe, String path, List<String> problems) {
    JsonNode get = c.path(probe).path("httpGet");
    if (!get.path("path").asText().equals(path)) {
      problems.add(where + ": " + probe + " must GET " + path);
      return;
    }
    JsonNode port = get.path("port");
    boolean known = false;
    for (JsonNode p : c.path("ports")) {
      known |=
          port.isInt()
              ? p.path("containerPort").asInt() == port.asInt()
              : p.path("name").asText().equals(port.asText());
    }
    if (!known) {
      problems.add(where + ": " + probe + " port " + port + " is not a container port");
    }
  }

  private static void companions(
      Overlay overlay, K8sObject d, JsonNode podLabels, List<String> problems) {
    boolean service =
        overlay
            .ofKind("Service")
            .anyMatch(s -> Overlay.selects(s.node().path("spec").path("selector"), podLabels));
    // Ports: a Service's targetPort and a NetworkPolicy's ingress port are the pods' ports.
    Set<String> portNames = new HashSet<>();
    Set<Integer> portNumbers = new HashSet<>();
    for (JsonNode c : d.node().path("spec").path("template").path("spec").path("containers")) {
      for (JsonNode p : c.path("ports")) {
        portNames.add(p.path("name").asText());
        portNumbers.add(p.path("containerPort").asInt());
      }
    }
    overlay
        .ofKind("Service")
        .filter(s -> Overlay.selects(s.node().path("spec").path("selector"), podLabels))
        .forEach(
            s -> {
              for (JsonNode p : s.node().path("spec").path("ports")) {
                JsonNode target = p.has("targetPort") ? p.get("targetPort") : p.path("port");
                boolean ok =
                    target.isInt()
                        ? portNumbers.contains(target.asInt())
                        : portNames.contains(target.asText());
                if (!ok) {
                  problems.add(s.id() + ": targetPort " + target + " is no port of " + d.id());
                }
              }
            });
    overlay
        .ofKind("NetworkPolicy")
        .filter(
            n ->
                Overlay.selects(
                    n.node().path("spec").path("podSelector").path("matchLabels"), podLabels))
        .forEach(
            n -> {
              for (JsonNode rule : n.node().path("spec").path("ingress")) {
                for (JsonNode p : rule.path("ports")) {
                  JsonNode port = p.path("port");
                  boolean ok =
                      port.isInt()
                          ? portNumbers.contains(port.asInt())
                          : portNames.contains(port.asText());
                  if (!ok) {
                    problems.add(n.id() + ": ingress port " + port + " is no port of " + d.id());
                  }
                }
              }
            });
    boolean pdb =
        overlay
            .ofKind("PodDisruptionBudget")
            .anyMatch(
                p ->
                    Overlay.selects(
                        p.node().path("spec").path("selector").path("matchLabels"), podLabels));
    boolean netpol =
        overlay
            .ofKind("NetworkPolicy")
            .anyMatch(
                n ->
                    !n.node().path("spec").path("podSelector").path("matchLabels").isEmpty()
                        && Overlay.selects(
                            n.node().path("spec").path("podSelector").path("matchLabels"),
                            podLabels)
                        && n.node().path("spec").has("ingress"));
    boolean scaler =
        overlay
                .ofKind("ScaledObject")
                .anyMatch(
                    s ->
                        s.node()
                            .path("spec")
                            .path("scaleTargetRef")
                            .path("name")
                            .asText()
                            .equals(d.name()))
            || overlay
                .ofKind("HorizontalPodAutoscaler")
                .anyMatch(
                    h ->
                        h.node()
                            .path("spec")
                            .path("scaleTargetRef")
                            .path("name")
                            .asText()
                            .equals(d.name()));
    if (!service) {
      problems.add(d.id() + ": no Service selects its pods");
    }
    if (!pdb) {
      problems.add(d.id() + ": no PodDisruptionBudget selects its pods");
    }
    if (!netpol) {
      problems.add(d.id() + ": no NetworkPolicy of its own (with ingress rules) selects its pods");
    }
    String singleton =
        d.node().path("metadata").path("annotations").path(SCALING_ANNOTATION).asText("");
    if (singleton.startsWith("singleton:")) {
      // Exempt from autoscaling, with a reason: exactly one pod, never two at once.
      JsonNode spec = d.node().path("spec");
      if (scaler) {
        problems.add(d.id() + ": is a singleton (" + SCALING_ANNOTATION + ") but is autoscaled");
      }
      if (spec.path("replicas").asInt(1) != 1
          || !spec.path("strategy").path("type").asText().equals("Recreate")) {
        problems.add(d.id() + ": a singleton needs replicas 1 and strategy Recreate");
      }
      if (singleton.substring("singleton:".length()).isBlank()) {
        problems.add(d.id() + ": " + SCALING_ANNOTATION + " must say why it is a singleton");
      }
    } else if (!scaler) {
      problems.add(d.id() + ": neither a KEDA ScaledObject nor an HPA scales it");
    }
  }
}
