package dev.bedrockjdbc.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque pagination tokens bound to the query that issued them and to this emulator instance: a token
 * reused with other filters, or forged, is a ValidationException, as a real service would answer.
 */
final class PageTokens {
  private final long salt = new SecureRandom().nextLong();

  String issue(ListQuery query, int offset) {
    String raw = Long.toHexString(mac(query.fingerprint, offset)) + ":" + offset;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  int offset(ListQuery query) throws ApiError {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(query.nextToken), StandardCharsets.UTF_8);
      int colon = raw.indexOf(':');
      int offset = Integer.parseInt(raw.substring(colon + 1));
      if (colon > 0 && Long.parseUnsignedLong(raw.substring(0, colon), 16) == mac(query.fingerprint, offset)) {
        return offset;
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // falls through to the service's answer for a bad token
    }
    throw ApiError.validation("The pagination token is invalid or does not belong to this request.");
  }

  private long mac(String fingerprint, int offset) {
    long h = salt ^ 0x9E3779B97F4A7C15L;
    for (int i = 0; i < fingerprint.length(); i++) {
      h = (h ^ fingerprint.charAt(i)) * 0x100000001B3L;
    }
    return (h ^ offset) * 0xFF51AFD7ED558CCDL;
  }
}
