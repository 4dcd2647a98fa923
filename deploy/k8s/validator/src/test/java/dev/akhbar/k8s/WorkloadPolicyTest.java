package dev.akhbar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class WorkloadPolicyTest {

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyDeploymentOfEveryOverlayIsHardenedAndHasItsCompanions() {
    List<String> problems = new ArrayList<>();
    Rendered.overlays().forEach(o -> problems.addAll(WorkloadPolicy.check(o)));
    assertThat(problems).isEmpty();
  }

  @Test
  void flagsADeploymentWithoutProbesLimitsOrHardening() {
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: bare}
            spec:
              selector:
                matchLabels: {app: bare}
              template:
                metadata:
                  labels: {app: bare}
                spec:
                  containers:
                    - name: bare
                      image: bare:1
                      resources:
                        requests: {cpu: 100m, memory: 64Mi}
            """);
    String problems = String.join("\n", WorkloadPolicy.check(overlay));
    assertThat(problems)
        .contains("runAsNonRoot must be true")
        .contains("seccompProfile must be RuntimeDefault")
        .contains("livenessProbe must GET /q/health/live")
        .contains("readinessProbe must GET /q/health/ready")
        .contains("resources.limits.memory missing")
        .contains("readOnlyRootFilesystem must be true")
        .contains("capabilities must drop ALL")
        .contains("emptyDir mounted on /tmp")
        .contains("no Service selects its pods")
        .contains("no PodDisruptionBudget")
        .contains("no NetworkPolicy")
        .contains("neither a KEDA ScaledObject nor an HPA");
  }

  @Test
  void flagsAnInitContainerThatIsNotHardenedOrRunsAnotherImage() {
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      image: other:1
                  containers:
                    - name: main
                      image: main:1
            """);
    String problems = String.join("\n", WorkloadPolicy.check(overlay));
    assertThat(problems)
        .contains("init container init: resources.limits.cpu missing")
        .contains("init container init: readOnlyRootFilesystem must be true")
        .contains("init container init: image other:1 is none of the pod's container images");
  }

  @Test
  void acceptsASingletonOnlyWithAReasonOneReplicaAndRecreate() {
    String singleton =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: s
          annotations: {akhbar.dev/scaling: "singleton: %s"}
        spec:
          replicas: %d
          strategy: {type: %s}
        """;
    assertThat(
            WorkloadPolicy.check(
                Yaml.overlay(singleton.formatted("keeps state in memory", 1, "Recreate"))))
        .noneMatch(p -> p.contains("singleton") || p.contains("scales it"));
    assertThat(
            String.join(
                "\n",
                WorkloadPolicy.check(Yaml.overlay(singleton.formatted("", 2, "RollingUpdate")))))
        .contains("a singleton needs replicas 1 and strategy Recreate")
        .contains("must say why it is a singleton");
  }

  @Test
  void flagsAServiceAndANetworkPolicyPointingAtAPortThePodDoesNotHave() {
    Overlay overlay =
        Yaml.overlay(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - {name: c, image: c:1, ports: [{name: http, containerPort: 8081}]}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: d}
            spec:
              selector: {app: d}
              ports: [{port: 80, targetPort: web}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: d}
            spec:
              podSelector: {matchLabels: {app: d}}
              ingress: [{ports: [{port: 8080}]}]
            """);
    assertThat(String.join("\n", WorkloadPolicy.check(overlay)))
        .contains("Service/d: targetPort \"web\" is no port of")
        .contains("NetworkPolicy/d: ingress port 8080 is no port of");
  }
}
