package dev.bedrockjdbc.scan;

import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.SortModelsBy;
import software.amazon.awssdk.services.bedrock.model.SortOrder;

import java.time.Instant;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One concrete ListCustomModels request stream (all its pages share these parameters). Immutable; its
 * {@code toString()} is what EXPLAIN prints, in the API's parameter names.
 *
 * @param descending null: no sortBy (service order); else sortBy=CreationTime in that order
 */
public record ListRequest(
    Instant creationTimeBefore,
    Instant creationTimeAfter,
    String nameContains,
    String baseModelArnEquals,
    String foundationModelArnEquals,
    Boolean isOwned,
    String modelStatus,
    Boolean descending,
    int maxResults) {

  public ListRequest withNameContains(String v) {
    return new ListRequest(creationTimeBefore, creationTimeAfter, v, baseModelArnEquals,
        foundationModelArnEquals, isOwned, modelStatus, descending, maxResults);
  }

  public ListRequest withBaseModelArn(String v) {
    return new ListRequest(creationTimeBefore, creationTimeAfter, nameContains, v,
        foundationModelArnEquals, isOwned, modelStatus, descending, maxResults);
  }

  public ListRequest withFoundationModelArn(String v) {
    return new ListRequest(creationTimeBefore, creationTimeAfter, nameContains, baseModelArnEquals,
        v, isOwned, modelStatus, descending, maxResults);
  }

  public ListRequest withModelStatus(String v) {
    return new ListRequest(creationTimeBefore, creationTimeAfter, nameContains, baseModelArnEquals,
        foundationModelArnEquals, isOwned, v, descending, maxResults);
  }

  /** The SDK request for one page of {@code pageMaxResults} rows. */
  ListCustomModelsRequest toSdk(String nextToken, int pageMaxResults) {
    ListCustomModelsRequest.Builder b = ListCustomModelsRequest.builder()
        .creationTimeBefore(creationTimeBefore)
        .creationTimeAfter(creationTimeAfter)
        .nameContains(nameContains)
        .baseModelArnEquals(baseModelArnEquals)
        .foundationModelArnEquals(foundationModelArnEquals)
        .isOwned(isOwned)
        .modelStatus(modelStatus)
        .maxResults(pageMaxResults)
        .nextToken(nextToken);
    if (descending != null) {
      b.sortBy(SortModelsBy.CREATION_TIME).sortOrder(descending ? SortOrder.DESCENDING : SortOrder.ASCENDING);
    }
    return b.build();
  }

  @Override public String toString() {
    StringJoiner j = new StringJoiner(", ", "ListCustomModels{", "}");
    add(j, "creationTimeAfter", creationTimeAfter);
    add(j, "creationTimeBefore", creationTimeBefore);
    add(j, "nameContains", nameContains);
    add(j, "baseModelArnEquals", baseModelArnEquals);
    add(j, "foundationModelArnEquals", foundationModelArnEquals);
    add(j, "isOwned", isOwned);
    add(j, "modelStatus", modelStatus);
    if (descending != null) {
      j.add("sortBy=CreationTime").add("sortOrder=" + (descending ? "Descending" : "Ascending"));
    }
    return j.add("maxResults=" + maxResults).toString();
  }

  private static void add(StringJoiner j, String name, Object value) {
    if (value != null) {
      j.add(name + "=" + Objects.toString(value));
    }
  }
}
