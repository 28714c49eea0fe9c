package org.gridgov.routing.sim;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The future event list of the simulator: a binary min-heap on primitive keys ordered by time, then by
 * insertion sequence, so events at the same time leave in the order they were scheduled.
 *
 * <p>Each event is a time (long), a kind (int) and a subject (int, e.g. a case index). Not thread-safe;
 * each replication owns one.
 */
public final class EventList {
  private long[] times = new long[64];
  private long[] seqs = new long[64];
  /** Kind (high 32 bits) and subject (low 32 bits) of each event: one array fewer to touch per move. */
  private long[] payloads = new long[64];
  private int size;
  private long nextSeq;

  private long time;
  private int kind;
  private int subject;

  /** Creates an empty event list. */
  public EventList() {}

  /**
   * Schedules an event.
   *
   * @param at  the time, at least 0
   * @param eventKind  the kind of event
   * @param eventSubject  what it is about
   */
  public void schedule(long at, int eventKind, int eventSubject) {
    if (size == times.length) {
      int n = size * 2;
      times = Arrays.copyOf(times, n);
      seqs = Arrays.copyOf(seqs, n);
      payloads = Arrays.copyOf(payloads, n);
    }
    int i = size++;
    long seq = nextSeq++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(at, seq, times[parent], seqs[parent])) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, at, seq, (long) eventKind << 32 | (eventSubject & 0xFFFF_FFFFL));
  }

  /**
   * Returns whether no event is scheduled.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the number of scheduled events.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Returns the time of the next event without removing it.
   *
   * @return the time
   * @throws NoSuchElementException if empty
   */
  public long peekTime() {
    if (size == 0) {
      throw new NoSuchElementException("the event list is empty");
    }
    return times[0];
  }

  /**
   * Removes the next event; read it with {@link #time()}, {@link #kind()} and {@link #subject()}.
   *
   * @throws NoSuchElementException if empty
   */
  public void next() {
    if (size == 0) {
      throw new NoSuchElementException("the event list is empty");
    }
    time = times[0];
    kind = (int) (payloads[0] >>> 32);
    subject = (int) payloads[0];
    size--;
    if (size == 0) {
      return;
    }
    long t = times[size];
    long s = seqs[size];
    long payload = payloads[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && less(times[child + 1], seqs[child + 1], times[child], seqs[child])) {
        child++;
      }
      if (!less(times[child], seqs[child], t, s)) {
        break;
      }
      move(child, i);
      i = child;
    }
    set(i, t, s, payload);
  }

  /** Returns the subject of the next event, which must exist: what {@link #next} will make current. */
  int peekSubject() {
    return (int) payloads[0];
  }

  /** Returns the subject of the event after the next one, -1 if there is none. */
  int peekSecondSubject() {
    return size < 2 ? -1 : (int) payloads[secondIndex()];
  }

  /**
   * Returns the subject of the third event from now, -1 if there is none: the smaller of the second
   * event's sibling and its children.
   */
  int peekThirdSubject() {
    if (size < 3) {
      return -1;
    }
    int second = secondIndex();
    int best = 3 - second;
    for (int c = 2 * second + 1; c <= 2 * second + 2 && c < size; c++) {
      if (less(times[c], seqs[c], times[best], seqs[best])) {
        best = c;
      }
    }
    return (int) payloads[best];
  }

  /** Returns the index of the event after the next one: the smaller of the root's children (size ≥ 2). */
  private int secondIndex() {
    return size > 2 && less(times[2], seqs[2], times[1], seqs[1]) ? 2 : 1;
  }

  /**
   * Returns the time of the event last removed.
   *
   * @return the time
   */
  public long time() {
    return time;
  }

  /**
   * Returns the kind of the event last removed.
   *
   * @return the kind
   */
  public int kind() {
    return kind;
  }

  /**
   * Returns the subject of the event last removed.
   *
   * @return the subject
   */
  public int subject() {
    return subject;
  }

  private static boolean less(long t1, long s1, long t2, long s2) {
    return t1 < t2 || t1 == t2 && s1 < s2;
  }

  private void move(int from, int to) {
    set(to, times[from], seqs[from], payloads[from]);
  }

  private void set(int i, long t, long s, long payload) {
    times[i] = t;
    seqs[i] = s;
    payloads[i] = payload;
  }
}
