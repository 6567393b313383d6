package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.RowContext;
import dev.bedrockjdbc.catalog.TableSpec;

import org.apache.calcite.linq4j.Enumerator;

import java.util.function.Function;

/**
 * The rows of a table whose plain listing lists one item per group (guardrails: each DRAFT): for each listed
 * item, the listing of its whole group, read page by page; at most {@code rowCap} rows (or -1) in all.
 */
public final class GroupsCursor extends RowCursor {
  private final BedrockApi api;
  private final TableSpec table;
  private final Enumerator<Object> groups;
  private final ApiRequest base;
  private final int pageSize;
  private final CallGuard guard;
  private final Function<ApiRequest, Function<Object, Object>> converters;
  private final long rowCap;
  private PageCursor group;
  private Function<Object, Object> converter;
  private long delivered;

  /**
   * @param base       the request each group's listing extends with the group parameter
   * @param converters the row converter of a group's request
   */
  public GroupsCursor(BedrockApi api, TableSpec table, Enumerator<Object> groups, ApiRequest base, int pageSize,
      CallGuard guard, Function<ApiRequest, Function<Object, Object>> converters, long rowCap) {
    this.api = api;
    this.table = table;
    this.groups = groups;
    this.base = base;
    this.pageSize = pageSize;
    this.guard = guard;
    this.converters = converters;
    this.rowCap = rowCap;
  }

  @Override public boolean moveNext() {
    if (rowCap >= 0 && delivered >= rowCap) {
      return end();
    }
    while (group == null || !group.moveNext()) {
      if (group != null) {
        group.close();
      }
      if (!groups.moveNext()) {
        group = null;
        return end();
      }
      TableSpec.Expansion expansion = table.expansion();
      Object value = table.column(expansion.groupColumn()).value().read(groups.current(), RowContext.NONE);
      ApiRequest request = base.with(expansion.parameter(), value);
      long left = rowCap < 0 ? -1 : rowCap - delivered;
      group = new PageCursor(api, table, new ApiRequest(request.operation(), request.parameters(),
          request.descending(), (int) (left < 0 ? pageSize : Math.min(pageSize, left))), pageSize, left, guard, 0);
      converter = converters.apply(request);
    }
    delivered++;
    return row(converter.apply(group.current()));
  }

  @Override public void close() {
    if (group != null) {
      group.close();
    }
    groups.close();
  }
}
