package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.linq4j.Enumerator;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.sql.SQLNonTransientException;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Walks one ListCustomModels request stream page by page, asking for a page only when the consumer needs
 * a row of it, so a LIMIT, setMaxRows or a closed ResultSet stops paging and memory holds one page.
 * Hand-written rather than the SDK paginator: it sizes each page to the rows still wanted, runs each call
 * under the query's cancel flag and deadline, and fails the query on a nextToken it has already followed
 * (a loop would repeat rows forever) or a page no service could send.
 */
public final class PageCursor implements Enumerator<CustomModelSummary> {
  private final BedrockApi api;
  private final ListRequest request;
  private final int pageSize;
  private final long rowCap;
  private final CallGuard guard;
  private final boolean prefetch;
  private final Set<String> tokensSeen = new HashSet<>();
  private List<CustomModelSummary> page = List.of();
  private int index;
  private long received;
  private String nextToken;
  private boolean started;
  private boolean exhausted;
  private CustomModelSummary current;
  /** The next page, asked for while the consumer reads this one; at most one ahead. */
  private Future<ListCustomModelsResponse> ahead;

  /**
   * @param request  the stream; its maxResults sizes the first page
   * @param pageSize the size of later pages
   * @param rowCap   stop after this many rows (-1: read to the end)
   * @param prefetch whether to ask for the next page once half of the current one is read
   */
  public PageCursor(BedrockApi api, ListRequest request, int pageSize, long rowCap, CallGuard guard,
      boolean prefetch) {
    this.api = api;
    this.request = request;
    this.pageSize = pageSize;
    this.rowCap = rowCap;
    this.guard = guard;
    this.prefetch = prefetch;
  }

  @Override public CustomModelSummary current() {
    if (current == null) {
      throw new NoSuchElementException();
    }
    return current;
  }

  @Override public boolean moveNext() {
    while (index >= page.size()) {
      if (exhausted) {
        current = null;
        return false;
      }
      fetch();
    }
    current = page.get(index++);
    // Half-way through a page the rest of the query very likely needs the next one too: ask for it now,
    // so its latency overlaps the consumer's work. Not earlier: a consumer that stops early (setMaxRows,
    // a LIMIT above a filter) then costs no extra call, and never more than this one page.
    if (prefetch && ahead == null && !exhausted && index * 2 >= page.size()) {
      ListCustomModelsRequest next = nextRequest();
      ahead = guard.start(timeout -> api.listCustomModels(next, timeout));
    }
    return true;
  }

  private ListCustomModelsRequest nextRequest() {
    int size = !started ? request.maxResults()
        : (int) (rowCap < 0 ? pageSize : Math.min(pageSize, rowCap - received));
    return request.toSdk(nextToken, size);
  }

  private void fetch() {
    if (started && !tokensSeen.add(nextToken)) {
      throw broken("ListCustomModels returned a nextToken it had already returned (a paging loop)");
    }
    ListCustomModelsResponse response;
    if (ahead != null) {
      Future<ListCustomModelsResponse> f = ahead;
      ahead = null;
      response = guard.await(f);
    } else {
      ListCustomModelsRequest sdkRequest = nextRequest();
      response = guard.run(timeout -> api.listCustomModels(sdkRequest, timeout));
    }
    started = true;
    page = response.modelSummaries();
    for (CustomModelSummary s : page) {
      if (s == null || s.modelArn() == null || s.modelName() == null || s.creationTime() == null) {
        throw broken("ListCustomModels returned a model without its ARN, name or creation time");
      }
    }
    if (rowCap >= 0 && received + page.size() > rowCap) {
      page = page.subList(0, (int) (rowCap - received));
    }
    received += page.size();
    index = 0;
    nextToken = response.nextToken();
    exhausted = nextToken == null || nextToken.isEmpty() || (rowCap >= 0 && received >= rowCap);
  }

  /** The service sent something that cannot be a correct page: stop, never return what was read as complete. */
  private static QueryFailure broken(String what) {
    return new QueryFailure(new SQLNonTransientException(what + "; the query stopped here and no partial result "
        + "is returned. Try again; report it if it repeats.", SqlErrors.PROTOCOL));
  }

  @Override public void reset() {
    throw new UnsupportedOperationException();
  }

  @Override public void close() {
    exhausted = true;
    page = List.of();
    if (ahead != null) {
      ahead.cancel(true);
      ahead = null;
    }
  }
}
