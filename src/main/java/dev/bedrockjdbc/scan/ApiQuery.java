package dev.bedrockjdbc.scan;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a {@link BedrockTableScan} asks of the API and returns: the request stream and the columns (by
 * ordinal) each row carries. Immutable; passed to the generated code through the implementor's stash.
 */
public final class ApiQuery {
  private final ListRequest request;
  private final int[] fields;

  public ApiQuery(ListRequest request, int[] fields) {
    this.request = Objects.requireNonNull(request, "request");
    this.fields = fields.clone();
  }

  public ListRequest request() {
    return request;
  }

  public int[] fields() {
    return fields.clone();
  }

  public ApiQuery withFields(int[] newFields) {
    return new ApiQuery(request, newFields);
  }

  @Override public boolean equals(Object o) {
    return o instanceof ApiQuery q && request.equals(q.request) && Arrays.equals(fields, q.fields);
  }

  @Override public int hashCode() {
    return request.hashCode() * 31 + Arrays.hashCode(fields);
  }

  @Override public String toString() {
    return request.toString();
  }
}
