package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.server.ServerCustomizer;

import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.HandlerWrapper;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The logged-in user of the request this thread is serving, for the per-user connection bound. Avatica hands its
 * service no user unless Kerberos impersonation is on, so a handler placed just inside Jetty's authentication
 * (where the user is known) records it; Avatica serves a request on the thread that received it.
 */
final class RemoteUser implements ServerCustomizer<Server> {
  /** The name without a login: every client counts as this one user. */
  static final String ANONYMOUS = "";
  private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> ANONYMOUS);

  static String current() {
    return CURRENT.get();
  }

  @Override public void customize(Server server) {
    SecurityHandler security = server.getChildHandlerByClass(SecurityHandler.class);
    HandlerWrapper parent = security != null ? security : server;
    Scope scope = new Scope();
    scope.setHandler(parent.getHandler());
    parent.setHandler(scope);
  }

  /** Sets the user around the rest of the chain. */
  private static final class Scope extends HandlerWrapper {
    @Override public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      String user = request.getRemoteUser();
      CURRENT.set(user == null ? ANONYMOUS : user);
      try {
        super.handle(target, base, request, response);
      } finally {
        CURRENT.remove();
      }
    }
  }
}
