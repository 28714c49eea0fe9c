package org.gridgov.jackson;

import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A sealed type written as an object whose {@code type} property holds an explicit, stable type
 * identifier (never a class name), followed by the properties of the variant. A document variant
 * set also writes {@code schema_version} first when it is the outermost value.
 *
 * @param <T>  the sealed type
 */
final class Variants<T> implements Codec<T> {
  static final String TYPE = "type";

  /** How a document reads its version: not a document, a state document or a command. */
  enum Kind { VALUE, STATE_DOCUMENT, COMMAND }

  private record Variant<T>(String id, SerializedString encodedId, Class<? extends T> type,
      ObjectCodec.Fields<T> fields, Function<In, ? extends T> reader) {}

  private static final SerializedString ENCODED_TYPE = Out.name(TYPE);
  private static final SerializedString ENCODED_VERSION = Out.name(In.SCHEMA_VERSION_PROPERTY);

  private final Kind kind;
  private final ImmutableMap<String, Variant<T>> byId;
  private final CodeTable<Variant<T>> byIdTable;
  private final ImmutableMap<Class<?>, Variant<T>> byType;

  private Variants(Kind kind, Map<String, Variant<T>> variants) {
    this.kind = kind;
    this.byId = ImmutableMap.copyOf(variants);
    this.byIdTable = new CodeTable<>(byId);
    ImmutableMap.Builder<Class<?>, Variant<T>> types = ImmutableMap.builder();
    variants.values().forEach(v -> types.put(v.type(), v));
    this.byType = types.build();
  }

  static <T> Builder<T> builder(Kind kind) {
    return new Builder<>(kind);
  }

  /** Collects the variants of a sealed type. */
  static final class Builder<T> {
    private final Kind kind;
    private final Map<String, Variant<T>> variants = new LinkedHashMap<>();

    private Builder(Kind kind) {
      this.kind = kind;
    }

    <S extends T> Builder<T> add(String id, Class<S> type, ObjectCodec.Fields<S> fields, Function<In, S> reader) {
      ObjectCodec.Fields<T> erased = (value, out) -> fields.write(type.cast(value), out);
      if (variants.put(id, new Variant<>(id, Out.name(id), type, erased, reader)) != null) {
        throw new IllegalStateException("type id " + id + " used twice");
      }
      return this;
    }

    Variants<T> build() {
      return new Variants<>(kind, variants);
    }
  }

  ImmutableMap<String, Class<? extends T>> types() {
    ImmutableMap.Builder<String, Class<? extends T>> out = ImmutableMap.builder();
    byId.forEach((id, v) -> out.put(id, v.type()));
    return out.build();
  }

  @Override
  public void write(T value, Out out) throws IOException {
    Variant<T> variant = byType.get(value.getClass());
    if (variant == null) {
      throw new IllegalStateException("no type id for " + value.getClass().getName());
    }
    out.begin();
    if (kind != Kind.VALUE && out.atDocumentRoot()) {
      out.number(ENCODED_VERSION, In.SCHEMA_VERSION);
    }
    out.string(ENCODED_TYPE, variant.encodedId());
    variant.fields().write(value, out);
    out.end();
  }

  @Override
  public T read(In in) {
    return in.object(o -> {
      if (kind != Kind.VALUE) {
        o.document(kind == Kind.COMMAND);
      }
      String id = o.text(TYPE);
      Variant<T> variant = byIdTable.get(id);
      if (variant == null) {
        throw o.get(TYPE).fail("must be one of " + byId.keySet() + ", was '" + id + "'");
      }
      return variant.reader().apply(o);
    });
  }

  /** Returns a codec for one variant class that refuses the other variants' type identifiers. */
  <S extends T> Codec<S> only(Class<S> type) {
    Variants<T> all = this;
    String expected = byType.get(type).id();
    return new Codec<>() {
      @Override
      public void write(S value, Out out) throws IOException {
        all.write(value, out);
      }

      @Override
      public S read(In in) {
        T value = all.read(in);
        if (!type.isInstance(value)) {
          throw new WireFormatException(in.path() + "/" + TYPE, "must be '" + expected + "' here", null);
        }
        return type.cast(value);
      }
    };
  }
}
