package org.gridgov.jackson;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/** The registry: the codec of every type that has a JSON form. */
final class Codecs {
  private static final ImmutableMap<Class<?>, Codec<?>> ALL = ImmutableMap.<Class<?>, Codec<?>>builder()
      .putAll(IdWire.codecs())
      .putAll(PeopleWire.codecs())
      .putAll(OrgWire.codecs())
      .putAll(ChangeWire.codecs())
      .putAll(ValueWire.codecs())
      .putAll(CaseWire.codecs())
      .putAll(CaseWire.variantCodecs())
      .putAll(PatrolWire.codecs())
      .putAll(ScorecardWire.codecs())
      .putAll(DutyWire.codecs())
      .putAll(NotificationWire.codecs())
      .buildOrThrow();

  private Codecs() {}

  /** Returns the types that have a JSON form. */
  static ImmutableMap<Class<?>, Codec<?>> all() {
    return ALL;
  }

  /** Finds the codec of a type. */
  @SuppressWarnings("unchecked") // the registry maps each class to a codec of that class
  static <T> Optional<Codec<T>> of(Class<T> type) {
    return Optional.ofNullable((Codec<T>) ALL.get(type));
  }
}
