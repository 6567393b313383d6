package dev.bedrockjdbc.pushdown;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.rules.ProjectFilterTransposeRule;

import java.util.List;

/** The rule instances a {@link dev.bedrockjdbc.scan.BedrockTableScan} registers (the CsvRules pattern). */
public final class BedrockRules {
  private BedrockRules() {
  }

  public static final BedrockProjectScanRule PROJECT_SCAN = BedrockProjectScanRule.Config.DEFAULT.toRule();
  public static final BedrockAggregateScanRule AGGREGATE_SCAN = BedrockAggregateScanRule.Config.DEFAULT.toRule();
  public static final BedrockFilterScanRule FILTER_SCAN = BedrockFilterScanRule.Config.DEFAULT.toRule();
  public static final BedrockSortScanRule SORT_SCAN = BedrockSortScanRule.Config.DEFAULT.toRule();
  public static final BedrockSortScanRule SORT_FILTER_SCAN = BedrockSortScanRule.Config.THROUGH_FILTER.toRule();
  public static final BedrockSortScanRule SORT_PROJECT_SCAN = BedrockSortScanRule.Config.THROUGH_PROJECT.toRule();
  public static final BedrockSortScanRule SORT_FILTER_PROJECT_SCAN =
      BedrockSortScanRule.Config.THROUGH_FILTER_PROJECT.toRule();

  public static final BedrockLookupJoinRule LOOKUP_JOIN_RIGHT = BedrockLookupJoinRule.Config.DETAILS_RIGHT.toRule();
  public static final BedrockLookupJoinRule LOOKUP_JOIN_LEFT = BedrockLookupJoinRule.Config.DETAILS_LEFT.toRule();
  public static final BedrockLookupJoinRule LOOKUP_JOIN_RIGHT_PROJECTED =
      BedrockLookupJoinRule.Config.DETAILS_RIGHT_PROJECTED.toRule();
  public static final BedrockLookupJoinRule LOOKUP_JOIN_LEFT_PROJECTED =
      BedrockLookupJoinRule.Config.DETAILS_LEFT_PROJECTED.toRule();

  /**
   * Ours, and Calcite's rule that moves a projection below a filter, so the scan learns every column
   * a query uses (a derived column such as is_owned may cost a call) even when a WHERE clause sits between.
   */
  public static final List<RelOptRule> RULES = List.of(PROJECT_SCAN, AGGREGATE_SCAN, FILTER_SCAN, SORT_SCAN,
      SORT_FILTER_SCAN, SORT_PROJECT_SCAN, SORT_FILTER_PROJECT_SCAN, LOOKUP_JOIN_RIGHT, LOOKUP_JOIN_LEFT,
      LOOKUP_JOIN_RIGHT_PROJECTED, LOOKUP_JOIN_LEFT_PROJECTED,
      ProjectFilterTransposeRule.Config.DEFAULT.toRule());
}
