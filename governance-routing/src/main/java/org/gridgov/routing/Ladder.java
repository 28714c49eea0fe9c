package org.gridgov.routing;

import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;

/** The escalation ladder grid → community → subdistrict → city and walks along it. */
final class Ladder {
  private Ladder() {}

  static boolean isHolderLevel(Level level) {
    return level == Level.GRID || level == Level.COMMUNITY || level == Level.SUBDISTRICT || level == Level.CITY;
  }

  /** Returns the higher of two levels (the one nearer the city). */
  static Level higher(Level a, Level b) {
    return a.isAbove(b) ? a : b;
  }

  /** Returns the ancestor-or-self of a place at a level. */
  static PlaceId at(Organisation org, PlaceId place, Level level) {
    PlaceId p = place;
    while (level.isAbove(p.level())) {
      p = org.parent(p).orElseThrow();
    }
    return p;
  }

  /** Returns the lowest level a case may go to: one above the highest level that failed, else the grid. */
  static Level floor(CaseFacts facts) {
    return facts.lastFailedLevel().map(l -> l.parent().orElse(Level.CITY)).orElse(Level.GRID);
  }
}
