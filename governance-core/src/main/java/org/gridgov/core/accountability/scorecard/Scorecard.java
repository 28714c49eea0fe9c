package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.internal.Checks;

/**
 * A subject's score over a period (考核得分): the weighted sum of its applicable indicators out of 100,
 * its grade, and a line per indicator explaining inputs, formula and weight.
 *
 * <p>Indicators without data are left out and the weights of the others are scaled to 100 %; a subject
 * with no data at all has no score and no grade. This class is immutable and thread-safe.
 *
 * @param subject  the subject scored
 * @param span  the period
 * @param lines  one line per configured indicator
 */
public record Scorecard(Subject subject, DateSpan span, ImmutableList<IndicatorScore> lines) {

  /**
   * Creates the scorecard.
   *
   * @throws InvalidInputException if a component is null
   */
  public Scorecard {
    Checks.notNull(subject, "subject");
    Checks.notNull(span, "span");
    Checks.noNulls(lines, "lines");
  }

  /**
   * Computes a scorecard from a tally and the weighted indicators of the subject's kind.
   *
   * @param subject  the subject, not null
   * @param span  the period, not null
   * @param tally  the subject's counts over the period, not null
   * @param scheme  the scoring scheme, not null
   * @return the scorecard, not null
   */
  public static Scorecard compute(Subject subject, DateSpan span, Tally tally, ScoringScheme scheme) {
    Checks.notNull(subject, "subject");
    Checks.notNull(tally, "tally");
    ImmutableList<WeightedIndicator> indicators = Checks.notNull(scheme, "scheme").indicatorsFor(subject.kind());
    double applicableWeight = 0;
    for (WeightedIndicator w : indicators) {
      if (tally.get(w.indicator().denominator()) > 0) {
        applicableWeight += w.weight();
      }
    }
    ImmutableList.Builder<IndicatorScore> lines = ImmutableList.builderWithExpectedSize(indicators.size());
    for (WeightedIndicator w : indicators) {
      long den = tally.get(w.indicator().denominator());
      lines.add(new IndicatorScore(w.indicator(), w.weight(), tally.get(w.indicator().numerator()), den,
          den > 0 ? w.weight() / applicableWeight : 0));
    }
    return new Scorecard(subject, span, lines.build());
  }

  /**
   * Returns the score out of 100, rounded to two decimals.
   *
   * @return the score, empty if no indicator had data
   */
  public OptionalDouble score() {
    if (lines.stream().noneMatch(IndicatorScore::applicable)) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (IndicatorScore l : lines) {
      sum += l.points();
    }
    return OptionalDouble.of(Math.min(100, Math.round(sum * 100) / 100.0));
  }

  /**
   * Returns the grade of the score.
   *
   * @return the grade, empty if there is no score
   */
  public Optional<Grade> grade() {
    OptionalDouble s = score();
    return s.isPresent() ? Optional.of(Grade.of(s.getAsDouble())) : Optional.empty();
  }

  /**
   * Explains the score: a headline, then one line per indicator.
   *
   * @return the lines, not empty
   */
  public ImmutableList<String> explanation() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    OptionalDouble s = score();
    out.add(subject.label() + " " + span + ": " + (s.isPresent()
        ? String.format(Locale.ROOT, "%.2f points, grade %s", s.getAsDouble(), grade().orElseThrow())
        : "no data, not graded"));
    lines.forEach(l -> out.add("  " + l.explanation()));
    return out.build();
  }
}
