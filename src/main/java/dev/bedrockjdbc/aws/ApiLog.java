package dev.bedrockjdbc.aws;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logs every API call of a connection, so a user can see what a query cost: operation, parameters (the
 * SDK request, which holds no credentials), page size, HTTP status, latency, request id and attempts.
 * {@code logLevel=info}: one line per call; {@code debug}: also every attempt, retried ones included.
 * Goes to the java.util.logging logger {@code dev.bedrockjdbc.api}.
 */
public final class ApiLog implements ExecutionInterceptor {
  public static final Logger LOGGER = Logger.getLogger("dev.bedrockjdbc.api");
  private static final ExecutionAttribute<Long> START = new ExecutionAttribute<>("bedrock-jdbc.start");
  private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("bedrock-jdbc.attempts");

  private final Level level;

  private ApiLog(Level level) {
    this.level = level;
  }

  /** The interceptor for a {@code logLevel} value ({@code off}, {@code info}, {@code debug}), or null for off. */
  public static ApiLog forLevel(String logLevel) {
    return switch (logLevel.toLowerCase(Locale.ROOT)) {
      case "info" -> new ApiLog(Level.INFO);
      case "debug" -> {
        showFineRecords();
        yield new ApiLog(Level.FINE);
      }
      default -> null;
    };
  }

  /**
   * JUL's default console handler passes INFO and up only, so debug lines went nowhere. Unless a handler on
   * the way to the root already takes FINE records (the application configured logging), this logger prints
   * its records on stderr itself, and no longer through its parents, so no line shows twice.
   */
  private static synchronized void showFineRecords() {
    for (Logger l = LOGGER; l != null; l = l.getUseParentHandlers() ? l.getParent() : null) {
      for (Handler h : l.getHandlers()) {
        if (h.getLevel().intValue() <= Level.FINE.intValue()) {
          return;
        }
      }
    }
    LOGGER.addHandler(new Stderr());
    LOGGER.setUseParentHandlers(false);
  }

  /** Prints to the current System.err (a ConsoleHandler keeps the one of its creation). */
  private static final class Stderr extends Handler {
    Stderr() {
      setLevel(Level.ALL);
      setFormatter(new SimpleFormatter());
    }

    @Override public void publish(LogRecord record) {
      if (isLoggable(record)) {
        System.err.print(getFormatter().format(record));
      }
    }

    @Override public void flush() {
      System.err.flush();
    }

    @Override public void close() {
    }
  }

  @Override public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    attributes.putAttribute(START, System.nanoTime());
    attributes.putAttribute(ATTEMPTS, new AtomicInteger());
    if (LOGGER.getLevel() == null || LOGGER.getLevel().intValue() > level.intValue()) {
      LOGGER.setLevel(level); // the connection asked for it: let its records through
    }
  }

  @Override public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.getAttribute(ATTEMPTS).incrementAndGet();
  }

  @Override public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    if (level == Level.FINE) {
      LOGGER.fine(() -> operation(attributes) + " attempt " + attributes.getAttribute(ATTEMPTS).get() + " -> HTTP "
          + context.httpResponse().statusCode() + ", requestId="
          + context.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse("-"));
    }
  }

  @Override public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    String rows = context.response() instanceof ListCustomModelsResponse r ? ", " + r.modelSummaries().size()
        + " models" + (r.nextToken() == null ? ", last page" : "") : "";
    LOGGER.log(level, () -> operation(attributes) + " " + parameters(context.request()) + region(attributes) + " -> HTTP "
        + context.httpResponse().statusCode() + rows + ", " + elapsed(attributes) + " ms, attempts="
        + attributes.getAttribute(ATTEMPTS).get() + ", requestId="
        + context.httpResponse().firstMatchingHeader("x-amzn-RequestId").orElse("-"));
  }

  @Override public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    LOGGER.log(level, () -> operation(attributes) + " " + parameters(context.request()) + region(attributes) + " failed after "
        + elapsed(attributes) + " ms, attempts=" + attributes.getAttribute(ATTEMPTS).get() + ": "
        + context.exception().getClass().getSimpleName() + ": " + context.exception().getMessage());
  }

  private static String operation(ExecutionAttributes attributes) {
    return attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
  }

  /** Where the call went: a connection may read several regions. */
  private static String region(ExecutionAttributes attributes) {
    Region r = attributes.getAttribute(AwsExecutionAttribute.AWS_REGION);
    return r == null ? "" : " in " + r.id();
  }

  /** The SDK request's own description: parameter names and values, no credentials. */
  private static String parameters(SdkRequest request) {
    String s = request.toString();
    int open = s.indexOf('(');
    return open < 0 ? "{}" : "{" + s.substring(open + 1, s.length() - 1) + "}";
  }

  private static long elapsed(ExecutionAttributes attributes) {
    Long start = attributes.getAttribute(START);
    return start == null ? -1 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
