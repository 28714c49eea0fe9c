package org.gridgov.core.duty;

/** A kind of logged activity that a duty requires. */
public enum Activity {
  /** Grid patrol 巡查. */
  PATROL("巡查"),
  /** Daily check-in in the media app 打卡. */
  CHECK_IN("打卡"),
  /** Report to the community party secretary 向社区书记汇报. */
  REPORT_TO_SECRETARY("汇报工作"),
  /** Visit to key groups 重点人群走访. */
  KEY_GROUP_VISIT("重点人群走访"),
  /** A sinking unit's monthly day of service in its communities 下沉日. */
  SINKING_DAY("下沉社区"),
  /** Joint party-building meeting 党建联席会议. */
  JOINT_MEETING("联席会议"),
  /** A deputy county-level leader's visit to the adopted community 走访调研. */
  LEADER_VISIT("走访调研"),
  /** A subdistrict leader's day of on-site work in a community 现场办公. */
  ON_SITE_DAY("现场办公"),
  /** A party lecture in a community 讲党课. */
  PARTY_LECTURE("讲党课"),
  /** A concrete service for residents 办实事. */
  CONCRETE_SERVICE("办实事");

  private final String chineseName;

  Activity(String chineseName) {
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
