package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Multi-document YAML to objects. */
public final class Manifests {
  static final ObjectMapper YAML = new YAMLMapper();

  private Manifests() {}

  public static List<K8sObject> parse(String overlay, String yaml) {
    List<JsonNode> docs = documents(yaml);
    List<K8sObject> objects = new ArrayList<>();
    for (JsonNode doc : docs) {
      objects.add(new K8sObject(overlay, doc));
    }
    return objects;
  }

  /** The non-empty documents of a YAML stream. */
  public static List<JsonNode> documents(String yaml) {
    try (MappingIterator<JsonNode> it =
        YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(yaml))) {
      List<JsonNode> docs = new ArrayList<>();
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          docs.add(doc);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<JsonNode> documents(Path file) {
    try {
      return documents(java.nio.file.Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
