package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.EmulatedModel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Many threads at once give exact results (many connections leaving nothing behind: {@link ConnectCyclesTest}). */
class LoadTest {
  static BedrockEmulator emulator;
  static Map<String, List<List<Object>>> expected;

  @BeforeAll static void start() throws Exception {
    emulator = BedrockEmulator.builder().generated(53, 400).start();
    List<EmulatedModel> m = emulator.models();
    expected = Map.of(
        "SELECT model_arn FROM custom_models WHERE model_status = 'Failed' ORDER BY model_arn",
        m.stream().filter(x -> "Failed".equals(x.modelStatus())).map(EmulatedModel::modelArn).sorted()
            .map(a -> List.<Object>of(a)).toList(),
        "SELECT model_name FROM custom_models ORDER BY creation_time DESC LIMIT 3",
        m.stream().sorted(Comparator.comparing(EmulatedModel::creationTime).reversed()).limit(3)
            .map(x -> List.<Object>of(x.modelName())).toList(),
        "SELECT COUNT(*) FROM custom_models WHERE is_owned",
        List.of(List.<Object>of(m.stream().filter(x -> "123456789012".equals(x.ownerAccountId())).count())));
  }

  @AfterAll static void stop() {
    emulator.close();
  }

  static void queryAndCheck(Connection c, String sql) throws Exception {
    List<List<Object>> rows = TestSupport.query(c, sql);
    List<List<Object>> norm = rows.stream().map(r -> r.stream().map(v -> v instanceof Number n ? (Object) n.longValue() : v)
        .toList()).toList();
    assertEquals(expected.get(sql), norm, sql);
  }

  @Test void sixteenThreadsOfFiftyQueriesAreExact() throws Exception {
    List<String> sqls = new ArrayList<>(expected.keySet());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          try (Connection c = TestSupport.connect(emulator, "pageSize=" + (50 + thread))) {
            for (int i = 0; i < 50; i++) {
              queryAndCheck(c, sqls.get((thread + i) % sqls.size()));
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
