package dev.bedrockjdbc.emulator;

/**
 * Failures the emulator injects into every operation it serves, so tests can prove the driver ends cleanly
 * under each. Random faults draw
 * from a source seeded with {@code seed}, so a failing run repeats.
 *
 * @param throttleRate     probability that a request is answered 429 ThrottlingException
 * @param serverErrorRate  probability that a request is answered 500 InternalServerException
 * @param latencyMillis    delay before every response
 * @param malformedPage    page (0-based, of any List operation's request stream) answered with a truncated JSON
 *                         body; -1 for none
 * @param loopingToken     later pages hand back the nextToken they were asked with (a paging loop)
 * @param denyAll          every request is answered 403 AccessDeniedException
 * @param expiredToken     every request is answered 400 ExpiredTokenException
 * @param seed             seed of the random source
 */
public record Faults(double throttleRate, double serverErrorRate, long latencyMillis, int malformedPage,
    boolean loopingToken, boolean denyAll, boolean expiredToken, long seed) {

  public static final Faults NONE = new Faults(0, 0, 0, -1, false, false, false, 0);

  public Faults withRates(double throttle, double serverError, long newSeed) {
    return new Faults(throttle, serverError, latencyMillis, malformedPage, loopingToken, denyAll, expiredToken, newSeed);
  }

  public Faults withLatency(long millis) {
    return new Faults(throttleRate, serverErrorRate, millis, malformedPage, loopingToken, denyAll, expiredToken, seed);
  }

  public Faults withMalformedPage(int page) {
    return new Faults(throttleRate, serverErrorRate, latencyMillis, page, loopingToken, denyAll, expiredToken, seed);
  }

  public Faults withLoopingToken() {
    return new Faults(throttleRate, serverErrorRate, latencyMillis, malformedPage, true, denyAll, expiredToken, seed);
  }

  public Faults withDenyAll() {
    return new Faults(throttleRate, serverErrorRate, latencyMillis, malformedPage, loopingToken, true, expiredToken, seed);
  }

  public Faults withExpiredToken() {
    return new Faults(throttleRate, serverErrorRate, latencyMillis, malformedPage, loopingToken, denyAll, true, seed);
  }
}
