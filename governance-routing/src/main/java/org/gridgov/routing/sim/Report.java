package org.gridgov.routing.sim;

import java.util.List;
import java.util.Locale;
import org.gridgov.core.InvalidInputException;

/**
 * Writes an experiment's results as a Markdown report and an SVG chart of resolution times per policy.
 *
 * <p>Output depends only on the results: the same results give byte-identical text. Thread-safe.
 */
public final class Report {
  private Report() {}

  /**
   * Returns the Markdown report: every metric per policy as mean ± 95 % half-width, then each policy's
   * paired difference from the first policy.
   *
   * <p>Names are written as table cells: a bar is escaped ({@code \|}), a line break becomes a space.
   *
   * @param title  the report's title, not null (line breaks become spaces)
   * @param results  the results, not null
   * @return the Markdown text, not null
   * @throws InvalidInputException if a value is null
   */
  public static String markdown(String title, Experiment.Results results) {
    if (title == null || results == null) {
      throw new InvalidInputException("report", "title and results are required");
    }
    List<String> policies = results.byPolicy().keySet().asList();
    StringBuilder sb = new StringBuilder("# ").append(title.replaceAll("\\s*\\R\\s*", " ")).append("\n\n");
    sb.append("Mean ± 95 % confidence half-width over ")
        .append(results.byPolicy().values().iterator().next().size()).append(" replications.\n\n| metric |");
    policies.forEach(p -> sb.append(' ').append(cell(p)).append(" |"));
    sb.append("\n|---|");
    policies.forEach(p -> sb.append("---|"));
    sb.append('\n');
    for (String m : results.metricNames()) {
      sb.append("| ").append(cell(m)).append(" |");
      for (String p : policies) {
        Estimate e = results.estimate(p, m);
        sb.append(String.format(Locale.ROOT, " %.4f ± %.4f |", e.mean(), e.halfWidth()));
      }
      sb.append('\n');
    }
    if (policies.size() > 1) {
      String base = policies.get(0);
      sb.append("\n## Paired differences from ").append(cell(base)).append("\n\n| metric |");
      policies.subList(1, policies.size()).forEach(p -> sb.append(' ').append(cell(p)).append(" − ")
          .append(cell(base)).append(" |"));
      sb.append("\n|---|");
      policies.subList(1, policies.size()).forEach(p -> sb.append("---|"));
      sb.append('\n');
      for (String m : results.metricNames()) {
        sb.append("| ").append(cell(m)).append(" |");
        for (String p : policies.subList(1, policies.size())) {
          Estimate e = results.pairedDifference(p, base, m);
          sb.append(String.format(Locale.ROOT, " %+.4f ± %.4f |", e.mean(), e.halfWidth()));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Returns an SVG chart of the resolution-time distribution per policy: a bar from p50 to p99 with a
   * tick at p90, on a common hour axis.
   *
   * @param results  the results, not null
   * @return the SVG document, not null
   * @throws InvalidInputException if the results are null or lack a resolution-time percentile
   *     ({@link Metrics#RESOLUTION_P50_H}, {@link Metrics#RESOLUTION_P90_H}, {@link Metrics#RESOLUTION_P99_H})
   */
  public static String svg(Experiment.Results results) {
    if (results == null) {
      throw new InvalidInputException("results", "must not be null");
    }
    List<String> policies = results.byPolicy().keySet().asList();
    double max = 1;
    for (String p : policies) {
      max = Math.max(max, results.estimate(p, Metrics.RESOLUTION_P99_H).mean());
    }
    int width = 640;
    int left = 160;
    int row = 30;
    int height = 40 + row * policies.size();
    double scale = (width - left - 20) / max;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
    sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\">resolution time, hours (p50–p99, tick p90;"
        + " axis 0–%.1f)</text>%n", left, max));
    for (int i = 0; i < policies.size(); i++) {
      String p = policies.get(i);
      double p50 = results.estimate(p, Metrics.RESOLUTION_P50_H).mean();
      double p90 = results.estimate(p, Metrics.RESOLUTION_P90_H).mean();
      double p99 = results.estimate(p, Metrics.RESOLUTION_P99_H).mean();
      int y = 30 + i * row;
      sb.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%s</text>%n", y + 14, escape(p)));
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" "
          + "fill=\"#7aa6d6\"/>%n", left + p50 * scale, y, Math.max(1, (p99 - p50) * scale)));
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\"/>%n",
          left + p90 * scale, y, left + p90 * scale, y + 18));
    }
    return sb.append("</svg>\n").toString();
  }

  /** A name as a Markdown table cell: a bar would end the cell and a line break the row. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
