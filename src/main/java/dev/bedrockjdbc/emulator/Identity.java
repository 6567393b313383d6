package dev.bedrockjdbc.emulator;

/**
 * Who signed a request, as the service tells them apart: by access key id. The emulator's base keys (any key
 * it did not hand out) are an IAM user of its caller account; the keys AssumeRole handed out are that role's
 * session, in the role's account.
 *
 * @param account the account the key belongs to: whose data a request is served, and what GetCallerIdentity says
 * @param arn     the principal's ARN, as GetCallerIdentity and an AccessDenied message name it
 * @param userId  GetCallerIdentity's UserId
 */
record Identity(String account, String arn, String userId) {

  /** The IAM user behind an account's base keys. */
  static Identity user(String account) {
    return new Identity(account, "arn:aws:iam::" + account + ":user/reader", "AIDAEMULATEDREADER");
  }

  /** The session of a role of that account, as AssumeRole names it. */
  static Identity assumedRole(String account, String role, String session) {
    return new Identity(account, "arn:aws:sts::" + account + ":assumed-role/" + role + "/" + session,
        "AROAEMULATED:" + session);
  }
}
