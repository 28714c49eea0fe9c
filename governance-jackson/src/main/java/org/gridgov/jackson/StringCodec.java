package org.gridgov.jackson;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.core.GovernanceException;

/**
 * A value written as one JSON string: typed identifiers, codes, times and durations.
 *
 * @param <T>  the type
 */
final class StringCodec<T> implements In.StringValued<T> {
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

  @Override
  public T parse(String text, Supplier<In> at) {
    try {
      return parse.apply(text);
    } catch (GovernanceException e) {
      throw new WireFormatException(at.get().path(), e.getMessage(), e);
    }
  }
}
