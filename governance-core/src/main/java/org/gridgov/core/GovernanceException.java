package org.gridgov.core;

/**
 * Base of the library's exception family: thrown when a caller breaks a documented contract.
 *
 * <p>Outcomes the domain expects, such as a rejected case command, are returned as values and never
 * thrown. Subclasses are immutable and thread-safe.
 */
public abstract class GovernanceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the broken rule.
   *
   * @param message  the message, a short sentence naming the rule and the value, not null
   */
  protected GovernanceException(String message) {
    super(message);
  }
}
