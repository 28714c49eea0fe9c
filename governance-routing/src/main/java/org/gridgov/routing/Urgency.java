package org.gridgov.routing;

/** How urgent a case is (紧急程度); urgent and emergency cases get shorter time limits. */
public enum Urgency {
  /** An ordinary case. */
  ROUTINE,
  /** A case to be handled the same working day. */
  URGENT,
  /** An emergency (突发事件) handled in continuous hours. */
  EMERGENCY
}
