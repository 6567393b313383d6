package dev.bedrockjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bedrockjdbc.TestSupport;
import dev.bedrockjdbc.emulator.BedrockEmulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Many connect/query/close cycles with each kind of credentials leave no threads, sockets or heap behind: every
 * SDK object a connection builds (its client, an STS client for roleArn, a credentials provider) is closed with it,
 * and what all connections share (the default chain) is built once.
 */
class ConnectCyclesTest {
  private static final int CYCLES = 1_000;
  private static final String ROLE = "arn:aws:iam::123456789012:role/cycles";
  private static final String PROFILE = "cycles";
  private static final long DEADLINE_SECONDS = 60;

  static BedrockEmulator emulator;
  @TempDir static Path dir;

  /** Each way a connection gets its credentials, as the URL's extra settings (none: the default chain). */
  enum Kind {
    KEYS, PROFILE, ROLE, DEFAULT_CHAIN;

    String url() {
      return switch (this) {
        case KEYS -> TestSupport.url(emulator, "");
        case PROFILE -> bare() + ";profile=" + ConnectCyclesTest.PROFILE;
        case ROLE -> TestSupport.url(emulator, "roleArn=" + ConnectCyclesTest.ROLE + ";stsEndpoint=" + emulator.endpoint());
        case DEFAULT_CHAIN -> bare();
      };
    }

    private static String bare() {
      return "jdbc:bedrock:endpoint=" + emulator.endpoint() + ";region=us-east-1";
    }
  }

  @BeforeAll static void start() throws IOException {
    emulator = BedrockEmulator.builder().generated(3, 20).start();
    // The SDK's own settings: a credentials file for the profile, system-property keys for the default chain.
    Path credentials = dir.resolve("credentials");
    Files.writeString(credentials, "[" + PROFILE + "]\naws_access_key_id = AKIDPROFILE\n"
        + "aws_secret_access_key = " + TestSupport.SECRET + "\n");
    System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    System.setProperty("aws.configFile", dir.resolve("config").toString());
    System.setProperty("aws.accessKeyId", "AKIDDEFAULT");
    System.setProperty("aws.secretAccessKey", TestSupport.SECRET);
  }

  @AfterAll static void stop() {
    emulator.close();
    for (String p : new String[] {"aws.sharedCredentialsFile", "aws.configFile", "aws.accessKeyId", "aws.secretAccessKey"}) {
      System.clearProperty(p);
    }
  }

  /** One cycle: connect, one query (so the credentials are resolved and, for a role, assumed), close. */
  static void cycle(Kind kind) throws Exception {
    try (Connection c = DriverManager.getConnection(kind.url())) {
      assertEquals(1, TestSupport.query(c, "SELECT model_name FROM custom_models LIMIT 1").size());
    }
  }

  @ParameterizedTest @EnumSource(Kind.class)
  void cyclesLeaveNothingBehind(Kind kind) throws Exception {
    for (int i = 0; i < 20; i++) { // classes, pools and keep-alive sockets first
      cycle(kind);
    }
    awaitTrue(() -> driverThreads() == 0, "the warm-up connections' threads end");
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    int sockets = openSockets();
    long heap = usedHeapAfterGc();
    for (int i = 0; i < CYCLES; i++) {
      cycle(kind);
    }
    awaitTrue(() -> ManagementFactory.getThreadMXBean().getThreadCount() <= threads + 2,
        kind + ": threads back to " + threads + " (+2), now " + threadNames());
    // The JDK keeps up to 5 idle keep-alive sockets per destination; a leak would hold one or more per connection.
    awaitTrue(() -> openSockets() <= sockets + 10, kind + ": sockets back to " + sockets + " (+10)");
    long after = usedHeapAfterGc();
    assertTrue(after <= heap + 24L * 1024 * 1024, kind + ": heap " + heap / 1024 + " KB -> " + after / 1024 + " KB");
  }

  private static long driverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("bedrock-jdbc-fetch") || t.getName().startsWith("bedrock-jdbc-connect"))
        .count();
  }

  private static String threadNames() {
    return Arrays.toString(Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toArray());
  }

  /** Waits for a condition, generously: a loaded machine only makes it slower, never false. */
  static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() - deadline < 0, "not within " + DEADLINE_SECONDS + " s: " + what);
      Thread.onSpinWait();
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** Open sockets of this process, where the OS shows them (/proc); 0 elsewhere. */
  static int openSockets() {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return 0;
    }
    try (var list = Files.list(fds)) {
      return (int) list.filter(f -> {
        try {
          return Files.readSymbolicLink(f).toString().startsWith("socket:");
        } catch (IOException e) {
          return false; // closed while listing
        }
      }).count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Used heap after collections; the loose bound above absorbs what a collection leaves. */
  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
