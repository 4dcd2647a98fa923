package dev.akhbar.search.elasticsearch;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Elasticsearch answers a count on the alias with the service's own credentials. */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {
  private final ArticleIndex index;

  public IndexReadiness(ArticleIndex index) {
    this.index = index;
  }

  @Override
  public HealthCheckResponse call() {
    try {
      index.check();
      return HealthCheckResponse.up("elasticsearch");
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("elasticsearch")
          .down()
          .withData("reason", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
