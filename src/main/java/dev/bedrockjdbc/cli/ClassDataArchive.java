package dev.bedrockjdbc.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command line's class-data archive (AppCDS): most of a cold command's time is loading and linking the classes
 * of Calcite and the SDK, which an archive maps in ready-made (a filtered {@code -e} query 4.1 s → 2.6 s here, the
 * relaunch included). A JVM takes an archive only as a command-line flag, so the first command of a jar runs without
 * one and, once done, starts training one in the background (a JVM that runs a demo query and dumps its classes at
 * exit, about 10 s of one core); later commands relaunch
 * themselves with the archive: the same command line plus the flag, its I/O inherited and its exit code returned.
 * An archive belongs to one jar, class path and JDK (it is named by them); one that does not fit is ignored by the
 * JVM, which then runs exactly as without it. {@code BEDROCK_JDBC_CDS=off} (or {@code -Dbedrock.cds=off}) turns it
 * off.
 */
final class ClassDataArchive {
  /** Set on the JVMs this class starts, so they never start another. */
  private static final String CHILD = "bedrock.cds.child";
  private static final String TRAINING_SQL = "SELECT model_name, creation_time FROM custom_models "
      + "WHERE model_status = 'Active' AND model_name LIKE '%bot%' ORDER BY creation_time DESC LIMIT 5";
  /** A training still running after this long is taken for dead, and its lock for stale. */
  private static final Duration TRAINING_LOCK = Duration.ofMinutes(5);
  /** The JVM's own messages about an archive it cannot use would land in the command's output. */
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  /**
   * For a command that runs one statement and exits ({@code -e}): C1 alone and the serial collector. A run of
   * seconds on a few cores loses more to C2 compiling and G1's threads than their code gains it: with the
   * archive, a filtered query's run 1,646 → 1,135 ms and a 100,000-row {@code SELECT *} to CSV 4,239 → 3,734 ms
   * here (medians of 7 and 5 runs). A collector the command line names itself is left alone (naming two is an error).
   */
  private static final String ONE_SHOT_JIT = "-XX:TieredStopAtLevel=1";
  private static final String ONE_SHOT_GC = "-XX:+UseSerialGC";

  private ClassDataArchive() {
  }

  /**
   * Runs the command in a JVM with the archive if there is one and returns its exit code; else starts training one
   * (when none is being trained) and returns empty: the caller runs the command itself.
   */
  static OptionalInt launch(String[] args) {
    Optional<Launch> launch = Launch.of(args);
    if (launch.isEmpty()) {
      return OptionalInt.empty();
    }
    Launch l = launch.get();
    if (Files.isRegularFile(l.archive)) {
      return l.runArchived();
    }
    // Once this command is done: a trainer running beside it would take one of its two cores (7.9 s instead of 4.0).
    Runtime.getRuntime().addShutdownHook(new Thread(l::startTraining, "bedrock-jdbc-archive-training"));
    return OptionalInt.empty();
  }

  /** How this JVM was started, when an archive can serve it. */
  private record Launch(String java, List<String> arguments, String classPath, Path archive, boolean oneShot) {
    static Optional<Launch> of(String[] args) {
      if (System.getProperty(CHILD) != null || "off".equalsIgnoreCase(System.getProperty("bedrock.cds"))
          || "off".equalsIgnoreCase(System.getenv("BEDROCK_JDBC_CDS"))
          || args.length > 0 && (args[0].equals("bench") || args[0].equals("emulator"))) {
        return Optional.empty(); // bench measures plain JVMs; the emulator is for tests
      }
      String classPath = System.getProperty("java.class.path", "");
      // An archive holds classes from jars only: a class path of directories (the build's) cannot be archived.
      if (classPath.isEmpty() || !Arrays.stream(classPath.split(File.pathSeparator))
          .allMatch(p -> p.endsWith(".jar") && Files.isRegularFile(Path.of(p)))) {
        return Optional.empty();
      }
      ProcessHandle.Info info = ProcessHandle.current().info();
      List<String> arguments = info.arguments().map(List::of).orElse(List.of());
      // Relaunch only a command line read back exactly: the program's arguments at its end, no archive flags.
      if (info.command().isEmpty() || arguments.size() < args.length
          || !arguments.subList(arguments.size() - args.length, arguments.size()).equals(List.of(args))
          || arguments.stream().anyMatch(a -> a.startsWith("-Xshare") || a.contains("SharedArchiveFile")
              || a.contains("ArchiveClassesAtExit") || a.startsWith("-XX:+AutoCreateSharedArchive"))) {
        return Optional.empty();
      }
      Optional<Path> dir = directory();
      if (dir.isEmpty()) {
        return Optional.empty();
      }
      boolean oneShot = Arrays.stream(args).anyMatch(a -> a.equals("-e") || a.equals("--execute")
          || a.startsWith("-e=") || a.startsWith("--execute="));
      return Optional.of(new Launch(info.command().get(), arguments, classPath, dir.get().resolve(name(classPath)),
          oneShot));
    }

    OptionalInt runArchived() {
      List<String> command = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive, "-D" + CHILD + "=true"));
      command.addAll(QUIET);
      if (oneShot) {
        command.add(ONE_SHOT_JIT);
        if (arguments.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
          command.add(ONE_SHOT_GC);
        }
      }
      command.addAll(arguments);
      Process child;
      try {
        child = new ProcessBuilder(command).inheritIO().start();
      } catch (IOException e) {
        return OptionalInt.empty(); // run in this JVM instead
      }
      // Ctrl-C reaches the whole process group: the child decides (the shell cancels the running query and goes
      // on), this JVM only waits for it; a termination of this JVM alone ends the child too.
      ignoreInterrupts();
      Thread stopChild = new Thread(() -> {
        child.destroy();
        try {
          child.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Runtime.getRuntime().addShutdownHook(stopChild);
      while (true) {
        try {
          int exit = child.waitFor();
          Runtime.getRuntime().removeShutdownHook(stopChild);
          return OptionalInt.of(exit);
        } catch (InterruptedException e) {
          // keep waiting: the child's exit code is this command's
        } catch (IllegalStateException e) {
          return OptionalInt.of(child.exitValue()); // shutting down already
        }
      }
    }

    /** Starts the trainer in the background, unless one is under way; never fails the command. */
    void startTraining() {
      try {
        Path lock = lock(archive);
        try {
          Files.createFile(lock);
        } catch (FileAlreadyExistsException e) {
          if (Files.getLastModifiedTime(lock).toInstant().isAfter(Instant.now().minus(TRAINING_LOCK))) {
            return;
          }
          Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
        }
        List<String> command = new ArrayList<>(List.of(java, "-D" + CHILD + "=true", "-cp", classPath,
            ClassDataArchive.class.getName(), archive.toString()));
        Process trainer = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        trainer.getOutputStream().close();
      } catch (IOException | RuntimeException e) {
        // No archive this time: the command runs as it always did.
      }
    }
  }

  /**
   * The trainer: {@code args[0]} is the archive to make. Runs a demo query in a JVM that dumps its loaded classes at
   * exit, then moves the archive into place at once, so no command ever maps a half-written one.
   */
  public static void main(String[] args) throws Exception {
    Path archive = Path.of(args[0]);
    Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + partial,
          "-D" + CHILD + "=true"));
      command.addAll(QUIET);
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "--demo", "-e", TRAINING_SQL));
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      if (p.waitFor() == 0 && Files.isRegularFile(partial)) {
        removeOthers(archive);
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
      Files.deleteIfExists(lock(archive));
    }
  }

  /** Archives of other jars and JDKs: a new build would otherwise leave one of ~70 MB behind each time. */
  private static void removeOthers(Path archive) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "bedrock-jdbc-*.jsa")) {
      for (Path p : old) {
        if (!p.equals(archive)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Path lock(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".lock");
  }

  /** {@code $XDG_CACHE_HOME/bedrock-jdbc}, else {@code ~/.cache/bedrock-jdbc}; empty if it cannot be made. */
  private static Optional<Path> directory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    try {
      return Optional.of(Files.createDirectories(base.resolve("bedrock-jdbc")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Named by what the JVM checks an archive against: the class path's jars as they are now, and the JDK. */
  private static String name(String classPath) {
    StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('\n')
        .append(System.getProperty("java.vm.version")).append('\n');
    for (String jar : classPath.split(File.pathSeparator)) {
      Path p = Path.of(jar);
      try {
        // As written and as resolved: a relative entry names another jar from another directory.
        key.append(jar).append(' ').append(p.toAbsolutePath()).append(' ').append(Files.size(p)).append(' ')
            .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
      } catch (IOException e) {
        key.append(jar).append('\n');
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return "bedrock-jdbc-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsa";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("restriction")
  private static void ignoreInterrupts() {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
    } catch (IllegalArgumentException | LinkageError e) {
      // No SIGINT here (or no jdk.unsupported): the child still gets the terminal's Ctrl-C.
    }
  }
}
