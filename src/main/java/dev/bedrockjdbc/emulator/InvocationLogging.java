package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * The shape of GetModelInvocationLoggingConfiguration's {@code loggingConfig} (the API's LoggingConfig, wire
 * names), against which a tenant's configuration is checked when it is set: a misspelt or mistyped member would
 * otherwise vanish silently from what the SDK parses, and the test that set it would compare against nothing.
 */
final class InvocationLogging {
  /** A member's wire shape: a scalar's node type, or an object's members. */
  private record Shape(JsonNodeType type, Map<String, Shape> members) {
    static Shape of(JsonNodeType type) {
      return new Shape(type, Map.of());
    }

    static Shape object(Map<String, Shape> members) {
      return new Shape(JsonNodeType.OBJECT, members);
    }
  }

  private static final Shape TEXT = Shape.of(JsonNodeType.STRING);
  private static final Shape FLAG = Shape.of(JsonNodeType.BOOLEAN);
  private static final Shape S3_CONFIG = Shape.object(Map.of("bucketName", TEXT, "keyPrefix", TEXT));
  private static final Shape LOGGING_CONFIG = Shape.object(Map.of(
      "cloudWatchConfig", Shape.object(Map.of("logGroupName", TEXT, "roleArn", TEXT,
          "largeDataDeliveryS3Config", S3_CONFIG)),
      "s3Config", S3_CONFIG,
      "textDataDeliveryEnabled", FLAG,
      "imageDataDeliveryEnabled", FLAG,
      "embeddingDataDeliveryEnabled", FLAG,
      "videoDataDeliveryEnabled", FLAG,
      "audioDataDeliveryEnabled", FLAG));

  private InvocationLogging() {
  }

  /** A copy of the configuration, once it is known to have only LoggingConfig's members, each of its type. */
  static ObjectNode checked(ObjectNode loggingConfig) {
    check(loggingConfig, LOGGING_CONFIG, "loggingConfig");
    return loggingConfig.deepCopy();
  }

  private static void check(JsonNode node, Shape shape, String path) {
    if (node.getNodeType() != shape.type()) {
      throw new IllegalArgumentException(path + " must be " + shape.type() + ", not " + node.getNodeType());
    }
    node.fields().forEachRemaining(member -> {
      Shape expected = shape.members().get(member.getKey());
      if (expected == null) {
        throw new IllegalArgumentException(path + " has no member '" + member.getKey() + "'; it has "
            + shape.members().keySet());
      }
      check(member.getValue(), expected, path + "." + member.getKey());
    });
  }
}
