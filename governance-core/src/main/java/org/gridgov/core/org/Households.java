package org.gridgov.core.org;

import java.util.BitSet;

/**
 * The registered households of a snapshot in compact form: their codes in a {@link CodeTable} whose
 * payload is the handle of each one's unit (the unit's position in insertion order), the party-member
 * central flags, and the households of each unit in insertion order (a {@link RowIndex}).
 * Immutable; snapshots that do not add households share it.
 */
final class Households {
  static final Households NONE = new Households(new CodeTable(0), new BitSet(), 0);

  private final CodeTable codes;
  private final BitSet central;
  private final RowIndex byUnit;

  /**
   * Freezes households whose payloads are set; the table must no longer be appended to.
   *
   * @param unitCount  the number of units the unit handles refer to
   */
  Households(CodeTable codes, BitSet central, int unitCount) {
    codes.trim();
    this.codes = codes;
    this.central = central;
    this.byUnit = new RowIndex(unitCount, codes.size(), this::unit);
  }

  int size() {
    return codes.size();
  }

  /** Returns the entry of a household code (for {@link #unitOf} and {@link #handle}), or -1. */
  int find(String code) {
    return codes.find(code);
  }

  int handle(int entry) {
    return codes.handle(entry);
  }

  /** Returns the unit handle of a household's entry. */
  int unitOf(int entry) {
    return codes.payload(entry);
  }

  /** Returns the unit handle of a household. */
  int unit(int handle) {
    return codes.payload(codes.entry(handle));
  }

  String code(int handle) {
    return codes.code(codes.entry(handle));
  }

  boolean central(int handle) {
    return central.get(handle);
  }

  /** Returns the number of households of a unit. */
  int countIn(int unitHandle) {
    return byUnit.count(unitHandle);
  }

  /** Returns the handle of the {@code k}-th household of a unit, in insertion order. */
  int inUnit(int unitHandle, int k) {
    return byUnit.child(unitHandle, k);
  }

  /** Returns a table holding these codes that a builder may append to. */
  CodeTable codesToAppend() {
    return codes.copy();
  }

  BitSet centralFlags() {
    return central;
  }
}
