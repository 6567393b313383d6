package dev.bedrockjdbc.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One concrete List request stream (all its pages share these parameters): wire member names to values, with
 * {@code sortBy}/{@code sortOrder} among them when sorted. Immutable; its {@code toString()} is what EXPLAIN
 * prints, in the API's parameter names.
 *
 * @param descending null: no sortBy (service order); else sorted in that order
 * @param maxResults the first page's size (ignored by an operation without one)
 */
public record ApiRequest(ListOperation operation, Map<String, Object> parameters, Boolean descending,
    int maxResults) {

  public ApiRequest {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The value sent for this parameter, or null. */
  public Object get(String parameter) {
    return parameters.get(parameter);
  }

  /** This request with one parameter set to another value. */
  public ApiRequest with(String parameter, Object value) {
    Map<String, Object> p = new LinkedHashMap<>(parameters);
    p.put(parameter, value);
    return new ApiRequest(operation, p, descending, maxResults);
  }

  @Override public String toString() {
    StringJoiner j = new StringJoiner(", ", operation.name() + "{", "}");
    for (String p : operation.parameters()) {
      Object v = parameters.get(p);
      if (v != null) {
        j.add(p + "=" + Objects.toString(v));
      }
    }
    if (operation.sized()) {
      j.add("maxResults=" + maxResults);
    }
    return j.toString();
  }
}
