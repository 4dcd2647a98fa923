package dev.akhbar.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomize directory with the real kustomize: {@code kubectl kustomize} (kubectl embeds
 * kustomize v5) or a standalone {@code kustomize build}. {@code AKHBAR_KUSTOMIZE} names another
 * executable of either kind.
 */
public final class Renderer {
  private final List<String> command;

  private Renderer(List<String> command) {
    this.command = command;
  }

  /** The first renderer found: $AKHBAR_KUSTOMIZE, then kubectl, then kustomize on the PATH. */
  public static Renderer find() {
    String override = System.getenv("AKHBAR_KUSTOMIZE");
    if (override != null && !override.isBlank()) {
      return forExecutable(Path.of(override));
    }
    for (String name : List.of("kubectl", "kustomize")) {
      Path exe = onPath(name);
      if (exe != null) {
        return forExecutable(exe);
      }
    }
    throw new IllegalStateException(
        "No kustomize renderer: install kubectl (it embeds kustomize) or kustomize, or set"
            + " AKHBAR_KUSTOMIZE to one of them");
  }

  private static Renderer forExecutable(Path exe) {
    String file = exe.getFileName().toString();
    return file.startsWith("kustomize")
        ? new Renderer(List.of(exe.toString(), "build"))
        : new Renderer(List.of(exe.toString(), "kustomize"));
  }

  private static Path onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  public String describe() {
    return String.join(" ", command);
  }

  /** Renders {@code dir} (a directory with a kustomization.yaml) to multi-document YAML. */
  public String render(Path dir) {
    List<String> cmd = new ArrayList<>(command);
    cmd.add(dir.toString());
    try {
      Path err = Files.createTempFile("kustomize", ".err");
      try {
        Process p =
            new ProcessBuilder(cmd)
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          throw new IllegalStateException("kustomize timed out on " + dir);
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              "kustomize failed on " + dir + ": " + Files.readString(err).strip());
        }
        return new String(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
