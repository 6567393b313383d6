package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.catalog.ListOperation;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A page asked for before the consumer needs it. If the consumer is already waiting for it when it arrives,
 * the fetch thread asks for the page after it at once (still one page ahead: the consumer is about to read
 * the one that arrived) instead of handing the page to the consumer and being handed the next request
 * back: two thread wake-ups between every two calls, measured at ~0.3 ms a page on a busy 2-core machine.
 */
final class AheadPage {
  private static final Function<ListOperation.Page, AheadPage> NO_CHAIN = r -> null;

  /** What to start when the page arrives: set by a waiting consumer, taken by the fetch thread. */
  private final AtomicReference<Function<ListOperation.Page, AheadPage>> onArrival = new AtomicReference<>();
  private Future<ListOperation.Page> response;
  private volatile AheadPage next;
  private volatile boolean cancelled;

  private AheadPage() {
  }

  static AheadPage start(CallGuard guard, Function<Duration, ListOperation.Page> call) {
    AheadPage page = new AheadPage();
    page.response = guard.start(timeout -> page.arrived(call.apply(timeout)));
    return page;
  }

  private ListOperation.Page arrived(ListOperation.Page response) {
    Function<ListOperation.Page, AheadPage> then = onArrival.getAndSet(NO_CHAIN);
    if (then != null) {
      try {
        next = then.apply(response);
      } catch (RuntimeException e) {
        return response; // the page is good; the consumer asks for the next one itself and meets the error there
      }
      AheadPage chained = next;
      if (cancelled && chained != null) {
        chained.cancel(); // cancel() ran while the next page was being asked for
      }
    }
    return response;
  }

  boolean isDone() {
    return response.isDone();
  }

  /**
   * Has the fetch thread call {@code then} with the response when it arrives, to ask for the next page.
   * Does nothing if it has arrived already: the consumer then asks for the next page itself.
   */
  void chain(Function<ListOperation.Page, AheadPage> then) {
    onArrival.compareAndSet(null, then);
  }

  ListOperation.Page await(CallGuard guard) {
    return guard.await(response);
  }

  /** The page the fetch thread asked for when this one arrived, or null; read after {@link #await}. */
  AheadPage next() {
    return next;
  }

  /** Cancels this page's call and the next page's, if it was asked for. */
  void cancel() {
    cancelled = true;
    onArrival.set(NO_CHAIN);
    response.cancel(true);
    AheadPage chained = next;
    if (chained != null) {
      chained.cancel();
    }
  }
}
