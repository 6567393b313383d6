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

  /** The service's wording for a value that fails a constraint. */
  static ApiError constraint(String member, String value, String constraint) {
    return validation("1 validation error detected: Value '" + value + "' at '" + member
        + "' failed to satisfy constraint: " + constraint);
  }
}
