package dev.akhbar.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request parameters for tests: {@code RawParams.of("q", "x", "lang", "ar")}. */
public final class RawParams {
  private RawParams() {}

  public static SearchParams.Raw of(String... nameValue) {
    Map<String, List<String>> m = new HashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      m.computeIfAbsent(nameValue[i], k -> new ArrayList<>()).add(nameValue[i + 1]);
    }
    return new SearchParams.Raw(
        one(m, "q"),
        m.get("lang"),
        m.get("source"),
        m.get("person"),
        m.get("org"),
        m.get("country"),
        m.get("story"),
        one(m, "from"),
        one(m, "to"),
        one(m, "sort"),
        one(m, "page"),
        one(m, "size"),
        one(m, "after"));
  }

  private static String one(Map<String, List<String>> m, String name) {
    return m.containsKey(name) ? m.get(name).get(0) : null;
  }
}
