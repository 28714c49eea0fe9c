package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import org.gridgov.core.people.PersonId;

/**
 * The role assignments of each person, for {@link Organisation#rolesOf}, the look-up behind every
 * authority check of the case loop.
 *
 * <p>An open-addressing table keyed by the identifier: each slot keeps the identifier's hash beside
 * it, so a probe compares two ints before it compares identifiers, and an identifier compares the
 * characters it keeps packed in itself ({@link PersonId#equals}) rather than following two strings to
 * their character arrays. A Guava multimap keyed by {@link PersonId} took a node on every probe.
 */
final class RolesByPerson {
  private final int[] hashes;
  /** Slot i's identifier at {@code 2i} and its assignments at {@code 2i + 1}; null identifier for empty. */
  private final Object[] entries;
  private final int shift;

  RolesByPerson(ImmutableListMultimap<PersonId, RoleAssignment> roles) {
    int people = roles.keySet().size();
    int capacity = Math.max(8, Integer.highestOneBit(Math.max(1, people) * 2 - 1) << 1);
    this.hashes = new int[capacity];
    this.entries = new Object[2 * capacity];
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    int mask = capacity - 1;
    for (PersonId person : roles.keySet()) {
      int i = home(person.hashCode());
      while (entries[2 * i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = person.hashCode();
      entries[2 * i] = person;
      entries[2 * i + 1] = roles.get(person);
    }
  }

  /** Returns the person's assignments in the order they were added, empty if none. */
  @SuppressWarnings("unchecked")
  ImmutableList<RoleAssignment> get(PersonId person) {
    int hash = person.hashCode();
    int mask = hashes.length - 1;
    for (int i = home(hash); ; i = (i + 1) & mask) {
      Object k = entries[2 * i];
      if (k == null) {
        return ImmutableList.of();
      }
      if (hashes[i] == hash && person.equals(k)) {
        return (ImmutableList<RoleAssignment>) entries[2 * i + 1];
      }
    }
  }

  private int home(int hash) {
    return (hash * 0x9E37_79B9) >>> shift;
  }
}
