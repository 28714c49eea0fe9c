package org.gridgov.benchmarks.peers;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One case through the ten-transition lifecycle, per implementation ({@link Peer#NAMES}), on one thread
 * and on two threads with independent cases (each thread has its own {@link Peer}, hence its own machine
 * definition or organisation). One operation is one lifecycle: transitions per second = ops/s × 10, and
 * {@code -prof gc}'s {@code gc.alloc.rate.norm} is bytes allocated per lifecycle.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PeerLifecycleBenchmark {

  /** The implementation under test. */
  @Param({"gridgov", "minimal", "stateless4j", "squirrel", "spring-new", "spring-reset"})
  public String impl;

  private Peer peer;

  /** Builds the implementation's configuration (machine definition, organisation) once per thread. */
  @Setup(Level.Trial)
  public void setUp() {
    peer = Peer.create(impl);
    peer.lifecycle();
  }

  /**
   * One lifecycle on one thread.
   *
   * @return the final state
   */
  @Benchmark
  @Threads(1)
  public Object oneThread() {
    return peer.lifecycle();
  }

  /**
   * One lifecycle on each of two threads, on independent cases.
   *
   * @return the final state
   */
  @Benchmark
  @Threads(2)
  public Object twoThreads() {
    return peer.lifecycle();
  }
}
