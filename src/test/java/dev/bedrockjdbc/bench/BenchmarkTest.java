package dev.bedrockjdbc.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The benchmark runs end to end (small sizes) and prints every figure; speed itself is reported, not tested. */
class BenchmarkTest {
  @Test void printsEveryFigure() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Benchmark(new PrintStream(out, true, StandardCharsets.UTF_8), 3_000, 1).run();
    String report = out.toString(StandardCharsets.UTF_8);
    for (String figure : new String[] {"1. API calls per query", "2. Full scan", "3. Cold first row", "4. Warm latency",
        "5. Memory", "6. Latency hiding", "7. Through the query server", "8. API calls per table",
        "9. Fan-out"}) {
      assertTrue(report.contains(figure), figure + " missing:\n" + report);
    }
    assertTrue(report.contains("=> 20 of 20 queries at the minimum"), report);
    assertTrue(report.contains("ROWS 3000 "), "the small-heap scan read every model:\n" + report);
    String perTable = report.substring(report.indexOf("8. API calls per table"));
    for (TableSpec t : Tables.all()) {
      assertTrue(perTable.contains("\n" + t.name() + " "), t.name() + " has a query in figure 8:\n" + perTable);
    }
    assertFalse(perTable.contains("<--"), "same rows as pushdown=false, never more calls:\n" + perTable);
    // Issue 15's table and the server's targets, each figure with its target; whether met depends on the machine.
    String targets = report.substring(report.indexOf("Targets:"));
    for (String figure : new String[] {"2. full scan", "3. cold first row vs the raw SDK, newest 5",
        "newest 5 WHERE model_status = 'Active'", "newest 5 WHERE model_name LIKE '%bot%' AND creation_time > ?",
        "4. warm, re-executed PreparedStatement", "4. warm, new Statement", "7. warm, re-executed", "7. full scan"}) {
      assertTrue(targets.contains(figure), figure + " missing from the targets:\n" + targets);
    }
    assertTrue(targets.contains(" of 8 met"), targets);
  }
}
