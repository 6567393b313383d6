package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.Target;

import org.apache.calcite.linq4j.Enumerator;

import java.util.List;
import java.util.function.Function;

/**
 * The rows of several targets' own cursors (point lookups, a details table's Gets, a listing completed group by
 * group), one target after the other, each opened when the one before ends; at most {@code rowCap} rows in all
 * (-1: no cap). A target's failure is handled by {@link TargetFailures}.
 */
public final class TargetsCursor extends RowCursor {
  private final List<Target> targets;
  private final Function<Target, Enumerator<Object>> open;
  private final TargetFailures failures;
  private final long rowCap;
  private int next;
  private Enumerator<Object> rows;
  private long delivered;

  public TargetsCursor(List<Target> targets, Function<Target, Enumerator<Object>> open, TargetFailures failures,
      long rowCap) {
    this.targets = List.copyOf(targets);
    this.open = open;
    this.failures = failures;
    this.rowCap = rowCap;
  }

  @Override public boolean moveNext() {
    while (rowCap < 0 || delivered < rowCap) {
      if (rows == null) {
        if (next == targets.size()) {
          return end();
        }
        rows = open.apply(targets.get(next++));
      }
      try {
        if (rows.moveNext()) {
          delivered++;
          return row(rows.current());
        }
      } catch (RuntimeException e) {
        failures.handle(targets.get(next - 1), e);
      }
      rows.close();
      rows = null;
    }
    return end();
  }

  @Override public void close() {
    if (rows != null) {
      rows.close();
      rows = null;
    }
    next = targets.size();
  }
}
