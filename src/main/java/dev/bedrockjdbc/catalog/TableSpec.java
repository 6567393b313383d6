package dev.bedrockjdbc.catalog;

import org.apache.calcite.sql.type.SqlTypeName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A table, as a description the generic code reads: its List operation and the class of its items, its
 * columns, the predicates it can push and how, the column the API sorts on, its key, and how a key is looked
 * up. Planner, scan, fast path, metadata and EXPLAIN read nothing else about a table.
 */
public final class TableSpec {
  /**
   * A table whose plain listing lists one item per group (ListGuardrails: each guardrail's DRAFT), the whole
   * group coming from a listing with {@code parameter} set to the item's {@code groupColumn} value; an equality
   * on the group column sends that parameter, one on a {@link FilterSpec.Listed} column may make the plain
   * listing enough.
   */
  public record Expansion(String parameter, int groupColumn) {
  }

  /** The API's one sort: {@code sortBy=<value>} with {@code sortOrder}, on {@code column}. */
  public record Sort(int column, String sortBy) {
  }

  /** The columns every table ends with: where its rows were read. */
  public static final String ACCOUNT_ID = "account_id";
  public static final String REGION = "region";
  private static final List<ColumnSpec> SCOPE = List.of(
      new ColumnSpec(ACCOUNT_ID, SqlTypeName.VARCHAR, 12, false, "The AWS account the "
          + "row was read as: the caller's, or that of the role in roleArns that read it.",
          (item, context) -> context.account()),
      new ColumnSpec(REGION, SqlTypeName.VARCHAR, 32, false, "The AWS region the row was "
          + "read in (one of the connection's regions).", (item, context) -> context.region()));

  private final String name;
  private final String remarks;
  private final Class<?> itemClass;
  private final List<ColumnSpec> columns;
  private final List<ColumnSpec> itemColumns;
  private final ListOperation list;
  private final FilterSpec[] filters;
  private final Sort sort;
  private final int key;
  private final Lookup lookup;
  private final TableSpec parent;
  private final Function<Object, List<?>> children;
  private final List<Integer> keyColumns;
  private final Expansion expansion;
  private final int partition;
  private final List<String> partitionValues;
  private final int contains;
  private final int range;

  private TableSpec(Builder b) {
    this.name = b.name;
    this.remarks = b.remarks;
    this.itemClass = b.itemClass;
    List<ColumnSpec> all = new ArrayList<>(b.columns);
    all.addAll(SCOPE);
    this.columns = List.copyOf(all);
    this.itemColumns = List.copyOf(b.columns);
    this.list = Objects.requireNonNull(b.list, "list");
    this.filters = new FilterSpec[columns.size()];
    filters[itemColumns.size()] = new FilterSpec.Scope(ACCOUNT_ID);
    filters[itemColumns.size() + 1] = new FilterSpec.Scope(REGION);
    int containsAt = -1;
    int rangeAt = -1;
    for (FilterSpec f : b.filters) {
      int c = column(f.column());
      if (c < 0 || filters[c] != null) {
        throw new IllegalArgumentException(name + ": filter on an unknown or already filtered column " + f.column());
      }
      filters[c] = f;
      // The planner keeps one substring run and one time range per request.
      if (f instanceof FilterSpec.Contains) {
        containsAt = check(containsAt, c, "Contains");
      } else if (f instanceof FilterSpec.Range) {
        rangeAt = check(rangeAt, c, "Range");
      }
    }
    this.contains = containsAt;
    this.range = rangeAt;
    this.sort = b.sortColumn == null ? null : new Sort(required(b.sortColumn), b.sortBy);
    this.keyColumns = b.key.stream().map(this::required).toList();
    this.key = keyColumns.isEmpty() ? -1 : keyColumns.get(0);
    this.lookup = b.lookupGet == null ? b.lookup : new Lookup(b.lookupGet,
        Lookup.sameMembers(itemClass, b.lookupGet, b.lookupRenames), notCopied(b.lookupGet, b.lookupRenames), null);
    this.parent = b.parent;
    this.children = b.children;
    this.partition = b.partitionColumn == null ? -1 : required(b.partitionColumn);
    this.partitionValues = b.partitionValues;
    this.expansion = b.expansionColumn == null ? null : new Expansion(b.expansionParameter, required(b.expansionColumn));
  }

  /** The columns a Get-made item lacks: derived ones, and members the Get does not return. */
  private Set<String> notCopied(GetOperation get, String[] renames) {
    Set<String> out = new HashSet<>();
    for (ColumnSpec c : itemColumns) {
      String member = c.source() == null ? null : c.source().replace(" (JSON)", "");
      if (member == null || !Lookup.copies(itemClass, get, member, renames)) {
        out.add(c.name());
      }
    }
    return Set.copyOf(out);
  }

  private int check(int previous, int c, String kind) {
    if (previous >= 0) {
      throw new IllegalArgumentException(name + ": more than one " + kind + " filter");
    }
    return c;
  }

  private int required(String column) {
    int c = column(column);
    if (c < 0) {
      throw new IllegalArgumentException(name + " has no column " + column);
    }
    return c;
  }

  public static Builder builder(String name, String remarks, Class<?> itemClass) {
    return new Builder(name, remarks, itemClass);
  }

  public String name() {
    return name;
  }

  /** What tools show as the table's description (DatabaseMetaData REMARKS). */
  public String remarks() {
    return remarks;
  }

  public List<ColumnSpec> columns() {
    return columns;
  }

  /** The columns read from an item (all but the trailing account_id and region). */
  public List<ColumnSpec> itemColumns() {
    return itemColumns;
  }

  public ColumnSpec column(int ordinal) {
    return columns.get(ordinal);
  }

  /** The ordinal of the column of that SQL name (exact, lower case), or -1. */
  public int column(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    return -1;
  }

  /** The ordinal of the column of that name, ignoring case (as unquoted SQL names resolve), or -1. */
  public int columnIgnoreCase(String columnName) {
    return column(columnName.toLowerCase(Locale.ROOT));
  }

  public ListOperation list() {
    return list;
  }

  /** What the API can pre-filter on this column, or null. */
  public FilterSpec filter(int column) {
    return filters[column];
  }

  /** The column of the table's substring filter, or -1. */
  public int containsColumn() {
    return contains;
  }

  /** The column of the table's time-range filter, or -1. */
  public int rangeColumn() {
    return range;
  }

  /** The API's sort, or null when it lists in its own order only. */
  public Sort sort() {
    return sort;
  }

  /** The (first) key column's ordinal (what tells two items apart, and what lookups take), or -1. */
  public int key() {
    return key;
  }

  /**
   * For a details table (what only a Get returns): the table whose items it lists for their keys when no key
   * is given; else null.
   */
  public TableSpec parent() {
    return parent;
  }

  /** For a child table: the elements of a parent item, each a row (as a {@link ChildItem}); else null. */
  public Function<Object, List<?>> children() {
    return children;
  }

  /**
   * The column whose values the API lists one at a time (ListInferenceProfiles without {@code type} lists only
   * SYSTEM_DEFINED profiles), so a listing without an equality on it sends one request per value; or -1.
   */
  public int partition() {
    return partition;
  }

  public List<String> partitionValues() {
    return partitionValues;
  }

  /** How the plain listing is completed group by group, or null when it lists every item. */
  public Expansion expansion() {
    return expansion;
  }

  /** The columns of the key, in order (what getPrimaryKeys names). */
  public List<Integer> keyColumns() {
    return keyColumns;
  }

  /** Point lookups by key, or null. */
  public Lookup lookup() {
    return lookup;
  }

  /**
   * The item's key (a list of values for a key of several columns; the first column when the table has none), for
   * telling items of merged streams apart.
   */
  public Object keyOf(Object item) {
    if (keyColumns.size() > 1) {
      return keyColumns.stream().map(c -> columns.get(c).value().read(item, RowContext.NONE)).toList();
    }
    return columns.get(Math.max(key, 0)).value().read(item, RowContext.NONE);
  }

  /** The item's value of the sort column, for merging sorted streams. */
  @SuppressWarnings("unchecked")
  public Comparable<Object> sortValueOf(Object item) {
    return (Comparable<Object>) columns.get(sort.column()).value().read(item, RowContext.NONE);
  }

  @Override public String toString() {
    return name;
  }

  /** Declares a table. */
  public static final class Builder {
    private final String name;
    private final String remarks;
    private final Class<?> itemClass;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private final List<FilterSpec> filters = new ArrayList<>();
    private final Map<String, Boolean> names = new HashMap<>();
    private ListOperation list;
    private String sortColumn;
    private String sortBy;
    private List<String> key = List.of();
    private Lookup lookup;
    private GetOperation lookupGet;
    private String[] lookupRenames;
    private TableSpec parent;
    private Function<Object, List<?>> children;
    private Class<?> elementClass;
    private String expansionParameter;
    private String expansionColumn;
    private String partitionColumn;
    private List<String> partitionValues = List.of();

    private Builder(String name, String remarks, Class<?> itemClass) {
      this.name = name;
      this.remarks = remarks;
      this.itemClass = itemClass;
    }

    public Builder list(ListOperation operation) {
      this.list = operation;
      return this;
    }

    /** A column that is the item's member {@code member} (its wire name) as it is (a child table: the element's). */
    public Builder column(String column, String member, int precision, boolean nullable, String columnRemarks) {
      if (children == null) {
        return column(ColumnSpec.member(itemClass, column, member, precision, nullable, columnRemarks));
      }
      ColumnSpec c = ColumnSpec.member(elementClass, column, member, precision, nullable, columnRemarks);
      return column(new ColumnSpec(c.name(), c.type(), c.precision(), c.nullable(), c.remarks(),
          (item, context) -> c.value().read(((ChildItem) item).element(), context), c.source()));
    }

    /**
     * A derived column: the member at {@code path} in the item's nested structures (see {@link ColumnSpec#nested}),
     * {@code remarks} saying what it is after the path.
     */
    public Builder nested(String column, int precision, String columnRemarks, String... path) {
      return column(ColumnSpec.nested(itemClass, column, precision, columnRemarks, path));
    }

    /** Declares what {@code part} declares: columns several tables have alike, written once. */
    public Builder apply(java.util.function.UnaryOperator<Builder> part) {
      return part.apply(this);
    }

    /** A child table's column that is its parent's column of that name, read from the parent item. */
    public Builder parentColumn(String column) {
      ColumnSpec c = parent.column(parent.column(column));
      return column(new ColumnSpec(c.name(), c.type(), c.precision(), c.nullable(), c.remarks(),
          (item, context) -> c.value().read(((ChildItem) item).parent(), context),
          c.source() == null ? null : "parent's " + c.source()));
    }

    public Builder column(ColumnSpec column) {
      if (names.put(column.name(), true) != null) {
        throw new IllegalArgumentException(name + ": column " + column.name() + " declared twice");
      }
      columns.add(column);
      return this;
    }

    public Builder filter(FilterSpec filter) {
      filters.add(filter);
      return this;
    }

    /** The API sorts on {@code column} with {@code sortBy=<sortByValue>}. */
    public Builder sort(String column, String sortByValue) {
      this.sortColumn = column;
      this.sortBy = sortByValue;
      return this;
    }

    public Builder key(String... columns) {
      this.key = List.of(columns);
      return this;
    }

    public Builder lookup(Lookup keyLookup) {
      this.lookup = keyLookup;
      return this;
    }

    /**
     * {@code key = X} is a Get, its response read as the list item by {@link Lookup#sameMembers} (renames as
     * {@code "summaryMember=getMember"}); a query reading a column the Get lacks lists instead.
     */
    public Builder lookup(GetOperation get, String... renames) {
      this.lookupGet = get;
      this.lookupRenames = renames;
      return this;
    }

    /**
     * A details table: its items are {@code get}'s responses, one per key; without a key predicate, the keys
     * come from listing {@code listed}.
     */
    public Builder detailsOf(TableSpec listed, GetOperation get) {
      if (get.responseClass() != itemClass) {
        throw new IllegalArgumentException(name + ": a details table's items are " + get.name() + "'s responses");
      }
      this.parent = listed;
      this.list = listed.list();
      this.lookup = new Lookup(get, response -> response, Set.of(), null);
      return this;
    }

    /** A details table of a list table whose key lookups are the Get it completes each item with. */
    public Builder detailsOf(TableSpec listed) {
      return detailsOf(listed, Objects.requireNonNull(listed.lookup(), listed + " has no key lookup").get());
    }

    /**
     * A child table: one row per element of {@code elements} of each item {@code listed} lists; its own columns
     * are members of {@code elementClass}, declared after this.
     */
    public Builder childrenOf(TableSpec listed, Function<Object, List<?>> elements, Class<?> elementClass) {
      this.parent = listed;
      this.list = listed.list();
      this.children = elements;
      this.elementClass = elementClass;
      return this;
    }

    /** The API lists one value of {@code column} per request; see {@link TableSpec#partition()}. */
    public Builder partitionedBy(String column, String... values) {
      this.partitionColumn = column;
      this.partitionValues = List.of(values);
      return this;
    }

    /** The plain listing lists one item per group; see {@link Expansion}. */
    public Builder expandedBy(String parameter, String groupColumn) {
      this.expansionParameter = parameter;
      this.expansionColumn = groupColumn;
      return this;
    }

    public TableSpec build() {
      return new TableSpec(this);
    }
  }
}
