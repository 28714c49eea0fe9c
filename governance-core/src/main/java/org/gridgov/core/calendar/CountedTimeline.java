package org.gridgov.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Precomputed counted time of one calendar-dependent kind over a calendar's covered range.
 *
 * <p>Times are nanoseconds since the origin, the start of the first covered day. Each day has the
 * same number of slots (the working periods, or one whole-day slot); a slot of a non-working day is
 * empty. {@code dayCum[d]} is the counted time before day {@code d}, so the counted time up to any
 * instant is one day lookup plus a few slot clamps, and the inverse is a galloping search over
 * {@code dayCum}. Nothing is allocated per call except the caller's result. Immutable and
 * thread-safe.
 */
final class CountedTimeline {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;

  private final long originSecond;
  private final int days;
  private final int slotsPerDay;
  /** Start of day d, d in [0, days]; dayStart[days] is the end of the range. */
  private final long[] dayStart;
  /** Counted time before day d, d in [0, days]; dayCum[days] is the total. */
  private final long[] dayCum;
  private final long[] slotStart;
  private final long[] slotEnd;

  private CountedTimeline(long originSecond, long[] dayStart, long[] dayCum, int slotsPerDay,
      long[] slotStart, long[] slotEnd) {
    this.originSecond = originSecond;
    this.days = dayStart.length - 1;
    this.dayStart = dayStart;
    this.dayCum = dayCum;
    this.slotsPerDay = slotsPerDay;
    this.slotStart = slotStart;
    this.slotEnd = slotEnd;
  }

  /**
   * Builds the timeline of working hours (periods non-null) or working days (periods null).
   * Slots are made monotonic so that local times in a daylight-saving gap never overlap or run
   * backwards.
   */
  static CountedTimeline build(ZoneId zone, LocalDate first, boolean[] working,
      List<BusinessCalendar.Period> periods) {
    int n = working.length;
    long originSecond = first.atStartOfDay(zone).toEpochSecond();
    long[] dayStart = new long[n + 1];
    for (int d = 0; d <= n; d++) {
      dayStart[d] = nanosOf(first.plusDays(d).atStartOfDay(zone).toInstant(), originSecond);
    }
    int slots = periods == null ? 1 : periods.size();
    long[] slotStart = new long[n * slots];
    long[] slotEnd = new long[n * slots];
    long[] dayCum = new long[n + 1];
    for (int d = 0; d < n; d++) {
      long cursor = dayStart[d];
      long counted = 0;
      LocalDate date = first.plusDays(d);
      for (int j = 0; j < slots; j++) {
        int i = d * slots + j;
        long s;
        long e;
        if (!working[d]) {
          s = cursor;
          e = cursor;
        } else if (periods == null) {
          s = dayStart[d];
          e = dayStart[d + 1];
        } else {
          BusinessCalendar.Period p = periods.get(j);
          s = localNanos(date, p.start(), zone, originSecond);
          e = localNanos(date, p.end(), zone, originSecond);
        }
        s = Math.max(s, cursor);
        e = Math.max(e, s);
        slotStart[i] = s;
        slotEnd[i] = e;
        counted += e - s;
        cursor = e;
      }
      dayCum[d + 1] = dayCum[d] + counted;
    }
    return new CountedTimeline(originSecond, dayStart, dayCum, slots, slotStart, slotEnd);
  }

  private static long localNanos(LocalDate date, LocalTime time, ZoneId zone, long originSecond) {
    return nanosOf(date.atTime(time).atZone(zone).toInstant(), originSecond);
  }

  private static long nanosOf(Instant instant, long originSecond) {
    return (instant.getEpochSecond() - originSecond) * NANOS_PER_SECOND + instant.getNano();
  }

  /** Returns whether the instant lies in [start of first day, end of last day]. */
  boolean covers(Instant instant) {
    long second = instant.getEpochSecond() - originSecond;
    if (second < 0) {
      return false;
    }
    // compare seconds, then nanoseconds, so that far-away instants cannot overflow a nanosecond product
    long endSecond = Math.floorDiv(dayStart[days], NANOS_PER_SECOND);
    return second < endSecond
        || second == endSecond && instant.getNano() <= Math.floorMod(dayStart[days], NANOS_PER_SECOND);
  }

  /** Returns the position of a covered instant, in nanoseconds since the origin. */
  long position(Instant instant) {
    return nanosOf(instant, originSecond);
  }

  /** Returns the instant at a position. */
  Instant instantAt(long position) {
    return Instant.ofEpochSecond(originSecond + Math.floorDiv(position, NANOS_PER_SECOND),
        Math.floorMod(position, NANOS_PER_SECOND));
  }

  /** Returns the total counted time over the range, in nanoseconds. */
  long total() {
    return dayCum[days];
  }

  /** Returns the counted time from the origin to a position in [0, end], in nanoseconds. */
  long countedUpTo(long t) {
    if (t >= dayStart[days]) {
      return dayCum[days];
    }
    int d = dayOf(t);
    long counted = dayCum[d];
    int base = d * slotsPerDay;
    for (int j = 0; j < slotsPerDay; j++) {
      long s = slotStart[base + j];
      if (t <= s) {
        break;
      }
      long e = slotEnd[base + j];
      counted += Math.min(t, e) - s;
    }
    return counted;
  }

  /**
   * Returns the earliest position at which the counted time from the origin reaches a target in
   * (countedUpTo(from), total], searching forward from the day of {@code from}. Such a target exists
   * only if {@code from} lies before the end, so {@code from} is in [0, end).
   */
  long positionOfCounted(long from, long target) {
    int lo = dayOf(from);
    // gallop: find a day hi with dayCum[hi + 1] >= target, then binary search (lo, hi]
    int step = 1;
    int hi = lo;
    while (dayCum[hi + 1] < target) {
      lo = hi + 1;
      hi = Math.min(days - 1, hi + step);
      step <<= 1;
    }
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dayCum[mid + 1] >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    long counted = dayCum[hi];
    int base = hi * slotsPerDay;
    for (int j = 0; j < slotsPerDay; j++) {
      long s = slotStart[base + j];
      long len = slotEnd[base + j] - s;
      if (counted + len >= target) {
        return s + (target - counted);
      }
      counted += len;
    }
    throw new AssertionError("dayCum and slots disagree on day " + hi);
  }

  /** Returns the day index of a position in [0, end), guessing by 24 h days and correcting. */
  private int dayOf(long t) {
    long guess = t / NANOS_PER_DAY;
    int d = (int) Math.min(guess, days - 1);
    while (dayStart[d] > t) {
      d--;
    }
    while (dayStart[d + 1] <= t) {
      d++;
    }
    return d;
  }
}
