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
import java.util.function.Function;

/**
 * Walks one ListCustomModels request stream page by page, asking for a page only when the consumer needs
 * its first row, so a LIMIT, setMaxRows or a closed ResultSet stops paging and memory holds one page.
 * Hand-written rather than the SDK paginator: it must stop on cancel between pages, and it refuses a
 * nextToken it has already followed (a loop would otherwise repeat rows forever).
 */
public final class PageCursor<T> implements Enumerator<T> {
  private final BedrockApi api;
  private final ListRequest request;
  private final Function<CustomModelSummary, T> converter;
  private final AtomicBoolean cancelFlag;
  private final Set<String> tokensSeen = new HashSet<>();
  private List<CustomModelSummary> page = List.of();
  private int index;
  private String nextToken;
  private boolean started;
  private boolean exhausted;
  private T current;
  private boolean onRow;

  public PageCursor(BedrockApi api, ListRequest request, Function<CustomModelSummary, T> converter,
      AtomicBoolean cancelFlag) {
    this.api = api;
    this.request = request;
    this.converter = converter;
    this.cancelFlag = cancelFlag;
  }

  @Override public T current() {
    if (!onRow) {
      throw new NoSuchElementException();
    }
    return current;
  }

  @Override public boolean moveNext() {
    while (index >= page.size()) {
      if (exhausted) {
        current = null;
        onRow = false;
        return false;
      }
      fetch();
    }
    current = converter.apply(page.get(index++)); // null is a valid one-column row
    onRow = true;
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
    started = true;
    ListCustomModelsResponse response = api.listCustomModels(request.toSdk(nextToken));
    page = response.modelSummaries();
    index = 0;
    nextToken = response.nextToken();
    exhausted = nextToken == null || nextToken.isEmpty();
  }

  @Override public void reset() {
    throw new UnsupportedOperationException();
  }

  @Override public void close() {
    exhausted = true;
    page = List.of();
  }
}
