package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.internal.Checks;

/**
 * Time limits (时限) per category × urgency × step, as data.
 *
 * <p>A lookup tries the full category, then its top-level class, then the default for the step and
 * urgency. This class is immutable and thread-safe.
 */
public final class DeadlineTable {

  private static final int URGENCIES = Urgency.values().length;
  private static final int CELLS = Step.values().length * URGENCIES;

  private final TimeLimit[] defaults;
  private final ImmutableMap<CategoryCode, TimeLimit[]> byCategory;
  /** Rows of the top-level classes, indexed by their two-digit number; null where none is set. */
  private final TimeLimit[][] byTopLevel = new TimeLimit[100][];
  /** Every limit of the table wrapped once, for event headers. */
  private final IdentityHashMap<TimeLimit, Optional<TimeLimit>> wrapped = new IdentityHashMap<>();
  /** The defaults wrapped, by cell: what {@link #clock} hands out without a lookup when no category row is set. */
  private final ImmutableList<Optional<TimeLimit>> wrappedDefaults;

  private DeadlineTable(TimeLimit[] defaults, ImmutableMap<CategoryCode, TimeLimit[]> byCategory) {
    this.defaults = defaults;
    this.byCategory = byCategory;
    ImmutableList.Builder<Optional<TimeLimit>> w = ImmutableList.builderWithExpectedSize(defaults.length);
    for (TimeLimit t : defaults) {
      wrapped.putIfAbsent(t, Optional.of(t));
      w.add(wrapped.get(t));
    }
    wrappedDefaults = w.build();
    byCategory.forEach((category, row) -> {
      if (category.isTopLevel()) {
        byTopLevel[topLevelIndex(category)] = row;
      }
      for (TimeLimit t : row) {
        if (t != null) {
          wrapped.putIfAbsent(t, Optional.of(t));
        }
      }
    });
  }

  /**
   * Returns a table with the national-practice defaults of {@code docs/CASE-LOOP.md}: accept and
   * dispatch in 30 minutes (10 urgent, 10 emergency), acknowledge in 2 working hours, handle in 5
   * working days (2 urgent, 4 continuous hours emergency), verify in 1 working day, report in within
   * 2 continuous hours after a whistle.
   *
   * @return the table, not null
   */
  public static DeadlineTable standard() {
    Builder b = builder(new TimeLimit(TimeKind.WORKING_DAYS, Duration.ofDays(1)));
    for (Urgency u : Urgency.values()) {
      Duration intake = u == Urgency.NORMAL ? Duration.ofMinutes(30) : Duration.ofMinutes(10);
      b.defaultLimit(Step.ACCEPT, u, new TimeLimit(TimeKind.CONTINUOUS_HOURS, intake));
      b.defaultLimit(Step.DISPATCH, u, new TimeLimit(TimeKind.CONTINUOUS_HOURS, intake));
      b.defaultLimit(Step.ACKNOWLEDGE, u, u == Urgency.EMERGENCY ? new TimeLimit(TimeKind.CONTINUOUS_HOURS,
          Duration.ofMinutes(30)) : TimeLimit.workingHours(2));
      b.defaultLimit(Step.VERIFY, u, u == Urgency.EMERGENCY ? TimeLimit.continuousHours(2) : TimeLimit.workingDays(1));
      b.defaultLimit(Step.REPORT_IN, u, TimeLimit.continuousHours(2));
    }
    b.defaultLimit(Step.HANDLE, Urgency.NORMAL, TimeLimit.workingDays(5));
    b.defaultLimit(Step.HANDLE, Urgency.URGENT, TimeLimit.workingDays(2));
    b.defaultLimit(Step.HANDLE, Urgency.EMERGENCY, TimeLimit.continuousHours(4));
    return b.build();
  }

  /**
   * Starts a table whose every default is the given limit.
   *
   * @param fallback  the limit of every step and urgency until overridden, not null
   * @return the builder, not null
   */
  public static Builder builder(TimeLimit fallback) {
    return new Builder(Checks.notNull(fallback, "fallback"));
  }

  /**
   * Returns the time limit of a step for a case of a category and urgency.
   *
   * @param category  the category, not null
   * @param urgency  the urgency, not null
   * @param step  the step, not null
   * @return the limit, not null
   * @throws InvalidInputException if a value is null
   */
  public TimeLimit limit(CategoryCode category, Urgency urgency, Step step) {
    Checks.notNull(category, "category");
    Checks.notNull(urgency, "urgency");
    Checks.notNull(step, "step");
    int cell = step.ordinal() * URGENCIES + urgency.ordinal();
    if (byCategory.isEmpty()) {
      return defaults[cell];
    }
    TimeLimit[] row = byCategory.get(category);
    if (row != null && row[cell] != null) {
      return row[cell];
    }
    if (!category.isTopLevel()) {
      row = byTopLevel[topLevelIndex(category)];
      if (row != null && row[cell] != null) {
        return row[cell];
      }
    }
    return defaults[cell];
  }

  /** Returns {@link #limit} wrapped, without allocating: the form an event header carries. */
  Optional<TimeLimit> clock(CategoryCode category, Urgency urgency, Step step) {
    if (byCategory.isEmpty()) {
      Checks.notNull(category, "category");
      Checks.notNull(urgency, "urgency");
      Checks.notNull(step, "step");
      return wrappedDefaults.get(step.ordinal() * URGENCIES + urgency.ordinal());
    }
    return wrapped.get(limit(category, urgency, step));
  }

  /** Returns the two-digit number of a category's top-level class, without building its code. */
  private static int topLevelIndex(CategoryCode category) {
    String v = category.value();
    return (v.charAt(0) - '0') * 10 + (v.charAt(1) - '0');
  }

  /**
   * One cell of the table: the limit of a step at an urgency, for a category or, when the category is
   * empty, by default.
   *
   * @param category  the category, empty for a default cell
   * @param urgency  the urgency
   * @param step  the step
   * @param limit  the limit
   */
  public record Entry(Optional<CategoryCode> category, Urgency urgency, Step step, TimeLimit limit) {
    /**
     * Creates an entry.
     *
     * @throws InvalidInputException if a component is null
     */
    public Entry {
      Checks.notNull(category, "category");
      Checks.notNull(urgency, "urgency");
      Checks.notNull(step, "step");
      Checks.notNull(limit, "limit");
    }
  }

  /**
   * Returns every cell of the table: the defaults in step and urgency order, then the cells set for
   * categories, by category code; feeding them to a builder gives an equal table.
   *
   * @return the entries, not null
   */
  public ImmutableList<Entry> entries() {
    ImmutableList.Builder<Entry> out = ImmutableList.builder();
    for (Step step : Step.values()) {
      for (Urgency urgency : Urgency.values()) {
        out.add(new Entry(Optional.empty(), urgency, step, defaults[step.ordinal() * URGENCIES + urgency.ordinal()]));
      }
    }
    byCategory.keySet().stream().sorted(java.util.Comparator.comparing(CategoryCode::value)).forEach(category -> {
      TimeLimit[] row = byCategory.get(category);
      for (Step step : Step.values()) {
        for (Urgency urgency : Urgency.values()) {
          TimeLimit t = row[step.ordinal() * URGENCIES + urgency.ordinal()];
          if (t != null) {
            out.add(new Entry(Optional.of(category), urgency, step, t));
          }
        }
      }
    });
    return out.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeadlineTable t && entries().equals(t.entries());
  }

  @Override
  public int hashCode() {
    return entries().hashCode();
  }

  /** Collects a deadline table's cells. A builder is not thread-safe. */
  public static final class Builder {
    private final TimeLimit[] defaults = new TimeLimit[CELLS];
    private final Map<CategoryCode, TimeLimit[]> byCategory = new HashMap<>();

    private Builder(TimeLimit fallback) {
      java.util.Arrays.fill(defaults, fallback);
    }

    /**
     * Sets the default limit of a step and urgency.
     *
     * @param step  the step, not null
     * @param urgency  the urgency, not null
     * @param limit  the limit, not null
     * @return this builder
     * @throws InvalidInputException if a value is null
     */
    public Builder defaultLimit(Step step, Urgency urgency, TimeLimit limit) {
      defaults[cell(step, urgency)] = Checks.notNull(limit, "limit");
      return this;
    }

    /**
     * Sets the limit of a step and urgency for a category (a top-level class covers its sub-classes).
     *
     * @param category  the category, not null
     * @param urgency  the urgency, not null
     * @param step  the step, not null
     * @param limit  the limit, not null
     * @return this builder
     * @throws InvalidInputException if a value is null
     */
    public Builder limit(CategoryCode category, Urgency urgency, Step step, TimeLimit limit) {
      Checks.notNull(category, "category");
      Checks.notNull(limit, "limit");
      byCategory.computeIfAbsent(category, c -> new TimeLimit[CELLS])[cell(step, urgency)] = limit;
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table, not null
     */
    public DeadlineTable build() {
      ImmutableMap.Builder<CategoryCode, TimeLimit[]> m = ImmutableMap.builder();
      byCategory.forEach((k, v) -> m.put(k, v.clone()));
      return new DeadlineTable(defaults.clone(), m.build());
    }

    private static int cell(Step step, Urgency urgency) {
      Checks.notNull(step, "step");
      Checks.notNull(urgency, "urgency");
      return step.ordinal() * Urgency.values().length + urgency.ordinal();
    }
  }
}
