package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.BedrockLookupJoin;
import dev.bedrockjdbc.scan.BedrockTableScan;
import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

import org.immutables.value.Value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns an inner join with a details table on its key ({@code custom_models m JOIN custom_model_details d ON
 * d.model_arn = m.model_arn}) into a {@link BedrockLookupJoin}: one Get per row of the other side, instead of a
 * Get per item of the whole details table. A key of several columns (guardrail_details' id and version) needs an
 * equality on each. The other conjuncts of the ON clause stay in a filter above it.
 */
@Value.Enclosing
public final class BedrockLookupJoinRule extends RelRule<BedrockLookupJoinRule.Config> {
  BedrockLookupJoinRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalJoin join = call.rel(0);
    boolean detailsRight = config.detailsRight();
    RelNode outer = detailsRight ? join.getLeft() : join.getRight();
    // Operands in depth-first order: join, then (right) the other side and the details operands, or (left) the
    // details operands first.
    int first = detailsRight ? 2 : 1;
    BedrockTableScan scan = call.rel(config.projected() ? first + 1 : first);
    if (config.projected()) {
      LogicalProject project = call.rel(first);
      // The trimmer's projection of the columns the query uses (a Volcano subset of its own, so the scan
      // under it is matched through it): the same columns, read from the details table.
      scan = BedrockProjectScanRule.narrowed(project, scan);
      if (scan == null) {
        return;
      }
    }
    if (join.getJoinType() != JoinRelType.INNER || !isPlainDetailsScan(scan)) {
      return;
    }
    int leftCount = join.getLeft().getRowType().getFieldCount();
    int detailsOffset = detailsRight ? leftCount : 0;
    int outerOffset = detailsRight ? 0 : leftCount;
    // For each column of the key (guardrails': id and version), its field in the join's row, and the outer field
    // an ON conjunct equates it with: every one of them, or no lookups.
    List<Integer> keyColumns = scan.query().table().keyColumns();
    int[] detailsKeys = new int[keyColumns.size()];
    int[] outerKeys = new int[keyColumns.size()];
    Arrays.fill(detailsKeys, -1);
    Arrays.fill(outerKeys, -1);
    for (int i = 0; i < scan.query().fields().length; i++) {
      int k = keyColumns.indexOf(scan.query().fields()[i]);
      if (k >= 0) {
        detailsKeys[k] = detailsOffset + i;
      }
    }
    List<RexNode> rest = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(join.getCondition())) {
      int k = 0;
      while (k < detailsKeys.length && !(outerKeys[k] < 0
          && isOuterText(join, otherSide(conjunct, detailsKeys[k]), outerOffset, outer))) {
        k++;
      }
      if (k < detailsKeys.length) {
        outerKeys[k] = otherSide(conjunct, detailsKeys[k]) - outerOffset;
      } else {
        rest.add(conjunct);
      }
    }
    if (keyColumns.isEmpty() || Arrays.stream(outerKeys).anyMatch(k -> k < 0)) {
      return;
    }
    RelNode lookups = new BedrockLookupJoin(join.getCluster(), join.getTraitSet().replace(EnumerableConvention.INSTANCE),
        convert(outer, outer.getTraitSet().replace(EnumerableConvention.INSTANCE)), scan.getTable(),
        scan.getTable().unwrap(BedrockTable.class), scan.query(), outerKeys, !detailsRight, join.getRowType());
    call.transformTo(rest.isEmpty() ? lookups
        : LogicalFilter.create(lookups, RexUtil.composeConjunction(join.getCluster().getRexBuilder(), rest)));
  }

  /** Whether a field of the join's row is one of the outer side's, of a character type. */
  private static boolean isOuterText(LogicalJoin join, int field, int outerOffset, RelNode outer) {
    return field >= outerOffset && field < outerOffset + outer.getRowType().getFieldCount()
        && SqlTypeFamily.CHARACTER.contains(join.getRowType().getFieldList().get(field).getType());
  }

  /** For {@code $a = $b} with one side {@code key}: the other side's field; else -1. */
  private static int otherSide(RexNode conjunct, int key) {
    if (key < 0 || conjunct.getKind() != SqlKind.EQUALS
        || !(((RexCall) conjunct).operands.get(0) instanceof RexInputRef a)
        || !(((RexCall) conjunct).operands.get(1) instanceof RexInputRef b)) {
      return -1;
    }
    return a.getIndex() == key ? b.getIndex() : b.getIndex() == key ? a.getIndex() : -1;
  }

  /** A details table's scan that reads the table as it is: nothing pushed into it yet. */
  static boolean isPlainDetailsScan(BedrockTableScan s) {
    return s.query().table().parent() != null && s.query().table().children() == null
        && !s.query().table().keyColumns().isEmpty() && s.query().conditions().isEmpty()
        && !s.query().hasSortOrLimit();
  }

  /**
   * Rule configuration: the details table on either side, as a scan or under the trimmer's projection. The other
   * side is taken from the join itself, whatever it is.
   */
  @Value.Immutable
  public interface Config extends RelRule.Config {
    Config DETAILS_RIGHT = of("details right", true, false);
    Config DETAILS_LEFT = of("details left", false, false);
    Config DETAILS_RIGHT_PROJECTED = of("details right, projected", true, true);
    Config DETAILS_LEFT_PROJECTED = of("details left, projected", false, true);

    private static Config of(String description, boolean right, boolean projected) {
      RelRule.OperandTransform details = projected
          ? b -> b.operand(LogicalProject.class).oneInput(b2 -> b2.operand(BedrockTableScan.class)
              .predicate(BedrockLookupJoinRule::isPlainDetailsScan).noInputs())
          : b -> b.operand(BedrockTableScan.class).predicate(BedrockLookupJoinRule::isPlainDetailsScan).noInputs();
      RelRule.OperandTransform any = b -> b.operand(RelNode.class).anyInputs();
      return ImmutableBedrockLookupJoinRule.Config.of()
          .withDescription("BedrockLookupJoinRule(" + description + ")")
          .withOperandSupplier(b0 -> b0.operand(LogicalJoin.class).inputs(right ? any : details, right ? details : any))
          .withDetailsRight(right).withProjected(projected);
    }

    /** Whether the details table is the join's right input. */
    @Value.Default default boolean detailsRight() {
      return true;
    }

    Config withDetailsRight(boolean detailsRight);

    /** Whether the details scan is under the trimmer's projection. */
    @Value.Default default boolean projected() {
      return false;
    }

    Config withProjected(boolean projected);

    @Override default BedrockLookupJoinRule toRule() {
      return new BedrockLookupJoinRule(this);
    }
  }
}
