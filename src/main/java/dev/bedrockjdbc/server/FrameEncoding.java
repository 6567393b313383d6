package dev.bedrockjdbc.server;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.UnsafeByteOperations;
import com.google.protobuf.WireFormat;

import org.apache.calcite.avatica.Meta.Frame;
import org.apache.calcite.avatica.proto.Common;
import org.apache.calcite.avatica.remote.TypedValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Avatica's protobuf form of a frame, the bytes a client parses, made once per frame by the thread that reads it
 * ahead. Two differences from Avatica's own {@code Frame.toProto()}, neither visible to a client:
 * <ul>
 *   <li>Each value is written once, as {@code scalar_value}: Avatica writes every scalar again in the
 *   {@code value} list older clients read (before Calcite 1.5, 2015), which doubles what a client receives and
 *   parses. Every client since reads {@code scalar_value} (the Java thin driver, phoenixdb, the Go driver).</li>
 *   <li>The rows are bytes, carried as the message's unknown field {@code rows}, which protobuf writes out as it
 *   holds it: built as messages (a builder and a message per value and per column), a frame of 1,000 rows cost the
 *   server more to build, size and then write, on the thread the client waits for, than the client's parsing.
 *   A string is written here, in the order and with the defaults protobuf uses; any other value is Avatica's
 *   {@link TypedValue} message.</li>
 * </ul>
 * A frame holding an array value is Avatica's own encoding.
 */
final class FrameEncoding {
  private static final int STRING = Common.Rep.STRING.getNumber();
  private static final int STRING_VALUE = Common.TypedValue.STRING_VALUE_FIELD_NUMBER;
  private static final int DELIMITED = WireFormat.WIRETYPE_LENGTH_DELIMITED;

  private FrameEncoding() {
  }

  static Common.Frame encode(Frame frame) {
    UnknownFieldSet.Field.Builder rows = UnknownFieldSet.Field.newBuilder();
    for (Object row : frame.rows) {
      ByteString bytes = row instanceof Object[] values ? row(values) : null;
      if (bytes == null) {
        return frame.toProto();
      }
      rows.addLengthDelimited(bytes);
    }
    return Common.Frame.newBuilder().setOffset(frame.offset).setDone(frame.done)
        .setUnknownFields(UnknownFieldSet.newBuilder().addField(Common.Frame.ROWS_FIELD_NUMBER, rows.build()).build())
        .build();
  }

  /**
   * A {@code Row}: each value a {@code ColumnValue} holding only its {@code scalar_value}; null if a value is an
   * array.
   */
  private static ByteString row(Object[] values) {
    // Sizes first: protobuf writes each message's length before its content. A string's UTF-8 bytes are made
    // once (String.getBytes is one intrinsic pass for ASCII; protobuf's own path measures, then encodes).
    Object[] encoded = new Object[values.length];
    int[] typedSizes = new int[values.length];
    int[] columnSizes = new int[values.length];
    int size = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        encoded[i] = utf8;
        typedSizes[i] = CodedOutputStream.computeEnumSize(Common.TypedValue.TYPE_FIELD_NUMBER, STRING)
            + (utf8.length == 0 ? 0 : CodedOutputStream.computeByteArraySize(STRING_VALUE, utf8));
      } else if (values[i] instanceof List<?>) {
        return null;
      } else {
        Common.TypedValue.Builder v = Common.TypedValue.newBuilder();
        TypedValue.toProto(v, values[i]);
        Common.TypedValue message = v.build();
        encoded[i] = message;
        typedSizes[i] = message.getSerializedSize();
      }
      columnSizes[i] = CodedOutputStream.computeTagSize(Common.ColumnValue.SCALAR_VALUE_FIELD_NUMBER)
          + CodedOutputStream.computeUInt32SizeNoTag(typedSizes[i]) + typedSizes[i];
      size += CodedOutputStream.computeTagSize(Common.Row.VALUE_FIELD_NUMBER)
          + CodedOutputStream.computeUInt32SizeNoTag(columnSizes[i]) + columnSizes[i];
    }
    byte[] bytes = new byte[size];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    try {
      for (int i = 0; i < values.length; i++) {
        out.writeTag(Common.Row.VALUE_FIELD_NUMBER, DELIMITED);
        out.writeUInt32NoTag(columnSizes[i]);
        out.writeTag(Common.ColumnValue.SCALAR_VALUE_FIELD_NUMBER, DELIMITED);
        out.writeUInt32NoTag(typedSizes[i]);
        if (encoded[i] instanceof byte[] utf8) {
          out.writeEnum(Common.TypedValue.TYPE_FIELD_NUMBER, STRING);
          if (utf8.length > 0) {
            out.writeByteArray(STRING_VALUE, utf8);
          }
        } else {
          ((Common.TypedValue) encoded[i]).writeTo(out);
        }
      }
      out.checkNoSpaceLeft();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an array of the computed size: cannot happen, checked above
    }
    return UnsafeByteOperations.unsafeWrap(bytes);
  }
}
