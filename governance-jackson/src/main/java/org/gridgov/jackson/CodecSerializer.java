package org.gridgov.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Adapts a codec to Jackson's serializer API. */
final class CodecSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;
  private final PersonalData personalData;

  CodecSerializer(Class<T> type, Codec<T> codec, PersonalData personalData) {
    super(type);
    this.codec = codec;
    this.personalData = personalData;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    codec.write(value, new Out(gen, personalData));
  }
}
