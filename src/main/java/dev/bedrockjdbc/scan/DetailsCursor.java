package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import org.apache.calcite.linq4j.Enumerator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The rows of a details table read without keys: the parent table's items as listed, each completed by its
 * Get, with up to {@code concurrency} Gets in flight at once (in listing order, under the query's cancel and
 * deadline), none past the rows the query can use ({@link GetWindow}). An item deleted between the listing and its
 * Get is no row.
 */
public final class DetailsCursor extends RowCursor {
  private final BedrockApi api;
  private final TableSpec listed;
  private final Enumerator<Object> items;
  private final GetOperation get;
  private final GetWindow window;
  private final Function<Object, Object> converter;
  private final CallGuard guard;
  private final Deque<Future<Object>> inFlight = new ArrayDeque<>();
  private boolean listedOut;
  private long delivered;

  /** @param until the rows the query can use (maxRows, LIMIT), or 0: no Get is started for a row past them */
  public DetailsCursor(BedrockApi api, TableSpec listed, Enumerator<Object> items, GetOperation get, int concurrency,
      long until, Function<Object, Object> converter, CallGuard guard) {
    this.api = api;
    this.listed = listed;
    this.items = items;
    this.get = get;
    this.window = new GetWindow(concurrency, until);
    this.converter = converter;
    this.guard = guard;
  }

  @Override public boolean moveNext() {
    while (true) {
      while (!listedOut && window.mayStart(inFlight.size(), delivered)) {
        if (!items.moveNext()) {
          listedOut = true;
          break;
        }
        Object key = listed.keyOf(items.current());
        inFlight.add(guard.start(timeout -> get.get(api, key, timeout)));
      }
      Future<Object> next = inFlight.poll();
      if (next == null) {
        return end();
      }
      Object response = guard.await(next);
      if (response != null) {
        delivered++;
        return row(converter.apply(response));
      }
    }
  }

  @Override public void close() {
    listedOut = true;
    inFlight.forEach(f -> f.cancel(true));
    inFlight.clear();
    items.close();
  }
}
