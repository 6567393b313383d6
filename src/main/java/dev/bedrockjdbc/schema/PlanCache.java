package dev.bedrockjdbc.schema;

import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signatures one connection prepared, by SQL text: a new Statement running a query the connection ran before
 * reuses its plan instead of parsing, validating, planning and compiling it again (15-20 ms warm). A PreparedStatement
 * re-executes one signature the same way; this extends that to the tools that send the same text on a new Statement
 * each time. Per connection, because a plan holds the connection's tables and settings. The least recently used
 * plan leaves first.
 */
public final class PlanCache {
  /**
   * What a plan depends on besides the connection: the text and the schema its names resolve in. Its equality is
   * written out: a record's generated one bootstraps ObjectMethods on the first query's cold path (~35 ms).
   */
  public record Key(String sql, List<String> defaultSchemaPath) {
    @Override public boolean equals(Object o) {
      return o instanceof Key k && sql.equals(k.sql) && defaultSchemaPath.equals(k.defaultSchemaPath);
    }

    @Override public int hashCode() {
      return 31 * sql.hashCode() + defaultSchemaPath.hashCode();
    }
  }

  private final Map<Key, CalciteSignature<?>> plans;

  public PlanCache(int capacity) {
    this.plans = new LinkedHashMap<>(16, 0.75f, true) {
      @Override protected boolean removeEldestEntry(Map.Entry<Key, CalciteSignature<?>> eldest) {
        return size() > capacity;
      }
    };
  }

  public synchronized CalciteSignature<?> get(Key key) {
    return plans.get(key);
  }

  public synchronized void put(Key key, CalciteSignature<?> signature) {
    plans.put(key, signature);
  }
}
