package org.gridgov.core.accountability.patrol;

/** The status of one check: passed, failed, or not checked for lack of input. */
public enum CheckStatus {
  /** The check ran and passed. */
  PASSED,
  /** The check ran and failed. */
  FAILED,
  /** The check could not run, e.g. no grid area was supplied; never counts as passed. */
  NOT_CHECKED
}
