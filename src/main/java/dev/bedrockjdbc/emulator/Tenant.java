package dev.bedrockjdbc.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one (account, region) is served: its catalogue, seen from its account (ListCustomModels' isOwned), its
 * model invocation logging configuration, and the state its List operations keep. That state is the tenant's
 * own, so two tenants never see each other's rows: the last selection of each operation, and page tokens signed
 * with the tenant's own salt, so a token one tenant was given is a ValidationException in another, as the
 * service would answer.
 */
final class Tenant {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String account;
  private final Catalogue catalogue;
  /** GetModelInvocationLoggingConfiguration's loggingConfig; null when logging is off. Never handed out. */
  private final ObjectNode loggingConfig;
  private final int defaultPageSize;
  private final PageTokens tokens = new PageTokens();
  /** The last result set, so paging through 100,000 models does not filter and sort them once per page. */
  private volatile Selection lastSelection;
  /** The same for each of the catalogue's List operations. */
  private final Map<String, KindSelection> lastKindSelections = new ConcurrentHashMap<>();

  private record Selection(String fingerprint, Semantics semantics, List<EmulatedModel> models) {
  }

  private record KindSelection(String fingerprint, Semantics semantics, List<CatalogueQuery.Entry> entries) {
  }

  /**
   * @param account       the account whose requests it serves: the models it owns are those isOwned=true lists
   * @param loggingConfig checked ({@link InvocationLogging#checked}), or null for logging off
   */
  Tenant(String account, Catalogue catalogue, ObjectNode loggingConfig, int defaultPageSize) {
    this.account = account;
    this.catalogue = catalogue;
    this.loggingConfig = loggingConfig;
    this.defaultPageSize = defaultPageSize;
  }

  /** GetModelInvocationLoggingConfiguration: the configuration, or no member at all when logging is off. */
  byte[] loggingConfiguration() throws IOException {
    ObjectNode out = JSON.createObjectNode();
    if (loggingConfig != null) {
      out.set("loggingConfig", loggingConfig);
    }
    return JSON.writeValueAsBytes(out);
  }

  /** ListCustomModels: validated, selected (the last selection cached), paged, faults applied. */
  byte[] listCustomModels(Map<String, String> params, Semantics current, Faults f) throws ApiError, IOException {
    ListQuery query = new ListQuery(params, defaultPageSize);
    PageTokens.Position at = tokens.position(query);
    Map<String, Object> page = listCustomModels(query, at, current);
    if (f.malformedPage() >= 0 && at.page() == f.malformedPage()) {
      String json = JSON.writeValueAsString(page);
      return json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8); // cut mid-body
    }
    if (f.loopingToken() && query.nextToken != null && page.containsKey("nextToken")) {
      page.put("nextToken", query.nextToken); // the same token again: a loop
    }
    return JSON.writeValueAsBytes(page);
  }

  private Map<String, Object> listCustomModels(ListQuery query, PageTokens.Position at, Semantics current) {
    int offset = at.offset();
    Selection cached = lastSelection;
    List<EmulatedModel> selected;
    if (cached != null && cached.fingerprint.equals(query.fingerprint) && cached.semantics.equals(current)) {
      selected = cached.models;
    } else {
      selected = query.select(catalogue.models(), account, current);
      lastSelection = new Selection(query.fingerprint, current, selected);
    }
    int size = current.shortPages() ? shortPageSize(query.maxResults, offset) : query.maxResults;
    int end = Math.min(selected.size(), offset + size);
    List<Map<String, Object>> page = new ArrayList<>(Math.max(0, end - offset));
    for (int i = offset; i < end; i++) {
      page.add(selected.get(i).summaryJson());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("modelSummaries", page);
    if (end < selected.size()) {
      out.put("nextToken", tokens.issue(query, new PageTokens.Position(end, at.page() + 1)));
    }
    return out;
  }

  /**
   * A short page's size: 1..ceil(maxResults/2), varying from page to page but fixed by the page's offset, so
   * a retried request gets the same page. maxResults is documented as a maximum, not a promise of full pages.
   */
  static int shortPageSize(int maxResults, int offset) {
    int bound = (maxResults + 1) / 2;
    long h = (offset + 1) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return 1 + (int) Math.floorMod(h, (long) bound);
  }

  /** GetCustomModel, by ARN or name. */
  byte[] getCustomModel(String id) throws ApiError, IOException {
    ServiceConstraints.MODEL_IDENTIFIER.check(id);
    for (EmulatedModel m : catalogue.models()) {
      if (m.modelArn().equals(id) || m.modelName().equals(id)) {
        return JSON.writeValueAsBytes(catalogue.customModel(m));
      }
    }
    throw new ApiError(404, "ResourceNotFoundException", "Could not find model " + id + ".");
  }

  /** One of the catalogue's List operations: validated, selected (cached per operation), paged, faults applied. */
  byte[] list(ResourceKind kind, Map<String, String> params, Semantics current, Faults f)
      throws ApiError, IOException {
    CatalogueQuery query = new CatalogueQuery(kind, params, defaultPageSize);
    PageTokens.Position at = tokens.position(query.fingerprint, query.nextToken);
    KindSelection cached = lastKindSelections.get(kind.listOperation);
    List<CatalogueQuery.Entry> selected;
    if (cached != null && cached.fingerprint.equals(query.fingerprint) && cached.semantics.equals(current)) {
      selected = cached.entries;
    } else {
      selected = query.select(catalogue.table(kind), current);
      lastKindSelections.put(kind.listOperation, new KindSelection(query.fingerprint, current, selected));
    }
    int offset = at.offset();
    int size = kind.paged && current.shortPages() ? shortPageSize(query.maxResults, offset) : query.maxResults;
    int end = (int) Math.min(selected.size(), (long) offset + size);
    ObjectNode page = JSON.createObjectNode();
    ArrayNode items = page.putArray(kind.listMember);
    for (int i = offset; i < end; i++) {
      items.add(selected.get(i).summary());
    }
    if (end < selected.size()) {
      page.put("nextToken", tokens.issue(query.fingerprint, new PageTokens.Position(end, at.page() + 1)));
    }
    if (f.malformedPage() >= 0 && at.page() == f.malformedPage()) {
      String json = JSON.writeValueAsString(page);
      return json.substring(0, json.length() / 2).getBytes(StandardCharsets.UTF_8); // cut mid-body
    }
    if (f.loopingToken() && query.nextToken != null && page.has("nextToken")) {
      page.put("nextToken", query.nextToken); // the same token again: a loop
    }
    return JSON.writeValueAsBytes(page);
  }

  /** One of the catalogue's Get operations: the stored Get response of the resource the identifier names. */
  byte[] get(ResourceKind kind, String id, Map<String, String> query) throws ApiError, IOException {
    kind.idConstraint.check(id);
    String version = null;
    if (kind.versionParam != null) {
      String v = query.get(kind.versionParam);
      version = v == null ? kind.defaultVersion : ServiceConstraints.GUARDRAIL_VERSION.check(v);
    }
    for (CatalogueQuery.Entry e : catalogue.table(kind)) {
      if (kind.identifies(e.item(), id)
          && (version == null || version.equals(ResourceKind.text(kind.resource(e.item()), kind.versionMember)))) {
        return JSON.writeValueAsBytes(e.item());
      }
    }
    throw new ApiError(404, "ResourceNotFoundException", "Could not find " + kind.noun + " " + id
        + (version == null ? "" : " version " + version) + ".");
  }
}
