package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One conjunct of a WHERE clause that the API can pre-filter on: a column (by ordinal, with its name), a
 * comparison and its operands. {@code EQUALS} with several operands is an IN list (or an OR of equalities on
 * the column).
 *
 * @param escape the LIKE escape character, or null
 * @param caseSensitive false for ILIKE
 */
public record Condition(int column, String name, Kind kind, List<Operand> operands, Character escape,
    boolean caseSensitive) {

  /** The comparisons that map to API parameters. */
  public enum Kind { EQUALS, LIKE, GREATER, GREATER_EQUAL, LESS, LESS_EQUAL }

  public Condition {
    operands = List.copyOf(operands);
  }

  public static Condition of(TableSpec table, int column, Kind kind, Operand... operands) {
    return new Condition(column, table.column(column).name(), kind, List.of(operands), null, true);
  }

  /**
   * Whether the API parameter, when sent, selects exactly the rows the SQL predicate does, so Calcite's copy
   * of it can drop nothing: as the table's filter declares (an enum status; is_owned = TRUE). When a value is
   * not sent (outside the API's enum), {@link RequestPlanner} lifts the row cap.
   */
  public boolean exact(TableSpec table) {
    if (kind != Kind.EQUALS) {
      return false;
    }
    FilterSpec filter = table.filter(column);
    if (filter instanceof FilterSpec.Scope) {
      return true;
    }
    if (filter instanceof FilterSpec.Equals e) {
      return e.exact();
    }
    if (filter instanceof FilterSpec.Listed l) {
      return operands.size() == 1 && operands.get(0) instanceof Operand.Literal v && l.listedValue().equals(v.value());
    }
    return filter instanceof FilterSpec.Flag f && operands.size() == 1 && operands.get(0) instanceof Operand.Literal l
        && f.exactValue() != null && f.exactValue().equals(l.value());
  }

  public boolean hasParameters() {
    return operands.stream().anyMatch(o -> o instanceof Operand.Param);
  }

  /** This condition with every parameter replaced by its bound value. */
  public Condition bind(IntFunction<Object> parameters) {
    return new Condition(column, name, kind,
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
    return name + " " + op + " " + rhs + (escape == null ? "" : " ESCAPE " + escape);
  }
}
