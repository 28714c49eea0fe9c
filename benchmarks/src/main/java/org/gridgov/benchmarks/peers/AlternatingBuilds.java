package org.gridgov.benchmarks.peers;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Compares builds of the benchmarks jar (say the code before and after a change) in one JVM: each jar gets
 * a class loader of its own, and rounds of a quarter second alternate between them, so that whatever the
 * machine does meanwhile (other jobs, the kernel paging out memory, a neighbour on the host) falls on both
 * alike. Separate JVMs on the project's benchmark machine differed by up to 20 % for the same jar; a
 * change of a few per cent shows only this way. Each round divides the lifecycles by the thread's own CPU
 * time; the median, lowest and highest of the second half of the rounds are printed per jar, with the
 * median over those rounds of each jar's rate divided by the first jar's in the same round (rounds next to
 * each other in time, so a slow phase of the machine cancels out). Every other round runs the jars in
 * reverse order, so that no jar always comes first.
 *
 * <p>Position still matters: with two copies of one jar, the jar named first ran 4–11 % faster in every
 * control (2026-11-27, 16:56–16:58: ratios 0.89–0.96 for the second), whatever the round order, so the
 * bias is in loading or compiling first, not in running first. Run each comparison in both orders and
 * take the geometric mean: the after/before ratio is √(r₁ / r₂), where r₁ is "after ÷ before" with
 * before named first and r₂ is "before ÷ after" with after named first.
 *
 * <p>Run: {@code java -XX:+UseParallelGC -Xmn32m -cp benchmarks/target/benchmarks.jar
 * org.gridgov.benchmarks.peers.AlternatingBuilds [rounds] [implementation] jar…}, e.g. {@code 40 gridgov
 * /tmp/before.jar /tmp/after.jar} (copy each build's jar aside first). The jars must be builds of this
 * module: the harness calls {@code Peer.create} and {@code lifecycle()} of each through reflection.
 */
public final class AlternatingBuilds {
  private AlternatingBuilds() {
  }

  /**
   * Prints lifecycles per CPU-second for each jar.
   *
   * @param args  the number of rounds, the implementation and at least one jar
   * @throws Exception if a jar cannot be loaded or its peer fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: AlternatingBuilds rounds implementation jar...");
    }
    int rounds = Integer.parseInt(args[0]);
    String implementation = args[1];
    String[] jars = Arrays.copyOfRange(args, 2, args.length);
    Object[] peers = new Object[jars.length];
    Method[] lifecycles = new Method[jars.length];
    for (int k = 0; k < jars.length; k++) {
      ClassLoader loader = loader(jars[k]);
      Class<?> peer = Class.forName(Peer.class.getName(), true, loader);
      Method create = peer.getDeclaredMethod("create", String.class);
      create.setAccessible(true);
      peers[k] = create.invoke(null, implementation);
      lifecycles[k] = peers[k].getClass().getDeclaredMethod("lifecycle");
      lifecycles[k].setAccessible(true);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] perCpu = new long[jars.length][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int j = 0; j < jars.length; j++) {
        // Every other round runs the jars in reverse order, so that no jar always comes first.
        int k = round % 2 == 0 ? j : jars.length - 1 - j;
        Object peer = peers[k];
        Method lifecycle = lifecycles[k];
        perCpu[k][round] = Rounds.perCpuSecond(threads, () -> lifecycle.invoke(peer));
      }
    }
    System.out.printf(Locale.ROOT, "%-40s %16s %14s %14s %14s   (%s, %d alternating rounds, second half)%n", "jar",
        "median per CPU s", "lowest", "highest", "this / first", implementation, rounds);
    for (int k = 0; k < jars.length; k++) {
      long[] half = Arrays.copyOfRange(perCpu[k], rounds / 2, rounds);
      Arrays.sort(half);
      System.out.printf(Locale.ROOT, "%-40s %,16d %,14d %,14d %14.3f%n", new File(jars[k]).getName(),
          half[half.length / 2], half[0], half[half.length - 1], Rounds.medianRatio(perCpu[k], perCpu[0], rounds / 2));
    }
  }

  private static ClassLoader loader(String jar) throws MalformedURLException {
    File file = new File(jar);
    if (!file.isFile()) {
      throw new IllegalArgumentException("no such jar: " + jar);
    }
    return new URLClassLoader(new URL[] {file.toURI().toURL()}, ClassLoader.getPlatformClassLoader());
  }
}
