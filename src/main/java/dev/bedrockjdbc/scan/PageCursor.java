package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;
import dev.bedrockjdbc.jdbc.QueryFailure;
import dev.bedrockjdbc.jdbc.SqlErrors;

import org.apache.calcite.linq4j.Enumerator;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

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
  private final long prefetchUntil;
  private final Set<String> tokensSeen = new HashSet<>();
  private List<CustomModelSummary> page = List.of();
  private int index;
  private long received;
  private String nextToken;
  private boolean started;
  private boolean exhausted;
  private CustomModelSummary current;
  /** The next page, asked for while the consumer reads this one; at most one ahead. */
  private AheadPage ahead;

  /**
   * @param request  the stream; its maxResults sizes the first page
   * @param pageSize the size of later pages
   * @param rowCap   stop after this many rows (-1: read to the end)
   * @param prefetchUntil fetch the next page ahead while fewer rows than this were received (-1: always;
   *                      0: never): the rows the query can use when known (LIMIT, setMaxRows)
   */
  public PageCursor(BedrockApi api, ListRequest request, int pageSize, long rowCap, CallGuard guard,
      long prefetchUntil) {
    this.api = api;
    this.request = request;
    this.pageSize = pageSize;
    this.rowCap = rowCap;
    this.guard = guard;
    this.prefetchUntil = prefetchUntil;
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
    ListCustomModelsRequest next = laterPage(received, token);
    return AheadPage.start(guard, timeout -> api.listCustomModels(next, timeout));
  }

  /** The request for the page after {@code received} rows, sized to the rows still wanted. */
  private ListCustomModelsRequest laterPage(long received, String token) {
    return request.toSdk(token, (int) (rowCap < 0 ? pageSize : Math.min(pageSize, rowCap - received)));
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
      throw broken("ListCustomModels returned a nextToken it had already returned (a paging loop)");
    }
    ListCustomModelsResponse response;
    if (ahead != null) {
      AheadPage waitingFor = ahead;
      if (!waitingFor.isDone()) {
        // This consumer reads faster than pages come: let the fetch thread ask for the page after this
        // one as soon as it arrives, as this thread would a moment later.
        long upToThisPage = received;
        waitingFor.chain(r -> {
          long after = receivedAfter(upToThisPage, r.modelSummaries().size());
          return isLast(r.nextToken(), after) || !mayFetchAhead(after) ? null : fetchAhead(after, r.nextToken());
        });
      }
      response = waitingFor.await(guard);
      ahead = waitingFor.next(); // kept until now, so that close() cancels what is in flight
    } else {
      ListCustomModelsRequest sdkRequest = started ? laterPage(received, nextToken)
          : request.toSdk(null, request.maxResults());
      response = guard.run(timeout -> api.listCustomModels(sdkRequest, timeout));
    }
    started = true;
    page = response.modelSummaries();
    for (CustomModelSummary s : page) {
      if (s == null || s.modelArn() == null || s.modelName() == null || s.creationTime() == null) {
        throw broken("ListCustomModels returned a model without its ARN, name or creation time");
      }
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
