package dev.akhbar.k8s;

import java.util.List;

/** Small helpers to build objects for the negative tests. */
final class Yaml {
  private Yaml() {}

  static K8sObject object(String yaml) {
    List<K8sObject> objects = Manifests.parse("test", yaml);
    if (objects.size() != 1) {
      throw new IllegalArgumentException("expected one object, got " + objects.size());
    }
    return objects.get(0);
  }

  static Overlay overlay(String yaml) {
    return new Overlay("test", Manifests.parse("test", yaml));
  }
}
