package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.pushdown.BedrockRules;
import dev.bedrockjdbc.pushdown.TargetScope;
import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;

import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scan of a Bedrock table: a leaf that carries the API query it will send, so EXPLAIN shows the
 * exact request and the planner tells pushed from unpushed scans apart by it (calcite-notes 1.2).
 */
public final class BedrockTableScan extends TableScan implements EnumerableRel {
  private final BedrockTable bedrockTable;
  private final ApiQuery query;

  public BedrockTableScan(RelOptCluster cluster, RelTraitSet traitSet, RelOptTable table,
      BedrockTable bedrockTable, ApiQuery query) {
    super(cluster, traitSet, ImmutableList.of(), table);
    this.bedrockTable = Objects.requireNonNull(bedrockTable, "bedrockTable");
    this.query = Objects.requireNonNull(query, "query");
  }

  public ApiQuery query() {
    return query;
  }

  /** How many regions and accounts the connection reads. */
  public int targetCount() {
    return bedrockTable.targets().size();
  }

  /** The same scan sending another query, with the given traits (e.g. a collation the API provides). */
  public BedrockTableScan withQuery(ApiQuery newQuery, RelTraitSet newTraits) {
    return new BedrockTableScan(getCluster(), newTraits, table, bedrockTable, newQuery);
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new BedrockTableScan(getCluster(), traitSet, table, bedrockTable, query);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    List<String> names = new ArrayList<>();
    for (RelDataTypeField f : getRowType().getFieldList()) {
      names.add(f.getName());
    }
    // Which regions and accounts are called, when there is a choice: a connection of several, or a query naming some.
    boolean scoped = query.conditions().stream()
        .anyMatch(c -> query.table().filter(c.column()) instanceof FilterSpec.Scope);
    return super.explainTerms(pw).item("fields", names).item("request", query)
        .itemIf("targets", TargetScope.describe(query.table(), bedrockTable.targets(), query.conditions()),
            scoped || bedrockTable.targets().size() > 1);
  }

  @Override public RelDataType deriveRowType() {
    List<RelDataTypeField> all = table.getRowType().getFieldList();
    RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    for (int f : query.fields()) {
      b.add(all.get(f));
    }
    return b.build();
  }

  @Override public void register(RelOptPlanner planner) {
    if (!bedrockTable.pushdown()) {
      // The reference plan: a full listing, everything else in Calcite; only the columns read are converted,
      // which sends nothing different (and spares the account lookup when is_owned is not read).
      planner.addRule(BedrockRules.PROJECT_SCAN);
      planner.addRule(BedrockRules.AGGREGATE_SCAN);
      return;
    }
    for (RelOptRule rule : BedrockRules.RULES) {
      planner.addRule(rule);
    }
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Fewer columns are cheaper to convert (the CSV adapter's factor; "+ 2" keeps it smooth), and every
    // pushed filter, sort or limit means fewer API pages: prefer the scan that pushes more.
    double fields = query.fields().length;
    double pushed = (query.conditions().isEmpty() ? 1 : 0.5) * (query.hasSort() ? 0.5 : 1)
        * (query.hasLimit() ? 0.5 : 1);
    return super.computeSelfCost(planner, mq)
        .multiplyBy(pushed * (fields + 2D) / (table.getRowType().getFieldCount() + 2D));
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // Object[] rows, or a bare value for one column (JavaRowFormat.optimize), as the table produces them.
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), pref.preferArray());
    return implementor.result(physType,
        Blocks.toBlock(
            Expressions.call(
                Objects.requireNonNull(table.getExpression(BedrockTable.class)),
                "query",
                implementor.getRootExpression(),
                implementor.stash(query, ApiQuery.class))));
  }
}
