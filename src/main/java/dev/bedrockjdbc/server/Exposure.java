package dev.bedrockjdbc.server;

import java.net.InetAddress;

/**
 * Secure by default: a listener beyond loopback serves the server's AWS role to its whole network, so it
 * starts only when clients must log in and the traffic (with their passwords) is encrypted.
 */
final class Exposure {
  private Exposure() {
  }

  static void check(InetAddress bind, boolean authenticated, boolean tls) {
    if (bind.isLoopbackAddress() || (authenticated && tls)) {
      return;
    }
    String missing = !authenticated && !tls ? "authentication (--user-file) and TLS (--tls-keystore, --tls-password-file)"
        : !authenticated ? "authentication (--user-file)" : "TLS (--tls-keystore, --tls-password-file)";
    throw new StartRefused("Refusing to listen on " + bind.getHostAddress() + " without " + missing
        + ": beyond loopback anyone who can reach the port would query with this server's AWS credentials. "
        + "Add them, or bind 127.0.0.1 (the default).");
  }
}
