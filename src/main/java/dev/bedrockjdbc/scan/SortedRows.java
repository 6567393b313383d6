package dev.bedrockjdbc.scan;

import org.apache.calcite.linq4j.Enumerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Point lookups in the order the scan promised: a Get answers in key order, one target after the other, but a scan
 * that took the query's sort promises the API's sort order, and Calcite adds no sort above it. The rows (one per
 * key found, a few dozen at most) arrive with the sort column appended, are read at once, sorted on it and handed on
 * without it.
 */
public final class SortedRows extends RowCursor {
  private final Enumerator<Object> source;
  private final int columns;
  private final boolean descending;
  private Iterator<Object[]> sorted;

  /**
   * @param source  rows of {@code columns + 1} columns, the last the sort column (never null: the API sorts on a
   *                timestamp every item has)
   * @param columns the columns handed on: an {@code Object[]} of them, or the bare value when there is one
   */
  public SortedRows(Enumerator<Object> source, int columns, boolean descending) {
    this.source = source;
    this.columns = columns;
    this.descending = descending;
  }

  @Override public boolean moveNext() {
    if (sorted == null) {
      List<Object[]> rows = new ArrayList<>();
      while (source.moveNext()) {
        rows.add((Object[]) source.current());
      }
      @SuppressWarnings({"unchecked", "rawtypes"})
      Comparator<Object[]> bySort = Comparator.comparing(r -> (Comparable) r[columns]);
      rows.sort(descending ? bySort.reversed() : bySort);
      sorted = rows.iterator();
    }
    if (!sorted.hasNext()) {
      return end();
    }
    Object[] row = sorted.next();
    return row(columns == 1 ? row[0] : Arrays.copyOf(row, columns));
  }

  @Override public void close() {
    source.close();
  }
}
