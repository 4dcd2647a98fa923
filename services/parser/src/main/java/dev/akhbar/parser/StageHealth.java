package dev.akhbar.parser;

import dev.akhbar.support.budget.RecordBudget;
import dev.akhbar.support.budget.RecordBudgetLiveness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Liveness;

/** Liveness of the parser's record workers (see {@link RecordBudgetLiveness}). */
@Liveness
@ApplicationScoped
public class StageHealth extends RecordBudgetLiveness {
  private final RawPageProcessor processor;

  public StageHealth(RawPageProcessor processor) {
    this.processor = processor;
  }

  @Override
  protected RecordBudget budget() {
    return processor.budget();
  }
}
