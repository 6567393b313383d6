package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.scan.BedrockTableScan;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;

import org.immutables.value.Value;

/**
 * Pushes {@code ORDER BY <the API's sort column> [ASC|DESC]} (sortBy/sortOrder) and {@code LIMIT}/{@code OFFSET}
 * (page size, row cap) into the scan, through a filter if there is one. A pushed sort makes the scan carry
 * the collation, so Calcite adds no sort. When nothing in between can drop rows (no filter, or one the API
 * applies exactly) the scan stops after offset + fetch rows; else the scan reads full pages, since the filter
 * may drop rows and a page sized to the limit could cost another call. The trimmer's
 * projection over the scan, if any, narrows the scan on the way.
 */
@Value.Enclosing
public final class BedrockSortScanRule extends RelRule<BedrockSortScanRule.Config> {
  BedrockSortScanRule(Config config) {
    super(config);
  }

  @Override public void onMatch(RelOptRuleCall call) {
    Sort sort = call.rel(0);
    LogicalFilter filter = call.rels.length > 2 && call.rel(1) instanceof LogicalFilter f ? f : null;
    BedrockTableScan scan = call.rel(call.rels.length - 1);
    if (call.rel(call.rels.length - 2) instanceof LogicalProject project) {
      // The trimmer's projection of the columns the query uses: narrow the scan to them first.
      scan = BedrockProjectScanRule.narrowed(project, scan);
      if (scan == null) {
        return;
      }
    }
    RelCollation collation = sort.getCollation();
    Boolean descending = null;
    if (!collation.getFieldCollations().isEmpty()) {
      // Only the API's one order; further keys need Calcite's sort over every row anyway.
      if (collation.getFieldCollations().size() != 1) {
        return;
      }
      RelFieldCollation key = collation.getFieldCollations().get(0);
      TableSpec.Sort apiSort = scan.query().table().sort();
      if (apiSort == null || scan.query().fields()[key.getFieldIndex()] != apiSort.column()) {
        return;
      }
      descending = switch (key.getDirection()) {
        case DESCENDING, STRICTLY_DESCENDING -> true;
        case ASCENDING, STRICTLY_ASCENDING -> false;
        default -> null;
      };
      if (descending == null) {
        return;
      }
      // Several regions' items completed one region after the other (a details table's Gets, a listing group by
      // group) come in order within each region only: Calcite sorts them.
      TableSpec table = scan.query().table();
      if (scan.targetCount() > 1 && (table.parent() != null || table.expansion() != null)) {
        return;
      }
    }
    Operand offset = sort.offset == null ? null : RexConditions.operand(sort.offset);
    Operand fetch = sort.fetch == null ? null : RexConditions.operand(sort.fetch);
    if ((sort.offset != null && offset == null) || (sort.fetch != null && fetch == null)
        || (descending == null && fetch == null)) {
      return;
    }
    // The limit may stop the scan only if nothing between them can drop a row: decided from the filter that
    // is there now, whatever rules produced it (a merged filter can hold conjuncts that were never pushed).
    boolean capRows = filter == null || RexConditions.dropsNothing(scan.query().table(), filter.getCluster().getRexBuilder(),
        filter.getCondition(), scan.query().fields(), scan.query().conditions());
    BedrockTableScan pushed = scan.withQuery(
        scan.query().withSortAndLimit(descending, offset, fetch, capRows),
        descending == null ? scan.getTraitSet() : scan.getTraitSet().replace(collation));
    RelNode input = filter == null ? pushed
        : filter.copy(descending == null ? filter.getTraitSet() : filter.getTraitSet().replace(collation), pushed,
            filter.getCondition());
    if (sort.offset == null && sort.fetch == null) {
      call.transformTo(input); // the scan's order is the query's order
    } else {
      call.transformTo(sort.copy(sort.getTraitSet(), input, collation, sort.offset, sort.fetch));
    }
  }

  /** Rule configuration. */
  @Value.Immutable
  public interface Config extends RelRule.Config {
    Config DEFAULT = ImmutableBedrockSortScanRule.Config.of()
        .withDescription("BedrockSortScanRule")
        .withOperandSupplier(b0 -> b0.operand(Sort.class)
            .oneInput(b1 -> b1.operand(BedrockTableScan.class)
                .predicate(s -> !s.query().hasSortOrLimit()).noInputs()));

    Config THROUGH_PROJECT = ImmutableBedrockSortScanRule.Config.of()
        .withDescription("BedrockSortScanRule(through project)")
        .withOperandSupplier(b0 -> b0.operand(Sort.class)
            .oneInput(b1 -> b1.operand(LogicalProject.class)
                .oneInput(b2 -> b2.operand(BedrockTableScan.class)
                    .predicate(s -> !s.query().hasSortOrLimit()).noInputs())));

    Config THROUGH_FILTER_PROJECT = ImmutableBedrockSortScanRule.Config.of()
        .withDescription("BedrockSortScanRule(through filter and project)")
        .withOperandSupplier(b0 -> b0.operand(Sort.class)
            .oneInput(b1 -> b1.operand(LogicalFilter.class)
                .oneInput(b2 -> b2.operand(LogicalProject.class)
                    .oneInput(b3 -> b3.operand(BedrockTableScan.class)
                        .predicate(s -> !s.query().hasSortOrLimit()).noInputs()))));

    Config THROUGH_FILTER = ImmutableBedrockSortScanRule.Config.of()
        .withDescription("BedrockSortScanRule(through filter)")
        .withOperandSupplier(b0 -> b0.operand(Sort.class)
            .oneInput(b1 -> b1.operand(LogicalFilter.class)
                .oneInput(b2 -> b2.operand(BedrockTableScan.class)
                    .predicate(s -> !s.query().hasSortOrLimit()).noInputs())));

    @Override default BedrockSortScanRule toRule() {
      return new BedrockSortScanRule(this);
    }
  }
}
