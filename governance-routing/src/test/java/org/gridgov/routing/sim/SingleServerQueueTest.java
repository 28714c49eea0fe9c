package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The engine's event list and random streams reproduce queueing theory: an M/M/1 queue with arrival rate
 * λ and service rate μ has mean waiting time in queue Wq = ρ / (μ − λ), ρ = λ/μ.
 */
class SingleServerQueueTest {
  private static final double LAMBDA = 0.5;
  private static final double MU = 1.0;

  /** One replication of a trivial single-server FIFO process: the mean wait of customers after warm-up. */
  private static double meanWait(RandomStreams streams, int customers, int warmUp) {
    RandomGenerator arrivals = streams.stream("arrivals");
    RandomGenerator service = streams.stream("service");
    EventList events = new EventList();
    double scale = 1000.0;
    long t = 0;
    long[] arrivedAt = new long[customers];
    for (int i = 0; i < customers; i++) {
      t += Math.round(-Math.log(1 - arrivals.nextDouble()) / LAMBDA * scale);
      arrivedAt[i] = t;
      events.schedule(t, 0, i);
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    boolean busy = false;
    double waitSum = 0;
    int counted = 0;
    while (!events.isEmpty()) {
      events.next();
      long now = events.time();
      int c = events.subject();
      if (events.kind() == 0) {
        if (busy) {
          queue.add(c);
          continue;
        }
      } else {
        if (queue.isEmpty()) {
          busy = false;
          continue;
        }
        c = queue.poll();
      }
      busy = true;
      if (c >= warmUp) {
        waitSum += (now - arrivedAt[c]) / scale;
        counted++;
      }
      events.schedule(now + Math.round(-Math.log(1 - service.nextDouble()) / MU * scale), 1, c);
    }
    return waitSum / counted;
  }

  @Test
  void meanWaitingTimeMatchesTheAnalyticValue() {
    double analytic = (LAMBDA / MU) / (MU - LAMBDA);
    RandomStreams root = RandomStreams.of(2024);
    List<Double> waits = new ArrayList<>();
    for (int r = 0; r < 20; r++) {
      waits.add(meanWait(root.replication(r), 20_000, 2_000));
    }
    Estimate e = Estimate.of(waits);
    assertThat(e.covers(analytic)).as("%s should cover %s", e, analytic).isTrue();
    assertThat(e.halfWidth()).isLessThan(0.1);
  }
}
