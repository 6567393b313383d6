package dev.bedrockjdbc.scan;

import org.apache.calcite.linq4j.Enumerator;

import java.util.NoSuchElementException;

/**
 * A forward-only enumerator of rows in Calcite's representation, where null is a valid row (a one-column
 * row whose value is NULL), so "is there a current row" is tracked apart from the value.
 */
abstract class RowCursor implements Enumerator<Object> {
  private Object current;
  private boolean onRow;

  @Override public final Object current() {
    if (!onRow) {
      throw new NoSuchElementException();
    }
    return current;
  }

  /** Makes {@code row} current; returns true for {@code moveNext}. */
  protected final boolean row(Object row) {
    current = row;
    onRow = true;
    return true;
  }

  /** No current row any more; returns false for {@code moveNext}. */
  protected final boolean end() {
    current = null;
    onRow = false;
    return false;
  }

  @Override public final void reset() {
    throw new UnsupportedOperationException("forward only");
  }
}
