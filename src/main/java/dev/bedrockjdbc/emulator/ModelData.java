package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes an emulator data set as JSON, in one of two formats:
 * <ul>
 *   <li>models only: a JSON array of custom models (the field names of {@link EmulatedModel});</li>
 *   <li>a whole {@link Catalogue}: a JSON object keyed by List operation, {@code "ListCustomModels"} holding that
 *       same array of models, and every other key (one of {@link Catalogue#LIST_OPERATIONS}) an array of
 *       resources in their Get response's wire shape, as {@link BedrockEmulator#items(String)} shows them.</li>
 * </ul>
 * Both readers take both formats.
 */
public final class ModelData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelData() {
  }

  /** The custom models of either format. */
  public static List<EmulatedModel> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root != null && root.isObject()) {
      return models(file, root.path("ListCustomModels"));
    }
    return models(file, root);
  }

  /** A whole data set; a models-only file gives a catalogue with no other resources. */
  public static Catalogue readCatalogue(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      return Catalogue.of(models(file, root));
    }
    List<EmulatedModel> models = models(file, root.path("ListCustomModels"));
    Map<String, List<ObjectNode>> resources = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("ListCustomModels")) {
        continue;
      }
      if (!Catalogue.LIST_OPERATIONS.contains(e.getKey())) {
        throw new IOException(file + ": unknown key '" + e.getKey() + "'; expected one of " + Catalogue.LIST_OPERATIONS);
      }
      if (!e.getValue().isArray()) {
        throw new IOException(file + ": " + e.getKey() + " must be a JSON array");
      }
      List<ObjectNode> items = new ArrayList<>();
      for (JsonNode n : e.getValue()) {
        if (!n.isObject()) {
          throw new IOException(file + ": " + e.getKey() + " item " + items.size() + " is not a JSON object");
        }
        items.add((ObjectNode) n);
      }
      resources.put(e.getKey(), items);
    }
    try {
      return Catalogue.of(models, resources);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static List<EmulatedModel> models(Path file, JsonNode root) throws IOException {
    if (root == null || root.isMissingNode()) {
      return List.of();
    }
    if (!root.isArray()) {
      throw new IOException(file + ": expected a JSON array of models");
    }
    List<EmulatedModel> models = new ArrayList<>();
    for (JsonNode n : root) {
      try {
        models.add(new EmulatedModel(text(n, "modelArn"), text(n, "modelName"),
            Instant.parse(text(n, "creationTime")), text(n, "baseModelArn"), text(n, "baseModelName"),
            text(n, "customizationType"), text(n, "ownerAccountId"), text(n, "modelStatus"), text(n, "jobName"),
            text(n, "jobArn"), text(n, "foundationModelArn"), text(n, "failureMessage")));
      } catch (RuntimeException e) {
        throw new IOException(file + ": model " + models.size() + " is invalid: " + e.getMessage(), e);
      }
    }
    return models;
  }

  /** The models-only format. */
  public static void write(List<EmulatedModel> models, Path file) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), modelsJson(models));
  }

  /** The whole data set, every List operation's resources (generating them if not yet done). */
  public static void write(Catalogue catalogue, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.set("ListCustomModels", modelsJson(catalogue.models()));
    for (String op : Catalogue.LIST_OPERATIONS) {
      if (!op.equals("ListCustomModels")) {
        ArrayNode items = root.putArray(op);
        catalogue.resources(op).forEach(items::add);
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
  }

  private static ArrayNode modelsJson(List<EmulatedModel> models) {
    ArrayNode array = JSON.createArrayNode();
    for (EmulatedModel m : models) {
      ObjectNode n = array.addObject();
      n.put("modelArn", m.modelArn());
      n.put("modelName", m.modelName());
      n.put("creationTime", m.creationTime().toString());
      n.put("baseModelArn", m.baseModelArn());
      n.put("baseModelName", m.baseModelName());
      n.put("customizationType", m.customizationType());
      n.put("ownerAccountId", m.ownerAccountId());
      n.put("modelStatus", m.modelStatus());
      n.put("jobName", m.jobName());
      n.put("jobArn", m.jobArn());
      n.put("foundationModelArn", m.foundationModelArn());
      n.put("failureMessage", m.failureMessage());
    }
    return array;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
