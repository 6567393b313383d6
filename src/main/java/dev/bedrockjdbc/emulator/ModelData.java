package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes an emulator data set as a JSON array of models (the field names of {@link EmulatedModel}). */
public final class ModelData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelData() {
  }

  public static List<EmulatedModel> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
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

  public static void write(List<EmulatedModel> models, Path file) throws IOException {
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
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), array);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
