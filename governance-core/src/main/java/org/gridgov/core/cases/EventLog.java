package org.gridgov.core.cases;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's events as a persistent list of array chunks, oldest first. A state sees the first
 * {@code version} events: those of the earlier chunks and the first {@code version - base} slots of its
 * own chunk.
 *
 * <p>Appending writes the next free slot of the chunk in place, so a lifecycle of ten events costs one
 * small array instead of ten list nodes. Only the thread that created a chunk writes into it, and only
 * into the slot after the last one written ({@link #written}, a plain field no other thread reads): each
 * slot is written once, before the state that sees it exists, so whoever receives that state (safely
 * published, as every state must be) sees the event, and an older state never looks past its version.
 * Any other append — from another thread, or from a state whose version is behind the chunk's (a fork:
 * one state evolved twice) — copies its prefix into a new chunk of its own. No compare-and-set: its full
 * fence cost more than the list node it saved.
 *
 * <p>Each chunk also keeps a 64-bit filter of the command identifiers written into it ({@link
 * #mayHold}): a clear bit proves that none of its events carries an identifier, so deciding a command
 * scans the log for a resend only when a bit is set. The owner sets bits as it writes; another thread
 * may read the field while it changes, but bits are only ever added, and those of the events a state
 * sees were set before that state was published, so any value read (even one torn into halves written
 * at different times) covers them: a stale read can only cause a needless scan, never miss a resend.
 * A scan then compares the hash of each slot's identifier, kept in an int array beside the slots (written
 * with each slot, under the same rules), and reads an event only when the hash matches: in a large simulation most states are cold, and reading
 * each event's header and identifier cost several cache misses per slot. The first chunk keeps no such
 * array: most cases never outgrow it (its 64 bytes were 4 % of a ten-event lifecycle's allocation),
 * their filter rarely lets a scan through, and a scan of a long history reads at most its first twelve
 * events one by one.
 */
final class EventLog {

  private static final int FIRST_CAPACITY = 12;
  private static final int MAX_CAPACITY = 64;

  /** The events, slot i holding event number {@code base + i + 1}; slots at or past written are empty. */
  private final CaseEvent[] events;
  /** Slot i's command identifier's text hash, written with the slot; null in the first chunk. */
  private final int[] commandHashes;
  /** The full chunk before this one, null for the first. */
  private final EventLog previous;
  /** The number of events before this chunk. */
  private final int base;
  /** The only thread that appends in place. */
  private final Thread owner;
  /** The slots written, read and written only by the owner. */
  private int written;
  /** One bit per command identifier of the events written ({@link #bit}); only ever gains bits. */
  private long commandBits;

  private EventLog(CaseEvent[] events, int[] commandHashes, EventLog previous, int base, int written,
      long commandBits) {
    this.events = events;
    this.commandHashes = commandHashes;
    this.previous = previous;
    this.base = base;
    this.owner = Thread.currentThread();
    this.written = written;
    this.commandBits = commandBits;
  }

  /** A chunk after a full one (null for the first chunk), of the given capacity, holding the event. */
  private static EventLog next(int capacity, EventLog full, int base, CaseEvent event, int hash) {
    CaseEvent[] slots = new CaseEvent[capacity];
    slots[0] = event;
    int[] hashes = null;
    if (full != null) {
      hashes = new int[capacity];
      hashes[0] = hash;
    }
    return new EventLog(slots, hashes, full, base, 1, bit(hash));
  }

  /**
   * Returns the filter bit of a command identifier: six bits of its mixed hash, so that sequential
   * identifiers ("k1", "k2", …) spread over the word instead of filling a corner of it.
   */
  static long bit(CommandId command) {
    return bit(hash(command));
  }

  /** Returns the hash the filter and the hash arrays keep of a command identifier: its text's. */
  private static int hash(CommandId command) {
    return command.hashCode();
  }

  private static long bit(int hash) {
    return 1L << ((hash * 0x9E37_79B9) >>> 26);
  }

  /**
   * Returns false if no event among those of the log carries the command identifier; true if one may.
   *
   * @param log  the log, null for none
   */
  static boolean mayHold(EventLog log, CommandId command) {
    long bit = bit(command);
    for (EventLog l = log; l != null; l = l.previous) {
      if ((l.commandBits & bit) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the log of {@code version + 1} events: those the given log holds for {@code version}, then
   * the event.
   *
   * @param log  the log, null if version is 0
   * @param version  the number of events the caller's state sees
   * @param event  the next event
   * @param header  its header (read once by the caller: {@code header()} is a call through the interface)
   */
  static EventLog append(EventLog log, long version, CaseEvent event, EventHeader header) {
    int hash = hash(header.command());
    if (log == null) {
      return next(FIRST_CAPACITY, null, 0, event, hash);
    }
    int used = (int) (version - log.base);
    CaseEvent[] slots = log.events;
    if (used == slots.length) {
      return next(Math.min(2 * used, MAX_CAPACITY), log, (int) version, event, hash);
    }
    int[] hashes = log.commandHashes;
    if (log.owner == Thread.currentThread() && log.written == used) {
      slots[used] = event;
      if (hashes != null) {
        hashes[used] = hash;
      }
      log.written = used + 1;
      log.commandBits |= bit(hash);
      return log;
    }
    return fork(log, used, event, hash);
  }

  /**
   * A copy of the chunk's first {@code used} slots followed by the event: the append of a state behind
   * the chunk or on another thread. Kept out of {@link #append} so that the common path stays small enough
   * for the JIT to inline into {@code evolve}.
   */
  private static EventLog fork(EventLog log, int used, CaseEvent event, int hash) {
    CaseEvent[] slots = log.events;
    int[] hashes = log.commandHashes;
    CaseEvent[] copy = new CaseEvent[slots.length];
    System.arraycopy(slots, 0, copy, 0, used);
    copy[used] = event;
    long bits = bit(hash);
    for (int i = 0; i < used; i++) {
      bits |= bit(hashes != null ? hashes[i] : hash(slots[i].header().command()));
    }
    int[] hashCopy = null;
    if (hashes != null) {
      hashCopy = new int[hashes.length];
      System.arraycopy(hashes, 0, hashCopy, 0, used);
      hashCopy[used] = hash;
    }
    return new EventLog(copy, hashCopy, log.previous, log.base, used + 1, bits);
  }

  /** Returns event number {@code sequence} (1-based) of a log that holds at least that many. */
  static CaseEvent get(EventLog log, long sequence) {
    EventLog l = log;
    while (sequence <= l.base) {
      l = l.previous;
    }
    return l.events[(int) (sequence - 1 - l.base)];
  }

  /**
   * Returns the events among the first {@code version} that carry a command identifier, newest first,
   * scanning each chunk's hashes in place (no walk from the newest chunk per event) and reading only the
   * events whose identifier's hash matches (the first chunk's events are read one by one).
   *
   * @return the events, empty if none, not null
   */
  static List<CaseEvent> withCommand(EventLog log, long version, CommandId id) {
    List<CaseEvent> found = List.of();
    int hash = hash(id);
    long end = version;
    for (EventLog l = log; l != null && end > 0; l = l.previous) {
      int[] hashes = l.commandHashes;
      for (int i = (int) (end - l.base) - 1; i >= 0; i--) {
        if (hashes != null && hashes[i] != hash) {
          continue;
        }
        CaseEvent e = l.events[i];
        if (e.header().command().equals(id)) {
          if (found.isEmpty()) {
            found = new ArrayList<>(2);
          }
          found.add(e);
        }
      }
      end = l.base;
    }
    return found;
  }

  static ImmutableList<CaseEvent> toList(EventLog log, long version) {
    return log == null ? ImmutableList.of() : ImmutableList.copyOf(copy(log, version));
  }

  /**
   * Returns whether two logs hold equal events up to their versions, newest first (a difference shows
   * soonest there); each log is read chunk by chunk, never walked from its newest chunk per event.
   */
  static boolean equal(EventLog a, long versionA, EventLog b, long versionB) {
    if (versionA != versionB) {
      return false;
    }
    if (a == b) {
      return true;
    }
    CaseEvent[] left = copy(a, versionA);
    CaseEvent[] right = copy(b, versionB);
    for (int i = left.length - 1; i >= 0; i--) {
      if (!left[i].equals(right[i])) {
        return false;
      }
    }
    return true;
  }

  /** Returns the first {@code version} events of a log, oldest first, in a new array. */
  private static CaseEvent[] copy(EventLog log, long version) {
    CaseEvent[] out = new CaseEvent[(int) version];
    int end = (int) version;
    for (EventLog l = log; l != null && end > 0; l = l.previous) {
      System.arraycopy(l.events, 0, out, l.base, end - l.base);
      end = l.base;
    }
    return out;
  }
}
