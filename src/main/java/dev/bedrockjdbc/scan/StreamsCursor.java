package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.Target;
import dev.bedrockjdbc.catalog.TableSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of one or more request streams, of one or more targets (an account in a region): concatenated, or
 * merged on the table's sort column when the streams are sorted (each stream's first page is read before the first
 * row, as a merge must: a k-way merge across regions too), never an item of one target twice (by key), and at most
 * {@code rowCap} rows. Each stream converts its own rows (a stream that asked for {@code isOwned=true} knows that
 * column's value; a target's rows know their region). Streams of several targets ask for their first pages at
 * once when every stream will be read (a merge, or no limit on the rows the query can use), within the
 * connection's fan-out bound; else one after the other, so a limit stops the calls.
 */
public final class StreamsCursor extends RowCursor {
  private final TableSpec table;
  private final List<PageCursor> streams;
  private final List<Function<Object, Object>> converters;
  private final List<Target> targets;
  private final TargetFailures failures;
  private final Boolean descending;
  private final long rowCap;
  private final boolean firstPagesAtOnce;
  private final Set<Object> seen;
  private final Object[] heads;
  private final boolean[] ended;
  private boolean started;
  private int stream;
  private long delivered;

  /**
   * @param targets  each stream's target
   * @param failures what a stream's failure does: the stream ends there (a warning recorded) or the query fails
   * @param usable   the rows the query can use (its LIMIT, the statement's maxRows), or -1
   */
  public StreamsCursor(TableSpec table, List<PageCursor> streams, List<Function<Object, Object>> converters,
      List<Target> targets, TargetFailures failures, Boolean descending, long rowCap, long usable) {
    this.table = table;
    this.streams = List.copyOf(streams);
    this.converters = List.copyOf(converters);
    this.targets = List.copyOf(targets);
    this.failures = failures;
    this.descending = descending;
    this.rowCap = rowCap;
    // Several targets, told apart by identity: hashing the Target record would bootstrap ObjectMethods (~35 ms cold).
    boolean severalTargets = targets.stream().anyMatch(t -> t != targets.get(0));
    this.firstPagesAtOnce = severalTargets && (descending != null || rowCap < 0 && usable < 0);
    this.seen = streams.size() > 1 ? new HashSet<>() : null;
    this.heads = new Object[streams.size()];
    this.ended = new boolean[streams.size()];
  }

  @Override public boolean moveNext() {
    if (!started) {
      started = true;
      if (firstPagesAtOnce) {
        streams.forEach(PageCursor::startFirstPage);
      }
    }
    while (rowCap < 0 || delivered < rowCap) {
      int from = descending == null || streams.size() == 1 ? nextInOrder() : nextMerged();
      if (from < 0) {
        return end();
      }
      Object item = heads[from];
      heads[from] = null;
      if (seen != null && !seen.add(List.of(targets.get(from), table.keyOf(item)))) {
        continue;
      }
      delivered++;
      return row(converters.get(from).apply(item));
    }
    return end();
  }

  /** Concatenation: the next stream with a row, loading it into its head. */
  private int nextInOrder() {
    while (stream < streams.size()) {
      if (advance(stream)) {
        heads[stream] = streams.get(stream).current();
        return stream;
      }
      stream++;
    }
    return -1;
  }

  /** Merge: refill empty heads, then take the newest (or oldest) head. */
  private int nextMerged() {
    int best = -1;
    for (int i = 0; i < streams.size(); i++) {
      if (heads[i] == null && advance(i)) {
        heads[i] = streams.get(i).current();
      }
      if (heads[i] != null && (best < 0 || before(heads[i], heads[best]))) {
        best = i;
      }
    }
    return best;
  }

  /** Moves stream {@code i} on; false at its end, or when it failed and its target's rows are to end there. */
  private boolean advance(int i) {
    if (ended[i]) {
      return false;
    }
    try {
      if (streams.get(i).moveNext()) {
        return true;
      }
    } catch (RuntimeException e) {
      failures.handle(targets.get(i), e);
      streams.get(i).close();
    }
    ended[i] = true;
    return false;
  }

  private boolean before(Object a, Object b) {
    int c = table.sortValueOf(a).compareTo(table.sortValueOf(b));
    return descending ? c > 0 : c < 0;
  }

  @Override public void close() {
    streams.forEach(PageCursor::close);
  }
}
