package dev.bedrockjdbc.fastpath;

import org.apache.calcite.plan.RelOptListener;

/**
 * Runs a check before every rule the planner fires: Calcite's own cancel flag is fixed when the planner is
 * built and knows no deadline, and a large statement can spend seconds among the rules.
 */
final class PlanningCheck implements RelOptListener {
  private final Runnable check;

  PlanningCheck(Runnable check) {
    this.check = check;
  }

  @Override public void ruleAttempted(RuleAttemptedEvent event) {
    if (event.isBefore()) {
      check.run();
    }
  }

  @Override public void relEquivalenceFound(RelEquivalenceEvent event) {
  }

  @Override public void ruleProductionSucceeded(RuleProductionEvent event) {
  }

  @Override public void relDiscarded(RelDiscardedEvent event) {
  }

  @Override public void relChosen(RelChosenEvent event) {
  }
}
