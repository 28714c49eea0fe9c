package org.gridgov.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Adapts a codec to Jackson's deserializer API: reads the value's tree, then the codec reads the tree. */
final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode tree = ctxt.readTree(p);
    return codec.read(In.root(tree));
  }
}
