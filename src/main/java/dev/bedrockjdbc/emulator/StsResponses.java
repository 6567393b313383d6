package dev.bedrockjdbc.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STS operations the driver uses. AssumeRole, so that {@code roleArn} can be tested end to end: temporary
 * keys whose id is derived from the role, so a test can see which identity signed a request. The keys belong to
 * the role's account, as the service's do: the emulator serves their requests that account's data.
 * GetCallerIdentity, which names the account of the keys that sign it: how a client learns which account a set
 * of keys reaches.
 */
public final class StsResponses {
  /** A role ARN: its account, and its name (the last segment of an optional path). */
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::(\\d{12}):role/(?:.*/)?([^/]+)");

  private StsResponses() {
  }

  /**
   * @param form   the query protocol's form
   * @param caller who signed the request
   * @param issued the identities of the keys handed out so far, by key id: AssumeRole adds its keys'
   */
  static byte[] respond(Map<String, String> form, Identity caller, Map<String, Identity> issued) throws ApiError {
    String action = String.valueOf(form.get("Action"));
    String xml = switch (action) {
      case "AssumeRole" -> assumeRole(form, issued);
      case "GetCallerIdentity" -> "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
          + "<GetCallerIdentityResult><Arn>" + caller.arn() + "</Arn><UserId>" + caller.userId() + "</UserId>"
          + "<Account>" + caller.account() + "</Account></GetCallerIdentityResult>" + metadata()
          + "</GetCallerIdentityResponse>";
      default -> throw new ApiError(400, "InvalidAction", "Could not find operation " + action);
    };
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static String assumeRole(Map<String, String> form, Map<String, Identity> issued) throws ApiError {
    String roleArn = form.get("RoleArn");
    String session = form.getOrDefault("RoleSessionName", "session");
    if (roleArn == null) {
      throw ApiError.validation("RoleArn is required");
    }
    Matcher m = ROLE_ARN.matcher(roleArn);
    if (!m.matches()) {
      throw ApiError.constraint("roleArn", roleArn, "must be the ARN of an IAM role");
    }
    Identity role = Identity.assumedRole(m.group(1), m.group(2), session);
    String keyId = keyIdFor(roleArn);
    issued.put(keyId, role);
    return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
        + "<Credentials><AccessKeyId>" + keyId + "</AccessKeyId>"
        + "<SecretAccessKey>" + UUID.randomUUID() + "</SecretAccessKey>"
        + "<SessionToken>" + UUID.randomUUID() + "</SessionToken>"
        + "<Expiration>" + Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "</Expiration>"
        + "</Credentials><AssumedRoleUser><AssumedRoleId>" + role.userId() + "</AssumedRoleId>"
        + "<Arn>" + role.arn() + "</Arn></AssumedRoleUser>"
        + "</AssumeRoleResult>" + metadata() + "</AssumeRoleResponse>";
  }

  private static String metadata() {
    return "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>";
  }

  /** The key id the emulator hands out for a role, for tests to compare with. */
  public static String keyIdFor(String roleArn) {
    return "ASIA" + Integer.toHexString(roleArn.hashCode()).toUpperCase();
  }
}
