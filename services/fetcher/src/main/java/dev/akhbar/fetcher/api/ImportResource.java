package dev.akhbar.fetcher.api;

import dev.akhbar.fetcher.importer.ImportResult;
import dev.akhbar.fetcher.importer.ImportService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Offline import of a folder of pages or a WARC file on the fetcher's file system. */
@Path("/import")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  /**
   * @param path folder (*.html, *.html.gz, optional index.json) or .warc / .warc.gz file
   * @param sourceId source id carried on the events, or null
   * @param force emit pages even when already seen
   */
  public record ImportRequest(String path, String sourceId, boolean force) {}

  @Inject ImportService imports;

  @POST
  @Blocking
  @Operation(
      summary = "Import a folder of saved pages or a WARC file",
      description =
          "Emits one raw-page event per HTML page; returns how many were emitted, skipped (already seen) and failed (dead-lettered).")
  public ImportResult importPath(ImportRequest request) {
    if (request == null || request.path() == null || request.path().isBlank()) {
      throw new BadRequestException("path is required");
    }
    try {
      return imports.importPath(Paths.get(request.path()), request.sourceId(), request.force());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new BadRequestException(e.getMessage(), e);
    }
  }
}
