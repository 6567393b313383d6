package dev.bedrockjdbc.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.fastpath.SimpleSelect.Name;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

class SimpleSelectParserTest {
  private static SimpleSelect parse(String sql) {
    return SimpleSelectParser.parse(sql).orElseThrow(() -> new AssertionError("not simple: " + sql));
  }

  private static Name word(String text) {
    return new Name(text, false);
  }

  @Test void star() {
    assertEquals(new SimpleSelect(List.of(word("custom_models")), List.of(), null, false, -1, -1),
        parse("SELECT * FROM custom_models"));
  }

  @Test void columnsSortAndLimit() {
    assertEquals(new SimpleSelect(List.of(word("bedrock"), word("custom_models")),
            List.of(word("model_name"), new Name("Creation \"Time\"", true)), word("creation_time"), true, 2, 5),
        parse("select model_name,\"Creation \"\"Time\"\"\"\n from bedrock . custom_models\torder by creation_time "
            + "desc limit 5 offset 2"));
  }

  @Test void ascendingIsTheDefault() {
    assertEquals(parse("SELECT * FROM t ORDER BY c"), parse("SELECT * FROM t ORDER BY c ASC"));
  }

  @Test void standardOffsetFetch() {
    SimpleSelect s = parse("SELECT * FROM t OFFSET 3 ROWS FETCH NEXT 1 ROW ONLY");
    assertEquals(3, s.offset());
    assertEquals(1, s.fetch());
    assertEquals(-1, parse("SELECT * FROM t OFFSET 4").fetch());
    assertEquals(-1, parse("SELECT * FROM t FETCH FIRST 9 ROWS ONLY").offset());
    assertEquals(0, parse("SELECT * FROM t LIMIT 0").fetch());
    assertEquals(999_999_999, parse("SELECT * FROM t LIMIT 999999999").fetch());
  }

  /** Everything else is left to Calcite: it either plans it or reports the error. */
  @ParameterizedTest
  @ValueSource(strings = {
      "", "SELECT", "SELECT * FROM", "SELECT FROM t", "SELECT *, a FROM t", "SELECT a, FROM t", "SELECT a b FROM t",
      "SELECT a AS b FROM t", "SELECT t.a FROM t", "SELECT * FROM a.b.c", "SELECT * FROM t x", "SELECT * FROM t AS x",
      "SELECT * FROM t WHERE a = 1", "SELECT * FROM t ORDER BY a, b", "SELECT * FROM t ORDER BY 1",
      "SELECT * FROM t ORDER BY a DESC NULLS FIRST", "SELECT * FROM t ORDER BY", "SELECT * FROM t LIMIT",
      "SELECT * FROM t LIMIT ?", "SELECT * FROM t LIMIT -1", "SELECT * FROM t LIMIT 1.5", "SELECT * FROM t LIMIT 5e2",
      "SELECT * FROM t LIMIT 1000000000", "SELECT * FROM t LIMIT 2, 3", "SELECT * FROM t LIMIT 1 OFFSET 2 ROWS",
      "SELECT * FROM t OFFSET 1 LIMIT 2", "SELECT * FROM t FETCH FIRST ROW ONLY", "SELECT * FROM t FETCH FIRST 1 ROWS",
      "SELECT * FROM t;", "SELECT * FROM t -- c", "SELECT * FROM t /* c */", "SELECT 'a' FROM t", "SELECT a + 1 FROM t",
      "SELECT count(*) FROM t", "SELECT \"\" FROM t", "SELECT \"a FROM t", "SELECT é FROM t", "SELECT a$b FROM t UNION",
      "select * from t group by a", "EXPLAIN PLAN FOR SELECT * FROM t", "VALUES 1", "SELECT * FROM t LIMIT 1 LIMIT 2",
      "WITH x AS (SELECT * FROM t) SELECT * FROM x", "SELECT * FROM (SELECT * FROM t)", "SELECT ALL * FROM t",
  })
  void notSimple(String sql) {
    assertTrue(SimpleSelectParser.parse(sql).isEmpty(), sql);
  }
}
