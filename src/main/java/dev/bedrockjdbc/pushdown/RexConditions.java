package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlLikeOperator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Reads the pushable conjuncts of a filter condition as {@link Condition}s: comparisons of a column with a
 * literal or a {@code ?}, LIKE, boolean column tests, and ORs of equalities on one column. Anything else
 * is skipped; it stays in the filter that Calcite evaluates anyway.
 */
public final class RexConditions {
  private RexConditions() {
  }

  /**
   * @param fields the scan's column ordinals, by input field index
   */
  public static List<Condition> translate(TableSpec table, RexBuilder rexBuilder, RexNode condition, int[] fields) {
    List<Condition> out = new ArrayList<>();
    Columns columns = new Columns(table, fields);
    for (RexNode conjunct : conjuncts(rexBuilder, condition)) {
      Condition c = conjunct(conjunct, columns);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a filter with this condition, sitting directly on a scan that sends {@code pushed}, can drop no
   * row the scan returns: each of its conjuncts is one of the pushed conditions, pushed exactly, and every
   * pushed condition is one of its conjuncts. Decided from the plan as it is, so a LIMIT above such a
   * filter may stop the scan.
   */
  public static boolean dropsNothing(TableSpec table, RexBuilder rexBuilder, RexNode condition, int[] fields,
      List<Condition> pushed) {
    List<Condition> own = translate(table, rexBuilder, condition, fields);
    return conjuncts(rexBuilder, condition).size() == own.size() && own.stream().allMatch(c -> c.exact(table))
        && new HashSet<>(own).equals(new HashSet<>(pushed));
  }

  private static List<RexNode> conjuncts(RexBuilder rexBuilder, RexNode condition) {
    // Ranges and IN lists arrive as SEARCH(x, Sarg[...]): expand them first (calcite-notes 1.4).
    return RelOptUtil.conjunctions(RexUtil.expandSearch(rexBuilder, null, condition));
  }

  private static Condition conjunct(RexNode node, Columns columns) {
    int bare = columns.flag(node);
    if (bare >= 0) {
      return columns.condition(bare, Condition.Kind.EQUALS, new Operand.Literal(true));
    }
    if (!(node instanceof RexCall call)) {
      return null;
    }
    switch (call.getKind()) {
      case NOT, IS_FALSE: {
        int flag = columns.flag(call.operands.get(0));
        return flag < 0 ? null : columns.condition(flag, Condition.Kind.EQUALS, new Operand.Literal(false));
      }
      case IS_TRUE: {
        int flag = columns.flag(call.operands.get(0));
        return flag < 0 ? null : columns.condition(flag, Condition.Kind.EQUALS, new Operand.Literal(true));
      }
      case EQUALS, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL:
        return comparison(call, columns);
      case LIKE:
        return like(call, columns);
      case OR:
        return equalities(call, columns);
      default:
        return null;
    }
  }

  private static Condition comparison(RexCall call, Columns columns) {
    RexNode left = call.operands.get(0);
    RexNode right = call.operands.get(1);
    SqlKind kind = call.getKind();
    int column = columns.filtered(left);
    Operand value = operand(right);
    if (column < 0 || value == null) {
      column = columns.filtered(right);
      value = operand(left);
      kind = kind.reverse();
    }
    if (column < 0 || value == null) {
      return null;
    }
    if (kind == SqlKind.EQUALS) {
      return columns.condition(column, Condition.Kind.EQUALS, value);
    }
    if (!(columns.table.filter(column) instanceof FilterSpec.Range)) {
      return null;
    }
    return columns.condition(column, switch (kind) {
      case GREATER_THAN -> Condition.Kind.GREATER;
      case GREATER_THAN_OR_EQUAL -> Condition.Kind.GREATER_EQUAL;
      case LESS_THAN -> Condition.Kind.LESS;
      default -> Condition.Kind.LESS_EQUAL;
    }, value);
  }

  private static Condition like(RexCall call, Columns columns) {
    SqlLikeOperator op = (SqlLikeOperator) call.getOperator();
    int column = columns.filtered(call.operands.get(0));
    FilterSpec filter = column < 0 ? null : columns.table.filter(column);
    if (op.isNegated() || !(filter instanceof FilterSpec.Contains || filter instanceof FilterSpec.Element)) {
      return null;
    }
    Operand pattern = operand(call.operands.get(1));
    if (pattern == null) {
      return null;
    }
    Character escape = null;
    if (call.operands.size() > 2) {
      if (!(call.operands.get(2) instanceof RexLiteral lit) || lit.getValueAs(String.class) == null
          || lit.getValueAs(String.class).length() != 1) {
        return null;
      }
      escape = lit.getValueAs(String.class).charAt(0);
    }
    return new Condition(column, columns.table.column(column).name(), Condition.Kind.LIKE, List.of(pattern), escape,
        op.isCaseSensitive());
  }

  /** {@code c = a OR c = b OR ...} on one column: an IN list. */
  private static Condition equalities(RexCall or, Columns columns) {
    Integer column = null;
    List<Operand> values = new ArrayList<>();
    for (RexNode d : RelOptUtil.disjunctions(or)) {
      Condition c = d instanceof RexCall dc && dc.getKind() == SqlKind.EQUALS ? comparison(dc, columns) : null;
      if (c == null || (column != null && c.column() != column)) {
        return null;
      }
      column = c.column();
      values.addAll(c.operands());
    }
    return column == null ? null
        : new Condition(column, columns.table.column(column).name(), Condition.Kind.EQUALS, values, null, true);
  }

  /** The scan's columns, by input field index, and what the table can push on each. */
  private record Columns(TableSpec table, int[] fields) {
    /** The table column an input reference names, if the API can filter on it; else -1. */
    int filtered(RexNode node) {
      return node instanceof RexInputRef ref && table.filter(fields[ref.getIndex()]) != null
          ? fields[ref.getIndex()] : -1;
    }

    /** The column of a bare BOOLEAN reference the API can filter on ({@link FilterSpec.Flag}); else -1. */
    int flag(RexNode node) {
      int c = filtered(node);
      return c >= 0 && table.filter(c) instanceof FilterSpec.Flag ? c : -1;
    }

    Condition condition(int column, Condition.Kind kind, Operand value) {
      return Condition.of(table, column, kind, value);
    }
  }

  /** A literal (in the column's internal representation) or a {@code ?}; null for anything else. */
  static Operand operand(RexNode node) {
    if (node instanceof RexDynamicParam p) {
      return new Operand.Param(p.getIndex());
    }
    if (node instanceof RexLiteral lit) {
      if (lit.isNull()) {
        return new Operand.Literal(null);
      }
      return switch (lit.getType().getSqlTypeName()) {
        case CHAR, VARCHAR -> new Operand.Literal(lit.getValueAs(String.class));
        case TIMESTAMP -> new Operand.Literal(lit.getValueAs(Long.class));
        case BOOLEAN -> new Operand.Literal(lit.getValueAs(Boolean.class));
        case INTEGER, BIGINT, SMALLINT, TINYINT, DECIMAL -> new Operand.Literal(lit.getValueAs(Long.class));
        default -> null;
      };
    }
    return null;
  }
}
