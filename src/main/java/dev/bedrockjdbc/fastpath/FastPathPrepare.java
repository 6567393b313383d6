package dev.bedrockjdbc.fastpath;

import dev.bedrockjdbc.pushdown.BedrockPrepare;
import dev.bedrockjdbc.pushdown.RequestPlanner;
import dev.bedrockjdbc.scan.Execution;
import dev.bedrockjdbc.schema.BedrockSchema;
import dev.bedrockjdbc.schema.PlanCache;

import org.apache.calcite.avatica.Meta;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.util.TryThreadLocal;

import java.lang.reflect.Type;
import java.util.function.Consumer;

/**
 * The driver's prepare step (Calcite's {@code Driver(Supplier<CalcitePrepare>)} hook): a
 * {@link SimpleSelect} gets its signature directly, everything else goes to Calcite's own prepare. On a
 * cold JVM this skips loading and initialising the parser, validator, planner and Janino (about 1.5 s on
 * 2 cores, speed-notes 1) for the queries tools open a table with; warm, it skips 10-20 ms of planning.
 * Every query's signature also honours the executing statement's maxRows ({@link MaxRowsSignature}).
 */
public final class FastPathPrepare implements CalcitePrepare {
  private CalcitePrepare calcite;

  /** Calcite's prepare (with a planner program chosen by the query's shape), created only when a statement needs it. */
  private CalcitePrepare calcite() {
    if (calcite == null) {
      calcite = new BedrockPrepare();
    }
    return calcite;
  }

  /**
   * The statement's signature: the connection's plan for this text if it has one, else the fast path's or Calcite's.
   * Every plan is made without Calcite's row limit ({@code maxRowCount}): {@link MaxRowsSignature} stops at the
   * executing statement's maxRows instead, so one plan serves a text whatever maxRows the statement sets.
   */
  @SuppressWarnings("unchecked")
  @Override public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType,
      long maxRowCount) {
    if (query.sql != null) {
      StatementLimits.checkText(query.sql);
    }
    PlanCache plans = query.sql == null ? null : plans(context);
    PlanCache.Key key = plans == null ? null : new PlanCache.Key(query.sql, context.getDefaultSchemaPath());
    CalciteSignature<T> cached = key == null ? null : (CalciteSignature<T>) plans.get(key);
    if (cached != null) {
      return cached;
    }
    CalciteSignature<T> simple = query.sql == null ? null
        : (CalciteSignature<T>) SimpleSelectSignature.of(context, query.sql);
    CalciteSignature<T> signature = simple != null ? simple : planned(context, query, elementType);
    if (signature.statementType != Meta.StatementType.SELECT) {
      return signature;
    }
    CalciteSignature<T> result = new MaxRowsSignature<>(signature, simple != null);
    if (key != null) {
      plans.put(key, result);
    }
    return result;
  }

  /** The connection's plan cache, or null where there is no bedrock schema (Calcite's own metadata queries). */
  private static PlanCache plans(Context context) {
    BedrockSchema bedrock = BedrockSchema.in(context.getRootSchema());
    return bedrock == null ? null : bedrock.plans();
  }

  /**
   * Calcite's prepare, with IN lists of up to {@link RequestPlanner#MAX_STREAMS} values kept as predicates the
   * pushdown rules can read (Calcite's default turns a list of 20 or more into a join with VALUES), statements
   * beyond {@link StatementLimits} refused once parsed, and the statement's {@link Execution} (timeout and
   * cancel) checked between phases and before every rule the planner fires.
   */
  private <T> CalciteSignature<T> planned(Context context, Query<T> query, Type elementType) {
    Execution execution = Execution.current();
    Runnable check = execution == null ? () -> { } : execution::check;
    try (TryThreadLocal.Memo ignored = Prepare.THREAD_INSUBQUERY_THRESHOLD.push(RequestPlanner.MAX_STREAMS + 1);
         Hook.Closeable parsed = Hook.PARSE_TREE.addThread((Consumer<Object[]>) sqlAndNode -> {
           check.run();
           StatementLimits.check((SqlNode) sqlAndNode[1]);
         });
         Hook.Closeable planner = Hook.PLANNER.addThread((Consumer<RelOptPlanner>) p -> p.addListener(
             new PlanningCheck(check)));
         Hook.Closeable converted = Hook.CONVERTED.addThread((Consumer<Object>) rel -> check.run());
         Hook.Closeable optimized = Hook.PLAN_BEFORE_IMPLEMENTATION.addThread((Consumer<Object>) root -> check.run());
         Hook.Closeable generated = Hook.JAVA_PLAN.addThread((Consumer<Object>) code -> check.run())) {
      return calcite().prepareSql(context, query, elementType, -1);
    }
  }

  @Override public ParseResult parse(Context context, String sql) {
    return calcite().parse(context, sql);
  }

  @Override public ConvertResult convert(Context context, String sql) {
    return calcite().convert(context, sql);
  }

  @Override public void executeDdl(Context context, SqlNode node) {
    calcite().executeDdl(context, node);
  }

  @Override public AnalyzeViewResult analyzeView(Context context, String sql, boolean fail) {
    return calcite().analyzeView(context, sql, fail);
  }

  @Override public <T> CalciteSignature<T> prepareQueryable(Context context, Queryable<T> queryable) {
    return calcite().prepareQueryable(context, queryable);
  }
}
