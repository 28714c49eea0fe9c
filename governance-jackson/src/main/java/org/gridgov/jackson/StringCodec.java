package org.gridgov.jackson;

import java.io.IOException;
import java.util.function.Function;

/**
 * A value written as one JSON string: typed identifiers, codes, times and durations.
 *
 * @param <T>  the type
 */
final class StringCodec<T> implements Codec<T> {
  private final Function<T, String> format;
  private final Function<String, T> parse;

  private StringCodec(Function<T, String> format, Function<String, T> parse) {
    this.format = format;
    this.parse = parse;
  }

  static <T> StringCodec<T> of(Function<T, String> format, Function<String, T> parse) {
    return new StringCodec<>(format, parse);
  }

  @Override
  public void write(T value, Out out) throws IOException {
    out.gen.writeString(format.apply(value));
  }

  @Override
  public T read(In in) {
    return in.text(parse);
  }
}
