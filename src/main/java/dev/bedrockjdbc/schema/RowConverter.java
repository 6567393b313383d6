package dev.bedrockjdbc.schema;

import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.RowContext;
import dev.bedrockjdbc.catalog.TableSpec;

import java.util.function.Function;

/**
 * Turns items into rows of the projected columns only: an {@code Object[]}, or the bare value when one column
 * is projected (Calcite's SCALAR row format, which the plan above a one-column scan expects).
 */
final class RowConverter implements Function<Object, Object> {
  private final ColumnSpec.Value[] columns;
  private final RowContext context;

  RowConverter(TableSpec table, int[] fields, RowContext context) {
    this.columns = new ColumnSpec.Value[fields.length];
    for (int i = 0; i < fields.length; i++) {
      columns[i] = table.column(fields[i]).value();
    }
    this.context = context;
  }

  @Override public Object apply(Object item) {
    if (columns.length == 1) {
      return columns[0].read(item, context);
    }
    Object[] row = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      row[i] = columns[i].read(item, context);
    }
    return row;
  }
}
