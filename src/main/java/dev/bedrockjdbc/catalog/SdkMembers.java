package dev.bedrockjdbc.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of the SDK's model classes, by their wire names (the names in the API reference and in
 * bedrock-tables.md), read through the SDK's own field table ({@link SdkPojo#sdkFields()}) rather than one
 * getter call written per column. Values come out in Calcite's internal representation; structures, lists and
 * maps as JSON text with the wire member names, as the API sent them.
 */
public final class SdkMembers {
  private static final Map<Class<?>, Map<String, SdkField<?>>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

  private SdkMembers() {
  }

  /** The fields of an SDK model class (a request, a response or a structure), by wire name, in model order. */
  public static Map<String, SdkField<?>> fields(Class<?> modelClass) {
    return FIELDS.computeIfAbsent(modelClass, c -> byName(((SdkPojo) builder(c)).sdkFields()));
  }

  private static Map<String, SdkField<?>> byName(List<SdkField<?>> fields) {
    Map<String, SdkField<?>> byName = new LinkedHashMap<>();
    for (SdkField<?> f : fields) {
      byName.put(f.locationName(), f);
    }
    return Map.copyOf(byName);
  }

  /**
   * The fields along a path of wire names, from a member of {@code modelClass} down through nested structures
   * ({@code trainingDataConfig}, {@code s3Uri}); fails at class initialisation for a name the SDK does not have.
   */
  public static List<SdkField<?>> path(Class<?> modelClass, String... members) {
    List<SdkField<?>> out = new ArrayList<>();
    Map<String, SdkField<?>> fields = fields(modelClass);
    String owner = modelClass.getSimpleName();
    for (String member : members) {
      if (fields == null) {
        throw new IllegalArgumentException(owner + " is not a structure, so has no member " + member);
      }
      SdkField<?> f = fields.get(member);
      if (f == null) {
        throw new IllegalArgumentException(owner + " has no member " + member + "; it has " + fields.keySet());
      }
      out.add(f);
      fields = f.marshallingType() == MarshallingType.SDK_POJO ? byName(((SdkPojo) f.constructor().get()).sdkFields())
          : null;
      owner = member;
    }
    return List.copyOf(out);
  }

  /** Reads the last member of a {@link #path} (as {@link #reader(SdkField)} does), or null where a step is absent. */
  public static Function<Object, Object> reader(List<SdkField<?>> path) {
    Function<Object, Object> leaf = reader(path.get(path.size() - 1));
    List<SdkField<?>> steps = path.subList(0, path.size() - 1);
    return item -> {
      Object v = item;
      for (SdkField<?> f : steps) {
        v = f.getValueOrDefault(v);
        if (v == null) {
          return null;
        }
      }
      return leaf.apply(v);
    };
  }

  /** A new builder of an SDK model class (its static {@code builder()}). */
  static Object builder(Class<?> modelClass) {
    try {
      return modelClass.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(modelClass + " is not an SDK model class", e);
    }
  }

  /** The field of that wire name; fails at class initialisation for a name the SDK does not have. */
  public static SdkField<?> field(Class<?> modelClass, String member) {
    SdkField<?> f = fields(modelClass).get(member);
    if (f == null) {
      throw new IllegalArgumentException(modelClass.getSimpleName() + " has no member " + member
          + "; it has " + fields(modelClass).keySet());
    }
    return f;
  }

  /** The SQL type a member's values have: JSON text for structures, lists, maps and documents. */
  public static SqlTypeName sqlType(SdkField<?> f) {
    MarshallingType<?> t = f.marshallingType();
    if (t == MarshallingType.STRING) {
      return SqlTypeName.VARCHAR;
    } else if (t == MarshallingType.INSTANT) {
      return SqlTypeName.TIMESTAMP;
    } else if (t == MarshallingType.BOOLEAN) {
      return SqlTypeName.BOOLEAN;
    } else if (t == MarshallingType.INTEGER) {
      return SqlTypeName.INTEGER;
    } else if (t == MarshallingType.LONG) {
      return SqlTypeName.BIGINT;
    } else if (t == MarshallingType.DOUBLE || t == MarshallingType.FLOAT) {
      return SqlTypeName.DOUBLE;
    }
    return SqlTypeName.VARCHAR;
  }

  /** Reads the member from an instance of its class, converted to Calcite's representation of its SQL type. */
  public static Function<Object, Object> reader(SdkField<?> f) {
    MarshallingType<?> t = f.marshallingType();
    if (t == MarshallingType.INSTANT) {
      // Sub-millisecond digits are truncated: TIMESTAMP(3) is the column's precision.
      return item -> f.getValueOrDefault(item) instanceof Instant i ? i.toEpochMilli() : null;
    } else if (t == MarshallingType.FLOAT) {
      return item -> f.getValueOrDefault(item) instanceof Float x ? x.doubleValue() : null;
    } else if (sqlType(f) == SqlTypeName.VARCHAR && t != MarshallingType.STRING) {
      return item -> jsonText(f.getValueOrDefault(item));
    }
    return f::getValueOrDefault;
  }

  /** JSON text of an SDK value with wire member names; null for an absent value (the SDK's empty stand-ins too). */
  public static String jsonText(Object value) {
    JsonNode n = json(value);
    return n == null ? null : n.toString();
  }

  /** A JSON tree of an SDK value; null when absent. */
  public static JsonNode json(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
      return null;
    } else if (value instanceof SdkPojo pojo) {
      ObjectNode o = nodes.objectNode();
      for (SdkField<?> f : pojo.sdkFields()) {
        JsonNode v = json(f.getValueOrDefault(pojo));
        if (v != null) {
          o.set(f.locationName(), v);
        }
      }
      return o;
    } else if (value instanceof Collection<?> list) {
      ArrayNode a = nodes.arrayNode();
      list.forEach(e -> a.add(json(e)));
      return a;
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode o = nodes.objectNode();
      map.forEach((k, v) -> o.set(String.valueOf(k), json(v)));
      return o;
    } else if (value instanceof Document d) {
      return Mapper.JSON.valueToTree(d.isNull() ? null : d.unwrap());
    } else if (value instanceof Instant i) {
      return nodes.textNode(i.toString());
    }
    return Mapper.JSON.valueToTree(value);
  }

  /**
   * Jackson's mapper, made when a JSON value first needs it: making one loads ~300 classes (~150 ms on a cold JVM),
   * which a query whose columns are all scalars never needs.
   */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  /** The member's value in an SDK list response, checking it arrived as a list. */
  static List<?> list(SdkField<?> f, Object response) {
    Object v = f.getValueOrDefault(response);
    return v instanceof SdkAutoConstructList || !(v instanceof List<?> l) ? null : l;
  }
}
