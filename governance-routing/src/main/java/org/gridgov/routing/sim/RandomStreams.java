package org.gridgov.routing.sim;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Independent named random streams derived from one master seed: each random source of a replication
 * (arrivals, categories, handling times …) draws from its own stream, so every policy sees the same
 * workload in the same replication (common random numbers).
 *
 * <p>A stream's seed is a mix (SplitMix64 finaliser) of the master seed, the replication number and a
 * 64-bit FNV-1a hash of the stream's name; the generator is {@code L64X128MixRandom}. This is the only
 * source of randomness of the simulator. Instances are immutable; the generators they return are not
 * thread-safe and belong to one replication.
 */
public final class RandomStreams {
  private static final String ALGORITHM = "L64X128MixRandom";
  private final long masterSeed;
  private final int replication;

  private RandomStreams(long masterSeed, int replication) {
    this.masterSeed = masterSeed;
    this.replication = replication;
  }

  /**
   * Returns the streams of replication 0 of a master seed.
   *
   * @param masterSeed  the master seed
   * @return the streams, not null
   */
  public static RandomStreams of(long masterSeed) {
    return new RandomStreams(masterSeed, 0);
  }

  /**
   * Returns the streams of another replication of the same master seed.
   *
   * @param number  the replication number, at least 0
   * @return the streams, not null
   * @throws org.gridgov.core.InvalidInputException if the number is negative
   */
  public RandomStreams replication(int number) {
    if (number < 0) {
      throw new org.gridgov.core.InvalidInputException("replication", "must be at least 0", number);
    }
    return new RandomStreams(masterSeed, number);
  }

  /**
   * Returns the replication number.
   *
   * @return the number
   */
  public int replicationNumber() {
    return replication;
  }

  /**
   * Returns a fresh generator for a named stream; the same name always gives the same sequence.
   *
   * @param name  the stream's name, e.g. "arrivals", not null
   * @return a new generator, not null
   */
  public RandomGenerator stream(String name) {
    if (name == null) {
      throw new org.gridgov.core.InvalidInputException("name", "is required");
    }
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    long seed = mix(mix(masterSeed) ^ mix(replication + 0x9e3779b97f4a7c15L) ^ h);
    return RandomGeneratorFactory.of(ALGORITHM).create(seed);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return "RandomStreams[seed=" + masterSeed + ", replication=" + replication + "]";
  }
}
