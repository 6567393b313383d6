package dev.bedrockjdbc.catalog.tables;

import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.GetOperation;
import dev.bedrockjdbc.catalog.ListOperation;
import dev.bedrockjdbc.catalog.TableSpec;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetPromptRouterRequest;
import software.amazon.awssdk.services.bedrock.model.GetPromptRouterResponse;
import software.amazon.awssdk.services.bedrock.model.ListPromptRoutersRequest;
import software.amazon.awssdk.services.bedrock.model.ListPromptRoutersResponse;
import software.amazon.awssdk.services.bedrock.model.PromptRouterSummary;

/** {@code prompt_routers}: prompt routers: one row per PromptRouterSummary that ListPromptRouters returns. */
public final class PromptRouters {
  private static final String[] TYPES = {"custom", "default"};

  public static final TableSpec TABLE = TableSpec.builder("prompt_routers",
          "Prompt routers: one row per PromptRouterSummary that ListPromptRouters returns, listed once per type (custom, default: two calls) unless a type predicate names one.",
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
      .filter(new FilterSpec.Equals("type", "type", true, Shapes.oneOf(TYPES), true))
      // What the API lists without a type is not documented (ListInferenceProfiles lists one type only): each
      // type is listed on its own, so no router is missing whatever the default is.
      .partitionedBy("type", TYPES)
      .filter(new FilterSpec.Key("prompt_router_arn", Shapes.arnOf("prompt-router", "default-prompt-router")))
      .key("prompt_router_arn")
      .lookup(GetOperation.of("GetPromptRouter", GetPromptRouterRequest.class, GetPromptRouterResponse.class, BedrockClient::getPromptRouter,
          "promptRouterArn"))
      .build();

  private PromptRouters() {
  }
}
