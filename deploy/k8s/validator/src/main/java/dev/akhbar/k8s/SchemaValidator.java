package dev.akhbar.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates one object against the schema of its kind.
 *
 * <ul>
 *   <li>Kubernetes core kinds, the Strimzi CRDs and the Prometheus Operator CRDs: strict binding to
 *       the typed models (fabric8 kubernetes-model, io.strimzi:api, openshift-model-monitoring).
 *       These models keep unknown fields in an "additional properties" bag; the binder used here
 *       has that bag removed, so any field the API does not define, and any value of the wrong
 *       type, is an error with its path. A round trip then catches values a model silently drops
 *       (Strimzi maps unknown enum values to null); {@link StrimziRules} applies Strimzi's
 *       per-version, minimum and pattern annotations; {@link #REQUIRED} the required fields the
 *       models do not enforce.
 *   <li>KEDA and ECK: no Maven Central or npm package ships their CRD schemas as data, so minimal
 *       JSON Schemas written from the CRD reference live in {@code schemas/<group>/<version>/}.
 * </ul>
 *
 * <p>Every object also gets the API server's name checks (RFC 1123 names, label syntax).
 */
public final class SchemaValidator {
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?"
              + "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  /** Kinds whose names are DNS-1123 labels (they become host names or port-like identifiers). */
  private static final Set<String> LABEL_NAMED = Set.of("Service", "Namespace");

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

  private final Map<String, Class<?>> models;
  private final ObjectMapper strict;

  /** Writes every property, default or null alike, so a value the model dropped shows as null. */
  private final ObjectMapper plain =
      JsonMapper.builder()
          .annotationIntrospector(
              new com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector() {
                @Override
                public com.fasterxml.jackson.annotation.JsonInclude.Value findPropertyInclusion(
                    com.fasterxml.jackson.databind.introspect.Annotated a) {
                  return com.fasterxml.jackson.annotation.JsonInclude.Value.empty();
                }
              })
          .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
          .build();

  private final Map<String, JsonSchema> jsonSchemas = new ConcurrentHashMap<>();
  private final JsonSchemaFactory schemaFactory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  public SchemaValidator() {
    this.models = loadModels();
    this.strict = strictMapper();
  }

  /** The problems of {@code object}; empty when it is valid. */
  public List<String> validate(K8sObject object) {
    List<String> problems = new ArrayList<>();
    String where = object.id();
    if (object.apiVersion().isEmpty() || object.kind().isEmpty()) {
      problems.add(where + ": apiVersion and kind are required");
      return problems;
    }
    checkMetadata(object, problems);
    String key = object.apiVersion() + "/" + object.kind();
    Class<?> model = models.get(key);
    JsonSchema schema = model == null ? jsonSchema(object) : null;
    if (model != null) {
      bind(object, model, problems);
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
            bindPart(
                object,
                at + ".podTemplate",
                ns.get("podTemplate"),
                io.fabric8.kubernetes.api.model.PodTemplateSpec.class,
                problems);
          }
          JsonNode claims = ns.path("volumeClaimTemplates");
          for (int j = 0; j < claims.size(); j++) {
            bindPart(
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
          bindPart(
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

  private void bindPart(
      K8sObject object, String at, JsonNode part, Class<?> model, List<String> problems) {
    try {
      JsonNode back = plain.valueToTree(strict.treeToValue(part, model));
      roundTrip(object.id(), at, part, back, problems);
    } catch (JsonProcessingException e) {
      problems.add(object.id() + ": " + describe(e, at));
    }
  }

  private void bind(K8sObject object, Class<?> model, List<String> problems) {
    try {
      Object typed = strict.treeToValue(object.node(), model);
      if (object.group().equals("kafka.strimzi.io")) {
        StrimziRules.check(typed, object.version(), object.id(), problems);
      }
      JsonNode back = plain.valueToTree(typed);
      for (String field : List.of("metadata", "spec", "data", "stringData", "type")) {
        if (object.node().has(field)) {
          roundTrip(object.id(), "." + field, object.node().get(field), back.get(field), problems);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(object.id() + ": " + describe(e, ""));
    } catch (IllegalArgumentException e) {
      problems.add(object.id() + ": " + e.getMessage());
    }
  }

  /**
   * Every value of the input survives binding unchanged. Some models map a value they do not know
   * to null instead of failing (Strimzi's enums, such as an unknown ACL operation): that shows here
   * as a value that is gone after the round trip.
   */
  private static void roundTrip(
      String id, String path, JsonNode in, JsonNode out, List<String> problems) {
    if (in == null || in.isNull()) {
      return;
    }
    if (out == null || out.isNull() || out.isMissingNode()) {
      if (!(in.isContainerNode() && in.isEmpty())) {
        problems.add(id + ": value " + in + " at " + path + " is not valid for the API");
      }
      return;
    }
    if (in.isObject()) {
      in.properties()
          .forEach(
              e ->
                  roundTrip(
                      id, path + "." + e.getKey(), e.getValue(), out.get(e.getKey()), problems));
    } else if (in.isArray()) {
      if (!out.isArray() || out.size() != in.size()) {
        problems.add(id + ": list at " + path + " is not valid for the API: " + in);
        return;
      }
      for (int i = 0; i < in.size(); i++) {
        roundTrip(id, path + "[" + i + "]", in.get(i), out.get(i), problems);
      }
    } else {
      boolean same =
          in.equals(out)
              || (in.isNumber()
                  && out.isNumber()
                  && in.decimalValue().compareTo(out.decimalValue()) == 0)
              || in.asText().equals(out.asText());
      if (!same) {
        problems.add(
            id
                + ": value "
                + in
                + " at "
                + path
                + " is not valid for the API (read as "
                + out
                + ")");
      }
    }
  }

  private static String describe(JsonProcessingException e, String at) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field \""
          + u.getPropertyName()
          + "\" at "
          + at
          + path(e)
          + " (not in "
          + u.getReferringClass().getSimpleName()
          + ")";
    }
    return e.getOriginalMessage() + " at " + at + path(e);
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme) {
      StringBuilder sb = new StringBuilder();
      for (var ref : jme.getPath()) {
        if (ref.getFieldName() != null) {
          sb.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          sb.append('[').append(ref.getIndex()).append(']');
        }
      }
      return sb.isEmpty() ? "." : sb.toString();
    }
    return "?";
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

  private static void checkMetadata(K8sObject object, List<String> problems) {
    JsonNode meta = object.node().path("metadata");
    String name = object.name();
    if (name.isEmpty()) {
      problems.add(object.id() + ": metadata.name is required");
    } else if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      problems.add(object.id() + ": metadata.name is not a DNS-1123 subdomain");
    } else if (LABEL_NAMED.contains(object.kind())
        && (name.length() > 63 || !DNS_LABEL.matcher(name).matches())) {
      problems.add(object.id() + ": metadata.name is not a DNS-1123 label");
    }
    checkLabels(object.id() + ": metadata.labels", meta.path("labels"), problems);
    JsonNode template = object.node().path("spec").path("template").path("metadata");
    checkLabels(object.id() + ": spec.template.metadata.labels", template.path("labels"), problems);
  }

  private static void checkLabels(String where, JsonNode labels, List<String> problems) {
    labels
        .properties()
        .forEach(
            e -> {
              String key = e.getKey();
              String value = e.getValue().asText();
              String namepart = key.substring(key.indexOf('/') + 1);
              if (!LABEL_KEY.matcher(key).matches() || namepart.length() > 63) {
                problems.add(where + ": invalid label key " + key);
              }
              if (!e.getValue().isTextual()
                  || value.length() > 63
                  || !LABEL_VALUE.matcher(value).matches()) {
                problems.add(where + ": invalid value for label " + key + ": " + e.getValue());
              }
            });
  }

  /** {@code apiVersion/kind} to model class, from the ServiceLoader lists the model jars ship. */
  private static Map<String, Class<?>> loadModels() {
    Map<String, Class<?>> models = new HashMap<>();
    ClassLoader cl = SchemaValidator.class.getClassLoader();
    try {
      Enumeration<URL> lists =
          cl.getResources("META-INF/services/" + KubernetesResource.class.getName());
      while (lists.hasMoreElements()) {
        URL url = lists.nextElement();
        try (BufferedReader r =
            new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
              continue;
            }
            register(models, Class.forName(line, false, cl));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    // Strimzi serves several API versions from one model class; register those we write.
    for (String version : List.of("v1", "v1beta2")) {
      models.put(
          "kafka.strimzi.io/" + version + "/KafkaTopic",
          io.strimzi.api.kafka.model.topic.KafkaTopic.class);
      models.put(
          "kafka.strimzi.io/" + version + "/KafkaUser",
          io.strimzi.api.kafka.model.user.KafkaUser.class);
      models.put(
          "kafka.strimzi.io/" + version + "/Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class);
      models.put(
          "kafka.strimzi.io/" + version + "/KafkaNodePool",
          io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class);
    }
    return Map.copyOf(models);
  }

  @SuppressWarnings("unchecked")
  private static void register(Map<String, Class<?>> models, Class<?> type) {
    if (!HasMetadata.class.isAssignableFrom(type)) {
      return;
    }
    Class<? extends HasMetadata> resource = (Class<? extends HasMetadata>) type;
    try {
      String apiVersion = HasMetadata.getApiVersion(resource);
      String kind = HasMetadata.getKind(resource);
      if (apiVersion != null && kind != null) {
        models.putIfAbsent(apiVersion + "/" + kind, type);
      }
    } catch (RuntimeException ignored) {
      // a class without @Group/@Version annotations is no top-level kind
    }
  }

  private static ObjectMapper strictMapper() {
    SimpleModule noAnySetter = new SimpleModule("akhbar-strict");
    noAnySetter.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public BeanDeserializerBuilder updateBuilder(
              DeserializationConfig config,
              BeanDescription beanDesc,
              BeanDeserializerBuilder builder) {
            builder.setAnySetter(null);
            builder.setIgnoreUnknownProperties(false);
            return builder;
          }
        });
    return JsonMapper.builder()
        .addModule(noAnySetter)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }
}
