package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.gridgov.core.org.Organisation;
import org.gridgov.routing.CapabilityTable;
import org.junit.jupiter.api.Test;

/**
 * Arrivals follow the scenario's rate, which is constant within each hour and between storm edges: hours
 * and weekdays of zero rate get no case, a storm multiplies the count by its factor, and the total is the
 * integrated rate within a few standard deviations.
 */
class WorkloadArrivalsTest {
  private static final Organisation ORG = SimulatorTest.ORG;
  private static final CapabilityTable CAPABILITIES = CapabilityTable.standard();

  private static Workload generate(String json, long seed) {
    return Workload.generate(ScenarioFiles.parse(json), ORG, CAPABILITIES, RandomStreams.of(seed));
  }

  @Test
  void arrivalsAreOrderedWithinTheHorizonAndReproducible() {
    String json = "{\"horizonDays\": 3, \"casesPerGridPerDay\": 0.3, "
        + "\"storms\": [{\"fromDay\": 0.7, \"days\": 0.6, \"factor\": 3.5}]}";
    qt().withFixedSeed(20261127L).withExamples(20).forAll(longs().between(0, 1_000_000)).checkAssert(seed -> {
      Workload w = generate(json, seed);
      assertThat(w.size()).isPositive();
      for (int c = 0; c < w.size(); c++) {
        assertThat(w.arrival(c)).isBetween(0L, 3 * 86_400L - 1);
        if (c > 0) {
          assertThat(w.arrival(c)).isGreaterThanOrEqualTo(w.arrival(c - 1));
        }
      }
      Workload again = generate(json, seed);
      assertThat(again.size()).isEqualTo(w.size());
      for (int c = 0; c < w.size(); c++) {
        assertThat(again.arrival(c)).isEqualTo(w.arrival(c));
        assertThat(again.gridNumber(c)).isEqualTo(w.gridNumber(c));
        assertThat(again.handlingNormal(c, 0)).isEqualTo(w.handlingNormal(c, 0));
      }
    });
  }

  @Test
  void hoursAndWeekdaysOfZeroRateGetNoCase() {
    // Work hours only (8:00–18:00 of the simulated clock), no Sundays (the seventh day from the start).
    StringBuilder hourly = new StringBuilder();
    for (int h = 0; h < 24; h++) {
      hourly.append(h == 0 ? "" : ", ").append(h >= 8 && h < 18 ? "2.4" : "0");
    }
    Workload w = generate("{\"horizonDays\": 14, \"casesPerGridPerDay\": 0.2, \"hourlyProfile\": [" + hourly
        + "], \"weeklyProfile\": [1, 1, 1, 1, 1, 1, 0]}", 7);
    assertThat(w.size()).isGreaterThan(500);
    for (int c = 0; c < w.size(); c++) {
      long second = w.arrival(c);
      assertThat(second % 86_400 / 3600).isBetween(8L, 17L);
      assertThat(second / 86_400 % 7).isNotEqualTo(6L);
    }
  }

  @Test
  void aStormMultipliesTheArrivalsByItsFactorAndTheTotalIsTheIntegratedRate() {
    // Four days at 0.5 cases per grid and day, a threefold storm over the middle of day 2 to the middle of
    // day 3; flat hourly and weekly profiles.
    String flat = "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]";
    Workload w = generate("{\"horizonDays\": 4, \"casesPerGridPerDay\": 0.5, \"hourlyProfile\": " + flat
        + ", \"weeklyProfile\": [1, 1, 1, 1, 1, 1, 1], \"storms\": [{\"fromDay\": 1.5, \"days\": 1, \"factor\": 3}]}", 11);
    double perDay = 0.5 * ORG.grids().size();
    int inStorm = 0;
    for (int c = 0; c < w.size(); c++) {
      long second = w.arrival(c);
      if (second >= 1.5 * 86_400 && second < 2.5 * 86_400) {
        inStorm++;
      }
    }
    int outside = w.size() - inStorm;
    // Expected: 3 × perDay in the storm, 3 × perDay outside it; five standard deviations either way.
    assertThat((double) inStorm).isBetween(3 * perDay - 5 * Math.sqrt(3 * perDay),
        3 * perDay + 5 * Math.sqrt(3 * perDay));
    assertThat((double) outside).isBetween(3 * perDay - 5 * Math.sqrt(3 * perDay),
        3 * perDay + 5 * Math.sqrt(3 * perDay));
  }
}
