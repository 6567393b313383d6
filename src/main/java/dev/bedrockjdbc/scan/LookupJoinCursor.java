package dev.bedrockjdbc.scan;

import org.apache.calcite.linq4j.Enumerator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Joins each outer row with the Get response for its key (the values of one or more of its columns): up to
 * {@code concurrency} Gets in flight at once (none past the rows the query can use: {@link GetWindow}), rows kept
 * in outer order, an outer row without a key or without a resource dropped (an inner join).
 */
public final class LookupJoinCursor implements Enumerator<Object[]> {
  /** Keys whose Get is remembered, so a key repeated among nearby outer rows is asked for once. */
  private static final int REMEMBERED = 1024;

  private record Pending(Object[] row, Future<List<Object>> responses) {
  }

  private final Enumerator<Object[]> outer;
  private final int[] outerKeys;
  private final Function<List<String>, Future<List<Object>>> get;
  private final CallGuard guard;
  private final GetWindow getWindow;
  private final Function<Object, Object[]> columns;
  private final boolean detailsFirst;
  private final Deque<Pending> window = new ArrayDeque<>();
  private final Map<List<String>, Future<List<Object>>> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override protected boolean removeEldestEntry(Map.Entry<List<String>, Future<List<Object>>> eldest) {
      return size() > REMEMBERED;
    }
  };
  /** The current outer row's resources not yet joined (one per region that holds its key). */
  private final Deque<Object> found = new ArrayDeque<>();
  private Object[] row;
  private boolean outerDone;
  private long delivered;
  private Object[] current;

  /**
   * @param outerKeys the outer fields that hold the key's columns, in the key's order
   * @param get       starts the Gets of a key (its columns' values; one per region and account that may hold it),
   *                  whose responses are the resources found; or null when the key names no resource (outside the
   *                  API's pattern)
   * @param until     the rows the query can use (the statement's maxRows), or 0: no Get is started for a row past them
   */
  public LookupJoinCursor(Enumerator<Object[]> outer, int[] outerKeys, Function<List<String>, Future<List<Object>>> get,
      CallGuard guard, int concurrency, long until, Function<Object, Object[]> columns, boolean detailsFirst) {
    this.outer = outer;
    this.outerKeys = outerKeys.clone();
    this.get = get;
    this.guard = guard;
    this.getWindow = new GetWindow(concurrency, until);
    this.columns = columns;
    this.detailsFirst = detailsFirst;
  }

  @Override public Object[] current() {
    if (current == null) {
      throw new NoSuchElementException();
    }
    return current;
  }

  @Override public boolean moveNext() {
    while (true) {
      while (!outerDone && getWindow.mayStart(window.size(), delivered)) {
        if (!outer.moveNext()) {
          outerDone = true;
          break;
        }
        Object[] row = outer.current();
        List<String> key = keyOf(row);
        if (key != null) {
          Future<List<Object>> response = recent.containsKey(key) ? recent.get(key) : get.apply(key);
          if (response != null) {
            recent.put(key, response);
            window.add(new Pending(row, response));
          }
        }
      }
      if (found.isEmpty()) {
        Pending next = window.poll();
        if (next == null) {
          current = null;
          return false;
        }
        row = next.row();
        found.addAll(guard.await(next.responses()));
      }
      Object response = found.poll();
      if (response != null) {
        Object[] details = columns.apply(response);
        Object[] first = detailsFirst ? details : row;
        Object[] second = detailsFirst ? row : details;
        current = new Object[first.length + second.length];
        System.arraycopy(first, 0, current, 0, first.length);
        System.arraycopy(second, 0, current, first.length, second.length);
        delivered++;
        return true;
      }
    }
  }

  /** The row's key, or null when a column of it is NULL (which equals nothing). */
  private List<String> keyOf(Object[] row) {
    String[] key = new String[outerKeys.length];
    for (int i = 0; i < key.length; i++) {
      if (!(row[outerKeys[i]] instanceof String v)) {
        return null;
      }
      key[i] = v;
    }
    return List.of(key);
  }

  @Override public void reset() {
    throw new UnsupportedOperationException("forward only");
  }

  @Override public void close() {
    outerDone = true;
    window.forEach(p -> p.responses().cancel(true));
    window.clear();
    outer.close();
  }
}
