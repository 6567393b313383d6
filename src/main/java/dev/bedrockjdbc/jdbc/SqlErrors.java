package dev.bedrockjdbc.jdbc;

import dev.bedrockjdbc.aws.CredentialsUnavailable;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.thirdparty.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Turns any failure into the {@link SQLException} subclass and SQLState that fit it, with a message that
 * says what happened and what to do, and the AWS request id where there is one. One function, so every
 * JDBC entry point classifies the same way. Messages are built from the SDK's and Calcite's messages,
 * which never contain a secret key or session token.
 */
public final class SqlErrors {
  /** SQLStates this driver uses (README "Errors and retries"). */
  public static final String AUTHORIZATION = "28000";
  public static final String CONNECTION = "08001";
  public static final String CONNECTION_CLOSED = "08003";
  public static final String PROTOCOL = "08P01";
  public static final String THROTTLED = "53400";
  public static final String SERVICE = "58000";
  public static final String TIMEOUT = "HYT00";
  public static final String CANCELED = "57014";
  public static final String NOT_SUPPORTED = "0A000";
  public static final String SYNTAX = "42000";
  public static final String NO_TABLE = "42S02";
  public static final String NO_COLUMN = "42S22";
  public static final String TOO_COMPLEX = "54001";
  public static final String PROGRAM_LIMIT = "54000";
  public static final String INVALID_FETCH = "2201W";
  public static final String INVALID_OFFSET = "2201X";
  public static final String INVALID_REGEX = "2201B";
  public static final String INVALID_VALUE = "22023";
  public static final String INVALID_CAST = "22018";
  public static final String INVALID_INDEX = "07009";
  public static final String INTERNAL = "XX000";

  /** AWS error codes (Bedrock's and STS's, SDK 2.57.8) for credentials AWS does not accept. */
  private static final Set<String> REJECTED_CREDENTIALS = Set.of("ExpiredTokenException", "ExpiredToken",
      "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException", "SignatureDoesNotMatch",
      "IncompleteSignature", "InvalidAccessKeyId", "MissingAuthenticationToken");
  private static final Set<String> ACCESS_DENIED = Set.of("AccessDeniedException", "AccessDenied");

  private SqlErrors() {
  }

  /** The classified exception for a failure, however deeply the cause sits. */
  public static SQLException translate(Throwable t) {
    try {
      for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
        SQLException e = classify(c);
        if (e != null) {
          return e;
        }
      }
    } catch (RuntimeException bug) {
      // A failure to classify must still reach the caller as a SQLException.
      SQLException e = new SQLException(String.valueOf(t.getMessage()), INTERNAL, t);
      e.addSuppressed(bug);
      return e;
    }
    if (t instanceof SQLException e && e.getSQLState() != null) {
      return e;
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return new SQLException(message, INTERNAL, t);
  }

  private static SQLException classify(Throwable c) {
    if (c instanceof QueryFailure f) {
      return f.sqlException();
    }
    if (c instanceof AwsServiceException e) {
      return service(e);
    }
    if (c instanceof ApiCallTimeoutException || c instanceof ApiCallAttemptTimeoutException
        || c instanceof SocketTimeoutException) {
      return new SQLTimeoutException("The Bedrock API did not answer in time (" + c.getMessage() + "). Raise "
          + "apiCallTimeout or the statement's query timeout, or try again.", TIMEOUT, c);
    }
    if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException) {
      return new SQLNonTransientConnectionException("Cannot reach the Bedrock endpoint: " + c.getMessage()
          + ". Check the endpoint and region properties and the network.", CONNECTION, c);
    }
    if (c instanceof SdkClientException e) {
      return client(e);
    }
    if (c instanceof AbortedException) {
      return canceled(c);
    }
    if (c instanceof SqlParseException e && e.getCause() instanceof StackOverflowError) {
      return tooDeep(c); // the parser's own recursion ran out of stack: "SQL syntax error: null" before
    }
    if (c instanceof SqlParseException e) {
      String at = e.getPos() == null ? "" : " at line " + e.getPos().getLineNum() + ", column " + e.getPos().getColumnNum();
      return new SQLSyntaxErrorException("SQL syntax error" + at + ": " + firstLine(String.valueOf(e.getMessage())),
          SYNTAX, c);
    }
    if (c instanceof CalciteContextException e) {
      String validator = e.getCause() instanceof SqlValidatorException v ? v.getMessage() : null;
      String state = ValidatorMessages.unknownColumn(validator) ? NO_COLUMN
          : ValidatorMessages.unknownTable(validator) ? NO_TABLE : SYNTAX;
      return new SQLSyntaxErrorException(e.getMessage() + (state == NO_TABLE ? ". The table is custom_models." : ""),
          state, c);
    }
    if (c instanceof StackOverflowError) {
      return tooDeep(c);
    }
    if (c instanceof PatternSyntaxException e) {
      return pattern(e);
    }
    if (c instanceof UnsupportedOperationException || c instanceof SQLFeatureNotSupportedException) {
      // Calcite's validator cannot infer the type of a ? in some places (a CASE condition) and throws
      // Util.needToImplement(param): "class org.apache.calcite.sql.SqlDynamicParam: ?".
      String message = c.getMessage() == null ? "Not supported by bedrock-jdbc"
          : c.getMessage().startsWith(SqlDynamicParam.class.toString())
              ? "The type of a ? parameter cannot be inferred where it stands (as in CASE WHEN model_status = ? ...): "
                  + "write CAST(? AS VARCHAR), or the column's type."
          : c.getMessage();
      return new SQLFeatureNotSupportedException(message, NOT_SUPPORTED, c);
    }
    if (c instanceof SQLDataException e && e.getSQLState() == null) {
      return cannotConvert(e); // Avatica's accessors: a getter the column's type does not convert to
    }
    if (c instanceof SQLException e && "Statement canceled".equals(e.getMessage())) { // Avatica's; EndsCleanlyTest pins it
      return canceled(c);
    }
    // Calcite's run-time functions reject a value with these (a division by zero, CAST('x' AS INTEGER)).
    if (c instanceof ArithmeticException || c instanceof NumberFormatException
        || c.getClass() == IllegalArgumentException.class) {
      return new SQLDataException(c.getMessage(), INVALID_VALUE, c);
    }
    return null;
  }

  /**
   * The service sent something that cannot be a correct answer (a page without its list, a repeated token):
   * the query stops, and what was read is never returned as if it were complete.
   */
  public static QueryFailure malformed(String what) {
    return new QueryFailure(new SQLNonTransientException(what + "; the query stopped here and no partial result "
        + "is returned. Try again; report it if it repeats.", PROTOCOL));
  }

  private static SQLException tooDeep(Throwable c) {
    return new SQLSyntaxErrorException("The statement is too deeply nested to parse or plan; simplify it.",
        TOO_COMPLEX, c);
  }

  /**
   * A LIKE, SIMILAR TO or regular expression pattern Java's regex engine cannot take. Its message holds the
   * whole pattern (a megabyte, say): only the description is kept.
   */
  private static SQLException pattern(PatternSyntaxException e) {
    if (String.valueOf(e.getDescription()).startsWith("Stack overflow")) {
      return new SQLNonTransientException("The pattern is too long or complex to match (" + e.getPattern().length()
          + " characters; the regular expression engine ran out of stack). Shorten it or split the condition.",
          PROGRAM_LIMIT, e);
    }
    return new SQLDataException("Invalid regular expression: " + e.getDescription() + " near index " + e.getIndex()
        + ".", INVALID_REGEX, e);
  }

  /** Avatica says "cannot convert to long (<accessor>@1a2b3c)": the accessor's identity helps nobody. */
  private static SQLException cannotConvert(SQLDataException e) {
    String m = String.valueOf(e.getMessage());
    int accessor = m.indexOf(" (");
    return new SQLDataException((accessor < 0 ? m : m.substring(0, accessor)) + ": read the column with a getter "
        + "its type converts to (ResultSetMetaData.getColumnType), or getString / getObject.", INVALID_CAST, e);
  }

  /** The statement was canceled (Statement.cancel()), or closed while its query ran. */
  public static SQLException canceled(Throwable cause) {
    return new SQLException("The query was canceled (Statement.cancel(), or the statement was closed); its "
        + "result is incomplete and was discarded.", CANCELED, cause);
  }

  /** The connection was closed (close() or abort()), before or while a query used it. */
  public static SQLException connectionClosed() {
    return new SQLNonTransientConnectionException("The connection is closed (Connection.close() or abort()); a "
        + "query that was running on it ended, its result discarded. Open a new connection.", CONNECTION_CLOSED);
  }

  /**
   * {@code e} as it is, unless it is access denied: then a {@link QueryFailure} whose message names {@code action},
   * the IAM action of the operation that was refused (each table needs its own List and Get actions).
   */
  public static RuntimeException ifAccessDenied(AwsServiceException e, String action) {
    return isAccessDenied(e) && !REJECTED_CREDENTIALS.contains(code(e)) ? new QueryFailure(denied(e, action)) : e;
  }

  private static boolean isAccessDenied(AwsServiceException e) {
    return e.statusCode() == 403 || ACCESS_DENIED.contains(code(e));
  }

  private static SQLException denied(AwsServiceException e, String action) {
    return new SQLInvalidAuthorizationSpecException("Access denied: " + what(e) + requestId(e) + ". The identity "
        + "needs the IAM permission " + action + " (AWS's managed policy AmazonBedrockReadOnly grants every "
        + "bedrock:List* and bedrock:Get* action).", AUTHORIZATION, e);
  }

  private static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }

  private static String what(AwsServiceException e) {
    String code = code(e);
    return (code == null ? "HTTP " + e.statusCode() : code) + ": "
        + (e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? e.getMessage()
        : e.awsErrorDetails().errorMessage());
  }

  private static String requestId(AwsServiceException e) {
    return e.requestId() == null ? "" : " (AWS request id " + e.requestId() + ")";
  }

  private static SQLException service(AwsServiceException e) {
    String code = code(e);
    String what = what(e);
    String id = requestId(e);
    if (REJECTED_CREDENTIALS.contains(code)) {
      return new SQLInvalidAuthorizationSpecException("AWS rejected the credentials: " + what + id + ". Refresh "
          + "them: for an SSO profile run `aws sso login --profile <profile>`; for temporary keys get a new "
          + "sessionToken.", AUTHORIZATION, e);
    }
    if (isAccessDenied(e)) {
      return denied(e, "bedrock:ListCustomModels");
    }
    if (e.isThrottlingException() || e.statusCode() == 429) {
      return new SQLTransientException("Bedrock throttled the request and retries did not get through: " + what
          + id + ". Try again later, lower the query rate, or raise maxAttempts.", THROTTLED, e);
    }
    if (e.statusCode() >= 500) {
      return new SQLTransientException("Bedrock failed with a server error after retries: " + what + id
          + ". Try again; it is usually temporary.", SERVICE, e);
    }
    if ("ValidationException".equals(code)) {
      return new SQLDataException("Bedrock rejected a request parameter: " + what + id, INVALID_VALUE, e);
    }
    return new SQLNonTransientException("Bedrock returned an error: " + what + id, SERVICE, e);
  }

  private static SQLException client(SdkClientException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof CredentialsUnavailable) {
      return new SQLInvalidAuthorizationSpecException("No usable AWS credentials: " + m + ". Set user/password "
          + "(access key id / secret key), or profile (for SSO first run `aws sso login --profile <profile>`), "
          + "or the AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY environment variables.", AUTHORIZATION, e);
    }
    if (causedBy(e, JsonProcessingException.class) || causedBy(e, DateTimeException.class)) {
      return new SQLNonTransientException("Bedrock sent a response the driver cannot read: " + m + ". The query "
          + "stopped here; no partial result is returned.", PROTOCOL, e);
    }
    if (e.getCause() instanceof IOException io && !(io instanceof ConnectException || io instanceof UnknownHostException
        || io instanceof NoRouteToHostException || io instanceof SocketTimeoutException)) {
      // What answered is no HTTP server, or not one that finishes its answer (a wrong endpoint port, a proxy).
      return new SQLNonTransientConnectionException("The endpoint's answer is not a readable HTTP response ("
          + io.getMessage() + "). Check that endpoint names a Bedrock API endpoint; if it does, try again.",
          PROTOCOL, e);
    }
    return null; // classified by its cause (connection refused, timeout, ...) if any
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t.getCause(); c != null && c != t; t = c, c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
