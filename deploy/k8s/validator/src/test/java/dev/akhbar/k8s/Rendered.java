package dev.akhbar.k8s;

import java.util.List;

/** The repository and its overlays, rendered once per test JVM. */
final class Rendered {
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
