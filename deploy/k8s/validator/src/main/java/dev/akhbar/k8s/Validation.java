package dev.akhbar.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.k8s.wiring.KafkaAccess;
import dev.akhbar.k8s.wiring.WiringGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every check on every rendered overlay, grouped by check. */
public final class Validation {
  private Validation() {}

  /** Check name to problems (empty lists included, so a report shows what ran). */
  public static Map<String, List<String>> run(Repo repo, List<Overlay> overlays) {
    Map<String, List<String>> results = new LinkedHashMap<>();
    SchemaValidator schemas = new SchemaValidator();
    List<ServiceConfig> services = repo.services();
    Map<String, KafkaAccess> wiring = WiringGenerator.services(repo);
    String doc = repo.operationsDoc();
    JsonNode asyncApi = repo.asyncApi();
    results.put("one object per manifest file", oneObjectPerFile(repo));
    results.put(
        "Kafka wiring generated from the declarations is current (make k8s-generate)",
        WiringGenerator.stale(repo));
    for (Overlay overlay : overlays) {
      String o = overlay.name() + ": ";
      List<String> schema = new ArrayList<>();
      overlay.objects().forEach(obj -> schema.addAll(schemas.validate(obj)));
      results.put(o + "schema (" + overlay.objects().size() + " objects)", schema);
      results.put(o + "workload policy", WorkloadPolicy.check(overlay));
      results.put(
          o + "Kafka wiring (cluster, listener, credentials)", Consistency.kafkaWiring(overlay));
      results.put(
          o + "topic retention as docs/asyncapi.yaml promises",
          Consistency.retentionAsPromised(overlay, asyncApi));
      for (ServiceConfig s : services) {
        if (wiring.containsKey(s.name())) {
          results.put(
              o + s.name() + " Deployment env, port and autoscaler",
              Consistency.deploymentMatchesConfig(overlay, s, wiring.get(s.name())));
        }
      }
      List<String> secrets = new ArrayList<>(References.secretKeysDocumented(overlay, doc));
      secrets.addAll(References.wholeSecretMounts(overlay));
      results.put(o + "Secret keys documented", secrets);
      results.put(o + "ConfigMaps exist", References.configMapsExist(overlay));
    }
    return results;
  }

  /**
   * Every YAML file under deploy/k8s (but the validator's) holds one document; each but a
   * kustomization is a Kubernetes object.
   */
  public static List<String> oneObjectPerFile(Repo repo) {
    List<String> problems = new ArrayList<>();
    for (java.nio.file.Path file : repo.manifestFiles()) {
      List<com.fasterxml.jackson.databind.JsonNode> docs = Manifests.documents(file);
      boolean kustomization = file.getFileName().toString().equals("kustomization.yaml");
      if (docs.size() != 1 || (!kustomization && !docs.get(0).has("kind"))) {
        problems.add(repo.root().relativize(file) + " holds " + docs.size() + " documents");
      }
    }
    return problems;
  }
}
