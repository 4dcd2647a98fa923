package dev.akhbar.search.api;

import dev.akhbar.search.elasticsearch.SearchUnavailableException;
import dev.akhbar.search.query.BadQueryException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What the API answers when it cannot answer: 400 with the reason, 503 while Elasticsearch is. */
public class ErrorResponses {
  private static final Logger LOG = Logger.getLogger(ErrorResponses.class);

  @ServerExceptionMapper
  public Response badQuery(BadQueryException e) {
    return json(400, new ApiError("bad_request", e.parameter(), e.getMessage()));
  }

  @ServerExceptionMapper
  public Response unavailable(SearchUnavailableException e) {
    LOG.warnf("Search unavailable: %s (%s)", e.getMessage(), String.valueOf(e.getCause()));
    return Response.fromResponse(
            json(503, new ApiError("unavailable", null, "Search is unavailable; try again soon")))
        .header("Retry-After", "5")
        .build();
  }

  static Response json(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }
}
