package dev.bedrockjdbc.fastpath;

import dev.bedrockjdbc.schema.BedrockTable;

import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * A query's signature that stops after the executing statement's maxRows. Calcite applies maxRows only to a
 * plain Statement's execution (it is part of that prepare); a PreparedStatement's setMaxRows would
 * otherwise return every row. Applied inside the plan's enumerable, so the scan is not asked for a row
 * past it (no look-ahead page, no Get of a details row nobody reads).
 */
final class MaxRowsSignature<T> extends CalciteSignature<T> {
  private final CalciteSignature<T> planned;
  private final boolean fastPath;

  MaxRowsSignature(CalciteSignature<T> planned, boolean fastPath) {
    super(planned.sql, planned.parameters, planned.internalParameters, planned.rowType, planned.columns,
        planned.cursorFactory, planned.rootSchema, planned.getCollationList(), -1, null, planned.statementType);
    this.planned = planned;
    this.fastPath = fastPath;
  }

  @Override public Enumerable<T> enumerable(DataContext dataContext) {
    Enumerable<T> rows = planned.enumerable(dataContext);
    // Set for this execution on this thread by the driver's handler, just before Calcite binds the plan.
    long maxRows = BedrockTable.STATEMENT_MAX_ROWS.get();
    rows = maxRows > 0 ? first(rows, maxRows) : rows;
    // Outermost, so the hand-over sees the rows the result set gets.
    return fastPath ? FastPathRows.handedOver(rows, columns) : rows;
  }

  /**
   * The first {@code n} rows, never asking {@code rows} for one more. linq4j's {@code take} moves its source before
   * it counts, so the source is asked for row n + 1: a page, or a details table's Get, past maxRows.
   */
  static <T> Enumerable<T> first(Enumerable<T> rows, long n) {
    return new AbstractEnumerable<>() {
      @Override public Enumerator<T> enumerator() {
        Enumerator<T> source = rows.enumerator();
        return new Enumerator<>() {
          private long taken;

          @Override public T current() {
            return source.current();
          }

          @Override public boolean moveNext() {
            if (taken >= n || !source.moveNext()) {
              taken = n;
              return false;
            }
            taken++;
            return true;
          }

          @Override public void reset() {
            source.reset();
            taken = 0;
          }

          @Override public void close() {
            source.close();
          }
        };
      }
    };
  }
}
