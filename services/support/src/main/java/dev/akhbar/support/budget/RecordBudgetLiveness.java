package dev.akhbar.support.budget;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Liveness of a stage's record workers: DOWN only when more records than allowed are stuck past
 * their budget, burning CPU that only a restart gives back (those records are already
 * dead-lettered). A service makes it a bean ({@code @Liveness @ApplicationScoped}) that names its
 * budget.
 */
public abstract class RecordBudgetLiveness implements HealthCheck {
  /** The budget of the stage's messaging adapter. */
  protected abstract RecordBudget budget();

  @Override
  public HealthCheckResponse call() {
    RecordBudget budget = budget();
    return HealthCheckResponse.named(budget.name() + " record workers")
        .status(budget.healthy())
        .withData("state", budget.describe())
        .build();
  }
}
