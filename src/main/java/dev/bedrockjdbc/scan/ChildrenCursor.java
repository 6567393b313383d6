package dev.bedrockjdbc.scan;

import dev.bedrockjdbc.catalog.ChildItem;

import org.apache.calcite.linq4j.Enumerator;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** The rows of a child table: each element of each listed parent item, in order. */
public final class ChildrenCursor extends RowCursor {
  private final Enumerator<Object> parents;
  private final Function<Object, List<?>> children;
  private final Function<Object, Object> converter;
  private Object parent;
  private Iterator<?> elements = List.of().iterator();

  public ChildrenCursor(Enumerator<Object> parents, Function<Object, List<?>> children,
      Function<Object, Object> converter) {
    this.parents = parents;
    this.children = children;
    this.converter = converter;
  }

  @Override public boolean moveNext() {
    while (!elements.hasNext()) {
      if (!parents.moveNext()) {
        return end();
      }
      parent = parents.current();
      List<?> list = children.apply(parent);
      elements = list == null ? List.of().iterator() : list.iterator();
    }
    return row(converter.apply(new ChildItem(parent, elements.next())));
  }

  @Override public void close() {
    parents.close();
  }
}
