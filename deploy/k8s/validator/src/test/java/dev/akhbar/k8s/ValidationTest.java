package dev.akhbar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyCheckThatMakeK8sValidatePrintsPassesOnEveryOverlay() {
    Map<String, List<String>> results = Validation.run(Rendered.repo(), Rendered.overlays());
    assertThat(results.keySet())
        .contains(
            "one object per manifest file",
            "prod: Kafka wiring (cluster, listener, credentials)",
            "Kafka wiring generated from the declarations is current (make k8s-generate)",
            "dev: topic retention as docs/asyncapi.yaml promises",
            "eck: Secret keys documented");
    assertThat(results).allSatisfy((check, problems) -> assertThat(problems).as(check).isEmpty());
  }
}
