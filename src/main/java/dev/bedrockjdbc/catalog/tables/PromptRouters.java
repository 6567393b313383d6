package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.ListPromptRoutersRequest;
import software.amazon.awssdk.services.bedrock.model.ListPromptRoutersResponse;
import software.amazon.awssdk.services.bedrock.model.PromptRouterSummary;

/** {@code prompt_routers}: prompt routers: one row per PromptRouterSummary that ListPromptRouters returns. */
public final class PromptRouters {
  public static final TableSpec TABLE = TableSpec.builder("prompt_routers",
          "Prompt routers: one row per PromptRouterSummary that ListPromptRouters returns.",
          PromptRouterSummary.class)
      .list(ListOperation.of("ListPromptRouters", ListPromptRoutersRequest.class, ListPromptRoutersResponse.class,
          BedrockClient::listPromptRouters, "promptRouterSummaries", "type"))
      .column("prompt_router_name", "promptRouterName", 64, false, "The router's name.")
      .column("routing_criteria", "routingCriteria", 65536, false, "JSON text of the API's RoutingCriteria: the router's routing criteria (responseQualityDifference).")
      .column("description", "description", 200, true, "The router's description.")
      .column("created_at", "createdAt", 3, true, "When the router was created (UTC, millisecond precision).")
      .column("updated_at", "updatedAt", 3, true, "When the router was updated (UTC, millisecond precision).")
      .column("prompt_router_arn", "promptRouterArn", 2048, false, "The router's ARN.")
      .column("models", "models", 65536, false, "JSON text of the API's PromptRouterTargetModels: the router's models.")
      .column("fallback_model", "fallbackModel", 65536, false, "JSON text of the API's PromptRouterTargetModel: the router's fallback model.")
      .column("status", "status", 64, false, "The router's status (AVAILABLE, or a newer value as sent).")
      .column("type", "type", 64, false, "The summary's type (custom, default, or a newer value as sent).")
      .filter(new FilterSpec.Equals("type", "type", true, Shapes.oneOf("custom", "default"), true))
      .key("prompt_router_arn")
      .build();

  private PromptRouters() {
  }
}
