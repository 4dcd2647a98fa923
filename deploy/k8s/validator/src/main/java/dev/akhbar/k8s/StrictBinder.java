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
import java.util.List;

/**
 * Binds an object, or a part of one, to its typed model with the models' "additional properties"
 * bag removed, so that an unknown field or a value of the wrong type is an error with its path;
 * then writes the model back and compares, to catch values a model silently drops.
 */
final class StrictBinder {
  private final ObjectMapper strict = strictMapper();

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

  /** Binds the whole object (metadata, spec, data, stringData, type). */
  void bind(K8sObject object, Class<?> model, List<String> problems) {
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

  /** Binds the part of the object at {@code at} to {@code model}. */
  void bindPart(K8sObject object, String at, JsonNode part, Class<?> model, List<String> problems) {
    try {
      JsonNode back = plain.valueToTree(strict.treeToValue(part, model));
      roundTrip(object.id(), at, part, back, problems);
    } catch (JsonProcessingException e) {
      problems.add(object.id() + ": " + describe(e, at));
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
