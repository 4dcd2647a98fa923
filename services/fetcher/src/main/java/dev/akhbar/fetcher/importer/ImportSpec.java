package dev.akhbar.fetcher.importer;

import java.nio.file.Path;

/**
 * What to import.
 *
 * @param path a folder of saved pages (*.html, *.html.gz, optional index.json), a .warc/.warc.gz
 *     file or one HTML file
 * @param sourceId the sourceId carried on the events, or null
 * @param force emit pages even when their URL was already seen
 */
public record ImportSpec(Path path, String sourceId, boolean force) {}
