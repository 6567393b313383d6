package dev.bedrockjdbc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import sqlline.BuiltInProperty;
import sqlline.SqlLine;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code java -jar bedrock-jdbc-all.jar}: an interactive SQL shell (sqlline) on a {@code jdbc:bedrock:}
 * URL built from the options, or one statement with {@code -e}; {@code emulator} starts a local Bedrock;
 * {@code server} serves the driver to Avatica clients.
 */
@Command(name = "bedrock-jdbc", mixinStandardHelpOptions = true, versionProvider = Versions.class,
    description = "SQL over Amazon Bedrock. Opens an interactive shell, or runs one statement with -e.",
    subcommands = {EmulatorCommand.class, BenchCommand.class, ServerCommand.class})
public final class Main implements Callable<Integer> {
  /** How results are printed; each is a sqlline output format. */
  enum Format { table, csv, json }

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  @Option(names = {"-e", "--execute"}, paramLabel = "SQL", description = "Run this statement, print the result and exit.")
  String sql;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  public static void main(String[] args) {
    OptionalInt archived = ClassDataArchive.launch(args);
    System.exit(archived.isPresent() ? archived.getAsInt() : run(args));
  }

  /** Runs the command line and returns its exit code (0 on success). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Main::invalidArguments).execute(args);
  }

  /**
   * Picocli's own message quotes the offending argument, which may be a secret (-P password without '=', a
   * key typed as an option): name the option only.
   */
  private static int invalidArguments(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String what = e instanceof UnmatchedArgumentException ? "Unknown option or argument"
        : e.getArgSpec() instanceof OptionSpec o ? "Invalid value for option " + o.longestName()
        : "Invalid command line";
    cmd.getErr().println(what + " (arguments are not shown: they may hold a secret). Run with --help for usage.");
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override public Integer call() throws IOException, SQLException {
    PropertiesHandoff handoff = new PropertiesHandoff(connection.url(), connection.properties());
    DriverManager.registerDriver(handoff);
    try {
      return shell();
    } finally {
      DriverManager.deregisterDriver(handoff);
    }
  }

  private int shell() throws IOException {
    List<String> args = new ArrayList<>(List.of(
        "-d", PropertiesHandoff.class.getName(), "-u", PropertiesHandoff.URL, "-n", "", "-p", "",
        "--outputformat=" + format, "--fastConnect=true", "--isolation=TRANSACTION_NONE",
        "--showWarnings=true", "--maxWidth=1000"));
    if (sql != null) {
      // One statement, no prompt: a dumb terminal, without JLine's warning that it could not open a real one;
      // and no background warm-up, which only pays off when a user pauses before the first query.
      System.setProperty("org.jline.terminal.dumb", "true");
      if (System.getProperty("bedrockjdbc.warmup") == null) {
        System.setProperty("bedrockjdbc.warmup", "false");
      }
      args.addAll(List.of("--silent=true", "--showHeader=true", "-e", sql));
    }
    SqlLine shell = new SqlLine();
    // Set directly: sqlline's own argument splitter cannot take a '"' or a quoted pattern.
    shell.getOpts().set(BuiltInProperty.CSV_QUOTE_CHARACTER, '"');
    shell.getOpts().set(BuiltInProperty.TIMESTAMP_FORMAT, "yyyy-MM-dd HH:mm:ss.SSS");
    SqlLine.Status status = shell.begin(args.toArray(new String[0]), null, sql == null);
    return status == SqlLine.Status.OK ? 0 : 1;
  }
}
