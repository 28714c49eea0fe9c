package org.gridgov.jackson;

import java.io.IOException;

/**
 * The JSON form of one type: how it is written and how it is read back.
 *
 * <p>Every codec names each wire property explicitly, so renaming a Java accessor never changes the
 * wire format. Reading goes through the type's validating constructor or builder.
 *
 * @param <T>  the type
 */
interface Codec<T> {

  /**
   * Writes a value.
   *
   * @param value  the value, not null
   * @param out  the output
   * @throws IOException if the generator fails
   */
  void write(T value, Out out) throws IOException;

  /**
   * Reads a value.
   *
   * @param in  the JSON value at its path
   * @return the value, not null
   * @throws WireFormatException if the JSON is not a valid form of the type
   */
  T read(In in);
}
