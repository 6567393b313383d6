package dev.bedrockjdbc.aws;

import java.time.Duration;
import java.util.function.Function;

/** Runs an API call for a query, so that the query's cancel and timeout apply to it. */
public interface GuardedCall {
  /** Runs {@code call} with the time left (null: no deadline) and returns its result. */
  <T> T run(Function<Duration, T> call);
}
