package dev.bedrockjdbc.schema;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;

/**
 * Turns summaries into rows of the projected columns only: an {@code Object[]}, or the bare value when
 * one column is projected (Calcite's SCALAR row format, which the plan above a one-column scan expects).
 */
final class RowConverter {
  private static final CustomModelColumn[] COLUMNS = CustomModelColumn.values();
  private final CustomModelColumn[] columns;
  private final RowContext context;

  RowConverter(int[] fields, RowContext context) {
    this.columns = new CustomModelColumn[fields.length];
    for (int i = 0; i < fields.length; i++) {
      columns[i] = COLUMNS[fields[i]];
    }
    this.context = context;
  }

  Object convert(CustomModelSummary s) {
    if (columns.length == 1) {
      return columns[0].value(s, context);
    }
    Object[] row = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      row[i] = columns[i].value(s, context);
    }
    return row;
  }
}
