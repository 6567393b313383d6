package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.aws.BedrockApi;

import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;
import software.amazon.awssdk.services.bedrock.model.ResourceNotFoundException;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Point lookups for {@code model_arn = X}: one GetCustomModel per ARN, a missing model being no row. When
 * the query reads a column GetCustomModel lacks (baseModelName, ownerAccountId), one ListCustomModels call
 * narrowed to the model's creation second and base model completes the row: at most two calls, never a scan.
 */
public final class LookupCursor extends RowCursor {
  private static final long SECOND = 1000;
  private final BedrockApi api;
  private final List<String> arns;
  private final boolean complete;
  private final int pageSize;
  private final Function<CustomModelSummary, Object> converter;
  private final CallGuard guard;
  private int next;

  public LookupCursor(BedrockApi api, List<String> arns, boolean complete, int pageSize,
      Function<CustomModelSummary, Object> converter, CallGuard guard) {
    this.api = api;
    this.arns = arns;
    this.complete = complete;
    this.pageSize = pageSize;
    this.converter = converter;
    this.guard = guard;
  }

  @Override public boolean moveNext() {
    while (next < arns.size()) {
      CustomModelSummary s = find(arns.get(next++));
      if (s != null) {
        return row(converter.apply(s));
      }
    }
    return end();
  }

  private CustomModelSummary find(String arn) {
    final GetCustomModelResponse m;
    try {
      m = guard.run(timeout -> api.getCustomModel(arn, timeout));
    } catch (ResourceNotFoundException e) {
      return null;
    }
    CustomModelSummary fromGet = CustomModelSummary.builder().modelArn(m.modelArn()).modelName(m.modelName())
        .creationTime(m.creationTime()).baseModelArn(m.baseModelArn())
        .customizationType(m.customizationTypeAsString()).modelStatus(m.modelStatusAsString()).build();
    if (!complete || m.creationTime() == null) {
      return fromGet;
    }
    long t = Math.floorDiv(m.creationTime().toEpochMilli(), SECOND) * SECOND;
    ListRequest around = new ListRequest(Instant.ofEpochMilli(t + 2 * SECOND), Instant.ofEpochMilli(t - SECOND),
        null, m.baseModelArn(), null, null, null, null, pageSize);
    PageCursor page = new PageCursor(api, around, pageSize, -1, guard, 0);
    while (page.moveNext()) {
      if (arn.equals(page.current().modelArn())) {
        return page.current();
      }
    }
    return fromGet; // not listed (should not happen): the fields GetCustomModel has
  }

  @Override public void close() {
    next = arns.size();
  }
}
