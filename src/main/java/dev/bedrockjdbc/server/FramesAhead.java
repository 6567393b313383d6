package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.Meta.Frame;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.proto.Common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Each statement's next frame, read while its client deserializes and reads the last one: a thin client asks
 * for frame n+1 only when it has read frame n, so without this the server's reading (the driver's rows, their
 * conversion, their protobuf encoding) and the client's alternate instead of overlapping. At most one frame ahead
 * per statement.
 * Avatica's fetch reads on from the result set whatever offset it is given, so a frame read ahead is always the
 * next one a client gets: none is skipped or read twice.
 */
final class FramesAhead implements AutoCloseable {
  /** A fetch as Avatica's JdbcMeta makes it. */
  @FunctionalInterface
  interface Fetch {
    Frame fetch(long offset, int count) throws NoSuchStatementException, MissingResultsException;
  }

  private final Map<Integer, Future<Frame>> ahead = new ConcurrentHashMap<>();
  /** Whether responses are protobuf, so a frame read ahead is encoded ahead too. */
  private final boolean protobuf;
  private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bedrock-server-frame-ahead");
    t.setDaemon(true);
    return t;
  });

  FramesAhead(boolean protobuf) {
    this.protobuf = protobuf;
  }

  /** The statement's next frame (the one read ahead, else read now), and the one after it started. */
  Frame next(int statement, long offset, int count, Fetch fetch)
      throws NoSuchStatementException, MissingResultsException {
    Future<Frame> read = ahead.remove(statement);
    Frame frame = read == null ? prepared(fetch.fetch(offset, count)) : await(read);
    if (!frame.done) {
      long following = offset + size(frame);
      ahead.put(statement, readers.submit(() -> prepared(fetch.fetch(following, count))));
    }
    return frame;
  }

  /**
   * The frame with its protobuf form made now, in the reading thread: encoding 1,000 rows is most of what
   * answering a fetch costs the server, and the client would wait for it.
   */
  private Frame prepared(Frame frame) {
    if (!protobuf) {
      return frame;
    }
    Common.Frame proto = FrameEncoding.encode(frame);
    proto.getSerializedSize(); // memoized, so writing the response does not size it again
    return new Frame(frame.offset, frame.done, frame.rows) {
      @Override public Common.Frame toProto() {
        return proto;
      }
    };
  }

  /** Forgets the frames of statements that are gone (closed, expired): nobody will ask for them. */
  void forget(Predicate<Integer> gone) {
    ahead.keySet().removeIf(id -> {
      if (gone.test(id)) {
        Future<Frame> f = ahead.get(id);
        if (f != null) {
          f.cancel(false);
        }
        return true;
      }
      return false;
    });
  }

  private static long size(Frame frame) {
    long n = 0;
    for (Object ignored : frame.rows) {
      n++;
    }
    return n;
  }

  /** The frame read ahead, or what reading it threw, as the fetch itself would have thrown it. */
  private static Frame await(Future<Frame> read) throws NoSuchStatementException, MissingResultsException {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the next frame", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NoSuchStatementException n) {
        throw n;
      } else if (cause instanceof MissingResultsException m) {
        throw m;
      } else if (cause instanceof RuntimeException r) {
        throw r;
      } else if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override public void close() {
    readers.shutdownNow();
    ahead.clear();
  }
}
