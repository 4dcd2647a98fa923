package dev.akhbar.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The repository as the checks see it: overlays, services, the contract and the docs. */
public final class Repo {
  /** The services deployed by deploy/k8s (search reads Elasticsearch only: no Kafka). */
  public static final List<String> SERVICES =
      List.of("fetcher", "parser", "enricher", "indexer", "search");

  private final Path root;

  public Repo(Path root) {
    this.root = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(this.root.resolve("deploy/k8s"))) {
      throw new IllegalArgumentException(this.root + " has no deploy/k8s: not the Akhbar repo");
    }
  }

  /** From -Dakhbar.repo.root, else the working directory or one of its parents. */
  public static Repo locate() {
    String prop = System.getProperty("akhbar.repo.root");
    if (prop != null && !prop.isBlank()) {
      return new Repo(Path.of(prop));
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("deploy/k8s"))
          && Files.isDirectory(dir.resolve("services"))) {
        return new Repo(dir);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("Cannot find the repository root; set -Dakhbar.repo.root");
  }

  public Path root() {
    return root;
  }

  public Path k8s() {
    return root.resolve("deploy/k8s");
  }

  /** Overlay name to directory: every deploy/k8s/overlays/* with a kustomization.yaml. */
  public Map<String, Path> overlays() {
    Map<String, Path> overlays = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(k8s().resolve("overlays"))) {
      dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
          .forEach(d -> overlays.put(d.getFileName().toString(), d));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return overlays;
  }

  /** Renders every overlay. */
  public List<Overlay> render(Renderer renderer) {
    List<Overlay> rendered = new ArrayList<>();
    overlays()
        .forEach(
            (name, dir) ->
                rendered.add(new Overlay(name, Manifests.parse(name, renderer.render(dir)))));
    return rendered;
  }

  /** The services that have an application.properties today. */
  public List<ServiceConfig> services() {
    List<ServiceConfig> services = new ArrayList<>();
    for (String s : SERVICES) {
      ServiceConfig.load(root, s).ifPresent(services::add);
    }
    return services;
  }

  public Optional<ServiceConfig> service(String name) {
    return ServiceConfig.load(root, name);
  }

  /** docs/asyncapi.yaml, parsed. */
  public com.fasterxml.jackson.databind.JsonNode asyncApi() {
    List<com.fasterxml.jackson.databind.JsonNode> docs =
        Manifests.documents(root.resolve("docs/asyncapi.yaml"));
    return docs.get(0);
  }

  public String operationsDoc() {
    Path doc = root.resolve("docs/operations.md");
    try {
      return Files.isRegularFile(doc) ? Files.readString(doc) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every YAML file under deploy/k8s except the validator's. */
  public List<Path> manifestFiles() {
    try (Stream<Path> files = Files.walk(k8s())) {
      return files
          .filter(p -> !p.startsWith(k8s().resolve("validator")))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
