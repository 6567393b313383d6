package dev.bedrockjdbc.driver;

import java.util.Locale;

/**
 * The connection properties of {@code jdbc:bedrock:} URLs and {@link java.util.Properties}, with the text
 * DBeaver's "Driver properties" tab shows for each (via {@code Driver.getPropertyInfo}).
 */
public enum BedrockProperty {
  REGION("region", null, "AWS region, e.g. us-east-1. Default: AWS_REGION, aws.region or the profile's region."),
  REGIONS("regions", null, "Regions to query at once, comma-separated (us-east-1,us-west-2), or * for every region of "
      + "the region property's partition where the SDK knows a Bedrock endpoint. Default: the region property alone."),
  PROFILE("profile", null, "Named profile from ~/.aws/config and ~/.aws/credentials (SSO and assume-role profiles work)."),
  USER("user", null, "AWS access key id (DBeaver's User field)."),
  PASSWORD("password", null, "AWS secret access key (DBeaver's Password field). Never logged or shown."),
  SESSION_TOKEN("sessionToken", null, "Session token for temporary access keys. Never logged or shown."),
  ROLE_ARN("roleArn", null, "IAM role to assume on top of the base credentials."),
  ROLE_ARNS("roleArns", null, "IAM roles to assume on top of the base credentials, comma-separated, one per account "
      + "to query at once (with externalId and roleSessionName). Replaces roleArn."),
  EXTERNAL_ID("externalId", null, "External id for roleArn, if the role's trust policy requires one."),
  ROLE_SESSION_NAME("roleSessionName", "bedrock-jdbc", "Session name for roleArn."),
  STS_ENDPOINT("stsEndpoint", null, "Endpoint override for STS when assuming roleArn (VPC endpoint, LocalStack)."),
  ENDPOINT("endpoint", null, "Endpoint override URL for Bedrock (VPC endpoint, LocalStack, the local emulator)."),
  PAGE_SIZE("pageSize", "1000", "maxResults per List request when the query needs that many rows (1..1000)."),
  DETAIL_CONCURRENCY("detailConcurrency", "4", "Get calls in flight at once while a details table reads many rows "
      + "(1..64)."),
  FAN_OUT_CONCURRENCY("fanOutConcurrency", "8", "API calls in flight at once across the connection's regions and "
      + "accounts (1..64)."),
  ON_REGION_ERROR("onRegionError", "fail", "fail: a region or account whose calls fail fails the query, naming it; "
      + "warn: the query returns the other regions' rows and one SQLWarning per failed region on the ResultSet."),
  ACCOUNT_ID("accountId", null, "The caller's 12-digit AWS account id; if unset it is learned when a query needs is_owned."),
  DEMO("demo", "false", "true: start the built-in emulator with sample data and connect to it (no AWS account needed)."),
  RETRY_MODE("retryMode", "adaptive", "SDK retry mode: adaptive (client-side rate limiting under throttling) or standard."),
  MAX_ATTEMPTS("maxAttempts", "6", "Attempts per API call, first try included (1..20); throttling and 5xx errors are retried."),
  RETRY_MAX_DELAY("retryMaxDelay", "20000", "Longest back-off between two attempts, in ms (1..60000)."),
  CONNECT_TIMEOUT("connectTimeout", "10000", "TCP connect timeout to the endpoint, in ms."),
  API_CALL_TIMEOUT("apiCallTimeout", "120000", "Longest time for one API call including its retries, in ms."),
  QUERY_TIMEOUT("queryTimeout", "0", "Query timeout in seconds every statement of the connection starts with (0: none; "
      + "Statement.setQueryTimeout changes it per statement). A query server's way to bound its clients' queries."),
  PREFETCH("prefetch", "true", "true: ask for the next page while the current one is read (at most one page ahead), "
      + "hiding API latency behind a slow consumer."),
  FAST_PATH("fastPath", "true", "true: run simple queries (SELECT * or columns FROM custom_models, optionally ORDER BY "
      + "creation_time and LIMIT/OFFSET) without Calcite's planner; false: plan every query with Calcite."),
  PUSHDOWN("pushdown", "true", "false: send no filter, sort or limit to the API; every page is read and Calcite "
      + "evaluates the whole query. The reference when a result is in doubt; costs a full listing per query."),
  LOG_LEVEL("logLevel", "off", "off, info (one log line per API call: operation, parameters, status, latency, request id, "
      + "attempts) or debug (also every attempt); java.util.logging logger dev.bedrockjdbc.api.");

  private final String key;
  private final String defaultValue;
  private final String description;

  BedrockProperty(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The name as written in URLs. */
  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** Whether the value is a credential that must never appear in messages, logs or toString(). */
  public boolean isSecret() {
    return this == PASSWORD || this == SESSION_TOKEN;
  }

  /** The property a key names, matched case-insensitively as Avatica matches its own; null if none. */
  public static BedrockProperty of(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    for (BedrockProperty p : values()) {
      if (p.key.toLowerCase(Locale.ROOT).equals(k)) {
        return p;
      }
    }
    return null;
  }

  /** The valid keys, for error messages. */
  public static String keyList() {
    StringBuilder sb = new StringBuilder();
    for (BedrockProperty p : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(p.key);
    }
    return sb.toString();
  }
}
