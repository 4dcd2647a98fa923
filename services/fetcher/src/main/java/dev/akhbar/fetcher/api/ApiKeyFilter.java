package dev.akhbar.fetcher.api;

import dev.akhbar.fetcher.FetcherConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The credential of {@code POST /fetch} and of {@code /import}: the header {@value #HEADER} must
 * carry one of the keys of {@code akhbar.fetcher.api.keys} (several, to rotate them). Required by
 * default (prod); the dev and test profiles switch it off. With no key configured, every call is
 * refused: the endpoints are closed until an operator sets one.
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
  public static final String HEADER = "X-Api-Key";

  // resolved per request: providers are created before the runtime configuration is read
  @Inject Instance<FetcherConfig> config;

  @Override
  public void filter(ContainerRequestContext request) {
    FetcherConfig.Api api = config.get().api();
    if (!api.authRequired()) {
      return;
    }
    List<String> keys = api.keys().orElse(List.of());
    String given = request.getHeaderString(HEADER);
    if (keys.isEmpty() || given == null || !matches(given, keys)) {
      String error =
          keys.isEmpty()
              ? "This endpoint is closed: no API key is configured (akhbar.fetcher.api.keys)"
              : "Missing or wrong API key (header " + HEADER + ")";
      request.abortWith(
          Response.status(Response.Status.UNAUTHORIZED)
              .type(MediaType.APPLICATION_JSON)
              .entity(Map.of("error", error))
              .build());
    }
  }

  private static boolean matches(String given, List<String> keys) {
    byte[] g = given.strip().getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    for (String k : keys) {
      if (!k.isBlank()) {
        match |= MessageDigest.isEqual(g, k.strip().getBytes(StandardCharsets.UTF_8));
      }
    }
    return match;
  }
}
