package dev.akhbar.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OverlaysRenderTest {

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void rendersTheDevAndProdOverlaysAndEveryOtherOne() {
    assertThat(Rendered.repo().overlays()).containsKeys("dev", "prod");
    for (Overlay overlay : Rendered.overlays()) {
      assertThat(overlay.objects()).as(overlay.name()).isNotEmpty();
      assertThat(overlay.ofKind("Deployment").map(K8sObject::name))
          .as(overlay.name() + " deployments")
          .containsExactlyInAnyOrder(
              "akhbar-fetcher",
              "akhbar-parser",
              "akhbar-enricher",
              "akhbar-indexer",
              "akhbar-search");
    }
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void everyOverlayPutsAllItsObjectsInItsOneNamespace() {
    assertThat(namespaces(Rendered.overlay("dev"))).containsExactly("akhbar-dev");
    assertThat(namespaces(Rendered.overlay("prod"))).containsExactly("akhbar");
    for (Overlay overlay : Rendered.overlays()) {
      assertThat(namespaces(overlay)).as(overlay.name()).hasSize(1).doesNotContain("");
    }
  }

  private static java.util.Set<String> namespaces(Overlay overlay) {
    java.util.Set<String> namespaces = new java.util.TreeSet<>();
    overlay
        .objects()
        .forEach(o -> namespaces.add(o.node().path("metadata").path("namespace").asText("")));
    return namespaces;
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void theEckOverlayAddsElasticsearchAndKibanaAndWiresTheIndexerToThem() {
    Overlay eck = Rendered.overlay("eck");
    assertThat(eck.find("Elasticsearch", "akhbar")).isPresent();
    assertThat(
            eck.find("Kibana", "akhbar")
                .orElseThrow()
                .node()
                .path("spec")
                .path("elasticsearchRef")
                .path("name")
                .asText())
        .isEqualTo("akhbar");
    K8sObject indexer = eck.find("Deployment", "akhbar-indexer").orElseThrow();
    assertThat(indexer.node().path("spec").path("template").path("spec").path("initContainers"))
        .hasSize(1);
    assertThat(
            eck.find("ConfigMap", "akhbar-indexer-env")
                .orElseThrow()
                .node()
                .path("data")
                .path("JAVA_TOOL_OPTIONS")
                .asText())
        .contains("-Djavax.net.ssl.trustStore=/etc/akhbar/es-truststore/es.p12");
    assertThat(Rendered.overlay("prod").find("Elasticsearch", "akhbar")).isEmpty();
    // The Kibana saved-objects import Job of deploy/kibana (issue 5) belongs to this overlay.
    Path kibana = Rendered.repo().root().resolve("deploy/kibana");
    if (java.nio.file.Files.isRegularFile(kibana.resolve("kustomization.yaml"))) {
      assertThat(Manifests.parse("kibana", Renderer.find().render(kibana)))
          .as("add ../../../kibana to the resources of deploy/k8s/components/eck")
          .allSatisfy(k -> assertThat(eck.find(k.kind(), k.name())).as(k.id()).isPresent());
    }
  }

  @Test
  @Tag(Rendered.KUSTOMIZE)
  void prodScalesOnConsumerLagAndDevWithTheHpaAlternative() {
    // The three consumers scale on lag; the fetcher is a singleton (see its Deployment); the
    // search, which consumes no topic, scales on CPU everywhere.
    assertThat(Rendered.overlay("prod").ofKind("ScaledObject").map(K8sObject::name))
        .containsExactlyInAnyOrder("akhbar-parser", "akhbar-enricher", "akhbar-indexer");
    assertThat(Rendered.overlay("prod").ofKind("HorizontalPodAutoscaler").map(K8sObject::name))
        .containsExactly("akhbar-search");
    assertThat(Rendered.overlay("dev").ofKind("HorizontalPodAutoscaler")).hasSize(4);
    assertThat(Rendered.overlay("dev").ofKind("ScaledObject")).isEmpty();
  }

  @Test
  void everyManifestFileHoldsExactlyOneObject() {
    assertThat(Validation.oneObjectPerFile(Rendered.repo())).isEmpty();
    assertThat(Rendered.repo().manifestFiles()).hasSizeGreaterThan(40);
  }
}
