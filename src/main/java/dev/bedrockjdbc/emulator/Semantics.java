package dev.bedrockjdbc.emulator;

/**
 * The choices the Bedrock documentation leaves open (bedrock-api.md section 1.7). The emulator can play
 * each of them so that tests prove the driver's results do not depend on which one the real service made.
 *
 * @param nameCaseSensitive whether {@code nameContains} compares case-sensitively
 * @param boundsInclusive   whether {@code creationTimeAfter/Before} include a model created exactly at the bound
 * @param nameMatchesJobName whether {@code nameContains} also matches the customization job's name
 *                          ("Return custom models only if the job name contains these characters")
 * @param boundsToSeconds   whether the service truncates the time bounds it receives to whole seconds
 */
public record Semantics(
    boolean nameCaseSensitive,
    boolean boundsInclusive,
    boolean nameMatchesJobName,
    boolean boundsToSeconds) {

  /** What the emulator does unless told otherwise. */
  public static final Semantics DEFAULT = new Semantics(false, false, false, false);
}
