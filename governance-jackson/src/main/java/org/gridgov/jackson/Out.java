package org.gridgov.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/** The writing side of a codec: a generator, the personal-data setting and the nesting depth. */
final class Out {
  final JsonGenerator gen;
  final PersonalData personalData;
  private int depth;

  Out(JsonGenerator gen, PersonalData personalData) {
    this.gen = gen;
    this.personalData = personalData;
  }

  /** Returns whether the value being written is the outermost gridgov value (a document carries its version). */
  boolean atDocumentRoot() {
    return depth == 0;
  }

  boolean masked() {
    return personalData == PersonalData.MASKED;
  }

  <T> void value(T value, Codec<T> codec) throws IOException {
    depth++;
    try {
      codec.write(value, this);
    } finally {
      depth--;
    }
  }

  <T> Out field(String name, T value, Codec<T> codec) throws IOException {
    gen.writeFieldName(name);
    value(value, codec);
    return this;
  }

  <T> Out optional(String name, Optional<T> value, Codec<T> codec) throws IOException {
    if (value.isPresent()) {
      field(name, value.get(), codec);
    }
    return this;
  }

  Out optional(String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      gen.writeNumberField(name, value.getAsInt());
    }
    return this;
  }

  <T> Out array(String name, Iterable<T> values, Codec<T> codec) throws IOException {
    gen.writeArrayFieldStart(name);
    for (T v : values) {
      value(v, codec);
    }
    gen.writeEndArray();
    return this;
  }

  Out string(String name, String value) throws IOException {
    gen.writeStringField(name, value);
    return this;
  }

  Out number(String name, long value) throws IOException {
    gen.writeNumberField(name, value);
    return this;
  }

  Out number(String name, double value) throws IOException {
    gen.writeNumberField(name, value);
    return this;
  }

  Out bool(String name, boolean value) throws IOException {
    gen.writeBooleanField(name, value);
    return this;
  }

  // ------------------------------------------------------------------ pre-encoded names

  /**
   * Returns a property name encoded once, for the hot documents (case, event): the generator copies its
   * quoted UTF-8 bytes instead of encoding the name on every write.
   */
  static SerializedString name(String name) {
    return new SerializedString(name);
  }

  <T> Out field(SerializableString name, T value, Codec<T> codec) throws IOException {
    gen.writeFieldName(name);
    value(value, codec);
    return this;
  }

  <T> Out optional(SerializableString name, Optional<T> value, Codec<T> codec) throws IOException {
    if (value.isPresent()) {
      field(name, value.get(), codec);
    }
    return this;
  }

  Out optional(SerializableString name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      gen.writeFieldName(name);
      gen.writeNumber(value.getAsInt());
    }
    return this;
  }

  <T> Out array(SerializableString name, Iterable<T> values, Codec<T> codec) throws IOException {
    gen.writeFieldName(name);
    gen.writeStartArray();
    for (T v : values) {
      value(v, codec);
    }
    gen.writeEndArray();
    return this;
  }

  Out string(SerializableString name, String value) throws IOException {
    gen.writeFieldName(name);
    gen.writeString(value);
    return this;
  }

  Out string(SerializableString name, SerializableString value) throws IOException {
    gen.writeFieldName(name);
    gen.writeString(value);
    return this;
  }

  Out number(SerializableString name, long value) throws IOException {
    gen.writeFieldName(name);
    gen.writeNumber(value);
    return this;
  }

  Out number(SerializableString name, double value) throws IOException {
    gen.writeFieldName(name);
    gen.writeNumber(value);
    return this;
  }

  Out bool(SerializableString name, boolean value) throws IOException {
    gen.writeFieldName(name);
    gen.writeBoolean(value);
    return this;
  }

  // ------------------------------------------------------------------ objects

  Out begin() throws IOException {
    gen.writeStartObject();
    return this;
  }

  void end() throws IOException {
    gen.writeEndObject();
  }
}
