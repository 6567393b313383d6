package dev.bedrockjdbc.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loading the driver class (DriverManager loads every driver on the class path) changes nothing another
 * library could see: no system property, no thread. Calcite's settings and the warm-up wait for the first
 * connect. Checked in a fresh JVM, where nothing has loaded the driver yet.
 */
class DriverLoadTest {
  /** The fresh JVM: loads the driver, reports, connects and queries, reports again. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      Set<Object> before = new HashSet<>(System.getProperties().keySet());
      Class.forName("dev.bedrockjdbc.driver.BedrockDriver");
      report("loaded", before);
      try (Connection c = DriverManager.getConnection(args[0]); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM custom_models WHERE model_name LIKE '%日本%'")) {
        rs.next();
        System.out.println("rows " + rs.getLong(1)); // a non-Latin-1 literal parsed: UTF-8 was set in time
      }
      report("connected", before);
    }

    private static void report(String phase, Set<Object> before) {
      System.getProperties().keySet().stream().filter(k -> !before.contains(k))
          .forEach(k -> System.out.println(phase + " property " + k));
      Thread.getAllStackTraces().keySet().forEach(t -> System.out.println(phase + " thread " + t.getName()));
    }
  }

  @Test void loadingTheDriverSetsNothingConnectingSetsOnlyWhatReadmeLists() throws Exception {
    List<String> out;
    try (BedrockEmulator emulator = BedrockEmulator.builder().generated(3, 5).start()) {
      out = TestSupport.runJava(Child.class, List.of(), TestSupport.url(emulator, ""));
    }
    List<String> loadedProperties = out.stream().filter(l -> l.startsWith("loaded property ")).toList();
    assertEquals(List.of(), loadedProperties, "system properties set by loading the driver");
    assertTrue(out.stream().noneMatch(l -> l.startsWith("loaded thread bedrock-jdbc")),
        "threads started by loading the driver: " + out);
    assertTrue(out.contains("rows 0"), String.join("\n", out));
    // user.timezone is the JDK's own: it records the default zone at the first TimeZone.getDefault().
    Set<String> connectedProperties = new HashSet<>(out.stream().filter(l -> l.startsWith("connected property "))
        .map(l -> l.substring("connected property ".length())).filter(k -> !k.equals("user.timezone")).toList());
    assertEquals(Set.of("calcite.default.charset", "calcite.default.nationalcharset", "calcite.default.collation.name",
        "calcite.bindable.cache.maxSize"), connectedProperties, "README's \"Global state\" lists exactly these");
  }
}
