package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.schema.CustomModelColumn;

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
  private static final CustomModelColumn[] COLUMNS = CustomModelColumn.values();

  private RexConditions() {
  }

  /**
   * @param fields the scan's column ordinals, by input field index
   */
  public static List<Condition> translate(RexBuilder rexBuilder, RexNode condition, int[] fields) {
    List<Condition> out = new ArrayList<>();
    for (RexNode conjunct : conjuncts(rexBuilder, condition)) {
      Condition c = conjunct(conjunct, fields);
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
  public static boolean dropsNothing(RexBuilder rexBuilder, RexNode condition, int[] fields, List<Condition> pushed) {
    List<Condition> own = translate(rexBuilder, condition, fields);
    return conjuncts(rexBuilder, condition).size() == own.size() && own.stream().allMatch(Condition::exact)
        && new HashSet<>(own).equals(new HashSet<>(pushed));
  }

  private static List<RexNode> conjuncts(RexBuilder rexBuilder, RexNode condition) {
    // Ranges and IN lists arrive as SEARCH(x, Sarg[...]): expand them first (calcite-notes 1.4).
    return RelOptUtil.conjunctions(RexUtil.expandSearch(rexBuilder, null, condition));
  }

  private static Condition conjunct(RexNode node, int[] fields) {
    CustomModelColumn bare = column(node, fields);
    if (bare == CustomModelColumn.IS_OWNED) {
      return Condition.of(bare, Condition.Kind.EQUALS, new Operand.Literal(true));
    }
    if (!(node instanceof RexCall call)) {
      return null;
    }
    switch (call.getKind()) {
      case NOT, IS_FALSE:
        return column(call.operands.get(0), fields) == CustomModelColumn.IS_OWNED
            ? Condition.of(CustomModelColumn.IS_OWNED, Condition.Kind.EQUALS, new Operand.Literal(false)) : null;
      case IS_TRUE:
        return column(call.operands.get(0), fields) == CustomModelColumn.IS_OWNED
            ? Condition.of(CustomModelColumn.IS_OWNED, Condition.Kind.EQUALS, new Operand.Literal(true)) : null;
      case EQUALS, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL:
        return comparison(call, fields);
      case LIKE:
        return like(call, fields);
      case OR:
        return equalities(call, fields);
      default:
        return null;
    }
  }

  private static Condition comparison(RexCall call, int[] fields) {
    RexNode left = call.operands.get(0);
    RexNode right = call.operands.get(1);
    SqlKind kind = call.getKind();
    CustomModelColumn column = column(left, fields);
    Operand value = operand(right);
    if (column == null || value == null) {
      column = column(right, fields);
      value = operand(left);
      kind = kind.reverse();
    }
    if (column == null || value == null) {
      return null;
    }
    if (kind == SqlKind.EQUALS) {
      return pushableEquality(column) ? Condition.of(column, Condition.Kind.EQUALS, value) : null;
    }
    if (column != CustomModelColumn.CREATION_TIME) {
      return null;
    }
    return Condition.of(column, switch (kind) {
      case GREATER_THAN -> Condition.Kind.GREATER;
      case GREATER_THAN_OR_EQUAL -> Condition.Kind.GREATER_EQUAL;
      case LESS_THAN -> Condition.Kind.LESS;
      default -> Condition.Kind.LESS_EQUAL;
    }, value);
  }

  private static Condition like(RexCall call, int[] fields) {
    SqlLikeOperator op = (SqlLikeOperator) call.getOperator();
    if (op.isNegated() || column(call.operands.get(0), fields) != CustomModelColumn.MODEL_NAME) {
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
    return new Condition(CustomModelColumn.MODEL_NAME, Condition.Kind.LIKE, List.of(pattern), escape,
        op.isCaseSensitive());
  }

  /** {@code c = a OR c = b OR ...} on one column: an IN list. */
  private static Condition equalities(RexCall or, int[] fields) {
    CustomModelColumn column = null;
    List<Operand> values = new ArrayList<>();
    for (RexNode d : RelOptUtil.disjunctions(or)) {
      Condition c = d instanceof RexCall dc && dc.getKind() == SqlKind.EQUALS ? comparison(dc, fields) : null;
      if (c == null || (column != null && c.column() != column)) {
        return null;
      }
      column = c.column();
      values.addAll(c.operands());
    }
    return column == null ? null : new Condition(column, Condition.Kind.EQUALS, values, null, true);
  }

  private static boolean pushableEquality(CustomModelColumn column) {
    return switch (column) {
      case MODEL_ARN, MODEL_NAME, CREATION_TIME, BASE_MODEL_ARN, FOUNDATION_MODEL_ARN, MODEL_STATUS, IS_OWNED -> true;
      default -> false;
    };
  }

  private static CustomModelColumn column(RexNode node, int[] fields) {
    return node instanceof RexInputRef ref ? COLUMNS[fields[ref.getIndex()]] : null;
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
