package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.gridgov.core.GovernanceException;

/**
 * Thrown when an organisation cannot be built because it breaks structural rules; lists every
 * violation, not just the first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OrganisationException extends GovernanceException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient ImmutableList<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations  the violations, not empty
   */
  public OrganisationException(ImmutableList<Violation> violations) {
    super(violations.size() + " structural rule violation(s): " + violations.stream().limit(SHOWN)
        .map(Violation::toString).collect(Collectors.joining("; "))
        + (violations.size() > SHOWN ? "; …" : ""));
    this.violations = violations;
  }

  /**
   * Returns all violations.
   *
   * @return the violations, not empty
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
