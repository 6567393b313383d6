package dev.bedrockjdbc.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The one STS operation the driver uses, AssumeRole, so that {@code roleArn} can be tested end to end:
 * temporary keys whose id is derived from the role, so a test can see which identity signed a request.
 */
public final class StsResponses {
  private StsResponses() {
  }

  static byte[] respond(Map<String, String> form, String callerAccount) throws ApiError {
    if (!"AssumeRole".equals(form.get("Action"))) {
      throw new ApiError(400, "InvalidAction", "Could not find operation " + form.get("Action"));
    }
    String roleArn = form.get("RoleArn");
    String session = form.getOrDefault("RoleSessionName", "session");
    if (roleArn == null || !roleArn.contains(":role/")) {
      throw ApiError.validation("RoleArn is required");
    }
    String role = roleArn.substring(roleArn.indexOf(":role/") + 6);
    String keyId = keyIdFor(roleArn);
    String xml = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
        + "<Credentials><AccessKeyId>" + keyId + "</AccessKeyId>"
        + "<SecretAccessKey>" + UUID.randomUUID() + "</SecretAccessKey>"
        + "<SessionToken>" + UUID.randomUUID() + "</SessionToken>"
        + "<Expiration>" + Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "</Expiration>"
        + "</Credentials><AssumedRoleUser><AssumedRoleId>AROAEMULATED:" + session + "</AssumedRoleId>"
        + "<Arn>arn:aws:sts::" + callerAccount + ":assumed-role/" + role + "/" + session + "</Arn></AssumedRoleUser>"
        + "</AssumeRoleResult><ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>"
        + "</AssumeRoleResponse>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** The key id the emulator hands out for a role, for tests to compare with. */
  public static String keyIdFor(String roleArn) {
    return "ASIA" + Integer.toHexString(roleArn.hashCode()).toUpperCase();
  }
}
