package dev.akhbar.fetcher.importer;

/**
 * What an import did.
 *
 * @param pages raw-page events written
 * @param skipped pages already seen (and not forced) or records that are not HTML pages
 * @param failed files or records that could not be read; each went to the dead-letter topic
 */
public record ImportResult(int pages, int skipped, int failed) {
  public ImportResult plus(ImportResult other) {
    return new ImportResult(pages + other.pages, skipped + other.skipped, failed + other.failed);
  }
}
