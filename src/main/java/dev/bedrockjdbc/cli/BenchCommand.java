package dev.bedrockjdbc.cli;

import dev.bedrockjdbc.bench.Benchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code bench}: the performance benchmark against local emulators (README "Performance"). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure calls per query, scan speed, cold and warm latency, memory and prefetch against the "
        + "local emulator, each next to a raw AWS SDK reference measured in the same run.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--models", description = "Models for the scan and memory figures (default: ${DEFAULT-VALUE}).")
  int models = 100_000;

  @Option(names = "--rounds", description = "Alternating runs per timed figure, twice that plus one for the full scan "
      + "(default: ${DEFAULT-VALUE}).")
  int rounds = 7;

  @Override public Integer call() throws Exception {
    new Benchmark(System.out, models, rounds).run();
    return 0;
  }
}
