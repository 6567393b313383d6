package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.schema.CustomModelColumn;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One conjunct of a WHERE clause that the API can pre-filter on: a column, a comparison and its operands.
 * {@code EQUALS} with several operands is an IN list (or an OR of equalities on the column).
 *
 * @param escape the LIKE escape character, or null
 * @param caseSensitive false for ILIKE
 */
public record Condition(CustomModelColumn column, Kind kind, List<Operand> operands, Character escape,
    boolean caseSensitive) {

  /** The comparisons that map to API parameters. */
  public enum Kind { EQUALS, LIKE, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL }

  public Condition {
    operands = List.copyOf(operands);
  }

  public static Condition of(CustomModelColumn column, Kind kind, Operand... operands) {
    return new Condition(column, kind, List.of(operands), null, true);
  }

  /**
   * Whether the API parameter, when sent, selects exactly the rows the SQL predicate does, so Calcite's copy
   * of it can drop nothing: a status (an enum; a value outside it is not sent, and then
   * {@link RequestPlanner} lifts the row cap) and owned models (isOwned=false would include models without
   * an owner, which SQL's NOT is_owned drops). Names, times (widened), base models (once ignored by the
   * service, aws/aws-cli#8929) and foundation models (documented loosely) are not exact.
   */
  public boolean exact() {
    return kind == Kind.EQUALS && switch (column) {
      case MODEL_STATUS -> true;
      case IS_OWNED -> operands.size() == 1 && operands.get(0) instanceof Operand.Literal l && Boolean.TRUE.equals(l.value());
      default -> false;
    };
  }

  public boolean hasParameters() {
    return operands.stream().anyMatch(o -> o instanceof Operand.Param);
  }

  /** This condition with every parameter replaced by its bound value. */
  public Condition bind(IntFunction<Object> parameters) {
    return new Condition(column, kind,
        operands.stream().map(o -> (Operand) new Operand.Literal(o.value(parameters))).toList(), escape, caseSensitive);
  }

  /** The literal values (after {@link #bind}). */
  List<Object> values() {
    return operands.stream().map(o -> o.value(i -> {
      throw new IllegalStateException("unbound parameter ?" + i);
    })).toList();
  }

  @Override public String toString() {
    String op = switch (kind) {
      case EQUALS -> operands.size() == 1 ? "=" : "IN";
      case LIKE -> caseSensitive ? "LIKE" : "ILIKE";
      case GREATER -> ">";
      case GREATER_EQUAL -> ">=";
      case LESS -> "<";
      case LESS_EQUAL -> "<=";
    };
    String rhs = operands.size() == 1 ? operands.get(0).toString() : operands.toString();
    return column.columnName() + " " + op + " " + rhs + (escape == null ? "" : " ESCAPE " + escape);
  }
}
