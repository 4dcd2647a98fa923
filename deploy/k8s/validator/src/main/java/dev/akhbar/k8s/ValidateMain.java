package dev.akhbar.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code make k8s-validate}: renders every overlay of deploy/k8s and prints each check with its
 * problems. Exit status 1 when any check fails. The same checks run as the module's unit tests.
 */
public final class ValidateMain {
  private ValidateMain() {}

  public static void main(String[] args) {
    Repo repo = args.length > 0 ? new Repo(Path.of(args[0])) : Repo.locate();
    Renderer renderer = Renderer.find();
    System.out.println("Rendering " + repo.overlays().keySet() + " with " + renderer.describe());
    List<Overlay> overlays = repo.render(renderer);
    List<String> present = repo.services().stream().map(ServiceConfig::name).toList();
    System.out.println("Services with a configuration to check against: " + present);
    Map<String, List<String>> results = Validation.run(repo, overlays);
    int failed = 0;
    for (Map.Entry<String, List<String>> r : results.entrySet()) {
      boolean ok = r.getValue().isEmpty();
      System.out.println((ok ? "  ok    " : "  FAIL  ") + r.getKey());
      r.getValue().forEach(p -> System.out.println("          - " + p));
      failed += ok ? 0 : 1;
    }
    System.out.println(
        (results.size() - failed)
            + " passed, "
            + failed
            + " failed (checks over "
            + overlays.size()
            + " overlays)");
    if (failed > 0) {
      System.exit(1);
    }
  }
}
