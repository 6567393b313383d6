package dev.bedrockjdbc.server;

/** The server will not start with these settings; the message says why and what to change. */
public final class StartRefused extends RuntimeException {
  public StartRefused(String message) {
    super(message);
  }
}
