package dev.bedrockjdbc.fastpath;

import java.util.List;

/**
 * A query simple enough to run without Calcite's planner:
 * {@code SELECT * | column, ... FROM [schema.]table [ORDER BY column [ASC|DESC]] [LIMIT/OFFSET/FETCH]}.
 * Names are as written; {@link SimpleSelectSignature} resolves them against the connection's table.
 *
 * @param table      the table name, schema first when qualified
 * @param columns    the select list; empty for {@code *}
 * @param orderBy    the one ORDER BY column, or null
 * @param descending whether that order is descending
 * @param offset     rows to skip, or -1
 * @param fetch      rows to return, or -1 for all
 */
public record SimpleSelect(List<Name> table, List<Name> columns, Name orderBy, boolean descending, int offset,
    int fetch) {
  public SimpleSelect {
    table = List.copyOf(table);
    columns = List.copyOf(columns);
  }

  /** An identifier: its text (without quotes) and whether it was quoted. */
  public record Name(String text, boolean quoted) {
  }
}
