package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.Lookup;
import dev.bedrockjdbc.catalog.TableSpec;

import java.util.List;
import java.util.stream.Collectors;

/** The API calls that answer a query's pushable part: none, point lookups, or List request streams. */
public sealed interface RequestPlan {
  /** No row can match: answer without a call. */
  record NoCall(String reason) implements RequestPlan {
    @Override public String toString() {
      return "none (" + reason + ")";
    }
  }

  /**
   * The table's Get for each key (a String, or for a key of several columns a List of them); {@code complete} adds one List call per found item, narrowed by the lookup's
   * completion, for the summary fields the Get lacks.
   */
  record Lookups(Lookup lookup, String listOperation, List<Object> keys, boolean complete) implements RequestPlan {
    public Lookups {
      keys = List.copyOf(keys);
    }

    @Override public String toString() {
      return keys.stream().map(k -> lookup.get().describe(k)).collect(Collectors.joining(", "))
          + (complete ? " + " + listOperation + " per model for its summary" : "");
    }
  }

  /**
   * One or more request streams; several are merged on the sort column when {@code descending} is set, else
   * concatenated, and never yield an item twice. {@code rowCap} (or -1) stops reading after that many rows;
   * each stream's first page asks for {@code request.maxResults()}, later pages for {@code pageSize}. A details
   * table's listing names the Get ({@code getPerRow}) made for each listed item.
   */
  record Listing(List<ApiRequest> streams, Boolean descending, long rowCap, int pageSize, String getPerRow)
      implements RequestPlan {
    public Listing {
      streams = List.copyOf(streams);
    }

    @Override public String toString() {
      String s = streams.stream().map(ApiRequest::toString).collect(Collectors.joining(", "));
      return s + (rowCap >= 0 ? ", rows=" + rowCap : "") + (getPerRow == null ? "" : " + " + getPerRow + " per row");
    }
  }

  /**
   * The plain listing ({@code groups}: one item per group), then for each listed item a listing of its whole
   * group ({@code parameter} = the item's group column), at most {@code rowCap} rows (or -1) in all.
   */
  record Expanded(Listing groups, TableSpec.Expansion expansion, long rowCap) implements RequestPlan {
    @Override public String toString() {
      ApiRequest group = groups.streams().get(0).with(expansion.parameter(), "<" + expansion.parameter() + ">");
      Listing plain = new Listing(groups.streams(), groups.descending(), groups.rowCap(), groups.pageSize(), null);
      return plain + " + " + group + " per item listed" + (rowCap >= 0 ? ", rows=" + rowCap : "")
          + (groups.getPerRow() == null ? "" : " + " + groups.getPerRow() + " per row");
    }
  }
}
