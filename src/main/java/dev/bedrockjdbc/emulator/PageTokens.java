package dev.bedrockjdbc.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque pagination tokens bound to the query that issued them (operation and defining parameters) and to this
 * emulator instance: a token reused with other filters or another operation, or forged, is a ValidationException,
 * as a real service would answer.
 * A token carries where the next page starts and which page it is: neither can be worked out from
 * maxResults, since pages may be short (Semantics.shortPages) and a client may change maxResults between pages.
 */
final class PageTokens {
  private final long salt = new SecureRandom().nextLong();

  /** Where a page starts in the result set, and its 0-based number in the request stream. */
  record Position(int offset, int page) {
    static final Position FIRST = new Position(0, 0);
  }

  String issue(ListQuery query, Position next) {
    return issue(query.fingerprint, next);
  }

  /** A token for the next page of the request stream the fingerprint (operation and defining parameters) names. */
  String issue(String fingerprint, Position next) {
    String raw = Long.toHexString(mac(fingerprint, next)) + ":" + next.offset() + ":" + next.page();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The position the query's nextToken names; the first page for no token. */
  Position position(ListQuery query) throws ApiError {
    return position(query.fingerprint, query.nextToken);
  }

  /** The position a token names, if this emulator issued it for this fingerprint; the first page for no token. */
  Position position(String fingerprint, String nextToken) throws ApiError {
    if (nextToken == null) {
      return Position.FIRST;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", -1);
      if (parts.length == 3) {
        Position p = new Position(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        if (!parts[0].isEmpty() && Long.parseUnsignedLong(parts[0], 16) == mac(fingerprint, p)) {
          return p;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the service's answer for a bad token
    }
    throw ApiError.validation("The pagination token is invalid or does not belong to this request.");
  }

  private long mac(String fingerprint, Position p) {
    long h = salt ^ 0x9E3779B97F4A7C15L;
    for (int i = 0; i < fingerprint.length(); i++) {
      h = (h ^ fingerprint.charAt(i)) * 0x100000001B3L;
    }
    h = (h ^ p.offset()) * 0xFF51AFD7ED558CCDL;
    return (h ^ p.page()) * 0xC4CEB9FE1A85EC53L;
  }
}
