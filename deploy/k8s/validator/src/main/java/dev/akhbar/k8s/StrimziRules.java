package dev.akhbar.k8s;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.strimzi.crdgenerator.annotations.Maximum;
import io.strimzi.crdgenerator.annotations.Minimum;
import io.strimzi.crdgenerator.annotations.MinimumItems;
import io.strimzi.crdgenerator.annotations.Pattern;
import io.strimzi.crdgenerator.annotations.PresentInVersions;
import io.strimzi.crdgenerator.annotations.RequiredInVersions;
import java.beans.Introspector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The constraints Strimzi writes into its CRD schemas from annotations on the {@code
 * io.strimzi:api} model, checked on a bound object for the API version it was written in: fields
 * that exist only in some versions ({@code @PresentInVersions}, e.g. {@code operation} of an ACL
 * rule is gone in v1), fields required in some versions ({@code @RequiredInVersions}),
 * {@code @Minimum}, {@code @Maximum}, {@code @MinimumItems} and {@code @Pattern}.
 */
final class StrimziRules {
  /** Strimzi API versions, oldest first. */
  private static final List<String> VERSIONS = List.of("v1alpha1", "v1beta1", "v1beta2", "v1");

  private StrimziRules() {}

  static void check(Object model, String version, String id, List<String> problems) {
    walk(model, version, id, "", problems, 0);
  }

  private static void walk(
      Object value, String version, String id, String at, List<String> problems, int depth) {
    if (value == null || depth > 30) {
      return;
    }
    if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object item : list) {
        walk(item, version, id, at + "[" + i++ + "]", problems, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (var e : map.entrySet()) {
        walk(e.getValue(), version, id, at + "." + e.getKey(), problems, depth + 1);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("io.strimzi.")) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Method m : value.getClass().getMethods()) {
      if (!isGetter(m) || m.isBridge() || !seen.add(property(m))) {
        continue;
      }
      String field = at + "." + property(m);
      Object v = invoke(m, value);
      PresentInVersions present = m.getAnnotation(PresentInVersions.class);
      if (present != null && isSet(v) && !in(version, present.value())) {
        problems.add(
            id
                + ": "
                + field
                + " does not exist in "
                + version
                + " (only "
                + present.value()
                + ")");
        continue;
      }
      RequiredInVersions required = m.getAnnotation(RequiredInVersions.class);
      if (required != null && !isSet(v) && in(version, required.value())) {
        problems.add(id + ": " + field + " is required in " + version);
      }
      for (Minimum min : m.getAnnotationsByType(Minimum.class)) {
        if (applies(version, min.apiVersions())
            && v instanceof Number n
            && n.doubleValue() < min.value()) {
          problems.add(id + ": " + field + " is " + n + ", below the minimum " + min.value());
        }
      }
      for (Maximum max : m.getAnnotationsByType(Maximum.class)) {
        if (applies(version, max.apiVersions())
            && v instanceof Number n
            && n.doubleValue() > max.value()) {
          problems.add(id + ": " + field + " is " + n + ", above the maximum " + max.value());
        }
      }
      for (MinimumItems min : m.getAnnotationsByType(MinimumItems.class)) {
        if (applies(version, min.apiVersions())
            && v instanceof Collection<?> c
            && c.size() < min.value()) {
          problems.add(id + ": " + field + " needs at least " + min.value() + " items");
        }
      }
      for (Pattern p : m.getAnnotationsByType(Pattern.class)) {
        if (applies(version, p.apiVersions())
            && v instanceof String s
            && !java.util.regex.Pattern.compile(p.value()).matcher(s).find()) {
          problems.add(id + ": " + field + " \"" + s + "\" does not match " + p.value());
        }
      }
      walk(v, version, id, field, problems, depth + 1);
    }
  }

  private static boolean isGetter(Method m) {
    String n = m.getName();
    return m.getParameterCount() == 0
        && !Modifier.isStatic(m.getModifiers())
        && ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2))
        && !n.equals("getClass")
        && !n.equals("getAdditionalProperties")
        && m.getAnnotation(com.fasterxml.jackson.annotation.JsonIgnore.class) == null;
  }

  private static String property(Method m) {
    JsonProperty json = m.getAnnotation(JsonProperty.class);
    if (json != null && !json.value().isEmpty()) {
      return json.value();
    }
    String n = m.getName();
    return Introspector.decapitalize(n.substring(n.startsWith("is") ? 2 : 3));
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  private static boolean isSet(Object v) {
    return v != null && !(v instanceof Collection<?> c && c.isEmpty());
  }

  private static boolean applies(String version, String range) {
    return range == null || range.isBlank() || range.equals("all") || in(version, range);
  }

  /**
   * Whether {@code version} is in a Strimzi version range: {@code v1}, {@code v1beta2+}, {@code
   * v1alpha1-v1beta2}, or several of these separated by commas.
   */
  static boolean in(String version, String range) {
    int v = VERSIONS.indexOf(version);
    for (String part : range.split(",")) {
      part = part.strip();
      if (part.endsWith("+")) {
        if (v >= VERSIONS.indexOf(part.substring(0, part.length() - 1))) {
          return true;
        }
      } else if (part.contains("-")) {
        String[] ends = part.split("-", 2);
        if (v >= VERSIONS.indexOf(ends[0]) && v <= VERSIONS.indexOf(ends[1])) {
          return true;
        }
      } else if (part.equals(version)) {
        return true;
      }
    }
    return false;
  }
}
