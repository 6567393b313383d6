package dev.bedrockjdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

/** Tables are made at their first use: a cold JVM's query of one table loads no other table's description. */
class LazyTablesTest {
  private static final String TABLES_PACKAGE = "dev.bedrockjdbc.catalog.tables.";

  @Test void everyNameIsItsTablesName() {
    assertEquals(Tables.names(), Tables.all().stream().map(TableSpec::name).toList());
    for (String name : Tables.names()) {
      assertEquals(name, Tables.named(name).name());
    }
    assertEquals(null, Tables.named("no_such_table"));
  }

  @Test void aQueryOfCustomModelsLoadsNoOtherTable() throws Exception {
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 20).start()) {
      List<String> out = TestSupport.runJava(OneQuery.class, List.of("-Xlog:class+load=info",
          "-Dbedrockjdbc.warmup=false"), TestSupport.url(emulator, ""));
      assertTrue(out.contains("rows 20"), String.join("\n", out));
      List<String> loaded = out.stream().filter(l -> l.contains(TABLES_PACKAGE))
          .map(l -> l.substring(l.indexOf(TABLES_PACKAGE) + TABLES_PACKAGE.length()).split("[ $]")[0])
          .distinct().sorted().toList();
      // CustomModels and what it reads; GetCustomModel's lookup uses no other table's class.
      assertEquals(List.of("CustomModels", "Tables"), loaded);
    }
  }

  /** Connects, runs one query of custom_models and prints its row count. */
  public static final class OneQuery {
    public static void main(String[] args) throws Exception {
      try (Connection c = DriverManager.getConnection(args[0]);
           ResultSet rs = c.createStatement().executeQuery(
               "SELECT model_name FROM custom_models WHERE model_name LIKE '%' ORDER BY creation_time DESC")) {
        int n = 0;
        while (rs.next()) {
          n++;
        }
        System.out.println("rows " + n);
      }
    }
  }
}
