package org.gridgov.routing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gridgov.core.org.Organisation;

/**
 * The place-independent decisions a built-in policy has made, per organisation, so that each is built
 * once: the center's department assignment for a category, a hand-over to the center. They repeat for
 * every case of a category, and their reasons (department and category names) cost more than the rest.
 *
 * <p>Decisions that name a place (handle here, assign down, escalate, supervise) are not kept: a megacity
 * has a few hundred thousand of them, and looking one up in a table that large (cache misses) measured
 * about twice as slow as building its text afresh.
 *
 * <p>The memo holds the entries of the organisation used last (by identity); another organisation starts
 * a fresh table. Thread-safe: replications running in parallel may share a policy.
 */
final class DecisionMemo {
  /** What a memo entry is for; part of every key, so entries of different moves never meet. */
  enum Move { CENTER, DEPARTMENTS }

  /**
   * A memo key: the move and up to three facts it depends on (null when unused).
   *
   * @param move  the move, not null
   * @param a  the first fact, e.g. the category
   * @param b  the second fact
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
