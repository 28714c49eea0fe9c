package org.gridgov.core.accountability.patrol;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * One reason a track is implausible, with a message naming the offending values.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind  the kind
 * @param message  what was found, e.g. "points 4→5: 41.2 km/h above 25.0 km/h"
 */
public record TrackFlag(FlagKind kind, String message) {

  /**
   * Creates the flag.
   *
   * @throws InvalidInputException if a component is null or the message blank
   */
  public TrackFlag {
    Checks.notNull(kind, "kind");
    Checks.text(message, "message", 500);
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
