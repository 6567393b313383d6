package dev.bedrockjdbc;

import dev.bedrockjdbc.catalog.TableSpec;
import dev.bedrockjdbc.catalog.tables.Tables;
import dev.bedrockjdbc.emulator.Catalogue;
import dev.bedrockjdbc.emulator.EmulatedModel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A generated data set with the values that decide a pushed filter's edges added to every kind the API filters
 * by time or name: a resource created at the same instant as another (ties in a sort and in merged streams), one
 * a half millisecond later (digits below the column's precision), one on a whole second (where a bound widened
 * to seconds lands), one whose name differs in letter case only. Each is a copy of a generated resource under a
 * new identifier, so every relation it had still holds.
 */
public final class EdgeCatalogue {
  private EdgeCatalogue() {
  }

  /** The resources {@link Catalogue#related} generates around these models, with edge copies, and edge models. */
  public static Catalogue of(List<EmulatedModel> models, long seed, String region, String caller) {
    Catalogue base = Catalogue.related(models, seed, region, caller);
    Map<String, List<ObjectNode>> resources = new LinkedHashMap<>();
    for (String op : Catalogue.LIST_OPERATIONS) {
      if (op.equals("ListCustomModels")) {
        continue;
      }
      List<ObjectNode> items = new ArrayList<>(base.items(op));
      TableSpec t = listedBy(op);
      if (t != null && t.rangeColumn() >= 0 && t.key() >= 0 && items.size() >= 4) {
        items.addAll(edges(t, base.summaries(op), items));
      }
      resources.put(op, items);
    }
    List<EmulatedModel> all = new ArrayList<>(models);
    all.addAll(edgeModels(models));
    return Catalogue.of(all, resources);
  }

  private static TableSpec listedBy(String op) {
    return Tables.all().stream().filter(t -> t.parent() == null && t.list().name().equals(op)).findFirst().orElse(null);
  }

  /** Four copies of the first items: a tie, half a millisecond later, on a whole second, a name in other case. */
  private static List<ObjectNode> edges(TableSpec t, List<ObjectNode> summaries, List<ObjectNode> items) {
    String time = member(t, t.rangeColumn());
    String key = member(t, t.key());
    String name = t.containsColumn() < 0 ? null : member(t, t.containsColumn());
    List<ObjectNode> out = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      int i = n;
      ObjectNode summary = summaries.get(i);
      String oldTime = summary.path(time).asText();
      Instant at = Instant.parse(oldTime);
      String newTime = switch (i) {
        case 0 -> summaries.get(1).path(time).asText();
        case 1 -> at.plusNanos(500_000).toString();
        case 2 -> at.truncatedTo(ChronoUnit.SECONDS).toString();
        default -> at.minusMillis(1).toString();
      };
      String oldKey = summary.path(key).asText();
      String id = oldKey.substring(oldKey.lastIndexOf('/') + 1);
      String newId = id.substring(0, id.length() - 2) + "z" + i;
      String oldName = name == null ? null : summary.path(name).asText(null);
      ObjectNode copy = items.get(i).deepCopy();
      replace(copy, v -> {
        if (v.equals(oldTime)) {
          return newTime;
        } else if (i == 3 && v.equals(oldName)) {
          return oldName.toUpperCase().equals(oldName) ? oldName.toLowerCase() : oldName.toUpperCase();
        }
        return v.replace(id, newId);
      });
      out.add(copy);
    }
    return out;
  }

  /** The summary member of a column: the camelCase of its snake_case name. */
  private static String member(TableSpec t, int column) {
    String snake = t.column(column).name();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < snake.length(); i++) {
      char ch = snake.charAt(i);
      sb.append(ch == '_' ? Character.toUpperCase(snake.charAt(++i)) : ch);
    }
    return sb.toString();
  }

  private static void replace(JsonNode node, UnaryOperator<String> f) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isTextual()) {
          e.setValue(TextNode.valueOf(f.apply(e.getValue().asText())));
        } else {
          replace(e.getValue(), f);
        }
      }
    } else if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isTextual()) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, TextNode.valueOf(f.apply(node.get(i).asText())));
        } else {
          replace(node.get(i), f);
        }
      }
    }
  }

  /** The same four edges for custom models, and a name that differs from another's by letter case only. */
  static List<EmulatedModel> edgeModels(List<EmulatedModel> models) {
    List<EmulatedModel> out = new ArrayList<>();
    for (int i = 0; i < 4 && i + 1 < models.size(); i++) {
      EmulatedModel m = models.get(i);
      Instant at = switch (i) {
        case 0 -> models.get(1).creationTime();
        case 1 -> m.creationTime().plusNanos(500_000);
        case 2 -> m.creationTime().truncatedTo(ChronoUnit.SECONDS);
        default -> m.creationTime().minusMillis(1);
      };
      String id = m.modelArn().substring(m.modelArn().lastIndexOf('/') + 1);
      String arn = m.modelArn().replace(id, id.substring(0, id.length() - 2) + "z" + i);
      String name = i == 3 ? (m.modelName().toUpperCase().equals(m.modelName()) ? m.modelName().toLowerCase()
          : m.modelName().toUpperCase()) : m.modelName();
      out.add(new EmulatedModel(arn, name, at, m.baseModelArn(), m.baseModelName(), m.customizationType(),
          m.ownerAccountId(), m.modelStatus(), m.jobName(), m.jobArn(), m.foundationModelArn(), m.failureMessage()));
    }
    return out;
  }
}
