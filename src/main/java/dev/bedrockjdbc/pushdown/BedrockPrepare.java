package dev.bedrockjdbc.pushdown;

import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteSystemProperty;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.metadata.DefaultRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.tools.Program;

import org.checkerframework.checker.nullness.qual.Nullable;

import java.lang.reflect.Type;
import java.util.List;

/**
 * Calcite's prepare, with a planner that starts without rules: {@link ShapedProgram} registers the ones the
 * query's shape needs. Calcite's own planner registers its whole default rule set before it has seen the query,
 * which on a cold JVM loads and initialises about 1,100 rule classes (speed-notes 1) that a one-table query
 * never fires. Its clusters read metadata without generating code.
 */
public final class BedrockPrepare extends CalcitePrepareImpl {
  private static final MetadataHandlerProvider METADATA =
      new ProxyingMetadataHandlerProvider(DefaultRelMetadataProvider.INSTANCE);

  /**
   * This planner first; if it cannot plan the query, Calcite prepares it again with its own planner and every
   * default rule (Calcite's fallback between planner factories), which {@link ShapedProgram} plans as Calcite does.
   * The generated queries found such a shape: {@code ORDER BY a DESC, b LIMIT 0}, which Calcite turns into an
   * empty VALUES that must still be sorted.
   */
  @Override protected List<Function1<Context, RelOptPlanner>> createPlannerFactories() {
    return List.of(context -> createPlanner(context, null, null),
        context -> super.createPlanner(context, null, null));
  }

  /** As Calcite's planner, less the default rules. */
  @Override protected RelOptPlanner createPlanner(Context prepareContext,
      org.apache.calcite.plan.@Nullable Context externalContext, @Nullable RelOptCostFactory costFactory) {
    VolcanoPlanner planner = new VolcanoPlanner(costFactory,
        externalContext == null ? Contexts.of(prepareContext.config()) : externalContext);
    planner.setExecutor(new RexExecutorImpl(DataContexts.EMPTY));
    planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
    if (CalciteSystemProperty.ENABLE_COLLATION_TRAIT.value()) {
      planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
    }
    planner.setTopDownOpt(prepareContext.config().topDownOpt());
    Hook.PLANNER.run(planner); // as Calcite's: where the driver adds its cancel and timeout checks
    return planner;
  }

  /**
   * As Calcite's cluster, its metadata read through Calcite's reflective handlers instead of the handlers Janino
   * generates and compiles at their first use: on a cold JVM that compiling cost a filtered query's first row about
   * 6 % (9 alternating fresh JVMs: 2,556 vs 2,399 ms median), and warm planning is no slower (26-28 ms a new text).
   */
  @Override protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
    RelOptCluster cluster = super.createCluster(planner, rexBuilder);
    cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(METADATA));
    return cluster;
  }

  /** As Calcite's statement (the Enumerable convention), whose program is {@link ShapedProgram}. */
  @Override protected CalcitePreparingStmt getPreparingStmt(Context context, Type elementType,
      CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    JavaTypeFactory typeFactory = context.getTypeFactory();
    EnumerableRel.Prefer prefer = elementType == Object[].class ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    return new CalcitePreparingStmt(this, context, catalogReader, typeFactory, context.getRootSchema(), prefer,
        createCluster(planner, new RexBuilder(typeFactory)), EnumerableConvention.INSTANCE, createConvertletTable()) {
      @Override protected Program getProgram() {
        return new ShapedProgram(context.config().materializationsEnabled());
      }
    };
  }
}
