package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Level;
import org.gridgov.routing.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The workload's primitive columns give back every case as it was added: the records, and the draws the
 * simulator reads. A guard for any change of their layout (one was tried in the simulator's sixth round).
 */
class WorkloadColumnsTest {
  private static final List<GridId> GRIDS = SimulatorTest.ORG.grids().stream().map(g -> g.id()).toList();
  private static final List<CategoryCode> CATEGORIES = List.of(CategoryCode.of("0407"), CategoryCode.of("0101"),
      CategoryCode.of("0203"));

  private static List<Workload.GeneratedCase> cases(int count, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Workload.GeneratedCase> out = new ArrayList<>();
    long t = 0;
    for (int i = 0; i < count; i++) {
      t += rng.nextInt(600);
      double[] normals = new double[Workload.DRAWS];
      double[] uniforms = new double[Workload.DRAWS];
      for (int k = 0; k < Workload.DRAWS; k++) {
        normals[k] = rng.nextDouble() * 6 - 3;
        uniforms[k] = rng.nextDouble();
      }
      out.add(new Workload.GeneratedCase(t, GRIDS.get(rng.nextInt(GRIDS.size())),
          CATEGORIES.get(rng.nextInt(CATEGORIES.size())), Urgency.values()[rng.nextInt(Urgency.values().length)],
          Level.values()[rng.nextInt(4)], normals, uniforms, rng.nextDouble()));
    }
    return out;
  }

  @Test
  void everyCaseAndEveryDrawComesBackAsAdded() {
    qt().withFixedSeed(20261127L).withExamples(300)
        .forAll(integers().between(0, 200), longs().all())
        .checkAssert((count, seed) -> {
          List<Workload.GeneratedCase> in = cases(count, seed);
          Workload w = Workload.of(in);
          List<Workload.GeneratedCase> out = w.cases();
          assertThat(w.size()).isEqualTo(count);
          for (int c = 0; c < count; c++) {
            Workload.GeneratedCase a = in.get(c);
            Workload.GeneratedCase b = out.get(c);
            assertThat(b.arrival()).isEqualTo(a.arrival());
            assertThat(b.grid()).isEqualTo(a.grid()).isEqualTo(w.grid(c));
            assertThat(b.category()).isEqualTo(a.category()).isEqualTo(w.category(c));
            assertThat(b.urgency()).isEqualTo(a.urgency());
            assertThat(b.solvableAt()).isEqualTo(a.solvableAt());
            assertThat(b.handlingNormals()).containsExactly(a.handlingNormals());
            assertThat(b.verificationUniforms()).containsExactly(a.verificationUniforms());
            assertThat(b.satisfactionUniform()).isEqualTo(a.satisfactionUniform()).isEqualTo(w.satisfactionUniform(c));
            for (int k = 0; k < Workload.DRAWS; k++) {
              assertThat(w.verificationUniform(c, k)).isEqualTo(a.verificationUniforms()[k]);
              assertThat(w.handlingNormal(c, k)).isEqualTo(a.handlingNormals()[k]);
            }
          }
        });
  }
}
