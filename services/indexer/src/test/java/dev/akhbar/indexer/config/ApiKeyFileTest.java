package dev.akhbar.indexer.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyFileTest {
  @TempDir Path dir;
  private final AtomicLong nanos = new AtomicLong();

  private ApiKeyFile file(Path path) {
    return new ApiKeyFile(path, Duration.ofSeconds(1), nanos::get);
  }

  private static void write(Path path, String key, Instant modified) throws Exception {
    Files.writeString(path, key);
    Files.setLastModifiedTime(path, FileTime.from(modified));
  }

  @Test
  void readsTheKeyWithoutItsLineBreak() throws Exception {
    Path path = dir.resolve("api-key");
    write(path, "a2V5LWE=\n", Instant.parse("2026-05-02T10:00:00Z"));
    assertThat(file(path).current()).contains("a2V5LWE=");
  }

  @Test
  void usesARotatedKeyOnceTheFileChangedAndNotBeforeTheRecheck() throws Exception {
    Path path = dir.resolve("api-key");
    write(path, "old", Instant.parse("2026-05-02T10:00:00Z"));
    ApiKeyFile key = file(path);
    assertThat(key.current()).contains("old");

    write(path, "new", Instant.parse("2026-05-02T11:00:00Z"));
    nanos.addAndGet(Duration.ofMillis(500).toNanos());
    assertThat(key.current()).as("looked at no more than once a second").contains("old");
    nanos.addAndGet(Duration.ofMillis(600).toNanos());
    assertThat(key.current()).contains("new");
  }

  @Test
  void keepsTheLastKeyWhileTheFileIsBeingReplacedAndIsEmptyWithoutOne() throws Exception {
    Path path = dir.resolve("api-key");
    assertThat(file(path).current()).as("no file yet").isEmpty();

    write(path, "k", Instant.parse("2026-05-02T10:00:00Z"));
    ApiKeyFile key = file(path);
    assertThat(key.current()).contains("k");
    Files.delete(path);
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(key.current()).contains("k");
  }
}
