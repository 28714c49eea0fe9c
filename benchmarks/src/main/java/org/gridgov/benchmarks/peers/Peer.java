package org.gridgov.benchmarks.peers;

/**
 * One implementation of the benchmarked lifecycle. An instance is confined to one thread; it may hold
 * shared configuration (a state-machine definition, an organisation) built once, as each library's
 * documentation recommends.
 */
interface Peer {

  /** The names accepted by {@link #create}, in the order the documentation reports them. */
  String[] NAMES = {"gridgov", "minimal", "stateless4j", "squirrel", "spring-new", "spring-reset"};

  /**
   * Runs one new case through the ten transitions of {@link Trigger#LIFECYCLE}.
   *
   * @return the final state, in the implementation's own representation
   * @throws IllegalStateException if the case did not end closed
   */
  Object lifecycle();

  /**
   * Opens case number {@code caseNumber} and runs its first {@code transitions} transitions: the result is
   * what a caller keeps per open case (for the retained-memory harness).
   *
   * @param caseNumber  distinguishes the case (its identifiers), not negative
   * @param transitions  how many transitions of {@link Trigger#LIFECYCLE} to run, 0 to 10
   * @return the case's state, in the implementation's own representation
   */
  Object open(int caseNumber, int transitions);

  /**
   * The status of a state returned by {@link #lifecycle} or {@link #open}.
   *
   * @param state  the state
   * @return its status
   */
  Status statusOf(Object state);

  /**
   * Creates the named implementation.
   *
   * @param name  one of {@link #NAMES}
   * @return a new instance with its configuration built
   * @throws IllegalArgumentException for another name
   */
  static Peer create(String name) {
    switch (name) {
      case "gridgov":
        return new GridgovPeer();
      case "minimal":
        return new MinimalDecider();
      case "stateless4j":
        return new Stateless4jPeer();
      case "squirrel":
        return new SquirrelPeer();
      case "spring-new":
        return new SpringPeer(false);
      case "spring-reset":
        return new SpringPeer(true);
      default:
        throw new IllegalArgumentException("unknown implementation " + name);
    }
  }
}
