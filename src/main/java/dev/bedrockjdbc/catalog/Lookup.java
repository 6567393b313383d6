package dev.bedrockjdbc.catalog;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a list table answers {@code key = X}: a Get per key instead of a listing. When the Get response lacks
 * summary members the query reads ({@code summaryOnly} columns), one List call narrowed by {@code completion}
 * (from the Get response; null when it cannot be narrowed) completes the row.
 *
 * @param toItem builds the list item from the Get response, with the members both have
 */
public record Lookup(GetOperation get, Function<Object, Object> toItem, Set<String> summaryOnly,
    Function<Object, Map<String, Object>> completion) {
}
