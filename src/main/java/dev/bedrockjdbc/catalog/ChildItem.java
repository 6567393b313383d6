package dev.bedrockjdbc.catalog;

/** One row of a child table: an element of a list member of its parent item (an inference profile's model). */
public record ChildItem(Object parent, Object element) {
}
