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

  public static ListRequest all(int maxResults) {
    return new ListRequest(null, null, null, null, null, null, null, null, maxResults);
  }

  public ListRequest withMaxResults(int n) {
    return new ListRequest(creationTimeBefore, creationTimeAfter, nameContains, baseModelArnEquals,
        foundationModelArnEquals, isOwned, modelStatus, descending, n);
  }

  public ListRequest withDescending(Boolean d) {
    return new ListRequest(creationTimeBefore, creationTimeAfter, nameContains, baseModelArnEquals,
        foundationModelArnEquals, isOwned, modelStatus, d, maxResults);
  }

  /** The SDK request for one page. */
  ListCustomModelsRequest toSdk(String nextToken) {
    ListCustomModelsRequest.Builder b = ListCustomModelsRequest.builder()
        .creationTimeBefore(creationTimeBefore)
        .creationTimeAfter(creationTimeAfter)
        .nameContains(nameContains)
        .baseModelArnEquals(baseModelArnEquals)
        .foundationModelArnEquals(foundationModelArnEquals)
        .isOwned(isOwned)
        .modelStatus(modelStatus)
        .maxResults(maxResults)
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
