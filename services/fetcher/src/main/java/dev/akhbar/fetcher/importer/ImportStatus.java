package dev.akhbar.fetcher.importer;

import java.time.Instant;
import java.util.List;

/**
 * An import job as it stands (the body of {@code GET /import/{id}}).
 *
 * @param id the job id
 * @param state queued, running, done (every page emitted, skipped or dead-lettered), failed (the
 *     source could not be read to its end: see {@code error}), cancelled, or interrupted (the
 *     fetcher stopped; import again: pages already emitted are skipped as seen)
 * @param path what is imported
 * @param sourceId the sourceId of its events, or null
 * @param force whether pages already seen are emitted again
 * @param pages raw pages written (acknowledged by the broker and marked seen)
 * @param skipped pages already seen, and WARC records that are not 2xx HTML responses
 * @param deadLettered files or records that became dead letters (each with its URL and reason)
 * @param filesTotal files of a folder import (known at start), or 0
 * @param filesDone files of a folder import read so far
 * @param bytesTotal size of a WARC file, or 0
 * @param bytesDone bytes of the WARC file read so far
 * @param current the file or WARC record being read
 * @param waiting why the import waits (the broker is unavailable), or null
 * @param error why a failed job stopped, or null
 * @param recentErrors the last dead letters: URL and reason
 * @param submittedAt when it was asked for
 * @param startedAt when it started, or null
 * @param finishedAt when it ended, or null
 * @param pagesPerSecond pages written per second so far
 */
public record ImportStatus(
    String id,
    String state,
    String path,
    String sourceId,
    boolean force,
    long pages,
    long skipped,
    long deadLettered,
    long filesTotal,
    long filesDone,
    long bytesTotal,
    long bytesDone,
    String current,
    String waiting,
    String error,
    List<DeadLettered> recentErrors,
    Instant submittedAt,
    Instant startedAt,
    Instant finishedAt,
    double pagesPerSecond) {

  /** A file or record that went to the dead-letter topic. */
  public record DeadLettered(String url, String reason) {}

  public boolean finished() {
    return finishedAt != null;
  }
}
