package dev.bedrockjdbc.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The emulator behind {@code demo=true}: started once per JVM on first use, on a free loopback port,
 * with a fixed sample data set, and left running (daemon threads) for every demo connection.
 */
public final class DemoEmulator {
  /** The sample data set: the same models on every run. */
  public static final long SEED = 2024;
  public static final int MODELS = 300;

  private DemoEmulator() {
  }

  private static final class Holder {
    static final BedrockEmulator INSTANCE = start();

    private static BedrockEmulator start() {
      try {
        return BedrockEmulator.builder().generated(SEED, MODELS).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start the demo emulator on 127.0.0.1", e);
      }
    }
  }

  public static BedrockEmulator instance() {
    return Holder.INSTANCE;
  }

  public static URI endpoint() {
    return instance().endpoint();
  }
}
