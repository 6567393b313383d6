package dev.bedrockjdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;

import org.apache.calcite.avatica.Meta.Frame;
import org.apache.calcite.avatica.proto.Common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A frame as the server encodes it reads back, in a client that parses its bytes as Avatica's clients do, exactly
 * as Avatica's own encoding of the frame does.
 */
class FrameEncodingTest {
  private static final Object[] VALUES = {"arn:aws:bedrock:us-east-1:123456789012:custom-model/x", null, 42, 7L,
      true, false, 0.25d, new BigDecimal("12.50"), "", "ünïcödé", "\uD83D\uDE00 emoji, 4 bytes", 1_700_000_000_123L,
      (short) 3, (byte) 1, 2.5f, new Timestamp(1_700_000_000_123L), new byte[] {0, 1, -1}, 'c',
      "x".repeat(300), // a string longer than 127 bytes: two bytes of length
      0L, 0, -5L, Long.MIN_VALUE, (short) 0, Integer.MAX_VALUE}; // defaults are not written; sint64 zigzag

  @Test void everyValueInEveryColumnReadsBackAsAvaticasOwnEncoding() throws Exception {
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < VALUES.length; i++) {
      Object[] row = VALUES.clone();
      Collections.rotate(Arrays.asList(row), i);
      rows.add(row);
    }
    Frame frame = new Frame(3000, false, rows);
    Common.Frame ours = asReceived(FrameEncoding.encode(frame));
    assertReadsAsAvaticas(frame, ours);
    assertTrue(ours.getSerializedSize() < frame.toProto().getSerializedSize() * 0.6,
        ours.getSerializedSize() + " bytes against Avatica's " + frame.toProto().getSerializedSize());
  }

  @Test void generatedFramesReadBackAsAvaticasOwnEncoding() throws Exception {
    Random random = new Random(7);
    for (int f = 0; f < 200; f++) {
      int columns = 1 + random.nextInt(14);
      List<Object> rows = new ArrayList<>();
      for (int r = random.nextInt(40); r > 0; r--) {
        Object[] row = new Object[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = random.nextInt(3) == 0 ? randomString(random) : VALUES[random.nextInt(VALUES.length)];
        }
        rows.add(row);
      }
      Frame frame = new Frame(random.nextInt(1_000_000), random.nextBoolean(), rows);
      assertReadsAsAvaticas(frame, asReceived(FrameEncoding.encode(frame)));
    }
  }

  @Test void anEmptyLastFrame() throws Exception {
    Frame frame = new Frame(5000, true, List.of());
    assertReadsAsAvaticas(frame, asReceived(FrameEncoding.encode(frame)));
  }

  @Test void aFrameWithAnArrayIsEncodedAsAvaticaDoes() {
    Frame frame = new Frame(0, true, List.<Object>of(new Object[] {"a", List.of(1, 2)}, new Object[] {"b", List.of(3)}));
    assertEquals(frame.toProto(), FrameEncoding.encode(frame));
  }

  /** What a client holds: the bytes on the wire, parsed. */
  private static Common.Frame asReceived(Common.Frame sent) throws InvalidProtocolBufferException {
    return Common.Frame.parseFrom(sent.toByteArray());
  }

  private static void assertReadsAsAvaticas(Frame frame, Common.Frame received) {
    Common.Frame avaticas = frame.toProto();
    for (int r = 0; r < avaticas.getRowsCount(); r++) {
      for (int c = 0; c < avaticas.getRows(r).getValueCount(); c++) {
        assertEquals(avaticas.getRows(r).getValue(c).getScalarValue(), received.getRows(r).getValue(c).getScalarValue(),
            "row " + r + " column " + c);
      }
    }
    Frame ours = Frame.fromProto(received);
    Frame theirs = Frame.fromProto(frame.toProto());
    assertEquals(theirs.offset, ours.offset);
    assertEquals(theirs.done, ours.done);
    assertEquals(rowsOf(theirs), rowsOf(ours));
  }

  /** byte[] values compared by content. */
  private static List<List<Object>> rowsOf(Frame frame) {
    List<List<Object>> rows = new ArrayList<>();
    for (Object row : frame.rows) {
      List<Object> values = new ArrayList<>();
      for (Object value : (List<?>) row) {
        values.add(value instanceof byte[] b ? Arrays.toString(b) : value);
      }
      rows.add(values);
    }
    return rows;
  }

  private static String randomString(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(200); i > 0; i--) {
      int kind = random.nextInt(10);
      s.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? 0x80 + random.nextInt(0x700)
          : kind < 9 ? 0x800 + random.nextInt(0xD000 - 0x800) : 0x10000 + random.nextInt(0x1000));
    }
    return s.toString();
  }
}
