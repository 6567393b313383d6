package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.BedrockTableScan;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexBuilder;

import org.immutables.value.Value;

import java.util.List;

/**
 * Pushes the pushable conjuncts of a filter into the scan's API request as a pre-filter. The filter stays:
 * Calcite still evaluates the exact predicate on what the API returns (the API may return more rows than
 * SQL selects, never fewer).
 */
@Value.Enclosing
public final class BedrockFilterScanRule extends RelRule<BedrockFilterScanRule.Config> {
  BedrockFilterScanRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    BedrockTableScan scan = call.rel(1);
    RexBuilder rexBuilder = filter.getCluster().getRexBuilder();
    List<Condition> conditions = RexConditions.translate(scan.query().table(), rexBuilder, filter.getCondition(),
        scan.query().fields());
    if (conditions.isEmpty()) {
      return;
    }
    BedrockTableScan pushed = scan.withQuery(scan.query().withConditions(conditions), scan.getTraitSet());
    call.transformTo(filter.copy(filter.getTraitSet(), pushed, filter.getCondition()));
  }

  /** Rule configuration. */
  @Value.Immutable
  public interface Config extends RelRule.Config {
    Config DEFAULT = ImmutableBedrockFilterScanRule.Config.of()
        .withOperandSupplier(b0 -> b0.operand(LogicalFilter.class)
            .oneInput(b1 -> b1.operand(BedrockTableScan.class)
                // Not under a pushed limit: whether it may stop the scan was decided for the filter above it.
                .predicate(s -> s.query().conditions().isEmpty() && !s.query().hasLimit()).noInputs()));

    @Override default BedrockFilterScanRule toRule() {
      return new BedrockFilterScanRule(this);
    }
  }
}
