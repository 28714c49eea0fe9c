package org.gridgov.core.accountability.compliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.internal.Checks;

/**
 * Duty compliance over a span: one verdict per bearer, duty and period ending in the span.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param span  the span reported on
 * @param verdicts  the verdicts, ordered by bearer, duty and period
 */
public record ComplianceReport(DateSpan span, ImmutableList<DutyVerdict> verdicts) {

  /**
   * Creates the report.
   *
   * @throws InvalidInputException if a component is null
   */
  public ComplianceReport {
    Checks.notNull(span, "span");
    Checks.noNulls(verdicts, "verdicts");
  }

  /**
   * Returns the verdicts grouped by bearer (person or unit).
   *
   * @return the verdicts by bearer, not null
   */
  public ImmutableListMultimap<Actor, DutyVerdict> byBearer() {
    return verdicts.stream().collect(ImmutableListMultimap.toImmutableListMultimap(DutyVerdict::bearer, v -> v));
  }

  /**
   * Returns one bearer's verdicts.
   *
   * @param bearer  the bearer, not null
   * @return the verdicts, not null
   */
  public ImmutableList<DutyVerdict> of(Actor bearer) {
    Checks.notNull(bearer, "bearer");
    return verdicts.stream().filter(v -> v.bearer().equals(bearer)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the verdicts not met.
   *
   * @return the unmet verdicts, not null
   */
  public ImmutableList<DutyVerdict> unmet() {
    return verdicts.stream().filter(v -> !v.met()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Summarises each bearer in one line: periods met out of periods due.
   *
   * @return the lines, not null
   */
  public ImmutableList<String> summary() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    byBearer().asMap().forEach((bearer, list) -> out.add(bearer.label() + " " + span + ": "
        + list.stream().filter(DutyVerdict::met).count() + " of " + list.size() + " duty periods met"));
    return out.build();
  }
}
