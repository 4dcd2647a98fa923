package dev.akhbar.k8s;

import java.util.List;

/**
 * The repository and its overlays, rendered once per test JVM. Rendering runs the real kustomize
 * ({@code kubectl kustomize} or {@code kustomize}): the tests that need it carry the tag {@link
 * #KUSTOMIZE} and run in the verify phase (failsafe), so that {@code mvn test} needs no kubectl.
 */
final class Rendered {
  static final String KUSTOMIZE = "kustomize";

  private static Repo repo;
  private static List<Overlay> overlays;

  private Rendered() {}

  static synchronized Repo repo() {
    if (repo == null) {
      repo = Repo.locate();
    }
    return repo;
  }

  static synchronized List<Overlay> overlays() {
    if (overlays == null) {
      overlays = repo().render(Renderer.find());
    }
    return overlays;
  }

  static Overlay overlay(String name) {
    return overlays().stream()
        .filter(o -> o.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no overlay " + name));
  }
}
