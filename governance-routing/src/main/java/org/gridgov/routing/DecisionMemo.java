package org.gridgov.routing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gridgov.core.org.Organisation;

/**
 * The decisions a built-in policy has made, per organisation, so that each is built once: a decision of a
 * built-in policy is a pure function of a few facts (holder, category, failed level, light) and the
 * organisation, but its reason text — place and category names, level words — cost more to build than
 * the rest of the decision, and a simulated megacity year asks for millions of decisions that repeat a
 * few hundred thousand distinct ones. The same decision instance, and so the same reason {@code String},
 * is handed out again for the same key.
 *
 * <p>The memo holds the entries of the organisation used last (by identity); another organisation starts
 * a fresh table. Thread-safe: replications running in parallel may share a policy.
 */
final class DecisionMemo {
  /** What a memo entry is for; part of every key, so entries of different moves never meet. */
  enum Move { HANDLE, DOWN, UP, CENTER, DEPARTMENTS, RED, YELLOW }

  /**
   * A memo key: the move and up to three facts it depends on (null when unused).
   *
   * @param move  the move, not null
   * @param a  the first fact, e.g. the holder
   * @param b  the second fact, e.g. the category or the level that failed
   * @param c  the third fact
   */
  record Key(Move move, Object a, Object b, Object c) {}

  private record Table(Organisation organisation, ConcurrentHashMap<Key, RoutingDecision> decisions) {}

  private volatile Table table = new Table(null, new ConcurrentHashMap<>());

  /**
   * Returns the decision for a key, building it once per organisation.
   *
   * @param organisation  the organisation the decision is made in, not null
   * @param key  the facts the decision depends on besides the organisation and the policy's own tables
   * @param build  builds the decision, called only when the key is new
   * @return the decision, not null
   */
  RoutingDecision get(Organisation organisation, Key key, Supplier<RoutingDecision> build) {
    Table t = table;
    if (t.organisation() != organisation) {
      t = new Table(organisation, new ConcurrentHashMap<>());
      table = t;
    }
    RoutingDecision d = t.decisions().get(key);
    if (d == null) {
      d = build.get();
      RoutingDecision earlier = t.decisions().putIfAbsent(key, d);
      if (earlier != null) {
        d = earlier;
      }
    }
    return d;
  }
}
