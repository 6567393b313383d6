package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.aws.ApiShapes;
import dev.bedrockjdbc.catalog.ColumnSpec;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.Lookup;
import dev.bedrockjdbc.catalog.TableSpec;

import org.apache.calcite.sql.type.SqlTypeName;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelRequest;
import software.amazon.awssdk.services.bedrock.model.GetCustomModelResponse;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsRequest;
import software.amazon.awssdk.services.bedrock.model.ListCustomModelsResponse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code custom_models}: one row per CustomModelSummary that ListCustomModels returns. */
public final class CustomModels {
  private static final String CUSTOM_MODEL = "custom-model/";
  private static final long SECOND = 1000;

  public static final TableSpec TABLE = TableSpec.builder("custom_models", "Custom models you created or that are "
          + "shared with your account: one row per CustomModelSummary that the Bedrock ListCustomModels API returns.",
          CustomModelSummary.class)
      .list(ListOperation.of("ListCustomModels", ListCustomModelsRequest.class, ListCustomModelsResponse.class,
          BedrockClient::listCustomModels, "modelSummaries", "creationTimeAfter", "creationTimeBefore", "nameContains",
          "baseModelArnEquals", "foundationModelArnEquals", "isOwned", "modelStatus", "sortBy", "sortOrder"))
      .column("model_arn", "modelArn", 2048, false, "The Amazon Resource Name (ARN) of the custom model.")
      .column("model_name", "modelName", 63, false, "The name of the custom model.")
      .column("creation_time", "creationTime", 3, false, "Creation time of the model (UTC, millisecond precision).")
      .column("base_model_arn", "baseModelArn", 2048, true, "The base model Amazon Resource Name (ARN).")
      .column("base_model_name", "baseModelName", 2048, true, "The base model name.")
      .column("customization_type", "customizationType", 64, true, "Specifies whether to carry out continued "
          + "pre-training of a model or whether to fine-tune it (FINE_TUNING, CONTINUED_PRE_TRAINING, DISTILLATION, "
          + "REINFORCEMENT_FINE_TUNING, IMPORTED, or a newer value as sent).")
      .column("owner_account_id", "ownerAccountId", 12, true, "The unique identifier of the account that owns the model.")
      .column("model_status", "modelStatus", 32, true, "The current status of the custom model (Active, Creating, Failed).")
      .column(new ColumnSpec("is_owned", SqlTypeName.BOOLEAN, -1, true,
          "Whether the caller's account owns the model (false: shared with it).", (item, context) -> {
            String owner = ((CustomModelSummary) item).ownerAccountId();
            // Unknown (null) for a record without an owner, whatever the request.
            return owner == null ? null
                : Boolean.TRUE.equals(context.requested("isOwned")) || owner.equals(context.callerAccount());
          }))
      .column(new ColumnSpec("foundation_model_arn", SqlTypeName.VARCHAR, 2048, true, "The model's own foundation "
          + "model, named by its ARN (custom-model/<foundation model>/<id>): arn:<partition>:bedrock:<region>::"
          + "foundation-model/<foundation model>; NULL for imported models (custom-model/imported/<id>).",
          (item, context) -> {
            String arn = ((CustomModelSummary) item).modelArn();
            return arn == null ? null : foundationModelArn(arn);
          }))
      .filter(new FilterSpec.Key("model_arn", ApiShapes::isCustomModelArn))
      .filter(new FilterSpec.Contains("model_name", "nameContains", ApiShapes.CUSTOM_MODEL_NAME, 63))
      .filter(new FilterSpec.Range("creation_time", "creationTimeAfter", "creationTimeBefore"))
      // Not exact: once ignored by the service (aws/aws-cli#8929), and documented loosely.
      .filter(new FilterSpec.Equals("base_model_arn", "baseModelArnEquals", false, ApiShapes::isBaseModelArn, true))
      .filter(new FilterSpec.Equals("foundation_model_arn", "foundationModelArnEquals", false,
          v -> ApiShapes.FOUNDATION_MODEL_ARN.matcher(v).matches(), true))
      .filter(new FilterSpec.Equals("model_status", "modelStatus", true, ApiShapes.MODEL_STATUSES::contains, true))
      .filter(new FilterSpec.Flag("is_owned", "isOwned", true))
      .sort("creation_time", "CreationTime")
      // No unique key is declared to the planner (see BedrockTable); this is what getPrimaryKeys names.
      .key("model_arn")
      .lookup(new Lookup(GetOperation.of("GetCustomModel", GetCustomModelRequest.class, GetCustomModelResponse.class,
          BedrockClient::getCustomModel, "modelIdentifier"), CustomModels::summaryOf, Set.of("base_model_name", "owner_account_id", "is_owned"),
          CustomModels::around))
      .build();

  private CustomModels() {
  }

  /** The summary fields GetCustomModel has (it lacks baseModelName and ownerAccountId). */
  private static Object summaryOf(Object response) {
    GetCustomModelResponse m = (GetCustomModelResponse) response;
    return CustomModelSummary.builder().modelArn(m.modelArn()).modelName(m.modelName())
        .creationTime(m.creationTime()).baseModelArn(m.baseModelArn())
        .customizationType(m.customizationTypeAsString()).modelStatus(m.modelStatusAsString()).build();
  }

  /** A ListCustomModels call that lists the model: its creation second (widened) and its base model. */
  private static Map<String, Object> around(Object response) {
    GetCustomModelResponse m = (GetCustomModelResponse) response;
    if (m.creationTime() == null) {
      return null;
    }
    long t = Math.floorDiv(m.creationTime().toEpochMilli(), SECOND) * SECOND;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("creationTimeBefore", Instant.ofEpochMilli(t + 2 * SECOND));
    p.put("creationTimeAfter", Instant.ofEpochMilli(t - SECOND));
    if (m.baseModelArn() != null) {
      p.put("baseModelArnEquals", m.baseModelArn());
    }
    return p;
  }

  /**
   * The foundation model a custom model's ARN names, {@code arn:P:bedrock:R:A:custom-model/F/ID} giving
   * {@code arn:P:bedrock:R::foundation-model/F}; null for an imported model or an ARN of another form. From
   * the row alone, so the value never depends on the query. By hand rather than by a pattern: it runs for
   * every row.
   */
  static String foundationModelArn(String modelArn) {
    int service = modelArn.indexOf(':', "arn:".length());
    if (!modelArn.startsWith("arn:") || service < 0 || !modelArn.startsWith(":bedrock:", service)) {
      return null;
    }
    int region = service + ":bedrock:".length();
    int account = modelArn.indexOf(':', region);
    int resource = account < 0 ? -1 : modelArn.indexOf(':', account + 1) + 1;
    if (resource <= 0 || !modelArn.startsWith(CUSTOM_MODEL, resource)) {
      return null;
    }
    int from = resource + CUSTOM_MODEL.length();
    int to = modelArn.indexOf('/', from);
    if (to <= from || modelArn.indexOf('/', to + 1) >= 0 || to == modelArn.length() - 1
        || modelArn.regionMatches(from, "imported/", 0, "imported/".length())) {
      return null;
    }
    return modelArn.substring(0, account) + "::foundation-model/" + modelArn.substring(from, to);
  }
}
