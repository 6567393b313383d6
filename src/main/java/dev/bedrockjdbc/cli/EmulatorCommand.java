package dev.bedrockjdbc.cli;

import dev.bedrockjdbc.emulator.BedrockEmulator;
import dev.bedrockjdbc.emulator.Catalogue;
import dev.bedrockjdbc.emulator.Faults;
import dev.bedrockjdbc.emulator.ModelData;
import dev.bedrockjdbc.emulator.ModelGenerator;
import dev.bedrockjdbc.emulator.Semantics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code emulator}: serves the Bedrock API on 127.0.0.1 until stopped (Ctrl-C). */
@Command(name = "emulator", mixinStandardHelpOptions = true,
    description = "Start a local Bedrock API emulator on 127.0.0.1 (ListCustomModels, GetCustomModel, and the List and "
        + "Get operations of foundation models, jobs, throughputs, imported models, deployments, inference profiles, "
        + "guardrails and prompt routers).")
final class EmulatorCommand implements Callable<Integer> {
  @Option(names = "--port", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 4566;

  @Option(names = "--models", description = "How many custom models to generate, with the resources related to them "
      + "(default: ${DEFAULT-VALUE}).")
  int models = 1000;

  @Option(names = "--seed", description = "Seed of the generated data set (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--data", paramLabel = "FILE", description = "Load the data set from this JSON file (a whole data set, "
      + "as --export writes it, or an array of models only) instead of generating it.")
  Path data;

  @Option(names = "--export", paramLabel = "FILE", description = "Write the whole data set to this JSON file and exit.")
  Path export;

  @Option(names = "--account", description = "The caller's account id, for isOwned (default: ${DEFAULT-VALUE}).")
  String account = ModelGenerator.CALLER_ACCOUNT;

  @Option(names = "--case-sensitive-names", description = "nameContains compares case-sensitively.")
  boolean caseSensitiveNames;

  @Option(names = "--inclusive-bounds", description = "creationTimeAfter/Before include the bound itself.")
  boolean inclusiveBounds;

  @Option(names = "--name-matches-job", description = "nameContains also matches the customization job's name.")
  boolean nameMatchesJob;

  @Option(names = "--bounds-to-seconds", description = "Truncate creationTimeAfter/Before to whole seconds.")
  boolean boundsToSeconds;

  @Option(names = "--short-pages", description = "Pages may hold fewer models than maxResults before the last one.")
  boolean shortPages;

  @Option(names = "--throttle-rate", description = "Probability (0..1) that a request is answered 429 ThrottlingException.")
  double throttleRate;

  @Option(names = "--error-rate", description = "Probability (0..1) that a request is answered 500 InternalServerException.")
  double errorRate;

  @Option(names = "--latency-ms", description = "Delay before every response, in ms.")
  long latencyMillis;

  @Option(names = "--malformed-page", description = "Answer this page (0-based) of any List operation with a truncated body.")
  int malformedPage = -1;

  @Option(names = "--looping-token", description = "Later pages hand back the token they were asked with.")
  boolean loopingToken;

  @Option(names = "--deny-all", description = "Answer every request 403 AccessDeniedException.")
  boolean denyAll;

  @Option(names = "--expired-token", description = "Answer every request 400 ExpiredTokenException.")
  boolean expiredToken;

  @Option(names = "--fault-seed", description = "Seed of the random faults (default: ${DEFAULT-VALUE}).")
  long faultSeed = 1;

  @Override public Integer call() throws Exception {
    Catalogue set = data != null ? ModelData.readCatalogue(data) : Catalogue.generate(seed, models, "us-east-1", account);
    if (export != null) {
      ModelData.write(set, export);
      System.out.println("Wrote " + set.models().size() + " models and the resources related to them to " + export);
      return 0;
    }
    BedrockEmulator emulator = BedrockEmulator.builder().catalogue(set).callerAccount(account).port(port)
        .semantics(new Semantics(caseSensitiveNames, inclusiveBounds, nameMatchesJob, boundsToSeconds, shortPages)).start();
    emulator.faults(new Faults(throttleRate, errorRate, latencyMillis, malformedPage, loopingToken, denyAll,
        expiredToken, faultSeed));
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    System.out.println("Bedrock emulator with " + set.models().size() + " models on " + emulator.endpoint());
    System.out.println("Connect with: jdbc:bedrock:endpoint=" + emulator.endpoint() + ";region=us-east-1;user=test;password=test");
    new CountDownLatch(1).await();
    return 0;
  }
}
