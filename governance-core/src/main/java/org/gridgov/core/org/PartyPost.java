package org.gridgov.core.org;

/** A post in a party body. */
public enum PartyPost {
  /** Secretary 书记. */
  SECRETARY("书记"),
  /** Deputy secretary 副书记. */
  DEPUTY_SECRETARY("副书记"),
  /** Committee member 委员. */
  MEMBER("委员"),
  /** Part-time member 兼职委员, e.g. a sinking unit's party head on the subdistrict committee. */
  PART_TIME_MEMBER("兼职委员"),
  /** Party group leader 党小组长. */
  GROUP_LEADER("党小组长"),
  /** Head of a party-member central household 党员中心户户主. */
  CENTRAL_HOUSEHOLD_HEAD("党员中心户户主");

  private final String chineseName;

  PartyPost(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the Chinese name, not null
   */
  public String chineseName() {
    return chineseName;
  }
}
