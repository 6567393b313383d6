package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.Lookup;
import dev.bedrockjdbc.catalog.TableSpec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Point lookups for {@code key = X} (a key of several columns: an equality on each): one Get per key, a missing resource being no row. When the query reads a
 * column the Get lacks (custom models: baseModelName, ownerAccountId), one List call narrowed by the lookup's
 * completion (the model's creation second and base model) completes the row: at most two calls, never a scan.
 */
public final class LookupCursor extends RowCursor {
  private final BedrockApi api;
  private final TableSpec table;
  private final List<Object> keys;
  private final boolean complete;
  private final int pageSize;
  private final Function<Object, Object> converter;
  private final CallGuard guard;
  private int next;

  public LookupCursor(BedrockApi api, TableSpec table, List<Object> keys, boolean complete, int pageSize,
      Function<Object, Object> converter, CallGuard guard) {
    this.api = api;
    this.table = table;
    this.keys = keys;
    this.complete = complete;
    this.pageSize = pageSize;
    this.converter = converter;
    this.guard = guard;
  }

  @Override public boolean moveNext() {
    while (next < keys.size()) {
      Object item = find(keys.get(next++));
      if (item != null) {
        return row(converter.apply(item));
      }
    }
    return end();
  }

  private Object find(Object key) {
    Lookup lookup = table.lookup();
    Object response = guard.run(timeout -> lookup.get().get(api, key, timeout));
    if (response == null) {
      return null;
    }
    Object fromGet = lookup.toItem().apply(response);
    Map<String, Object> around = complete ? lookup.completion().apply(response) : null;
    if (around == null) {
      return fromGet;
    }
    PageCursor page = new PageCursor(api, table, new ApiRequest(table.list(), around, null, pageSize), pageSize, -1,
        guard, 0);
    while (page.moveNext()) {
      if (Objects.equals(key, table.keyOf(page.current()))) {
        return page.current();
      }
    }
    return fromGet; // not listed (should not happen): the fields the Get has
  }

  @Override public void close() {
    next = keys.size();
  }
}
