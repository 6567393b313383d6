package dev.bedrockjdbc.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures that have a target (issues 14 and 15), each as measured in this run, printed together at the end. */
final class Targets {
  private record Row(String figure, String measured, String target, boolean met) {
  }

  private final List<Row> rows = new ArrayList<>();

  /** A ratio to its reference, met at or below {@code max}. */
  void ratio(String figure, double ratio, double max) {
    rows.add(new Row(figure, String.format(Locale.ROOT, "%.2fx", ratio), String.format(Locale.ROOT, "<= %.2fx", max),
        ratio <= max));
  }

  /** Milliseconds added to a reference, met below {@code max}. */
  void added(String figure, double millis, double max) {
    rows.add(new Row(figure, String.format(Locale.ROOT, "%+.2f ms", millis),
        String.format(Locale.ROOT, "< +%.1f ms", max), millis < max));
  }

  void print(PrintStream out) {
    out.println("Targets: each figure above that has one, as measured in this run");
    out.printf("%-96s %10s %10s %4s%n", "figure", "measured", "target", "met");
    for (Row r : rows) {
      out.printf("%-96s %10s %10s %4s%n", r.figure, r.measured, r.target, r.met ? "yes" : "no");
    }
    out.printf("=> %d of %d met%n", rows.stream().filter(Row::met).count(), rows.size());
  }
}
