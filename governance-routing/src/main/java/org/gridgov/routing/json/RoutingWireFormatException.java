package org.gridgov.routing.json;

import java.util.Objects;
import org.gridgov.routing.RoutingException;

/**
 * A JSON document that is not a valid routing decision: malformed, of the wrong shape, or holding a
 * value the decision's constructor refuses. It names the offending value by its JSON Pointer (RFC 6901)
 * and the rule broken, as {@code org.gridgov.jackson.WireFormatException} does for the core's types.
 */
public final class RoutingWireFormatException extends RoutingException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String rule;

  /**
   * Creates the exception; the message is {@code "<path>: <rule>"}, or {@code "document: <rule>"} at the root.
   *
   * @param path  the JSON Pointer of the offending value, empty for the whole document, not null
   * @param rule  the rule it breaks, not null
   * @param cause  the underlying failure, or null
   */
  public RoutingWireFormatException(String path, String rule, Throwable cause) {
    super((Objects.requireNonNull(path, "path").isEmpty() ? "document" : path) + ": "
        + Objects.requireNonNull(rule, "rule"));
    this.path = path;
    this.rule = rule;
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * Returns the JSON Pointer of the offending value.
   *
   * @return the pointer, empty for the whole document, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }
}
