package dev.bedrockjdbc.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The choices the Bedrock documentation leaves open (bedrock-api.md section 1.7). The emulator can play
 * each of them so that tests prove the driver's results do not depend on which one the real service made.
 *
 * <p>Each applies to every List operation that has the filter: nameContains (and ListModelCopyJobs'
 * outputModelNameContains) and every time range (creationTime*, createdAfter/Before, submitTimeAfter/Before);
 * nameMatchesJobName to ListCustomModels only.
 *
 * @param nameCaseSensitive whether {@code nameContains} compares case-sensitively
 * @param boundsInclusive   whether {@code creationTimeAfter/Before} (and the other time ranges) include a resource
 *                          created exactly at the bound
 * @param nameMatchesJobName whether {@code nameContains} also matches the customization job's name
 *                          ("Return custom models only if the job name contains these characters")
 * @param boundsToSeconds   whether the service truncates the time bounds it receives to whole seconds
 * @param shortPages        whether a page may hold fewer models than maxResults while a nextToken still
 *                          follows (bedrock-api.md 1.6: maxResults bounds a page, nothing promises it is filled)
 */
public record Semantics(
    boolean nameCaseSensitive,
    boolean boundsInclusive,
    boolean nameMatchesJobName,
    boolean boundsToSeconds,
    boolean shortPages) {

  /** What the emulator does unless told otherwise. */
  public static final Semantics DEFAULT = new Semantics(false, false, false, false, false);

  /** These semantics with short pages. */
  public Semantics withShortPages() {
    return new Semantics(nameCaseSensitive, boundsInclusive, nameMatchesJobName, boundsToSeconds, true);
  }

  /** Every combination (32), DEFAULT first, for tests that must hold whichever choice the service made. */
  public static List<Semantics> all() {
    List<Semantics> all = new ArrayList<>(32);
    for (int i = 0; i < 32; i++) {
      all.add(new Semantics((i & 1) != 0, (i & 2) != 0, (i & 4) != 0, (i & 8) != 0, (i & 16) != 0));
    }
    return List.copyOf(all);
  }
}
