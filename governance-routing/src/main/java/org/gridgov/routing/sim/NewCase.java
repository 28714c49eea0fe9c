package org.gridgov.routing.sim;

import java.time.Instant;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.PlaceId;
import org.gridgov.routing.Urgency;

/**
 * A report (受理问题) the simulator hands to the case engine to open a case.
 *
 * @param category  the category, not null
 * @param place  where it happened, the grid or a place within it, not null
 * @param grid  the grid it happened in, whose grid worker reports it, not null
 * @param urgency  the urgency, not null
 * @param reportedAt  when it was reported, not null
 */
public record NewCase(CategoryCode category, PlaceId place, GridId grid, Urgency urgency, Instant reportedAt) {
  /**
   * Creates the report.
   *
   * @throws org.gridgov.core.InvalidInputException if a value is null
   */
  public NewCase {
    if (category == null || place == null || grid == null || urgency == null || reportedAt == null) {
      throw new org.gridgov.core.InvalidInputException("newCase", "category, place, grid, urgency and "
          + "reportedAt are required");
    }
  }
}
