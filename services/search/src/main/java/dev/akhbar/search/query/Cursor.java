package dev.akhbar.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page starts: the sort values of the last hit of a page (Elasticsearch's {@code
 * search_after}), the sort they belong to and the number of the page they end. Opaque to callers:
 * base64url of a small JSON object; every value is checked when it comes back.
 *
 * @param values strings, longs or doubles, in the order of the sort
 */
public record Cursor(SortOrder sort, int page, List<Object> values) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LENGTH = 1024;

  public Cursor {
    values = List.copyOf(values);
  }

  public String encode() {
    ObjectNode node = JSON.createObjectNode();
    node.put("s", sort.param());
    node.put("p", page);
    ArrayNode v = node.putArray("v");
    for (Object o : values) {
      switch (o) {
        case Long l -> v.add(l);
        case Integer i -> v.add(i.longValue());
        case Double d -> v.add(d);
        case String s -> v.add(s);
        default -> throw new IllegalArgumentException("Unsupported sort value " + o);
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws BadQueryException when {@code raw} is not a cursor this service wrote
   */
  public static Cursor decode(String raw) {
    BadQueryException bad =
        new BadQueryException("after", "after is not a cursor returned as next by this search");
    if (raw.length() > MAX_LENGTH) {
      throw bad;
    }
    JsonNode node;
    try {
      node = JSON.readTree(Base64.getUrlDecoder().decode(raw.strip()));
    } catch (Exception e) {
      throw bad;
    }
    if (node == null
        || !node.path("s").isTextual()
        || !node.path("p").canConvertToInt()
        || node.path("p").asInt() < 1
        || !node.path("v").isArray()
        || node.path("v").isEmpty()) {
      throw bad;
    }
    SortOrder sort;
    try {
      sort = SortOrder.parse(node.path("s").asText(), true);
    } catch (BadQueryException e) {
      throw bad;
    }
    List<Object> values = new ArrayList<>();
    for (JsonNode v : node.path("v")) {
      if (v.isTextual()) {
        values.add(v.asText());
      } else if (v.isIntegralNumber() && v.canConvertToLong()) {
        values.add(v.asLong());
      } else if (v.isFloatingPointNumber()) {
        values.add(v.asDouble());
      } else {
        throw bad;
      }
    }
    return new Cursor(sort, node.path("p").asInt(), values);
  }
}
