package dev.bedrockjdbc.pushdown;

import java.util.function.IntFunction;

/** A value in a pushed predicate: a literal known at planning, or a {@code ?} parameter bound at execution. */
public sealed interface Operand {
  /** The value, with parameters looked up by index (values in Calcite's internal representation). */
  Object value(IntFunction<Object> parameters);

  /** A literal; null is SQL NULL. */
  record Literal(Object value) implements Operand {
    @Override public Object value(IntFunction<Object> parameters) {
      return value;
    }

    @Override public String toString() {
      return String.valueOf(value);
    }
  }

  /** The {@code index}-th {@code ?} of the statement. */
  record Param(int index) implements Operand {
    @Override public Object value(IntFunction<Object> parameters) {
      return parameters.apply(index);
    }

    @Override public String toString() {
      return "?" + index;
    }
  }
}
