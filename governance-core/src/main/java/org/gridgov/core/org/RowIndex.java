package org.gridgov.core.org;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The children of each parent as a compressed row index over int handles: the children of parent
 * {@code p} are {@code order[first[p]] … order[first[p + 1] - 1]}, in the order of their own handles
 * (which is insertion order). Immutable; two int arrays instead of a list object per parent.
 */
final class RowIndex {
  private final int[] first;
  private final int[] order;

  /**
   * Groups children by parent with a counting sort.
   *
   * @param parents  the number of parents
   * @param children  the number of children
   * @param parentOf  the parent handle of each child handle, each in {@code [0, parents)}
   */
  RowIndex(int parents, int children, IntUnaryOperator parentOf) {
    int[] start = new int[parents + 1];
    for (int c = 0; c < children; c++) {
      start[parentOf.applyAsInt(c) + 1]++;
    }
    for (int p = 0; p < parents; p++) {
      start[p + 1] += start[p];
    }
    int[] next = Arrays.copyOf(start, parents);
    int[] grouped = new int[children];
    for (int c = 0; c < children; c++) {
      grouped[next[parentOf.applyAsInt(c)]++] = c;
    }
    this.first = start;
    this.order = grouped;
  }

  /** Returns the number of children of a parent; 0 for a parent added after the index was made. */
  int count(int parent) {
    return parent + 1 < first.length ? first[parent + 1] - first[parent] : 0;
  }

  /** Returns the handle of the {@code k}-th child of a parent. */
  int child(int parent, int k) {
    return order[first[parent] + k];
  }
}
