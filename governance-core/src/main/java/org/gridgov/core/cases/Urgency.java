package org.gridgov.core.cases;

/** How urgent a case is (紧急程度); deadlines depend on it. */
public enum Urgency {
  /** Normal (一般). */
  NORMAL,
  /** Urgent (紧急). */
  URGENT,
  /** Emergency (特急): continuous-hour limits. */
  EMERGENCY
}
