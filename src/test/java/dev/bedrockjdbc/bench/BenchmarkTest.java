package dev.bedrockjdbc.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "5. Memory", "6. Latency hiding", "7. Through the query server"}) {
      assertTrue(report.contains(figure), figure + " missing:\n" + report);
    }
    assertTrue(report.contains("=> 20 of 20 queries at the minimum"), report);
    assertTrue(report.contains("ROWS 3000 "), "the small-heap scan read every model:\n" + report);
  }
}
