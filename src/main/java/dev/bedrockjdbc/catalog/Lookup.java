package dev.bedrockjdbc.catalog;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a list table answers {@code key = X}: a Get per key instead of a listing. When the Get response lacks
 * summary members the query reads ({@code summaryOnly} columns), one List call narrowed by {@code completion}
 * (from the Get response) completes the row; with no completion, such a query lists instead.
 *
 * @param toItem builds the list item from the Get response, with the members both have
 */
public record Lookup(GetOperation get, Function<Object, Object> toItem, Set<String> summaryOnly,
    Function<Object, Map<String, Object>> completion) {

  /**
   * The list item made from the Get response's members of the same wire names, or of another name given as
   * {@code "summaryMember=getMember"} (GetModelCustomizationJob's outputModelArn is the summary's customModelArn).
   * The summary members the Get lacks are left unset: {@link TableSpec} names their columns summary-only.
   */
  public static Function<Object, Object> sameMembers(Class<?> itemClass, GetOperation get, String... renames) {
    Map<String, String> from = new HashMap<>();
    for (String r : renames) {
      from.put(r.substring(0, r.indexOf('=')), r.substring(r.indexOf('=') + 1));
    }
    Map<String, SdkField<?>> response = SdkMembers.fields(get.responseClass());
    Map<SdkField<?>, SdkField<?>> copies = new HashMap<>();
    for (SdkField<?> f : SdkMembers.fields(itemClass).values()) {
      SdkField<?> source = response.get(from.getOrDefault(f.locationName(), f.locationName()));
      if (source != null) {
        copies.put(f, source);
      }
    }
    return got -> {
      Object b = SdkMembers.builder(itemClass);
      copies.forEach((to, source) -> to.set(b, source.getValueOrDefault(got)));
      return ((SdkBuilder<?, ?>) b).build();
    };
  }

  /** Whether the item {@link #sameMembers} makes has this summary member's value. */
  static boolean copies(Class<?> itemClass, GetOperation get, String member, String... renames) {
    String source = member;
    for (String r : renames) {
      if (r.startsWith(member + "=")) {
        source = r.substring(member.length() + 1);
      }
    }
    return SdkMembers.fields(itemClass).containsKey(member)
        && SdkMembers.fields(get.responseClass()).containsKey(source);
  }
}
