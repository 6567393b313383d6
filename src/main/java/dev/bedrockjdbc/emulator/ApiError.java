package dev.bedrockjdbc.emulator;

/** An error response the emulator sends: HTTP status, the AWS error code and its message. */
final class ApiError extends Exception {
  final int status;
  final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiError validation(String message) {
    return new ApiError(400, "ValidationException", message);
  }

  /** The service's answer to a user of the account whom no policy allows the action ({@code bedrock:GetGuardrail}). */
  static ApiError accessDenied(String account, String action) {
    return new ApiError(403, "AccessDeniedException", "User: arn:aws:iam::" + account + ":user/reader is not "
        + "authorized to perform: " + action + " because no identity-based policy allows the action");
  }

  static ApiError throttling() {
    return new ApiError(429, "ThrottlingException", "Too many requests, please wait before trying again.");
  }

  /** The service's wording for a value that fails a constraint. */
  static ApiError constraint(String member, String value, String constraint) {
    return validation("1 validation error detected: Value '" + value + "' at '" + member
        + "' failed to satisfy constraint: " + constraint);
  }
}
