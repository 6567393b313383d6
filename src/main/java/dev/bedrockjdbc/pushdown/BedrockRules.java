package dev.bedrockjdbc.pushdown;

import org.apache.calcite.plan.RelOptRule;

import java.util.List;

/** The rule instances a {@link dev.bedrockjdbc.scan.BedrockTableScan} registers (the CsvRules pattern). */
public final class BedrockRules {
  private BedrockRules() {
  }

  public static final BedrockProjectScanRule PROJECT_SCAN = BedrockProjectScanRule.Config.DEFAULT.toRule();

  public static final List<RelOptRule> RULES = List.of(PROJECT_SCAN);
}
