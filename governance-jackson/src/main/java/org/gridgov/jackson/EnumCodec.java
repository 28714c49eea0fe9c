package org.gridgov.jackson;

import com.google.common.collect.ImmutableBiMap;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An enum written as an explicit, stable code: renaming a Java constant never changes the wire
 * format. The table must name every constant; a missing one fails when the module loads.
 *
 * @param <E>  the enum type
 */
final class EnumCodec<E extends Enum<E>> implements In.StringValued<E> {
  private final ImmutableBiMap<E, String> codes;
  /** The codes by ordinal, encoded once: writing is an array index and a byte copy. */
  private final SerializedString[] encoded;
  private final CodeTable<E> byCode;

  private EnumCodec(Class<E> type, Map<E, String> codes) {
    EnumSet<E> missing = EnumSet.allOf(type);
    missing.removeAll(codes.keySet());
    if (!missing.isEmpty()) {
      throw new IllegalStateException(type.getName() + " has no wire code for " + missing);
    }
    ImmutableBiMap.Builder<E, String> ordered = ImmutableBiMap.builder();
    for (E constant : type.getEnumConstants()) {
      ordered.put(constant, codes.get(constant));
    }
    this.codes = ordered.buildOrThrow();
    E[] constants = type.getEnumConstants();
    this.byCode = new CodeTable<>(this.codes.inverse());
    this.encoded = new SerializedString[constants.length];
    for (E constant : constants) {
      encoded[constant.ordinal()] = new SerializedString(codes.get(constant));
    }
  }

  static <E extends Enum<E>> EnumCodec<E> of(Class<E> type, Map<E, String> codes) {
    return new EnumCodec<>(type, codes);
  }

  @Override
  public void write(E value, Out out) throws IOException {
    out.gen.writeString(encoded[value.ordinal()]);
  }

  @Override
  public E read(In in) {
    return parse(in.text(), () -> in);
  }

  @Override
  public E parse(String code, Supplier<In> at) {
    E value = byCode.get(code);
    if (value == null) {
      throw at.get().fail("must be one of " + codes.values() + ", was '" + code + "'");
    }
    return value;
  }

  String code(E value) {
    return codes.get(value);
  }
}
