package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.catalog.TableSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of one or more request streams: concatenated, or merged on the table's sort column when the streams
 * are sorted (each stream's first page is read before the first row, as a merge must), never an item twice
 * (by key), and at most {@code rowCap} rows. Each stream converts its own rows (a stream that asked for
 * {@code isOwned=true} knows that column's value).
 */
public final class StreamsCursor extends RowCursor {
  private final TableSpec table;
  private final List<PageCursor> streams;
  private final List<Function<Object, Object>> converters;
  private final Boolean descending;
  private final long rowCap;
  private final Set<Object> seen;
  private final Object[] heads;
  private int stream;
  private long delivered;

  public StreamsCursor(TableSpec table, List<PageCursor> streams, List<Function<Object, Object>> converters,
      Boolean descending, long rowCap) {
    this.table = table;
    this.streams = List.copyOf(streams);
    this.converters = List.copyOf(converters);
    this.descending = descending;
    this.rowCap = rowCap;
    this.seen = streams.size() > 1 ? new HashSet<>() : null;
    this.heads = new Object[streams.size()];
  }

  @Override public boolean moveNext() {
    while (rowCap < 0 || delivered < rowCap) {
      int from = descending == null || streams.size() == 1 ? nextInOrder() : nextMerged();
      if (from < 0) {
        return end();
      }
      Object item = heads[from];
      heads[from] = null;
      if (seen != null && !seen.add(table.keyOf(item))) {
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
      if (streams.get(stream).moveNext()) {
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
      if (heads[i] == null && streams.get(i).moveNext()) {
        heads[i] = streams.get(i).current();
      }
      if (heads[i] != null && (best < 0 || before(heads[i], heads[best]))) {
        best = i;
      }
    }
    return best;
  }

  private boolean before(Object a, Object b) {
    int c = table.sortValueOf(a).compareTo(table.sortValueOf(b));
    return descending ? c > 0 : c < 0;
  }

  @Override public void close() {
    streams.forEach(PageCursor::close);
  }
}
