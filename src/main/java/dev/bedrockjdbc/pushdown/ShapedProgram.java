package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.BedrockTableScan;

import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.plan.RelOptCostImpl;
import org.apache.calcite.plan.RelOptLattice;
import org.apache.calcite.plan.RelOptMaterialization;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.metadata.ChainedRelMetadataProvider;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.rules.CalcMergeRule;
import org.apache.calcite.rel.rules.DateRangeRules;
import org.apache.calcite.rel.rules.FilterCalcMergeRule;
import org.apache.calcite.rel.rules.FilterMergeRule;
import org.apache.calcite.rel.rules.FilterProjectTransposeRule;
import org.apache.calcite.rel.rules.ProjectCalcMergeRule;
import org.apache.calcite.rel.rules.ProjectMergeRule;
import org.apache.calcite.rel.rules.ProjectRemoveRule;
import org.apache.calcite.rel.rules.PruneEmptyRules;
import org.apache.calcite.rel.rules.ReduceExpressionsRule;
import org.apache.calcite.rel.rules.SortProjectTransposeRule;
import org.apache.calcite.rel.rules.SortRemoveConstantKeysRule;
import org.apache.calcite.rel.rules.SortRemoveRule;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.sql2rel.RelFieldTrimmer;
import org.apache.calcite.tools.Programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The planner program, chosen by the query's shape. A query over one Bedrock table made only of projections,
 * filters, sorts and limits (what a tool, a report or a user's WHERE clause sends, wrapped in subqueries or not)
 * is planned with the rules such a plan can use: Calcite's rules that move filters, projections and sorts
 * towards the scan and drop empty or redundant ones, the Enumerable rules that implement them, and this driver's
 * pushdown rules (which the scan registers). Anything else (a join, an aggregate, a set operation, a window, a
 * subquery, another schema's table) gets Calcite's whole default rule set and its standard program, as before.
 * Both are Calcite's own rules and planner: the choice changes which rules are loaded, not what a rule decides.
 * Where the one-table rules cannot plan a query, {@link BedrockPrepare} has Calcite plan it again with all of them.
 */
final class ShapedProgram implements org.apache.calcite.tools.Program {
  /**
   * Built from their configurations as {@code CoreRules} builds them, so that class, whose initialisation
   * creates every core rule, is never loaded for such a query.
   */
  static final List<RelOptRule> ONE_TABLE_RULES = List.of(
      FilterProjectTransposeRule.Config.DEFAULT.toRule(),
      FilterMergeRule.Config.DEFAULT.toRule(),
      ProjectMergeRule.Config.DEFAULT.toRule(),
      ProjectRemoveRule.Config.DEFAULT.toRule(),
      SortProjectTransposeRule.Config.DEFAULT.toRule(),
      SortRemoveRule.Config.DEFAULT.toRule(),
      SortRemoveConstantKeysRule.Config.DEFAULT.toRule(),
      DateRangeRules.FILTER_INSTANCE,
      // Calcite's planner always has it: a condition that is never true (x = NULL) leaves no rows and no call.
      ReduceExpressionsRule.FilterReduceExpressionsRule.FilterReduceExpressionsRuleConfig.DEFAULT.toRule(),
      PruneEmptyRules.FILTER_INSTANCE,
      PruneEmptyRules.PROJECT_INSTANCE,
      PruneEmptyRules.SORT_INSTANCE,
      PruneEmptyRules.SORT_FETCH_ZERO_INSTANCE,
      EnumerableRules.ENUMERABLE_PROJECT_RULE,
      EnumerableRules.ENUMERABLE_FILTER_RULE,
      EnumerableRules.ENUMERABLE_SORT_RULE,
      EnumerableRules.ENUMERABLE_LIMIT_RULE,
      EnumerableRules.ENUMERABLE_VALUES_RULE);

  /** Programs.calc()'s rules for an Enumerable plan: projections and filters become (merged) calcs. */
  private static final HepProgram CALCS = HepProgram.builder()
      .addRuleInstance(EnumerableRules.ENUMERABLE_CALC_RULE)
      .addRuleInstance(EnumerableRules.ENUMERABLE_FILTER_TO_CALC_RULE)
      .addRuleInstance(EnumerableRules.ENUMERABLE_PROJECT_TO_CALC_RULE)
      .addRuleInstance(CalcMergeRule.Config.DEFAULT.toRule())
      .addRuleInstance(FilterCalcMergeRule.Config.DEFAULT.toRule())
      .addRuleInstance(ProjectCalcMergeRule.Config.DEFAULT.toRule())
      .build();

  private final boolean materializations;

  ShapedProgram(boolean materializations) {
    this.materializations = materializations;
  }

  @Override public RelNode run(RelOptPlanner planner, RelNode rel, RelTraitSet requiredOutputTraits,
      List<RelOptMaterialization> materializations, List<RelOptLattice> lattices) {
    // A planner that arrives with rules is Calcite's own (BedrockPrepare's fallback): planned as Calcite plans.
    boolean calcites = !planner.getRules().isEmpty();
    if (!calcites && materializations.isEmpty() && lattices.isEmpty() && oneTable(rel)) {
      ONE_TABLE_RULES.forEach(planner::addRule);
      // Programs.standard()'s steps that apply to this shape (Programs itself initialises CoreRules): trim unused
      // fields, Volcano, then calcs.
      RelNode trimmed = new RelFieldTrimmer(null, RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null))
          .trim(rel);
      planner.setRoot(trimmed);
      if (!trimmed.getTraitSet().equals(requiredOutputTraits)) {
        planner.setRoot(planner.changeTraits(trimmed, requiredOutputTraits));
      }
      return calcs(Objects.requireNonNull(planner.chooseDelegate().findBestExp(), "could not implement"));
    }
    if (!calcites) {
      RelOptUtil.registerDefaultRules(planner, this.materializations, Hook.ENABLE_BINDABLE.get(false));
    }
    return Programs.standard().run(planner, rel, requiredOutputTraits, materializations, lattices);
  }

  /** As Programs.calc(), which runs a HepPlanner with Calcite's default metadata. */
  private static RelNode calcs(RelNode rel) {
    HepPlanner hep = new HepPlanner(CALCS, null, true, null, RelOptCostImpl.FACTORY);
    List<RelMetadataProvider> providers = List.of(DefaultRelMetadataProvider.INSTANCE);
    hep.registerMetadataProviders(new ArrayList<>(providers));
    rel.getCluster().setMetadataProvider(ChainedRelMetadataProvider.of(providers));
    hep.setRoot(rel);
    return hep.findBestExp();
  }

  /** Projections, filters, sorts and values over at most one Bedrock table, with no subquery or window. */
  static boolean oneTable(RelNode rel) {
    int[] scans = {0};
    return oneTable(rel, scans) && scans[0] <= 1;
  }

  private static boolean oneTable(RelNode rel, int[] scans) {
    if (rel instanceof BedrockTableScan) {
      scans[0]++;
    } else if (rel instanceof LogicalProject project) {
      if (!plain(project.getProjects())) {
        return false;
      }
    } else if (rel instanceof LogicalFilter filter) {
      if (!plain(List.of(filter.getCondition())) || !filter.getVariablesSet().isEmpty()) {
        return false;
      }
    } else if (!(rel instanceof LogicalSort || rel instanceof LogicalValues)) {
      return false;
    }
    for (RelNode input : rel.getInputs()) {
      if (!oneTable(input, scans)) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(List<RexNode> expressions) {
    return RexUtil.SubQueryFinder.find(expressions) == null && !RexOver.containsOver(expressions, null)
        && expressions.stream().noneMatch(RexUtil::containsCorrelation);
  }
}
