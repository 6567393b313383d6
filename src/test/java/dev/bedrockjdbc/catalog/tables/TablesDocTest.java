package dev.bedrockjdbc.catalog.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The README's table reference is generated from the table descriptions, so it cannot drift from them: this test
 * fails when they differ, and {@code -Dreadme.write=true} rewrites the README's block.
 */
class TablesDocTest {
  static final String BEGIN = "<!-- tables:begin (generated from the table descriptions: TablesDocTest) -->";
  static final String END = "<!-- tables:end -->";

  @Test void readmeListsEveryTableColumnAndPushdown() throws IOException {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    String expected = generate();
    String actual = from < 0 || to < from ? "" : text.substring(from + BEGIN.length(), to);
    if (!expected.equals(actual) && Boolean.getBoolean("readme.write") && from >= 0 && to > from) {
      Files.writeString(readme, text.substring(0, from + BEGIN.length()) + expected + text.substring(to));
      return;
    }
    assertEquals(expected, actual, "README's table reference; run with -Dreadme.write=true to regenerate it");
  }

  static String generate() {
    StringBuilder sb = new StringBuilder("\n\n").append(overview());
    for (TableSpec t : Tables.all()) {
      sb.append("\n### `").append(t.name()).append("`\n\n").append(t.remarks()).append("\n\n");
      sb.append("| column | type | from | description |\n|---|---|---|---|\n");
      for (ColumnSpec c : t.columns()) {
        sb.append("| `").append(c.name()).append("` | ").append(type(c)).append(" | ")
            .append(c.source() == null ? "derived" : "`" + c.source().replace(" (JSON)", "`, JSON")
                + (c.source().endsWith(" (JSON)") ? "" : "`"))
            .append(" | ").append(c.remarks().replace("|", "\\|")).append(" |\n");
      }
      sb.append("\n").append(sources(t)).append("\n\n");
      List<String> pushed = pushed(t);
      if (!pushed.isEmpty()) {
        sb.append("Pushed: ").append(String.join("; ", pushed)).append(".\n");
      } else {
        sb.append("Pushed: nothing but the columns read.\n");
      }
    }
    return sb.append("\n").toString();
  }

  /** One line per table: what reading it costs, what a key costs, which columns and clauses reach the API. */
  static String overview() {
    StringBuilder sb = new StringBuilder("| table | key | reading every row costs | `key = x` costs ")
        .append("| pushed to the API |\n|---|---|---|---|---|\n");
    for (TableSpec t : Tables.all()) {
      List<String> pushed = new ArrayList<>();
      for (int i = 0; i < t.columns().size(); i++) {
        if (t.filter(i) != null) {
          pushed.add("`" + t.column(i).name() + "`");
        }
      }
      if (t.sort() != null) {
        pushed.add("`ORDER BY " + t.column(t.sort().column()).name() + "`");
      }
      if (t.list().sized() && t.children() == null) {
        pushed.add("`LIMIT`");
      }
      String key = t.keyColumns().stream().map(c -> "`" + t.column(c).name() + "`").reduce((a, b) -> a + ", " + b)
          .orElse("none");
      sb.append("| `").append(t.name()).append("` | ").append(key).append(" | ").append(listingCost(t)).append(" | ")
          .append(keyCost(t)).append(" | ").append(String.join(", ", pushed)).append(" |\n");
    }
    return sb.toString();
  }

  /** The calls reading every row costs at the default page size. */
  static String listingCost(TableSpec t) {
    // A details table is read through its parent's listing, per type or per group as the parent is.
    TableSpec listed = t.parent() != null && t.children() == null ? t.parent() : t;
    String cost = "`" + t.list().name() + "`" + (t.list().paged() ? " per 1,000 rows" : ", one call");
    if (listed.partition() >= 0) {
      cost += ", once per `" + listed.column(listed.partition()).name() + "` ("
          + String.join(", ", listed.partitionValues()) + ")";
    }
    if (listed.expansion() != null) {
      cost += ", then once per `" + listed.column(listed.expansion().groupColumn()).name() + "` (`"
          + listed.expansion().parameter() + "`)";
    }
    if (t.parent() != null && t.children() == null) {
      cost += " + `" + t.lookup().get().name() + "` per row";
    }
    return cost;
  }

  /** The calls an equality on the key's (first) column costs. */
  static String keyCost(TableSpec t) {
    if (t.key() < 0) {
      return "—";
    }
    FilterSpec f = t.filter(t.key());
    if (f instanceof FilterSpec.Key) {
      return "one `" + t.lookup().get().name() + "` per value";
    }
    if (f instanceof FilterSpec.Equals e) {
      return "`" + t.list().name() + "` with `" + e.parameter() + "`, per value"
          + (t.parent() != null && t.children() == null ? ", + `" + t.lookup().get().name() + "` per row" : "");
    }
    return "the listing, filtered by Calcite";
  }

  static String type(ColumnSpec c) {
    String t = switch (c.type()) {
      case TIMESTAMP -> "TIMESTAMP(3)";
      default -> c.type().getName();
    };
    return "`" + t + (c.nullable() ? "" : " NOT NULL") + "`";
  }

  static String sources(TableSpec t) {
    String key = t.keyColumns().stream().map(c -> "`" + t.column(c).name() + "`").reduce((a, b) -> a + ", " + b)
        .orElse("none");
    String perValue = t.partition() < 0 ? "" : ", once per `" + t.column(t.partition()).name() + "` value unless a "
        + "predicate names some";
    if (t.parent() != null && t.children() != null) {
      return "Source: `" + t.list().name() + "` (one row per element of each `" + t.parent().name() + "` row)"
          + perValue + ". Key: " + key + ".";
    }
    if (t.parent() != null) {
      return "Source: `" + t.lookup().get().name() + "`, for each row of `" + t.parent().name() + "` (listed with `"
          + t.list().name() + "`) or for each key a predicate or a join names. Key: " + key + ".";
    }
    return "Source: `" + t.list().name() + "`" + (t.list().paged() ? ", page by page" : ", one call (no paging)")
        + perValue
        + (t.expansion() == null ? "" : ", then once per `" + t.column(t.expansion().groupColumn()).name()
            + "` listed, with `" + t.expansion().parameter() + "`")
        + (t.lookup() != null ? "; `" + t.lookup().get().name() + "` for key lookups" : "") + ". Key: " + key + ".";
  }

  static List<String> pushed(TableSpec t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      FilterSpec f = t.filter(i);
      String c = "`" + t.column(i).name() + "`";
      if (f instanceof FilterSpec.Key) {
        out.add(c + " `=` / `IN` → `" + t.lookup().get().name() + "` per key");
      } else if (f instanceof FilterSpec.Contains n) {
        out.add(c + " `LIKE` / `=` → `" + n.parameter() + "` (longest literal run the API accepts)");
      } else if (f instanceof FilterSpec.Range r) {
        out.add(c + " comparisons → `" + r.afterParameter() + "` / `" + r.beforeParameter() + "` (widened by a second)");
      } else if (f instanceof FilterSpec.Equals e) {
        out.add(c + " `=` / `IN` → `" + e.parameter() + "`" + (e.split() ? " (one request per value)" : "")
            + (e.exact() ? ", exact" : ""));
      } else if (f instanceof FilterSpec.Flag g) {
        out.add(c + " / `NOT` " + c + " → `" + g.parameter() + "`");
      } else if (f instanceof FilterSpec.Element e) {
        out.add(c + " `LIKE '%\"VALUE\"%'` (the list holds VALUE) → `" + e.parameter() + "`");
      } else if (f instanceof FilterSpec.Listed l) {
        out.add(c + " `= '" + l.listedValue() + "'` → the plain listing alone");
      }
    }
    if (t.sort() != null) {
      out.add("`ORDER BY " + t.column(t.sort().column()).name() + "` → `sortBy=" + t.sort().sortBy() + "`, `sortOrder`");
    }
    if (t.list().sized() && t.children() == null) {
      out.add("`LIMIT`/`OFFSET` → `maxResults`, and paging stops");
    }
    String key = t.keyColumns().stream().map(c -> "`" + t.column(c).name() + "`").collect(Collectors.joining(" and "));
    if (t.keyColumns().size() > 1 && t.lookup() != null) {
      out.add(key + " `=` / `IN` together → one `" + t.lookup().get().name() + "` per combination");
    }
    if (t.parent() != null && t.children() == null) {
      out.add("a join on " + key + " → one `" + t.lookup().get().name() + "` per joined row");
    }
    return out;
  }
}
