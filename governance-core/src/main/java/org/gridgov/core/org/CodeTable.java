package org.gridgov.core.org;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridgov.core.InvalidInputException;

/**
 * A compact index from codes (identifier tokens, which are ASCII) to dense handles 0, 1, 2, … in
 * insertion order, each with one int of payload, for the millions of households of a large city.
 *
 * <p>Each code is stored once in a byte array (a string table) as an entry: its handle, its payload,
 * its length and its characters, side by side. An open-addressing table of longs holds each code's
 * hash in its upper half and its entry's position in the lower half. A look-up therefore touches one
 * slot and one entry, whose handle and payload sit in the same cache line as the characters just
 * compared: two dependent memory accesses, where a {@code HashMap} with record keys takes half a dozen
 * (table, node, key, string, bytes, value), at about a quarter of the memory.
 *
 * <p>A table is appended to while an organisation is built and must not be changed once a snapshot
 * holds it: {@link #copy()} gives a builder its own table to append to.
 */
final class CodeTable {
  private static final int MAX_LOAD_PERCENT = 75;
  private static final long HASH_MASK = 0xFFFF_FFFF_0000_0000L;
  private static final int HEADER = 9;
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] entries;
  private int end;
  private int[] refs;
  private int size;
  private long[] slots;
  private int shift;

  CodeTable(int expected) {
    int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, expected) * 4 / 3 + 1) << 1);
    this.slots = new long[capacity];
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    this.refs = new int[Math.max(16, expected)];
    this.entries = new byte[Math.max(64, expected * 32)];
    this.end = 1; // entry 0 would make the slot of a code hashing to 0 look empty
  }

  private CodeTable(CodeTable other) {
    this.entries = other.entries.clone();
    this.end = other.end;
    this.refs = other.refs.clone();
    this.size = other.size;
    this.slots = other.slots.clone();
    this.shift = other.shift;
  }

  /** Returns a table with the same codes that can be appended to without affecting this one. */
  CodeTable copy() {
    return new CodeTable(this);
  }

  /** Returns the number of codes. */
  int size() {
    return size;
  }

  /**
   * Adds a code with its payload unless the code is present.
   *
   * @return the new handle, or {@code -1 - handle} of the code already present
   */
  int add(String code, int payload) {
    int hash = code.hashCode();
    int i = home(hash);
    long tag = (long) hash << 32;
    int mask = slots.length - 1;
    for (long s = slots[i]; s != 0; s = slots[i]) {
      if ((s & HASH_MASK) == tag && matches((int) s, code)) {
        return -1 - handle((int) s);
      }
      i = (i + 1) & mask;
    }
    int handle = size;
    slots[i] = tag | append(code, payload);
    if ((long) size * 100 > (long) slots.length * MAX_LOAD_PERCENT) {
      rehash();
    }
    return handle;
  }

  /** Returns the entry of a code, for {@link #handle(int)} and {@link #payload(int)}, or -1 if absent. */
  int find(String code) {
    int hash = code.hashCode();
    int i = home(hash);
    long tag = (long) hash << 32;
    long[] table = slots;
    int mask = table.length - 1;
    for (long s = table[i]; s != 0; s = table[i]) {
      if ((s & HASH_MASK) == tag && matches((int) s, code)) {
        return (int) s;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Returns the entry of a handle. */
  int entry(int handle) {
    return refs[handle];
  }

  /** Returns the handle of an entry. */
  int handle(int entry) {
    return (int) INT.get(entries, entry);
  }

  /** Returns the payload of an entry. */
  int payload(int entry) {
    return (int) INT.get(entries, entry + 4);
  }

  /** Sets the payload of an entry; only while the table is a builder's own. */
  void setPayload(int entry, int payload) {
    INT.set(entries, entry + 4, payload);
  }

  /** Returns the code of an entry as a new string. */
  String code(int entry) {
    return new String(entries, entry + HEADER, entries[entry + 8], StandardCharsets.ISO_8859_1);
  }

  private int home(int hash) {
    return (hash * 0x9E37_79B9) >>> shift;
  }

  private boolean matches(int entry, String code) {
    int n = code.length();
    byte[] e = entries;
    if (e[entry + 8] != n) {
      return false;
    }
    int from = entry + HEADER;
    for (int j = 0; j < n; j++) {
      if (e[from + j] != (byte) code.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Appends an entry (codes are at most 64 characters) and returns its position. */
  private int append(String code, int payload) {
    int n = code.length();
    int at = end;
    if (at > Integer.MAX_VALUE - 16 - HEADER - n) {
      throw new InvalidInputException("households", "must fit in 2 GB of identifier text", size + " households");
    }
    if (at + HEADER + n > entries.length) {
      entries = Arrays.copyOf(entries,
          (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(at + HEADER + n, entries.length * 2L)));
    }
    INT.set(entries, at, size);
    INT.set(entries, at + 4, payload);
    entries[at + 8] = (byte) n;
    for (int j = 0; j < n; j++) {
      entries[at + HEADER + j] = (byte) code.charAt(j);
    }
    end = at + HEADER + n;
    if (size == refs.length) {
      refs = Arrays.copyOf(refs, 2 * size + 16);
    }
    refs[size++] = at;
    return at;
  }

  private void rehash() {
    long[] old = slots;
    slots = new long[old.length * 2];
    shift--;
    int mask = slots.length - 1;
    for (long s : old) {
      if (s != 0) {
        int i = home((int) (s >>> 32));
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }

  /** Releases the spare capacity of the growable arrays once no more codes will be added. */
  void trim() {
    if (entries.length > end) {
      entries = Arrays.copyOf(entries, end);
    }
    if (refs.length > size) {
      refs = Arrays.copyOf(refs, size);
    }
  }
}
