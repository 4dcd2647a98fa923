package dev.akhbar.indexer.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * An Elasticsearch API key read from a file, typically a Kubernetes Secret mounted as a volume, and
 * read again when the file changes: a rotated key (the old one expired or revoked) is used from the
 * next request on, without a restart, and the documents held while the old key was refused go
 * through. The file is looked at no more than once per {@code recheck}; the key is never logged.
 */
public final class ApiKeyFile {
  private static final Logger LOG = Logger.getLogger(ApiKeyFile.class);

  private final Path path;
  private final Duration recheck;
  private final LongSupplier nanoClock;
  private String key;
  private FileTime seen;
  private long checkedAt;
  private boolean checked;
  private boolean warned;

  public ApiKeyFile(Path path, Duration recheck, LongSupplier nanoClock) {
    this.path = path;
    this.recheck = recheck;
    this.nanoClock = nanoClock;
  }

  public ApiKeyFile(Path path) {
    this(path, Duration.ofSeconds(1), System::nanoTime);
  }

  /** The key in the file as of the last look, or empty when there is none (yet). */
  public synchronized Optional<String> current() {
    long now = nanoClock.getAsLong();
    if (!checked || now - checkedAt >= recheck.toNanos()) {
      checked = true;
      checkedAt = now;
      reload();
    }
    return Optional.ofNullable(key);
  }

  private void reload() {
    try {
      FileTime modified = Files.getLastModifiedTime(path); // follows the Secret's symlinks
      if (modified.equals(seen)) {
        return;
      }
      String read = Files.readString(path, StandardCharsets.UTF_8).strip();
      boolean rotated = key != null && !read.equals(key);
      key = read.isEmpty() ? null : read;
      seen = modified;
      warned = false;
      if (rotated) {
        LOG.infof("Elasticsearch API key changed in %s: using the new one", path);
      } else {
        LOG.infof("Elasticsearch API key read from %s", path);
      }
    } catch (IOException e) {
      if (!warned) {
        warned = true;
        LOG.warnf("Cannot read the Elasticsearch API key file %s (%s)", path, e.toString());
      }
    }
  }
}
