package org.gridgov.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The report and chart of hand-built results, pinned by golden files ({@code golden/report.md},
 * {@code golden/report.svg}; rewrite with {@code -Dgridgov.updateGoldens=true} and review the diff), and
 * the chart's geometry checked against the numbers it draws.
 */
class ReportTest {
  private static final boolean UPDATE = Boolean.getBoolean("gridgov.updateGoldens");
  private static final Path DIR = Path.of("src/test/resources/org/gridgov/routing/sim/golden");

  /** Three replications of two policies; the second policy is slower by 2, 3 and 4 hours at p50. */
  static final Experiment.Results RESULTS = new Experiment.Results(ImmutableMap.of(
      "tiered", ImmutableList.of(
          metrics(100, 0.90, 4, 20, 40),
          metrics(110, 0.80, 5, 22, 44),
          metrics(90, 0.85, 6, 24, 48)),
      "center-first", ImmutableList.of(
          metrics(100, 0.70, 6, 30, 60),
          metrics(110, 0.75, 8, 32, 66),
          metrics(90, 0.65, 10, 34, 72))));

  private static ImmutableMap<String, Double> metrics(double cases, double onTime, double p50, double p90,
      double p99) {
    return ImmutableMap.of(Metrics.CASES, cases, Metrics.ON_TIME_CLOSURE_RATE, onTime, Metrics.RESOLUTION_P50_H,
        p50, Metrics.RESOLUTION_P90_H, p90, Metrics.RESOLUTION_P99_H, p99);
  }

  @Test
  void theMarkdownReportIsThatOfTheGoldenFile() throws IOException {
    assertGolden("report.md", Report.markdown("Two policies", RESULTS));
  }

  @Test
  void theChartIsThatOfTheGoldenFile() throws IOException {
    assertGolden("report.svg", Report.svg(RESULTS));
  }

  @Test
  void eachBarSpansP50ToP99WithItsTickAtP90OnTheCommonAxis() {
    String svg = Report.svg(RESULTS);
    double max = RESULTS.estimate("center-first", Metrics.RESOLUTION_P99_H).mean();
    assertThat(svg).contains("axis 0–66.0)");
    double scale = (640 - 160 - 20) / max;
    Matcher rects = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"(\\d+)\" width=\"([\\d.]+)\"").matcher(svg);
    Matcher ticks = Pattern.compile("<line x1=\"([\\d.]+)\" y1=\"(\\d+)\" x2=\"([\\d.]+)\" y2=\"(\\d+)\"")
        .matcher(svg);
    int row = 0;
    for (String policy : RESULTS.byPolicy().keySet()) {
      double p50 = RESULTS.estimate(policy, Metrics.RESOLUTION_P50_H).mean();
      double p90 = RESULTS.estimate(policy, Metrics.RESOLUTION_P90_H).mean();
      double p99 = RESULTS.estimate(policy, Metrics.RESOLUTION_P99_H).mean();
      assertThat(rects.find()).isTrue();
      assertThat(Double.parseDouble(rects.group(1))).isCloseTo(160 + p50 * scale, org.assertj.core.data.Offset.offset(0.05));
      assertThat(Integer.parseInt(rects.group(2))).isEqualTo(30 + 30 * row);
      assertThat(Double.parseDouble(rects.group(3))).isCloseTo((p99 - p50) * scale,
          org.assertj.core.data.Offset.offset(0.05));
      assertThat(ticks.find()).isTrue();
      assertThat(Double.parseDouble(ticks.group(1))).isCloseTo(160 + p90 * scale,
          org.assertj.core.data.Offset.offset(0.05));
      assertThat(ticks.group(3)).isEqualTo(ticks.group(1));
      assertThat(Integer.parseInt(ticks.group(4)) - Integer.parseInt(ticks.group(2))).isEqualTo(18);
      row++;
    }
    assertThat(rects.find()).isFalse();
    assertThat(svg).contains("height=\"" + (40 + 30 * row) + "\"");
  }

  @Test
  void namesCannotBreakTheTableOrTheChart() {
    Experiment.Results odd = new Experiment.Results(ImmutableMap.of(
        "a|b", ImmutableList.of(metrics(1, 1, 1, 1, 1)),
        "<c & d>", ImmutableList.of(metrics(1, 1, 1, 1, 1))));
    String md = Report.markdown("two\nlines", odd);
    assertThat(md).startsWith("# two lines\n").contains("| a\\|b | <c & d> |", "<c & d> − a\\|b");
    assertThat(Report.svg(odd)).contains(">&lt;c &amp; d&gt;</text>").doesNotContain("<c & d>");
  }

  @Test
  void oneReplicationOfOnePolicyHasNoDifferencesSection() {
    Experiment.Results one = new Experiment.Results(ImmutableMap.of("only", ImmutableList.of(metrics(1, 1, 2, 3, 4))));
    assertThat(Report.markdown("t", one)).contains("over 1 replications", "| only |", " 2.0000 ± 0.0000 |")
        .doesNotContain("Paired differences");
  }

  @Test
  void missingArgumentsAndMetricsAreNamed() {
    assertThatThrownBy(() -> Report.markdown(null, RESULTS)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Report.markdown("t", null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Report.svg(null)).isInstanceOf(InvalidInputException.class);
    Experiment.Results noPercentiles = new Experiment.Results(ImmutableMap.of("p",
        ImmutableList.of(ImmutableMap.of(Metrics.CASES, 1.0))));
    assertThatThrownBy(() -> Report.svg(noPercentiles)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("metric").hasMessageContaining(Metrics.RESOLUTION_P99_H);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("%s changed; if that is intended, rerun with -Dgridgov.updateGoldens=true", name)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }
}
