package dev.akhbar.k8s.wiring;

import dev.akhbar.k8s.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code make k8s-generate}: writes the generated Kafka wiring of deploy/k8s (KafkaTopics,
 * KafkaUsers, env ConfigMaps) and removes generated files nothing declares any more.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) throws IOException {
    Repo repo = args.length > 0 ? new Repo(Path.of(args[0])) : Repo.locate();
    Map<String, String> files;
    try {
      files = WiringGenerator.generate(repo);
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    int changed = 0;
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path path = repo.k8s().resolve(f.getKey());
      if (!Files.isRegularFile(path) || !Files.readString(path).equals(f.getValue())) {
        Files.createDirectories(path.getParent());
        Files.writeString(path, f.getValue());
        System.out.println("  wrote   deploy/k8s/" + f.getKey());
        changed++;
      }
    }
    for (String leftover : WiringGenerator.leftovers(repo, files)) {
      Files.delete(repo.k8s().resolve(leftover));
      System.out.println("  removed deploy/k8s/" + leftover);
      changed++;
    }
    System.out.println(files.size() + " generated files, " + changed + " changed");
  }
}
