package dev.bedrockjdbc.server;

import org.apache.calcite.avatica.Meta.Frame;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.proto.Common;
import org.apache.calcite.avatica.remote.TypedValue;

import java.util.List;
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
  private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bedrock-server-frame-ahead");
    t.setDaemon(true);
    return t;
  });

  /** The statement's next frame (the one read ahead, else read now), and the one after it started. */
  Frame next(int statement, long offset, int count, Fetch fetch)
      throws NoSuchStatementException, MissingResultsException {
    Future<Frame> read = ahead.remove(statement);
    Frame frame = read == null ? encoded(fetch.fetch(offset, count)) : await(read);
    if (!frame.done) {
      long following = offset + size(frame);
      ahead.put(statement, readers.submit(() -> encoded(fetch.fetch(following, count))));
    }
    return frame;
  }

  /**
   * The frame with its protobuf form built and sized now, in the reading thread: building and sizing the messages
   * of 1,000 rows is most of what answering a fetch costs the server, and the client would wait for it.
   */
  private static Frame encoded(Frame frame) {
    Common.Frame proto = scalarsOnly(frame);
    proto.getSerializedSize(); // memoized in the messages, so writing them out does not size them again
    return new Frame(frame.offset, frame.done, frame.rows) {
      @Override public Common.Frame toProto() {
        return proto;
      }
    };
  }

  /**
   * Avatica's encoding of a frame, each value written once: Avatica writes every scalar twice, as
   * {@code scalar_value} and again in the {@code value} list older clients read (before Calcite 1.5, 2015), which
   * doubles what a client receives and parses. Every client since reads {@code scalar_value} (the Java thin
   * driver, phoenixdb, the Go driver). A frame holding an array value is encoded as Avatica does.
   */
  static Common.Frame scalarsOnly(Frame frame) {
    Common.Frame.Builder out = Common.Frame.newBuilder().setDone(frame.done).setOffset(frame.offset);
    for (Object row : frame.rows) {
      if (!(row instanceof Object[] values)) {
        return frame.toProto();
      }
      Common.Row.Builder r = Common.Row.newBuilder();
      for (Object value : values) {
        if (value instanceof List<?>) {
          return frame.toProto();
        }
        Common.TypedValue.Builder v = Common.TypedValue.newBuilder();
        TypedValue.toProto(v, value);
        // Built messages, not nested builders: a builder inside a builder tracks its parent's changes per field.
        r.addValue(Common.ColumnValue.newBuilder().setScalarValue(v.build()).build());
      }
      out.addRows(r.build());
    }
    return out.build();
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
