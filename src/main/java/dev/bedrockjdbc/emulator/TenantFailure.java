package dev.bedrockjdbc.emulator;

/**
 * How one (account, region) fails every Bedrock request it is sent, so a fan-out over many targets can be shown
 * to report the targets that fail and still answer from the others ({@link BedrockEmulator#failTenant}). STS
 * requests are never failed: the keys of an account whose region fails can still be had.
 */
public enum TenantFailure {
  /**
   * A region the account has not enabled (an opt-in region): the service does not know the keys there, and
   * answers 403 UnrecognizedClientException "The security token included in the request is invalid."
   */
  NOT_ENABLED,
  /** Keys the service does not know: 403 UnrecognizedClientException, worded as {@link #NOT_ENABLED}. */
  UNRECOGNIZED_CLIENT,
  /**
   * No policy allows the request: 403 AccessDeniedException "User: arn:aws:iam::&lt;account&gt;:user/reader is
   * not authorized to perform: bedrock:&lt;Operation&gt; ...", the tenant's account.
   */
  ACCESS_DENIED,
  /** 429 ThrottlingException on every request: the SDK retries, then gives up. */
  THROTTLED,
  /**
   * No endpoint answers, as for a region that does not exist: the emulator closes the connection without any
   * HTTP response (the handler closes the exchange before sending headers, which makes the JDK's server close
   * the connection), so the SDK fails with an SdkClientException over an IOException ("Unexpected end of file
   * from server"), never a status. Recorded with status 0. HttpURLConnection (the SDK's UrlConnectionHttpClient)
   * sends a GET once more on a new connection when the first ends without a response, so each SDK attempt is
   * recorded twice.
   */
  NO_ENDPOINT;

  private static final String INVALID_TOKEN = "The security token included in the request is invalid.";

  /**
   * The error answering a request of this failure.
   *
   * @param account   the tenant's account
   * @param operation the Bedrock operation asked for
   * @throws IllegalStateException for NO_ENDPOINT, which answers nothing
   */
  ApiError error(String account, String operation) {
    return switch (this) {
      case NOT_ENABLED, UNRECOGNIZED_CLIENT -> new ApiError(403, "UnrecognizedClientException", INVALID_TOKEN);
      case ACCESS_DENIED -> ApiError.accessDenied(account, "bedrock:" + operation);
      case THROTTLED -> ApiError.throttling();
      case NO_ENDPOINT -> throw new IllegalStateException("NO_ENDPOINT answers nothing");
    };
  }
}
