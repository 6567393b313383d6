package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.catalog.ApiRequest;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.RowContext;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.linq4j.Enumerator;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Walks one List request stream page by page, asking for a page only when the consumer needs
 * a row of it, so a LIMIT, setMaxRows or a closed ResultSet stops paging and memory holds one page.
 * Hand-written rather than the SDK paginator: it sizes each page to the rows still wanted, runs each call
 * under the query's cancel flag and deadline, and fails the query on a nextToken it has already followed
 * (a loop would repeat rows forever) or a page no service could send.
 */
public final class PageCursor implements Enumerator<Object> {
  private final BedrockApi api;
  private final TableSpec table;
  private final ApiRequest request;
  private final int pageSize;
  private final long rowCap;
  private final CallGuard guard;
  private final long prefetchUntil;
  private final Set<String> tokensSeen = new HashSet<>();
  private List<?> page = List.of();
  private int index;
  private long received;
  private String nextToken;
  private boolean started;
  private boolean exhausted;
  private Object current;
  /** The next page, asked for while the consumer reads this one; at most one ahead. */
  private AheadPage ahead;

  /**
   * @param request  the stream; its maxResults sizes the first page
   * @param pageSize the size of later pages
   * @param rowCap   stop after this many rows (-1: read to the end)
   * @param prefetchUntil fetch the next page ahead while fewer rows than this were received (-1: always;
   *                      0: never): the rows the query can use when known (LIMIT, setMaxRows)
   */
  public PageCursor(BedrockApi api, TableSpec table, ApiRequest request, int pageSize, long rowCap, CallGuard guard,
      long prefetchUntil) {
    this.api = api;
    this.table = table;
    this.request = request;
    this.pageSize = pageSize;
    this.rowCap = rowCap;
    this.guard = guard;
    this.prefetchUntil = prefetchUntil;
  }

  /**
   * Asks for the first page now, before the consumer needs it: a fan-out starts every region's at once (the
   * connection's fetch threads bound how many are in flight).
   */
  public void startFirstPage() {
    if (!started && ahead == null && !exhausted) {
      ahead = AheadPage.start(guard,
          timeout -> list().call(api, list().request(request.parameters(), null, request.maxResults(), timeout)));
    }
  }

  @Override public Object current() {
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
    // Once the consumer is an eighth into a page, ask for the next one, so its latency overlaps the
    // consumer's work. Not sooner: a consumer that reads a few rows and stops (a preview, 10 rows of
    // SELECT *) costs no extra call.
    if (ahead == null && !exhausted && mayFetchAhead(received) && index * 8 >= page.size()) {
      ahead = fetchAhead(received, nextToken);
    }
    return true;
  }

  /**
   * Whether a page may be asked for before the consumer needs it, with {@code received} rows in: not when
   * they already cover what the query can use (its LIMIT, the statement's maxRows).
   */
  private boolean mayFetchAhead(long received) {
    return prefetchUntil != 0 && (prefetchUntil < 0 || received < prefetchUntil);
  }

  private AheadPage fetchAhead(long received, String token) {
    int size = laterPageSize(received);
    return AheadPage.start(guard, timeout -> list().call(api, list().request(request.parameters(), token, size, timeout)));
  }

  private ListOperation list() {
    return request.operation();
  }

  /** The size of the page after {@code received} rows: the rows still wanted. */
  private int laterPageSize(long received) {
    return (int) (rowCap < 0 ? pageSize : Math.min(pageSize, rowCap - received));
  }

  /** The rows received once a page of {@code size} rows comes after {@code before}, up to the row cap. */
  private long receivedAfter(long before, int size) {
    return rowCap < 0 ? before + size : Math.min(rowCap, before + size);
  }

  /** Whether a page ending with {@code token}, {@code received} rows in, is the stream's last one to read. */
  private boolean isLast(String token, long received) {
    return token == null || token.isEmpty() || (rowCap >= 0 && received >= rowCap);
  }

  private void fetch() {
    if (started && !tokensSeen.add(nextToken)) {
      throw broken(list().name() + " returned a nextToken it had already returned (a paging loop)");
    }
    ListOperation.Page response;
    if (ahead != null) {
      AheadPage waitingFor = ahead;
      if (!waitingFor.isDone()) {
        // This consumer reads faster than pages come: let the fetch thread ask for the page after this
        // one as soon as it arrives, as this thread would a moment later.
        long upToThisPage = received;
        waitingFor.chain(r -> {
          long after = receivedAfter(upToThisPage, r.items().size());
          return isLast(r.nextToken(), after) || !mayFetchAhead(after) ? null : fetchAhead(after, r.nextToken());
        });
      }
      response = waitingFor.await(guard);
      ahead = waitingFor.next(); // kept until now, so that close() cancels what is in flight
    } else {
      String token = started ? nextToken : null;
      int size = started ? laterPageSize(received) : request.maxResults();
      response = guard.run(timeout -> list().call(api, list().request(request.parameters(), token, size, timeout)));
    }
    started = true;
    page = response.items();
    for (Object item : page) {
      checkRequired(item);
    }
    long before = received;
    received = receivedAfter(before, page.size());
    if (received - before < page.size()) {
      page = page.subList(0, (int) (received - before));
    }
    index = 0;
    nextToken = response.nextToken();
    exhausted = isLast(nextToken, received);
  }

  /** A NOT NULL column without a value would be a wrong answer (or a failure deep in Calcite's code). */
  private void checkRequired(Object item) {
    if (item == null) {
      throw broken(list().name() + " returned a null item");
    }
    for (ColumnSpec c : table.itemColumns()) {
      if (!c.nullable() && c.value().read(item, RowContext.NONE) == null) {
        throw broken(list().name() + " returned an item without its " + c.name());
      }
    }
  }

  private static QueryFailure broken(String what) {
    return SqlErrors.malformed(what);
  }

  @Override public void reset() {
    throw new UnsupportedOperationException();
  }

  @Override public void close() {
    exhausted = true;
    page = List.of();
    if (ahead != null) {
      ahead.cancel();
      ahead = null;
    }
  }
}
