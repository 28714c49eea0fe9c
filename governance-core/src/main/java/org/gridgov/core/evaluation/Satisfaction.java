package org.gridgov.core.evaluation;

/**
 * The three-step rating used for residents' satisfaction (群众满意度) and for rating a handling unit's
 * efficiency and result, including bottom-up ratings of upper levels (下评上).
 */
public enum Satisfaction {
  /** Satisfied 满意. */
  SATISFIED("满意"),
  /** Basically satisfied 基本满意. */
  BASICALLY_SATISFIED("基本满意"),
  /** Dissatisfied 不满意. */
  DISSATISFIED("不满意");

  private final String chineseName;

  Satisfaction(String chineseName) {
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

  /**
   * Returns whether the rating counts as satisfied in a satisfaction rate (satisfied or basically
   * satisfied).
   *
   * @return true unless dissatisfied
   */
  public boolean countsAsSatisfied() {
    return this != DISSATISFIED;
  }
}
