package dev.akhbar.fetcher.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders an import may read from ({@code akhbar.fetcher.import.roots}): a path is allowed when
 * its real path (symbolic links resolved) lies under the real path of a root. With no roots, no
 * import over the API is allowed.
 */
public final class ImportRoots {

  /** A path outside every root. */
  public static final class NotAllowedException extends RuntimeException {
    NotAllowedException(String message) {
      super(message);
    }
  }

  private final List<Path> roots;

  private ImportRoots(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** Roots that do not exist are ignored (a temp dir of another machine, a corpus not shipped). */
  public static ImportRoots of(List<String> paths) {
    List<Path> real = new ArrayList<>();
    for (String p : paths) {
      if (p == null || p.isBlank()) {
        continue;
      }
      try {
        real.add(Path.of(p.strip()).toRealPath());
      } catch (IOException e) {
        // not there (yet): nothing under it can be read anyway
      }
    }
    return new ImportRoots(real);
  }

  public List<Path> roots() {
    return roots;
  }

  /**
   * The real path of {@code path}.
   *
   * @throws IllegalArgumentException when it does not exist
   * @throws NotAllowedException when it is outside every root
   */
  public Path check(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("No such file or folder: " + path);
    }
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + path + ": " + e.getMessage(), e);
    }
    if (!allows(real)) {
      throw new NotAllowedException(
          roots.isEmpty()
              ? "Imports are disabled: no import root is configured (akhbar.fetcher.import.roots)"
              : "Not under an import root (akhbar.fetcher.import.roots): " + path);
    }
    return real;
  }

  /** Whether a real path lies under a root. */
  public boolean allows(Path real) {
    for (Path root : roots) {
      if (real.startsWith(root)) {
        return true;
      }
    }
    return false;
  }
}
