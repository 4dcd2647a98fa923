package dev.akhbar.search.api;

import dev.akhbar.search.config.SearchConfig;
import dev.akhbar.search.elasticsearch.ArticleIndex;
import dev.akhbar.search.model.Article;
import dev.akhbar.search.model.SearchResult;
import dev.akhbar.search.query.SearchParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The search API: a thin adapter from HTTP parameters to {@link ArticleIndex}. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

  private final ArticleIndex index;
  private final SearchConfig config;

  public SearchResource(ArticleIndex index, SearchConfig config) {
    this.index = index;
    this.config = config;
  }

  @GET
  @Path("/search")
  @Operation(
      summary = "Search the indexed articles",
      description =
          "Words are matched in every language's fields (Arabic forms folded and stemmed);"
              + " \"quoted phrases\", -word and a | b are understood, anything else is plain text."
              + " Facets count all matching articles.")
  @APIResponse(responseCode = "200", description = "A page of hits and the facets")
  @APIResponse(
      responseCode = "400",
      description = "A parameter does not fit; the body says which and why",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "503", description = "Elasticsearch is unavailable")
  public SearchResult search(
      @Parameter(description = "Words to find (at most 500 characters)") @QueryParam("q") String q,
      @Parameter(description = "Language code (ar, en, fr...)") @QueryParam("lang")
          List<String> lang,
      @Parameter(description = "Source, as in the sources facet") @QueryParam("source")
          List<String> source,
      @Parameter(description = "Person named in the article") @QueryParam("person")
          List<String> person,
      @Parameter(description = "Organization named in the article") @QueryParam("org")
          List<String> org,
      @Parameter(description = "Country code of a place (ISO 3166-1 alpha-2)")
          @QueryParam("country")
          List<String> country,
      @Parameter(description = "Story id, as in the stories facet") @QueryParam("story")
          List<String> story,
      @Parameter(description = "From this date (2025-02-16) or date-time, inclusive")
          @QueryParam("from")
          String from,
      @Parameter(description = "To this date, inclusive, or date-time, exclusive") @QueryParam("to")
          String to,
      @Parameter(description = "relevance (default with words), newest (default without), oldest")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page number, 1-based, for the first 1000 hits") @QueryParam("page")
          String page,
      @Parameter(description = "Hits per page (1-50, default 10)") @QueryParam("size") String size,
      @Parameter(description = "The next cursor of the previous page (any depth)")
          @QueryParam("after")
          String after) {
    SearchParams params =
        SearchParams.parse(
            new SearchParams.Raw(
                RawUtf8.repair(q),
                lang,
                RawUtf8.repair(source),
                RawUtf8.repair(person),
                RawUtf8.repair(org),
                country,
                story,
                from,
                to,
                sort,
                page,
                size,
                after),
            config.limits());
    return index.search(params);
  }

  @GET
  @Path("/articles/{id}")
  @Operation(summary = "One article with its quotes, places and the other articles of its story")
  @APIResponse(
      responseCode = "200",
      description = "The article",
      content = @Content(schema = @Schema(implementation = Article.class)))
  @APIResponse(responseCode = "400", description = "Not an article id (32 hex digits)")
  @APIResponse(responseCode = "404", description = "No such article")
  public Response article(@PathParam("id") String id) {
    if (!ARTICLE_ID.matcher(id).matches()) {
      return ErrorResponses.json(
          400, new ApiError("bad_request", "id", "An article id is 32 hexadecimal digits"));
    }
    return index
        .article(id)
        .map(a -> Response.ok(a).build())
        .orElseGet(
            () -> ErrorResponses.json(404, new ApiError("not_found", "id", "No article " + id)));
  }
}
