package org.gridgov.routing.sim;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A memo keyed by identifiers that looks first by identity, then by equality: the simulator's keys
 * (grid, center and department identifiers) are nearly always the organisation's own instances, and
 * hashing them walks the identifier's parent chain (grid → community → subdistrict → city).
 *
 * <p>Only the first instance seen for a key enters the identity table, so equal copies made elsewhere
 * cost an equality lookup but never grow the memo. Not thread-safe.
 *
 * @param <K>  the key type
 * @param <V>  the value type
 */
final class IdentityFirstCache<K, V> {
  private final Map<K, V> byIdentity = new IdentityHashMap<>();
  private final Map<K, Entry<K, V>> byEquality = new HashMap<>();

  private record Entry<K, V>(K key, V value) {}

  /** Returns the value for a key, computing it once per equal key. */
  V get(K key, Function<? super K, ? extends V> compute) {
    V v = byIdentity.get(key);
    if (v != null) {
      return v;
    }
    Entry<K, V> e = byEquality.get(key);
    if (e == null) {
      e = new Entry<>(key, compute.apply(key));
      byEquality.put(key, e);
    }
    if (e.key() == key) {
      byIdentity.put(key, e.value());
    }
    return e.value();
  }

  /** Returns the value for a key, null if none was computed. */
  V peek(K key) {
    V v = byIdentity.get(key);
    if (v != null) {
      return v;
    }
    Entry<K, V> e = byEquality.get(key);
    return e == null ? null : e.value();
  }
}
