package dev.bedrockjdbc.schema;

/**
 * How one connection's tables read the API.
 *
 * @param pageSize          maxResults of a full page
 * @param prefetch          ask for the next page while the current one is read
 * @param pushdown          false: the planner pushes nothing into the API (the reference plan)
 * @param detailConcurrency Get calls in flight at once for a details table
 * @param warnOnTargetFailure a failed region or account becomes a warning on the result (onRegionError=warn)
 */
public record ScanSettings(int pageSize, boolean prefetch, boolean pushdown, int detailConcurrency,
    boolean warnOnTargetFailure) {
}
