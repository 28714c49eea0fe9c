package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.routing.sim.Experiment;
import org.gridgov.routing.sim.Metrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy comparison writes its report and chart and prints one summary line per policy. */
class PolicyComparisonTest {

  @Test
  void writesTheReportAndChartAndSummarisesEveryPolicy(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Experiment.Results results = PolicyComparison.run(dir, 7, 2, 2,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out.lines()).filteredOn(l -> l.startsWith("tiered ") || l.startsWith("responsibility-list ")
        || l.startsWith("center-first ") || l.startsWith("load-aware ")).hasSize(4);
    assertThat(Files.readString(dir.resolve("report.md"))).startsWith("# Routing policies on 北票市")
        .contains("| on_time_closure_rate |", "center-first − tiered");
    assertThat(Files.readString(dir.resolve("resolution.svg"))).startsWith("<svg").contains("load-aware");
    assertThat(results.estimate("tiered", Metrics.CASES).mean()).isGreaterThan(100);
    assertThat(results.estimate("center-first", Metrics.ESCALATION_RATE).mean())
        .isGreaterThan(results.estimate("tiered", Metrics.ESCALATION_RATE).mean());
  }
}
