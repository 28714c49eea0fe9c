package org.gridgov.routing;

import org.gridgov.core.GovernanceException;

/**
 * The exception family of the routing module: a caller broke a contract of a policy or the simulator
 * (bad input is reported as {@link org.gridgov.core.InvalidInputException}).
 */
public class RoutingException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message  a sentence naming the broken rule and the offending value, not null
   */
  public RoutingException(String message) {
    super(message);
  }
}
