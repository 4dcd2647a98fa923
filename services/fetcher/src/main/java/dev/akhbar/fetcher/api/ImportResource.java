package dev.akhbar.fetcher.api;

import dev.akhbar.fetcher.importer.ImportJob;
import dev.akhbar.fetcher.importer.ImportRoots;
import dev.akhbar.fetcher.importer.ImportService;
import dev.akhbar.fetcher.importer.ImportSpec;
import dev.akhbar.fetcher.importer.ImportStatus;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Offline import of a folder of pages or a WARC file on the fetcher's file system, under the
 * configured import roots, as a background job: {@code POST /import} answers 202 with the job,
 * {@code GET /import/{id}} tells how far it is ({@code ?wait=N} waits up to N seconds for the end).
 */
@Path("/import")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@ApiKeyRequired
@Blocking
public class ImportResource {
  private static final int MAX_WAIT_SECONDS = 60;

  /**
   * @param path folder (*.html, *.html.gz, optional index.json), .warc / .warc.gz file or HTML file
   * @param sourceId source id carried on the events, or null
   * @param force emit pages even when already seen
   */
  public record ImportRequest(String path, String sourceId, boolean force) {}

  @Inject ImportService imports;

  @POST
  @Operation(
      summary = "Start importing a folder of saved pages or a WARC file",
      description =
          "202 with the job (Location: /import/{id}); one raw-page event per HTML page follows."
              + " 400: no such path or not a folder/WARC/HTML file; 403: outside the import roots;"
              + " 429: too many imports wait. Needs the API key (X-Api-Key) in the prod profile.")
  public Response start(ImportRequest request) {
    if (request == null || request.path() == null || request.path().isBlank()) {
      throw error(400, "path is required");
    }
    ImportJob job;
    try {
      job =
          imports.submit(
              new ImportSpec(Paths.get(request.path()), request.sourceId(), request.force()));
    } catch (ImportRoots.NotAllowedException e) {
      throw error(403, e.getMessage());
    } catch (ImportService.BusyException e) {
      throw error(429, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw error(400, e.getMessage());
    }
    return Response.accepted(job.status()).location(URI.create("/import/" + job.id())).build();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "An import job: counts, state, current file, recent dead letters",
      description = "wait=N (at most 60) answers when the job ends or after N seconds.")
  public ImportStatus status(
      @PathParam("id") String id, @QueryParam("wait") @DefaultValue("0") int wait)
      throws InterruptedException {
    ImportJob job = imports.job(id).orElseThrow(() -> error(404, "No import " + id));
    if (wait > 0) {
      job.awaitFinished(Duration.ofSeconds(Math.min(wait, MAX_WAIT_SECONDS)));
    }
    return job.status();
  }

  /** An error answer with a JSON body: {"error": "..."}. */
  static WebApplicationException error(int status, String message) {
    return new WebApplicationException(
        message,
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(Map.of("error", message))
            .build());
  }

  @GET
  @Operation(summary = "The recent import jobs, oldest first")
  public List<ImportStatus> list() {
    return imports.jobs().stream().map(ImportJob::status).toList();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Cancel an import job (the pages in flight are finished)")
  public Response cancel(@PathParam("id") String id) {
    ImportJob job = imports.job(id).orElseThrow(() -> error(404, "No import " + id));
    job.cancel();
    return Response.accepted(job.status()).build();
  }
}
