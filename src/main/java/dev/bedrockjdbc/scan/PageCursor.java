package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;

import org.apache.calcite.linq4j.Enumerator;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Walks one ListCustomModels request stream page by page, asking for a page only when the consumer needs
 * a row of it, so a LIMIT, setMaxRows or a closed ResultSet stops paging and memory holds one page.
 * Hand-written rather than the SDK paginator: it sizes each page to the rows still wanted, stops on cancel
 * between pages, and refuses a nextToken it has already followed (a loop would repeat rows forever).
 */
public final class PageCursor implements Enumerator<CustomModelSummary> {
  private final BedrockApi api;
  private final ListRequest request;
  private final int pageSize;
  private final long rowCap;
  private final AtomicBoolean cancelFlag;
  private final Set<String> tokensSeen = new HashSet<>();
  private List<CustomModelSummary> page = List.of();
  private int index;
  private long received;
  private String nextToken;
  private boolean started;
  private boolean exhausted;
  private CustomModelSummary current;

  /**
   * @param request  the stream; its maxResults sizes the first page
   * @param pageSize the size of later pages
   * @param rowCap   stop after this many rows (-1: read to the end)
   */
  public PageCursor(BedrockApi api, ListRequest request, int pageSize, long rowCap, AtomicBoolean cancelFlag) {
    this.api = api;
    this.request = request;
    this.pageSize = pageSize;
    this.rowCap = rowCap;
    this.cancelFlag = cancelFlag;
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
    return true;
  }

  private void fetch() {
    if (cancelFlag != null && cancelFlag.get()) {
      throw new CancellationException("Statement canceled");
    }
    if (started && !tokensSeen.add(nextToken)) {
      throw new IllegalStateException("ListCustomModels returned a nextToken it had already returned; "
          + "stopping rather than reading the same rows again");
    }
    int size = !started ? request.maxResults()
        : (int) (rowCap < 0 ? pageSize : Math.min(pageSize, rowCap - received));
    started = true;
    ListCustomModelsResponse response = api.listCustomModels(request.toSdk(nextToken, size));
    page = response.modelSummaries();
    if (rowCap >= 0 && received + page.size() > rowCap) {
      page = page.subList(0, (int) (rowCap - received));
    }
    received += page.size();
    index = 0;
    nextToken = response.nextToken();
    exhausted = nextToken == null || nextToken.isEmpty() || (rowCap >= 0 && received >= rowCap);
  }

  @Override public void reset() {
    throw new UnsupportedOperationException();
  }

  @Override public void close() {
    exhausted = true;
    page = List.of();
  }
}
