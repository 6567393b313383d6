package dev.bedrockjdbc.reliability;

import static dev.bedrockjdbc.TestSupport.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * A service that lists a model twice (pages overlapping, as a list changing under a scan can cause): the
 * table does not declare model_arn unique, so DISTINCT and GROUP BY see the rows as listed (issue 17, item 7).
 */
class RepeatedRowsTest {
  @Test void distinctAndGroupByOverARepeatedModel() throws Exception {
    // Page two repeats the last model of page one (m49).
    try (HostileServer server = HostileServer.start(token -> token == null ? HostileServer.page(0, 50, "t1")
            : HostileServer.page(49, 51, null));
         Connection c = DriverManager.getConnection(server.url("accountId=123456789012;fastPath=false"))) {
      assertEquals(List.of(List.of(101L)), query(c, "SELECT COUNT(*) FROM custom_models"));
      assertEquals(100, query(c, "SELECT DISTINCT model_arn FROM custom_models").size());
      List<List<Object>> twice = query(c, "SELECT model_name, COUNT(*) FROM custom_models GROUP BY model_arn, model_name "
          + "HAVING COUNT(*) > 1");
      assertEquals(List.of(List.of("m49", 2L)), twice);
    }
  }
}
