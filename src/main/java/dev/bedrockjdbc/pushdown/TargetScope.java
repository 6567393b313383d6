package dev.bedrockjdbc.pushdown;

import dev.bedrockjdbc.aws.Target;
import dev.bedrockjdbc.catalog.FilterSpec;
import dev.bedrockjdbc.catalog.TableSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which of a connection's targets (an account in a region) a query calls: those whose region and account every
 * equality on {@code region} and {@code account_id} admits. A pure function of the conditions; SQL decides, so a
 * region the connection does not read is no target and no call, not an error.
 */
public final class TargetScope {
  private TargetScope() {
  }

  /**
   * @param bound   the query's pushable conditions, bound (others are ignored)
   * @param account a target's account (known, or found out: asked only when an account_id condition needs it)
   */
  public static List<Target> select(TableSpec table, List<Target> targets, List<Condition> bound,
      Function<Target, String> account) {
    Set<Object> regions = allowed(table, bound, TableSpec.REGION);
    Set<Object> accounts = allowed(table, bound, TableSpec.ACCOUNT_ID);
    List<Target> out = new ArrayList<>();
    for (Target t : targets) {
      if ((regions == null || regions.contains(t.region()))
          && (accounts == null || accounts.contains(account.apply(t)))) {
        out.add(t);
      }
    }
    return out;
  }

  /** The values the equalities on a scope column allow (their intersection), or null when none constrains it. */
  private static Set<Object> allowed(TableSpec table, List<Condition> bound, String column) {
    Set<Object> allowed = null;
    for (Condition c : bound) {
      if (c.kind() == Condition.Kind.EQUALS && c.name().equals(column)
          && table.filter(c.column()) instanceof FilterSpec.Scope) {
        Set<Object> values = new HashSet<>(c.values());
        values.remove(null); // = NULL is never true
        if (allowed == null) {
          allowed = values;
        } else {
          allowed.retainAll(values);
        }
      }
    }
    return allowed;
  }

  /**
   * The keys worth a Get at {@code target}: an ARN ({@code arn:<partition>:bedrock:<region>:...}) names its region,
   * and a Get elsewhere would find nothing (or cost an error); other keys go everywhere. Not its account: that is
   * the owner's, and a model shared with the caller is read as the caller, in the caller's account.
   */
  public static List<Object> keysFor(Target target, List<Object> keys) {
    List<Object> out = new ArrayList<>();
    for (Object key : keys) {
      Object first = key instanceof List<?> l ? l.get(0) : key;
      String[] arn = first instanceof String s && s.startsWith("arn:") ? s.split(":", 6) : null;
      if (arn == null || arn.length < 6 || arn[3].isEmpty() || arn[3].equals(target.region())) {
        out.add(key);
      }
    }
    return out;
  }

  /** What EXPLAIN shows: the targets the query calls, or the conditions that choose them at execution. */
  public static String describe(TableSpec table, List<Target> targets, List<Condition> conditions) {
    List<Condition> scope = conditions.stream()
        .filter(c -> table.filter(c.column()) instanceof FilterSpec.Scope).toList();
    if (scope.stream().anyMatch(Condition::hasParameters)) {
      return "at execution from " + scope + " of " + targets;
    }
    boolean accountsKnown = targets.stream().allMatch(t -> t.knownAccount() != null);
    List<Condition> regionsOnly = accountsKnown ? scope
        : scope.stream().filter(c -> c.name().equals(TableSpec.REGION)).toList();
    List<Target> chosen = select(table, targets, regionsOnly, Target::knownAccount);
    String listed = chosen.isEmpty() ? "none (no region and account of the connection matches)"
        : chosen.stream().map(Target::toString).collect(Collectors.joining(", ", "[", "]"));
    return regionsOnly.size() == scope.size() ? listed : listed + " where " + scope;
  }
}
