package org.integratedcare.governance.rules;

import java.util.Objects;

/**
 * The id and version of a rule pack that was run, so a report says which rules produced it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param packId the pack's id, not null
 * @param version the pack's version, not null
 * @param rules the number of rules in the pack
 */
public record RuleSetVersion(String packId, String version, int rules) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if the id or version is null
   */
  public RuleSetVersion {
    Objects.requireNonNull(packId, "packId");
    Objects.requireNonNull(version, "version");
  }
}
