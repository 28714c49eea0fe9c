package org.gridgov.routing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;

/**
 * The decisions naming a place that a built-in policy has made, by move, named unit and reason part, so
 * that each is built once and handed out again: handle here, assign down, escalate (the ladder moves of
 * {@link Routes#towards}) and the deadline lights' supervise and escalate.
 *
 * <p>Why: a megacity year has millions of such decisions but a few hundred thousand distinct ones. Building
 * one looks up the unit's name (a cold map entry) and allocates its text afresh, and whoever keeps the
 * text (the simulator's trace) must then find its one copy by hashing the characters. A decision from this
 * memo is found with one probe of a table keyed by identity (no hashing of identifiers or text, the keys
 * never read) and its reason is already the one copy. Unlike {@link DecisionMemo} (keyed by equality), the
 * keys here are compared by identity, so the unit and the reason part must be long-lived instances: the
 * organisation's own identifiers (a case's holder and its ancestors are) and reason parts the policy keeps
 * (per category, per failed level). A caller passing fresh instances gets correct decisions but no reuse;
 * the table is cleared when it reaches {@link #MAX_ENTRIES}, so it stays bounded either way.
 *
 * <p>The table holds the entries of the organisation used last (by identity); another organisation starts
 * a fresh table. Thread-safe: lookups take no lock (each entry is published by a release store of its
 * decision, read by an acquire load); additions are serialised.
 */
final class PlaceDecisionMemo {
  /** The move of a memo entry; part of every key, so that different moves naming one unit never meet. */
  enum Move { HANDLE_HERE, ASSIGN_DOWN, ESCALATE, RED_LIGHT, YELLOW_LIGHT }

  /** Entries at which the table is cleared instead of grown (then 32 MB of slots with compressed references). */
  static final int MAX_ENTRIES = 1 << 20;
  private static final int STRIDE = 4;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

  /**
   * One table: {@code slots} holds STRIDE references an entry (unit, reason part, move, decision), open
   * addressing with linear probing; an entry is present once its decision slot is set.
   */
  private static final class Table {
    final Organisation organisation;
    final Object[] slots;
    final int mask;
    /** Entries present; changed only under the memo's lock. */
    int count;

    Table(Organisation organisation, int capacity) {
      this.organisation = organisation;
      this.slots = new Object[capacity * STRIDE];
      this.mask = capacity - 1;
    }
  }

  private volatile Table table = new Table(null, 16);

  /**
   * Returns the kept decision for a key, null if none is kept.
   *
   * @param organisation  the organisation the decision is made in
   * @param move  the move
   * @param unit  the unit the decision's reason names, compared by identity
   * @param why  the reason part, compared by identity, null if the move has none
   * @return the decision, or null
   */
  RoutingDecision find(Organisation organisation, Move move, PlaceId unit, String why) {
    Table t = table;
    if (t.organisation != organisation) {
      return null;
    }
    Object[] slots = t.slots;
    for (int i = index(move, unit, why) & t.mask; ; i = (i + 1) & t.mask) {
      Object d = SLOT.getAcquire(slots, i * STRIDE + 3);
      if (d == null) {
        return null;
      }
      int at = i * STRIDE;
      if (slots[at] == unit && slots[at + 1] == why && slots[at + 2] == move) {
        return (RoutingDecision) d;
      }
    }
  }

  /**
   * Keeps a decision for a key, unless one is kept already.
   *
   * @param organisation  the organisation the decision is made in
   * @param move  the move
   * @param unit  the unit the decision's reason names
   * @param why  the reason part, null if the move has none
   * @param decision  the decision built for the key
   * @return the kept decision for the key: {@code decision} or the one kept before
   */
  synchronized RoutingDecision keep(Organisation organisation, Move move, PlaceId unit, String why,
      RoutingDecision decision) {
    RoutingDecision earlier = find(organisation, move, unit, why);
    if (earlier != null) {
      return earlier;
    }
    Table t = table;
    if (t.organisation != organisation || t.count >= MAX_ENTRIES) {
      t = new Table(organisation, 16);
    } else if (2 * (t.count + 1) > t.mask + 1) {
      t = grown(t);
    }
    put(t, move, unit, why, decision);
    table = t;
    return decision;
  }

  private static Table grown(Table old) {
    Table t = new Table(old.organisation, (old.mask + 1) * 2);
    Object[] s = old.slots;
    for (int at = 0; at < s.length; at += STRIDE) {
      if (s[at + 3] != null) {
        put(t, (Move) s[at + 2], (PlaceId) s[at], (String) s[at + 1], (RoutingDecision) s[at + 3]);
      }
    }
    return t;
  }

  private static void put(Table t, Move move, PlaceId unit, String why, RoutingDecision decision) {
    int i = index(move, unit, why) & t.mask;
    while (t.slots[i * STRIDE + 3] != null) {
      i = (i + 1) & t.mask;
    }
    int at = i * STRIDE;
    t.slots[at] = unit;
    t.slots[at + 1] = why;
    t.slots[at + 2] = move;
    SLOT.setRelease(t.slots, at + 3, decision);
    t.count++;
  }

  private static int index(Move move, PlaceId unit, String why) {
    int h = System.identityHashCode(unit) * 0x9E3779B9 + System.identityHashCode(why) * 31 + move.ordinal();
    return h ^ (h >>> 16);
  }
}
