package dev.bedrockjdbc.schema;

import static dev.bedrockjdbc.TestSupport.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Key lookups under the API's sort: {@code WHERE key IN (...) ORDER BY <sort column>} is answered by a Get per key,
 * and its rows come in the order asked for, with the sort column selected or not, ascending and descending, with a
 * limit and wrapped in a subquery (a client's {@code SELECT * FROM (q) t}). Gets answer in key order: before the
 * looked-up rows were sorted, the generated differential queries found them in key order under a pushed sort.
 */
class SortedLookupsTest {
  static BedrockEmulator emulator;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(31, 150).start();
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  @TestFactory Stream<DynamicTest> everySortedTableWithALookup() {
    return Tables.names().stream().map(Tables::named)
        .filter(t -> t.sort() != null && t.lookup() != null && t.keyColumns().size() == 1)
        .map(t -> DynamicTest.dynamicTest(t.name(), () -> check(t)));
  }

  private static void check(TableSpec t) throws SQLException {
    String key = t.column(t.keyColumns().get(0)).name();
    String sort = t.column(t.sort().column()).name();
    try (Connection c = connect(emulator, "")) {
      Map<Object, Object> sortOf = new HashMap<>();
      for (List<Object> r : TestSupport.query(c, "SELECT " + key + ", " + sort + " FROM " + t.name())) {
        sortOf.put(r.get(0), r.get(1));
      }
      List<Object> keys = new ArrayList<>(sortOf.keySet());
      assertTrue(keys.size() >= 3, t.name() + " has too few rows to tell an order: " + keys.size());
      Collections.shuffle(keys, new Random(t.name().hashCode()));
      keys = keys.subList(0, Math.min(6, keys.size()));
      String in = keys.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "));
      for (String direction : List.of("DESC", "ASC")) {
        String where = " FROM " + t.name() + " WHERE " + key + " IN (" + in + ") ORDER BY " + sort + " " + direction;
        List<String> queries = List.of("SELECT " + key + ", " + sort + where, "SELECT " + key + where,
            "SELECT * FROM (SELECT " + key + where + " LIMIT 4) q");
        for (String sql : queries) {
          emulator.clearRequests();
          List<Object> got = TestSupport.query(c, sql).stream().map(r -> r.get(0)).toList();
          int expectedRows = sql.contains("LIMIT 4") ? Math.min(4, keys.size()) : keys.size();
          assertEquals(expectedRows, got.size(), sql);
          List<Comparable<Object>> order = got.stream().map(k -> comparable(sortOf.get(k))).toList();
          for (int i = 1; i < order.size(); i++) {
            int cmp = order.get(i - 1).compareTo(order.get(i));
            assertTrue(direction.equals("DESC") ? cmp >= 0 : cmp <= 0, sql + ": " + got);
          }
          List<String> operations = emulator.requests().stream().map(RecordedRequest::operation).distinct().toList();
          assertTrue(operations.stream().allMatch(o -> o.startsWith("Get")), sql + " read by Gets: " + operations);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }
}
