package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A validated request to one of the catalogue's List operations ({@link ResourceKind}): every filter's
 * constraint checked and answered with a ValidationException as {@link ListQuery} does for ListCustomModels,
 * then the selection in the order the service returns it.
 */
final class CatalogueQuery {
  /** A resource ready to serve: its Get response, its summary, and what the time filters, sort and tie-break read. */
  record Entry(ObjectNode item, ObjectNode summary, Instant time, String key) {
  }

  /** A filter with the value it was sent (or assumes when absent). */
  private record Bound(ResourceKind.Filter filter, String value, Instant time) {
  }

  final ResourceKind kind;
  final int maxResults;
  final String nextToken;
  final boolean sorted;
  final boolean descending;
  /** The operation and the parameters that define the result set (all but the paging ones), for binding tokens. */
  final String fingerprint;
  private final List<Bound> bounds = new ArrayList<>();

  CatalogueQuery(ResourceKind kind, Map<String, String> params, int defaultPageSize) throws ApiError {
    this.kind = kind;
    for (ResourceKind.Filter f : kind.filters) {
      String v = params.get(f.wire());
      if (f.match() == ResourceKind.Match.AFTER || f.match() == ResourceKind.Match.BEFORE) {
        Instant t = ListQuery.timestamp(params, f.wire());
        if (t != null) {
          bounds.add(new Bound(f, v, t));
        }
      } else if (v != null) {
        bounds.add(new Bound(f, f.check().check(v), null));
      } else if (f.absent() != null || f.match() == ResourceKind.Match.GUARDRAIL) {
        bounds.add(new Bound(f, f.absent(), null));
      }
    }
    if (kind.paged) {
      maxResults = ListQuery.maxResults(params.get("maxResults"), defaultPageSize);
      String token = params.get(ServiceConstraints.NEXT_TOKEN.member());
      nextToken = token == null ? null : ServiceConstraints.NEXT_TOKEN.check(token);
    } else {
      // ListFoundationModels has no paging members at all (bedrock-tables.md: "it rejects maxResults").
      for (String paging : List.of("maxResults", "nextToken")) {
        if (params.containsKey(paging)) {
          throw ApiError.validation("1 validation error detected: '" + paging + "' is not a parameter of "
              + kind.listOperation + ", which does not page its results");
        }
      }
      maxResults = Integer.MAX_VALUE;
      nextToken = null;
    }
    String sortBy = null;
    String sortOrder = null;
    if (kind.sortable) {
      String by = params.get(ServiceConstraints.SORT_BY.member());
      String order = params.get(ServiceConstraints.SORT_ORDER.member());
      sortBy = by == null ? null : ServiceConstraints.SORT_BY.check(by);
      sortOrder = order == null ? null : ServiceConstraints.SORT_ORDER.check(order);
    }
    sorted = sortBy != null;
    descending = "Descending".equals(sortOrder);
    Map<String, String> defining = new TreeMap<>(params);
    defining.remove("nextToken");
    defining.remove("maxResults");
    fingerprint = kind.listOperation + " " + defining;
  }

  /** The matching resources in the order the service returns them; ResourceNotFound for an unknown guardrail. */
  List<Entry> select(List<Entry> entries, Semantics semantics) throws ApiError {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (matches(e, semantics)) {
        out.add(e);
      }
    }
    for (Bound b : bounds) {
      if (b.filter.match() == ResourceKind.Match.GUARDRAIL && b.value != null && out.isEmpty()) {
        throw new ApiError(404, "ResourceNotFoundException", "Could not find " + kind.noun + " " + b.value + ".");
      }
    }
    if (sorted) {
      // Ties on the time are broken by ARN, so that pages never overlap.
      Comparator<Entry> c = Comparator.comparing(Entry::time, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Entry::key);
      out.sort(descending ? c.reversed() : c);
    }
    return out;
  }

  private boolean matches(Entry e, Semantics semantics) {
    for (Bound b : bounds) {
      ResourceKind.Filter f = b.filter;
      boolean ok = switch (f.match()) {
        case EQUALS -> b.value.equals(ResourceKind.text(e.summary(), f.member()));
        case EQUALS_IGNORE_CASE -> b.value.equalsIgnoreCase(String.valueOf(ResourceKind.text(e.summary(), f.member())));
        case NAME_CONTAINS -> contains(ResourceKind.text(e.summary(), f.member()), b.value, semantics);
        case LIST_HAS -> listHas(e.summary().get(f.member()), b.value);
        case AFTER -> after(e.time(), b.time, semantics);
        case BEFORE -> before(e.time(), b.time, semantics);
        case GUARDRAIL -> guardrail(kind.resource(e.item()), b.value);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean guardrail(ObjectNode r, String identifier) {
    if (identifier == null) {
      return kind.defaultVersion.equals(ResourceKind.text(r, kind.versionMember));
    }
    for (String member : kind.ids) {
      if (identifier.equals(ResourceKind.text(r, member))) {
        return true;
      }
    }
    return false;
  }

  private static boolean listHas(JsonNode list, String value) {
    if (list != null) {
      for (JsonNode v : list) {
        if (value.equals(v.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean contains(String text, String part, Semantics semantics) {
    if (text == null) {
      return false;
    }
    return semantics.nameCaseSensitive()
        ? text.contains(part)
        : text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  private static boolean after(Instant time, Instant after, Semantics semantics) {
    if (time == null) {
      return false;
    }
    Instant bound = semantics.boundsToSeconds() ? after.truncatedTo(ChronoUnit.SECONDS) : after;
    return semantics.boundsInclusive() ? !time.isBefore(bound) : time.isAfter(bound);
  }

  private static boolean before(Instant time, Instant before, Semantics semantics) {
    if (time == null) {
      return false;
    }
    Instant bound = semantics.boundsToSeconds() ? before.truncatedTo(ChronoUnit.SECONDS) : before;
    return semantics.boundsInclusive() ? !time.isAfter(bound) : time.isBefore(bound);
  }
}
