package org.gridgov.core.accountability.scorecard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Which indicators score each kind of subject, with which weights, as data.
 *
 * <p>{@link #standard()} gives the weights documented in {@code docs/ACCOUNTABILITY.md}; the article
 * names the inputs but no weights, so they are configurable. This class is immutable and thread-safe.
 */
public final class ScoringScheme {
  private static final ScoringScheme STANDARD = standardScheme();

  private final ImmutableMap<SubjectKind, ImmutableList<WeightedIndicator>> weights;

  private ScoringScheme(ImmutableMap<SubjectKind, ImmutableList<WeightedIndicator>> weights) {
    this.weights = weights;
  }

  /**
   * Obtains a scheme.
   *
   * @param weights  the weighted indicators of each subject kind; every kind needs at least one
   *     indicator and no indicator may repeat within a kind, not null
   * @return the scheme, not null
   * @throws InvalidInputException if a kind is missing, has no indicators, or repeats an indicator
   */
  public static ScoringScheme of(Map<SubjectKind, ? extends java.util.List<WeightedIndicator>> weights) {
    Checks.notNull(weights, "weights");
    Map<SubjectKind, ImmutableList<WeightedIndicator>> copy = new EnumMap<>(SubjectKind.class);
    for (SubjectKind kind : SubjectKind.values()) {
      java.util.List<WeightedIndicator> list = weights.get(kind);
      if (list == null || list.isEmpty()) {
        throw new InvalidInputException("weights", "must give at least one indicator for every subject kind", kind);
      }
      Checks.noNulls(list, "weights." + kind);
      if (list.stream().map(w -> w.indicator().id()).distinct().count() != list.size()) {
        throw new InvalidInputException("weights." + kind, "must not repeat an indicator", list);
      }
      copy.put(kind, ImmutableList.copyOf(list));
    }
    return new ScoringScheme(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the standard scheme.
   *
   * @return the scheme, not null
   */
  public static ScoringScheme standard() {
    return STANDARD;
  }

  /**
   * Returns the weighted indicators of a subject kind.
   *
   * @param kind  the kind, not null
   * @return the indicators, not empty
   */
  public ImmutableList<WeightedIndicator> indicatorsFor(SubjectKind kind) {
    return weights.get(Checks.notNull(kind, "kind"));
  }

  /**
   * Returns a copy of this scheme with a kind's indicators replaced.
   *
   * @param kind  the kind, not null
   * @param indicators  the new weighted indicators, not null
   * @return the new scheme, not null
   * @throws InvalidInputException if the indicators are empty or repeat
   */
  public ScoringScheme with(SubjectKind kind, java.util.List<WeightedIndicator> indicators) {
    Map<SubjectKind, ImmutableList<WeightedIndicator>> copy = new EnumMap<>(weights);
    copy.put(Checks.notNull(kind, "kind"), ImmutableList.copyOf(Checks.noNulls(indicators, "indicators")));
    return of(copy);
  }

  private static ScoringScheme standardScheme() {
    ImmutableList<WeightedIndicator> center = ImmutableList.of(w(Indicator.ACCURATE_DISPATCH_RATE, 20),
        w(Indicator.CLOSURE_RATE, 20), w(Indicator.ON_TIME_CLOSURE_RATE, 20), w(Indicator.ON_TIME_HANDLING_RATE, 10),
        w(Indicator.SATISFACTION_RATE, 15), w(Indicator.BOTTOM_UP_RATE, 15));
    Map<SubjectKind, ImmutableList<WeightedIndicator>> m = new EnumMap<>(SubjectKind.class);
    m.put(SubjectKind.GRID_WORKER, ImmutableList.of(w(Indicator.VALID_REPORT_RATE, 15),
        w(Indicator.ON_TIME_VERIFICATION_RATE, 15), w(Indicator.ON_TIME_HANDLING_RATE, 10),
        w(Indicator.SATISFACTION_RATE, 15), w(Indicator.PATROL_COMPLIANCE, 25), w(Indicator.ATTENDANCE, 20)));
    m.put(SubjectKind.COMMUNITY_CENTER, center);
    m.put(SubjectKind.SUBDISTRICT_CENTER, center);
    m.put(SubjectKind.CITY_CENTER, center);
    m.put(SubjectKind.DEPARTMENT, ImmutableList.of(w(Indicator.ON_TIME_HANDLING_RATE, 30), w(Indicator.REWORK_RATE, 20),
        w(Indicator.SATISFACTION_RATE, 20), w(Indicator.WORK_RATING_RATE, 15), w(Indicator.BOTTOM_UP_RATE, 15)));
    m.put(SubjectKind.AREA, ImmutableList.of(w(Indicator.VALID_REPORT_RATE, 10), w(Indicator.CLOSURE_RATE, 20),
        w(Indicator.ON_TIME_CLOSURE_RATE, 20), w(Indicator.SATISFACTION_RATE, 20), w(Indicator.PATROL_COMPLIANCE, 15),
        w(Indicator.ATTENDANCE, 15)));
    return of(m);
  }

  private static WeightedIndicator w(Indicator indicator, double weight) {
    return new WeightedIndicator(indicator, weight);
  }
}
