package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.ListRequest;

import java.util.List;
import java.util.stream.Collectors;

/** The API calls that answer a query's pushable part: none, point lookups, or ListCustomModels streams. */
public sealed interface RequestPlan {
  /** No row can match: answer without a call. */
  record NoCall(String reason) implements RequestPlan {
    @Override public String toString() {
      return "none (" + reason + ")";
    }
  }

  /**
   * GetCustomModel for each ARN; {@code complete} adds one ListCustomModels call per found model, narrowed to
   * its creation second and base model, for the summary fields GetCustomModel lacks.
   */
  record Lookup(List<String> modelArns, boolean complete) implements RequestPlan {
    public Lookup {
      modelArns = List.copyOf(modelArns);
    }

    @Override public String toString() {
      return modelArns.stream().map(a -> "GetCustomModel{modelIdentifier=" + a + "}")
          .collect(Collectors.joining(", ")) + (complete ? " + ListCustomModels per model for its summary" : "");
    }
  }

  /**
   * One or more request streams; several are merged on creation time when {@code descending} is set, else
   * concatenated, and never yield a model twice. {@code rowCap} (or -1) stops reading after that many rows;
   * each stream's first page asks for {@code request.maxResults()}, later pages for {@code pageSize}.
   */
  record Listing(List<ListRequest> streams, Boolean descending, long rowCap, int pageSize) implements RequestPlan {
    public Listing {
      streams = List.copyOf(streams);
    }

    @Override public String toString() {
      String s = streams.stream().map(ListRequest::toString).collect(Collectors.joining(", "));
      return s + (rowCap >= 0 ? ", rows=" + rowCap : "");
    }
  }
}
