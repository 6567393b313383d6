/**
 * Planner rules that move work from Calcite into the ListCustomModels request of a
 * {@link dev.bedrockjdbc.scan.BedrockTableScan}.
 *
 * <p>The Immutables style is Calcite's own ({@code org.apache.calcite.CalciteImmutable}), which generates
 * the rules' {@code Config} classes (calcite-notes 3.6).
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    defaults = @Value.Immutable(builder = true, singleton = true),
    get = {"is*", "get*"},
    init = "with*",
    passAnnotations = SuppressWarnings.class)
package dev.bedrockjdbc.pushdown;

import org.immutables.value.Value;
