/**
 * Side-by-side benchmarks of the case lifecycle (issue 7): gridgov's case loop against stateless4j,
 * squirrel-foundation, Spring Statemachine and a minimal immutable decider, all running the same ten
 * transitions (report → accept → assign → escalate → reassign → start → resolve → verify → evaluate → close).
 * See {@code docs/BENCHMARKS-PEERS.md}.
 */
package org.gridgov.benchmarks.peers;
