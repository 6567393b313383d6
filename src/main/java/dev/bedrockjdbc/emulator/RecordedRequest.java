package dev.bedrockjdbc.emulator;

import java.util.Map;

/**
 * One request the emulator served, so tests can count API calls and read the parameters sent.
 *
 * @param operation the API operation's name ({@code ListCustomModels}, {@code GetGuardrail}, {@code AssumeRole}...),
 *                  or {@code Unknown}
 * @param params    decoded query parameters (wire names) in the order sent; for a Get, the identifier under its
 *                  URI label's member name ({@code modelIdentifier}, {@code jobIdentifier}...) and the Get's own
 *                  query members ({@code guardrailVersion})
 * @param status    the HTTP status answered
 * @param accessKeyId the access key id the request was signed with (from its SigV4 Authorization), or null
 * @param region    the region the request was signed for (its SigV4 credential scope's), or null if unsigned
 * @param account   the account the request was served as: the account of the role whose AssumeRole handed out
 *                  its key, else the emulator's caller account (also for an unsigned request)
 */
public record RecordedRequest(String operation, Map<String, String> params, int status, String accessKeyId,
    String region, String account) {
  public String param(String name) {
    return params.get(name);
  }
}
