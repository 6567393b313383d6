package dev.bedrockjdbc.fastpath;

import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

import java.sql.Types;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one fast-path execution as Avatica's cursor iterates them, so the driver's ResultSet can read
 * the current row directly instead of through Avatica's accessors (about 50 ns a getter through
 * {@code getAccessor → Accessor → Getter → cursor}, the larger part of what a full scan cost over a raw SDK
 * loop). Values are in the representation the fast path's column metadata declares (VARCHAR a String,
 * BOOLEAN a Boolean, TIMESTAMP UTC epoch milliseconds); the reader converts them as Avatica's accessors do.
 * Handed over on the executing thread: Avatica asks for the iterator while the statement executes.
 */
public final class FastPathRows implements Iterator<Object>, AutoCloseable {
  private static final ThreadLocal<FastPathRows> OPENED = new ThreadLocal<>();

  private final Iterator<?> rows;
  private final int[] jdbcTypes;
  private Object current;
  /** Whether Avatica's cursor is on {@link #current}: it moves only through this iterator, and closes it. */
  private boolean onRow;

  private FastPathRows(Iterator<?> rows, int[] jdbcTypes) {
    this.rows = rows;
    this.jdbcTypes = jdbcTypes;
  }

  /** The rows the last execution on this thread opened on the fast path, if any; clears the hand-over. */
  public static FastPathRows take() {
    FastPathRows rows = OPENED.get();
    if (rows != null) {
      OPENED.remove();
    }
    return rows;
  }

  /**
   * {@code rows}, whose iterator (the one Avatica's cursor walks; Linq4j's runs one row ahead of it, so the
   * enumerator's current row is not the cursor's) is handed over when opened.
   */
  @SuppressWarnings("unchecked")
  static <T> Enumerable<T> handedOver(Enumerable<T> rows, List<ColumnMetaData> columns) {
    int[] types = columns.stream().mapToInt(c -> c.type.id).toArray();
    return new AbstractEnumerable<>() {
      @Override public Enumerator<T> enumerator() {
        return rows.enumerator();
      }

      @Override public Iterator<T> iterator() {
        FastPathRows iterator = new FastPathRows(rows.iterator(), types);
        OPENED.set(iterator);
        return (Iterator<T>) iterator;
      }
    };
  }

  @Override public boolean hasNext() {
    if (rows.hasNext()) {
      return true;
    }
    end();
    return false;
  }

  @Override public Object next() {
    current = rows.next();
    onRow = true;
    return current;
  }

  @Override public void close() throws Exception {
    end();
    if (rows instanceof AutoCloseable closeable) {
      closeable.close(); // closes the scan: stops its prefetch
    }
  }

  private void end() {
    current = null;
    onRow = false;
  }

  /** Whether the result set is on a row: after a next() that found one, before the end or close. */
  public boolean onRow() {
    return onRow;
  }

  /** The {@link Types} of 1-based {@code column}; {@link Types#NULL} outside the row. */
  public int jdbcType(int column) {
    return column >= 1 && column <= jdbcTypes.length ? jdbcTypes[column - 1] : Types.NULL;
  }

  /** The current row's value of 1-based {@code column}; only while {@link #onRow()}. */
  public Object value(int column) {
    // A one-column row is the bare value (Calcite's scalar row format).
    return jdbcTypes.length == 1 ? current : ((Object[]) current)[column - 1];
  }
}
