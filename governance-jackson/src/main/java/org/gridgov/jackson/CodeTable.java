package org.gridgov.jackson;

import java.util.Map;

/**
 * A read-only lookup from short codes (enum codes, type identifiers) to values that hashes only a
 * code's length and its first and last characters: a code read from a document is a fresh string
 * whose full hash code would be computed just for the lookup (a twentieth of the time of reading a
 * case, JsonBenchmark). Collisions are resolved by probing and comparing whole strings.
 *
 * @param <V>  the value type
 */
final class CodeTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  CodeTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    entries.forEach((k, v) -> {
      int i = slot(k);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = v;
    });
  }

  private int slot(String key) {
    int n = key.length();
    int h = n == 0 ? 0 : (n * 31 + key.charAt(0)) * 31 + key.charAt(n - 1);
    return (h ^ (h >>> 7)) & mask;
  }

  /** Returns the value of a code, or null. */
  @SuppressWarnings("unchecked") // values[i] was put for keys[i], a V
  V get(String key) {
    for (int i = slot(key); keys[i] != null; i = (i + 1) & mask) {
      if (keys[i].equals(key)) {
        return (V) values[i];
      }
    }
    return null;
  }
}
