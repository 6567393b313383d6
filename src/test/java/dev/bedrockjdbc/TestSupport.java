package dev.bedrockjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.RecordedRequest;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Helpers shared by the tests: every test goes through JDBC, the SDK and HTTP to an emulator. */
public final class TestSupport {
  public static final String ACCESS_KEY = "AKIDTESTKEY";
  public static final String SECRET = "wJalrXUtnFEMI-test-secret-7f3a";

  private TestSupport() {
  }

  /**
   * A URL for this emulator with static test keys and the emulator's caller account (so no query learns it: a
   * test counts the calls its query makes), plus more {@code key=value;} settings.
   */
  public static String url(BedrockEmulator emulator, String more) {
    return url(emulator, ACCESS_KEY, "accountId=" + emulator.callerAccount() + (more.isEmpty() ? "" : ";" + more));
  }

  /**
   * A URL with its own access key id: a caller the driver has not met in this JVM, for a test that counts
   * account lookups (the account is learned once per credentials identity).
   */
  public static String url(BedrockEmulator emulator, String accessKeyId, String more) {
    return "jdbc:bedrock:endpoint=" + emulator.endpoint() + ";region=us-east-1;user=" + accessKeyId
        + ";password=" + SECRET + (more.isEmpty() ? "" : ";" + more);
  }

  public static Connection connect(BedrockEmulator emulator, String more) throws SQLException {
    return DriverManager.getConnection(url(emulator, more));
  }

  /** All rows, each as a list of {@code getObject} values. */
  public static List<List<Object>> rows(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<List<Object>> out = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        row.add(rs.getObject(i));
      }
      out.add(row);
    }
    return out;
  }

  /**
   * Runs {@code main} in a fresh JVM on the test class path (nothing loaded, no JVM-wide state from other tests),
   * with the SDK's AWS_* environment removed; its output lines, after asserting it exited with 0.
   */
  public static List<String> runJava(Class<?> main, List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Daws.disableEc2Metadata=true"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
    Process p = builder.start();
    List<String> out;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out = r.lines().toList();
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the child JVM ends");
    assertEquals(0, p.exitValue(), String.join("\n", out));
    return out;
  }

  /** One column of every row, as strings; closes {@code rs}. */
  public static List<String> column(ResultSet rs, String name) throws SQLException {
    List<String> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        out.add(rs.getString(name));
      }
    }
    return out;
  }

  /** How reading a result set to its end went: the rows read and the failure that stopped it. */
  public record Read(int rows, SQLException failure) {
  }

  /** Reads {@code rs} until it ends or fails; a test of a failure asserts that {@code failure} is there. */
  public static Read readToEnd(ResultSet rs) {
    int rows = 0;
    try {
      while (rs.next()) {
        rows++;
      }
      return new Read(rows, null);
    } catch (SQLException e) {
      return new Read(rows, e);
    }
  }

  public static List<List<Object>> query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  /** Code whose console output a test reads. */
  public interface Body {
    void run() throws Exception;
  }

  /** What {@code body} printed to stdout and stderr, which are restored afterwards. */
  public static String console(Body body) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      body.run();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return console.toString(StandardCharsets.UTF_8);
  }

  /**
   * Waits until {@code condition} holds, checking every 20 ms; the deadline is a hang guard only, so generous
   * that a loaded machine makes the wait slower, never a failure.
   */
  public static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not within 120 s: " + what);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** The requests the emulator has served, counted by operation (in name order). */
  public static Map<String, Long> callsByOperation(BedrockEmulator emulator) {
    return emulator.requests().stream()
        .collect(Collectors.groupingBy(RecordedRequest::operation, TreeMap::new, Collectors.counting()));
  }

  /** The ListCustomModels requests the emulator has served. */
  public static List<RecordedRequest> listCalls(BedrockEmulator emulator) {
    return emulator.requests().stream().filter(r -> r.operation().equals("ListCustomModels")).toList();
  }
}
