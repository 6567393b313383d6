package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.server.ServerCustomizer;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Avatica reads a whole request body into memory: Jetty's {@link SizeLimitHandler}, put in front of
 * everything (authentication included), answers 413 to a larger body, by its Content-Length or as it streams.
 */
final class RequestSizeLimit implements ServerCustomizer<Server> {
  private final long maxBytes;

  RequestSizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override public void customize(Server server) {
    SizeLimitHandler limit = new SizeLimitHandler(maxBytes, -1);
    limit.setHandler(server.getHandler());
    server.setHandler(limit);
  }
}
