package org.gridgov.jackson;

import java.io.IOException;
import java.util.function.Function;

/**
 * A value written as one JSON object whose properties its writer names one by one.
 *
 * @param <T>  the type
 */
final class ObjectCodec<T> implements Codec<T> {

  /** Writes the properties of a value. */
  @FunctionalInterface
  interface Fields<T> {
    void write(T value, Out out) throws IOException;
  }

  private final Fields<T> fields;
  private final Function<In, T> reader;

  private ObjectCodec(Fields<T> fields, Function<In, T> reader) {
    this.fields = fields;
    this.reader = reader;
  }

  static <T> ObjectCodec<T> of(Fields<T> fields, Function<In, T> reader) {
    return new ObjectCodec<>(fields, reader);
  }

  @Override
  public void write(T value, Out out) throws IOException {
    out.begin();
    fields.write(value, out);
    out.end();
  }

  @Override
  public T read(In in) {
    return in.object(reader);
  }
}
