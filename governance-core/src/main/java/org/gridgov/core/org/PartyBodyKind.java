package org.gridgov.core.org;

import java.util.Optional;

/**
 * The five levels of the party organisation that mirrors the territory.
 *
 * <p>街道大工委 → 社区大党委 → 网格党支部 → 楼栋党小组 → 党员中心户.
 */
public enum PartyBodyKind {
  /** Expanded subdistrict party working committee 街道大工委. */
  SUBDISTRICT_WORKING_COMMITTEE("街道大工委", Level.SUBDISTRICT),
  /** Expanded community party committee 社区大党委. */
  COMMUNITY_PARTY_COMMITTEE("社区大党委", Level.COMMUNITY),
  /** Grid party branch 网格党支部; one per grid. */
  GRID_BRANCH("网格党支部", Level.GRID),
  /** Building party group 楼栋党小组. */
  BUILDING_GROUP("楼栋党小组", Level.BUILDING),
  /** Party-member central household 党员中心户. */
  CENTRAL_HOUSEHOLD("党员中心户", Level.HOUSEHOLD);

  private final String chineseName;
  private final Level level;

  PartyBodyKind(String chineseName, Level level) {
    this.chineseName = chineseName;
    this.level = level;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the Chinese name, not null
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Returns the territory level this party body mirrors.
   *
   * @return the level, not null
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the kind of party body that mirrors a territory level.
   *
   * @param level  the level, not null
   * @return the kind, empty for the city and for building units
   */
  public static Optional<PartyBodyKind> mirroring(Level level) {
    for (PartyBodyKind k : values()) {
      if (k.level == level) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
