package dev.bedrockjdbc.aws;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestPathWarmUpTest {
  /**
   * The warm-up call goes through the whole SDK pipeline and parses its canned page; its endpoint does not resolve,
   * so a call that left the process would fail.
   */
  @Test void theCallCompletesInProcess() {
    assertTrue(RequestPathWarmUp.run());
  }
}
