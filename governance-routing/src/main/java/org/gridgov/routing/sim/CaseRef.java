package org.gridgov.routing.sim;

/**
 * The simulator's reference to one case of a replication: its index in the workload.
 *
 * @param index  the index, at least 0
 */
public record CaseRef(int index) {
  /**
   * Creates the reference.
   *
   * @throws org.gridgov.core.InvalidInputException if the index is negative
   */
  public CaseRef {
    if (index < 0) {
      throw new org.gridgov.core.InvalidInputException("index", "must be at least 0", index);
    }
  }
}
