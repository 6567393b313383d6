package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An inner join of any input with a details table on the details table's key (each of its columns equated with an
 * outer column), done as one Get per outer row
 * (the outer rows' keys become lookups) instead of reading the whole details table: the details scan is absorbed,
 * only its columns remain. Row layout is the join's: outer columns then details columns, or the other way round.
 */
public final class BedrockLookupJoin extends SingleRel implements EnumerableRel {
  private final RelOptTable detailsTable;
  private final BedrockTable details;
  private final ApiQuery query;
  private final int[] outerKeys;
  private final boolean detailsFirst;

  public BedrockLookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode outer, RelOptTable detailsTable,
      BedrockTable details, ApiQuery query, int[] outerKeys, boolean detailsFirst, RelDataType rowType) {
    super(cluster, traits, outer);
    this.detailsTable = detailsTable;
    this.details = details;
    this.query = query;
    this.outerKeys = outerKeys.clone();
    this.detailsFirst = detailsFirst;
    this.rowType = rowType;
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new BedrockLookupJoin(getCluster(), traitSet, sole(inputs), detailsTable, details, query, outerKeys,
        detailsFirst, rowType);
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    List<String> names = query.fields().length == 0 ? List.of()
        : Arrays.stream(query.fields()).mapToObj(f -> details.spec().column(f).name()).toList();
    // The row layout is part of what the rel is: two lookup joins that differ only in it (from a join and its
    // commuted twin) must never be taken for one, which Volcano would do where their columns' types coincide.
    return super.explainTerms(pw).item("table", detailsTable.getQualifiedName()).item("fields", names)
        .item("request", details.spec().lookup().get().name() + " per row of " + Arrays.stream(outerKeys)
            .mapToObj(k -> input.getRowType().getFieldList().get(k).getName()).collect(Collectors.joining(", ")))
        .item("row", detailsFirst ? "details, outer" : "outer, details");
  }

  @Override public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // One Get per outer row; cheaper than any plan that reads the whole details table (a Get per item of it).
    double rows = mq.getRowCount(input);
    return planner.getCostFactory().makeCost(rows, rows, 0).multiplyBy(0.1);
  }

  @Override public double estimateRowCount(RelMetadataQuery mq) {
    return mq.getRowCount(input);
  }

  @Override public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result outer = implementor.visitChild(this, 0, (EnumerableRel) input, Prefer.ARRAY);
    Expression rows = builder.append("outer", outer.block);
    Expression arrays = outer.physType.convertTo(rows, JavaRowFormat.ARRAY);
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    builder.add(Expressions.return_(null,
        Expressions.call(Objects.requireNonNull(detailsTable.getExpression(BedrockTable.class)), "lookupJoin",
            implementor.getRootExpression(), Expressions.convert_(arrays, Enumerable.class),
            implementor.stash(outerKeys, int[].class),
            implementor.stash(query, ApiQuery.class), Expressions.constant(detailsFirst))));
    return implementor.result(physType, builder.toBlock());
  }
}
