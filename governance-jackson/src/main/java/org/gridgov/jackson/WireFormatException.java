package org.gridgov.jackson;

import java.util.Objects;
import org.gridgov.core.GovernanceException;

/**
 * Thrown when a JSON document cannot be read as a grid governance value: it is malformed, has a
 * wrong type, lacks a required property, names an unknown type or property, breaks a domain rule,
 * or exceeds a size limit.
 *
 * <p>It is the only exception the reading methods of {@link GovernanceJson} throw for bad input. It
 * names the place in the document as a JSON Pointer (RFC 6901; the empty string is the whole
 * document) and the rule that was broken. Messages never contain personal data in clear.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WireFormatException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String rule;

  /**
   * Creates an exception for a broken rule at a place in the document.
   *
   * @param path  the JSON Pointer of the offending value, "" for the document, not null
   * @param rule  the rule that was broken, a short sentence, not null
   * @param cause  the underlying exception, null if none
   */
  public WireFormatException(String path, String rule, Throwable cause) {
    super((Objects.requireNonNull(path, "path").isEmpty() ? "document" : path) + ": "
        + Objects.requireNonNull(rule, "rule"));
    this.path = path;
    this.rule = rule;
    if (cause != null) {
      initCause(cause);
    }
  }

  /**
   * Returns where in the document the rule was broken.
   *
   * @return a JSON Pointer such as {@code /grids/2/name}; the empty string for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule that was broken.
   *
   * @return a short sentence such as "is required", not null
   */
  public String rule() {
    return rule;
  }
}
