package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.scan.BedrockTableScan;

import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.MappingType;
import org.apache.calcite.util.mapping.Mappings;

import java.util.Arrays;

/**
 * A scan narrowed to the columns its consumer uses, and where each used column moved to, so the consumer's
 * references can be rewritten. Order is kept: a used column's new position is its rank among the used ones. A
 * consumer that uses no column ({@code COUNT(*)}, {@code SELECT 1}) gets the key ({@code model_arn}) alone: Calcite's
 * generated code cannot take rows of no column, and that one is a plain string of every summary.
 *
 * @param scan    the narrowed scan, or null when every column is used (nothing to narrow)
 * @param mapping from the old scan's columns to the new scan's
 */
record ScanNarrowing(BedrockTableScan scan, Mapping mapping) {
  static ScanNarrowing of(BedrockTableScan scan, ImmutableBitSet used) {
    int[] fields = scan.query().fields();
    int[] narrowed = new int[Math.max(used.cardinality(), 1)];
    narrowed[0] = Math.max(scan.query().table().key(), 0); // kept only if no column is used
    Mapping mapping = Mappings.create(MappingType.INVERSE_SURJECTION, fields.length, narrowed.length);
    int j = 0;
    for (int i : used) {
      narrowed[j] = fields[i];
      mapping.set(i, j++);
    }
    return Arrays.equals(narrowed, fields) ? new ScanNarrowing(null, null)
        : new ScanNarrowing(scan.withQuery(scan.query().withFields(narrowed), scan.getTraitSet()), mapping);
  }
}
