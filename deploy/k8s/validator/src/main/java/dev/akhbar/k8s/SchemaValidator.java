package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates one object against the schema of its kind.
 *
 * <ul>
 *   <li>Kubernetes core kinds, the Strimzi CRDs and the Prometheus Operator CRDs: strict binding to
 *       the typed models (fabric8 kubernetes-model, io.strimzi:api, openshift-model-monitoring).
 *       These models keep unknown fields in an "additional properties" bag; the binder used here
 *       ({@link StrictBinder}) has that bag removed, so any field the API does not define, and any
 *       value of the wrong type, is an error with its path. A round trip then catches values a
 *       model silently drops (Strimzi maps unknown enum values to null); {@link StrimziRules}
 *       applies Strimzi's per-version, minimum and pattern annotations; {@link #REQUIRED} the
 *       required fields the models do not enforce.
 *   <li>KEDA and ECK: no Maven Central or npm package ships their CRD schemas as data, so minimal
 *       JSON Schemas written from the CRD reference live in {@code schemas/<group>/<version>/}.
 * </ul>
 *
 * <p>Every object also gets the API server's name checks ({@link ObjectNames}: RFC 1123 names,
 * label syntax).
 */
public final class SchemaValidator {
  /**
   * Fields the API server requires of the kinds Akhbar writes, which the typed models do not
   * enforce (paths with {@code *} for every element of a list; from the Kubernetes API reference).
   */
  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "Deployment",
          List.of(
              "spec.selector",
              "spec.template",
              "spec.template.spec.containers",
              "spec.template.spec.containers.*.name",
              "spec.template.spec.containers.*.image"),
          "Job",
          List.of(
              "spec.template",
              "spec.template.spec.containers",
              "spec.template.spec.containers.*.name",
              "spec.template.spec.containers.*.image"),
          "Service",
          List.of("spec.ports", "spec.ports.*.port"),
          "NetworkPolicy",
          List.of("spec.podSelector"),
          "PodDisruptionBudget",
          List.of("spec.selector"),
          "HorizontalPodAutoscaler",
          List.of("spec.scaleTargetRef.kind", "spec.scaleTargetRef.name", "spec.maxReplicas"),
          "KafkaTopic",
          List.of("spec"),
          "KafkaUser",
          List.of("spec"));

  private final Map<String, Class<?>> models = TypedModels.load();
  private final StrictBinder binder = new StrictBinder();

  private final Map<String, JsonSchema> jsonSchemas = new ConcurrentHashMap<>();
  private final JsonSchemaFactory schemaFactory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  /** The problems of {@code object}; empty when it is valid. */
  public List<String> validate(K8sObject object) {
    List<String> problems = new ArrayList<>();
    String where = object.id();
    if (object.apiVersion().isEmpty() || object.kind().isEmpty()) {
      problems.add(where + ": apiVersion and kind are required");
      return problems;
    }
    ObjectNames.check(object, problems);
    String key = object.apiVersion() + "/" + object.kind();
    Class<?> model = models.get(key);
    JsonSchema schema = model == null ? jsonSchema(object) : null;
    if (model != null) {
      binder.bind(object, model, problems);
      List<String> absent = new ArrayList<>();
      for (String required : REQUIRED.getOrDefault(object.kind(), List.of())) {
        missing(object.node(), required.split("\\."), 0, "", required, object, absent);
      }
      absent.stream().distinct().forEach(problems::add);
    } else if (schema != null) {
      for (ValidationMessage m : schema.validate(object.node())) {
        problems.add(where + ": " + m.getMessage());
      }
      embeddedCoreTypes(object, problems);
    } else {
      problems.add(where + ": no schema known for " + key);
    }
    return problems;
  }

  private static void missing(
      JsonNode node,
      String[] path,
      int i,
      String at,
      String required,
      K8sObject object,
      List<String> problems) {
    if (i == path.length) {
      return;
    }
    if (path[i].equals("*")) {
      for (int j = 0; j < node.size(); j++) {
        missing(node.get(j), path, i + 1, at + "[" + j + "]", required, object, problems);
      }
      return;
    }
    JsonNode next = node.get(path[i]);
    if (next == null || next.isNull()) {
      problems.add(object.id() + ": required field " + at + "." + path[i] + " is missing");
      return;
    }
    missing(next, path, i + 1, at + "." + path[i], required, object, problems);
  }

  /**
   * ECK kinds embed core types (a pod template, volume claim templates): those parts are bound to
   * the Kubernetes model like any core object.
   */
  private void embeddedCoreTypes(K8sObject object, List<String> problems) {
    JsonNode spec = object.node().path("spec");
    switch (object.kind()) {
      case "Elasticsearch" -> {
        JsonNode nodeSets = spec.path("nodeSets");
        for (int i = 0; i < nodeSets.size(); i++) {
          String at = ".spec.nodeSets[" + i + "]";
          JsonNode ns = nodeSets.get(i);
          if (ns.has("podTemplate")) {
            binder.bindPart(
                object,
                at + ".podTemplate",
                ns.get("podTemplate"),
                io.fabric8.kubernetes.api.model.PodTemplateSpec.class,
                problems);
          }
          JsonNode claims = ns.path("volumeClaimTemplates");
          for (int j = 0; j < claims.size(); j++) {
            binder.bindPart(
                object,
                at + ".volumeClaimTemplates[" + j + "]",
                claims.get(j),
                io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class,
                problems);
          }
        }
      }
      case "Kibana" -> {
        if (spec.has("podTemplate")) {
          binder.bindPart(
              object,
              ".spec.podTemplate",
              spec.get("podTemplate"),
              io.fabric8.kubernetes.api.model.PodTemplateSpec.class,
              problems);
        }
      }
      default -> {}
    }
  }

  private JsonSchema jsonSchema(K8sObject object) {
    String path = schemaPath(object.apiVersion(), object.kind());
    if (SchemaValidator.class.getResource(path) == null) {
      return null;
    }
    return jsonSchemas.computeIfAbsent(
        path,
        p -> {
          try (InputStream in = SchemaValidator.class.getResourceAsStream(p)) {
            return schemaFactory.getSchema(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String schemaPath(String apiVersion, String kind) {
    return "/dev/akhbar/k8s/schemas/" + apiVersion + "/" + kind + ".json";
  }
}
