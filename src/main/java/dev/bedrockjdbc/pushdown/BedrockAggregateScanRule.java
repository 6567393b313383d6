package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.BedrockTableScan;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

import org.immutables.value.Value;

import java.util.List;

/**
 * Narrows a {@link BedrockTableScan} read straight by an aggregate to the columns the aggregate uses: an
 * unfiltered {@code COUNT(*)} (a tool's row count) reads no column, so it converts none and never learns the
 * caller's account for {@code is_owned}. Calcite's own field trimming, which would do this, is off by default.
 */
@Value.Enclosing
public final class BedrockAggregateScanRule extends RelRule<BedrockAggregateScanRule.Config> {
  BedrockAggregateScanRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalAggregate aggregate = call.rel(0);
    ScanNarrowing narrowing = ScanNarrowing.of(call.rel(1), used(aggregate));
    if (narrowing.scan() == null) {
      return;
    }
    // The narrowing keeps the columns' order, so group keys stay in order and no project is needed above.
    List<ImmutableBitSet> groupSets = aggregate.getGroupSets().stream()
        .map(g -> Mappings.apply(narrowing.mapping(), g)).toList();
    List<AggregateCall> calls = aggregate.getAggCallList().stream()
        .map(c -> c.transform(narrowing.mapping())).toList();
    call.transformTo(aggregate.copy(aggregate.getTraitSet(), narrowing.scan(),
        Mappings.apply(narrowing.mapping(), aggregate.getGroupSet()), groupSets, calls));
  }

  /** The input columns an aggregate reads: group keys, and each call's arguments, filter and ordering. */
  private static ImmutableBitSet used(LogicalAggregate aggregate) {
    ImmutableBitSet.Builder used = aggregate.getGroupSet().rebuild();
    for (AggregateCall c : aggregate.getAggCallList()) {
      used.addAll(c.getArgList());
      if (c.filterArg >= 0) {
        used.set(c.filterArg);
      }
      if (c.distinctKeys != null) {
        used.addAll(c.distinctKeys);
      }
      used.addAll(RelCollations.ordinals(c.collation));
    }
    return used.build();
  }

  /** Rule configuration. */
  @Value.Immutable
  public interface Config extends RelRule.Config {
    Config DEFAULT = ImmutableBedrockAggregateScanRule.Config.of()
        .withOperandSupplier(b0 -> b0.operand(LogicalAggregate.class)
            .oneInput(b1 -> b1.operand(BedrockTableScan.class).noInputs()));

    @Override default BedrockAggregateScanRule toRule() {
      return new BedrockAggregateScanRule(this);
    }
  }
}
