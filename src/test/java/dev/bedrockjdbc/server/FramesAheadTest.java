package dev.bedrockjdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.calcite.avatica.Meta.Frame;
import org.apache.calcite.avatica.proto.Common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A frame encoded with each value once reads back, in any Avatica client, as Avatica's own encoding does. */
class FramesAheadTest {
  private static final Object[] VALUES = {"arn:aws:bedrock:us-east-1:123456789012:custom-model/x", null, 42, 7L,
      true, false, 0.25d, new BigDecimal("12.50"), "", "ünïcödé", 1_700_000_000_123L, (short) 3, (byte) 1, 2.5f};

  @Test void scalarsReadBackAsAvaticasOwnEncoding() {
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < VALUES.length; i++) {
      Object[] row = VALUES.clone();
      java.util.Collections.rotate(Arrays.asList(row), i); // every value in every column
      rows.add(row);
    }
    Frame frame = new Frame(3000, false, rows);
    Common.Frame lean = FramesAhead.scalarsOnly(frame);
    Common.Frame avatica = frame.toProto();
    Frame ours = Frame.fromProto(lean);
    Frame theirs = Frame.fromProto(avatica);
    assertEquals(theirs.offset, ours.offset);
    assertEquals(theirs.done, ours.done);
    assertEquals(theirs.rows, ours.rows);
    assertTrue(lean.getSerializedSize() < avatica.getSerializedSize() * 0.6,
        lean.getSerializedSize() + " bytes against Avatica's " + avatica.getSerializedSize());
  }

  @Test void aFrameWithAnArrayIsEncodedAsAvaticaDoes() {
    Frame frame = new Frame(0, true, List.<Object>of(new Object[] {"a", List.of(1, 2)}, new Object[] {"b", List.of(3)}));
    assertEquals(frame.toProto(), FramesAhead.scalarsOnly(frame));
  }
}
