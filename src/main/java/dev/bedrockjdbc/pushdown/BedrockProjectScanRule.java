package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.BedrockTableScan;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexPermuteInputsShuttle;
import org.apache.calcite.rex.RexUtil;

import org.immutables.value.Value;

import java.util.List;

/**
 * Narrows a {@link BedrockTableScan} to the columns a projection uses, so rows carry only those and a
 * derived column such as {@code is_owned} (which may cost a call to learn the caller's account) is
 * computed only when a query asks for it. A projection of plain column references disappears.
 */
@Value.Enclosing
public final class BedrockProjectScanRule extends RelRule<BedrockProjectScanRule.Config> {
  BedrockProjectScanRule(Config config) {
    super(config);
  }

  /** The scan narrowed to a projection of plain column references, or null if it has expressions. */
  static BedrockTableScan narrowed(LogicalProject project, BedrockTableScan scan) {
    int[] fields = scan.query().fields();
    int[] narrowed = new int[project.getProjects().size()];
    for (int i = 0; i < narrowed.length; i++) {
      if (!(project.getProjects().get(i) instanceof RexInputRef ref)) {
        return null;
      }
      narrowed[i] = fields[ref.getIndex()];
    }
    return scan.withQuery(scan.query().withFields(narrowed), scan.getTraitSet());
  }

  @Override public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    ScanNarrowing narrowing = ScanNarrowing.of(call.rel(1), RelOptUtil.InputFinder.bits(project.getProjects(), null));
    if (narrowing.scan() == null) {
      return;
    }
    BedrockTableScan newScan = narrowing.scan();
    List<RexNode> projects = RexPermuteInputsShuttle.of(narrowing.mapping()).visitList(project.getProjects());
    if (RexUtil.isIdentity(projects, newScan.getRowType())) {
      call.transformTo(newScan);
    } else {
      call.transformTo(project.copy(project.getTraitSet(), newScan, projects, project.getRowType()));
    }
  }

  /** Rule configuration. */
  @Value.Immutable
  public interface Config extends RelRule.Config {
    Config DEFAULT = ImmutableBedrockProjectScanRule.Config.of()
        .withOperandSupplier(b0 -> b0.operand(LogicalProject.class)
            .oneInput(b1 -> b1.operand(BedrockTableScan.class).noInputs()));

    @Override default BedrockProjectScanRule toRule() {
      return new BedrockProjectScanRule(this);
    }
  }
}
