package org.gridgov.jackson;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shared rules of standalone documents and derived properties.
 *
 * <p>A document written at the top level starts with {@code schema_version} (and, for the media-app
 * uploads, its {@code type}); nested in another document it carries neither. A derived property is
 * written for readers that do not recompute (a score, a verdict); on reading it is recomputed from the
 * data and must match, except explanation texts, which are checked to be strings only — their wording
 * may improve within a schema version.
 */
final class Documents {
  private Documents() {}

  /** Writes {@code schema_version} (and {@code type}, if given) when the value is the outermost one. */
  static void head(Out out, Optional<String> type) throws IOException {
    if (out.atDocumentRoot()) {
      out.number(In.SCHEMA_VERSION_PROPERTY, In.SCHEMA_VERSION);
      if (type.isPresent()) {
        out.string(Variants.TYPE, type.get());
      }
    }
  }

  /** Reads what {@link #head(Out, Optional)} wrote: the version policy and the expected type, at the root only. */
  static void head(In in, Optional<String> type, boolean command) {
    if (!in.atRoot()) {
      return;
    }
    in.document(command);
    if (type.isPresent()) {
      In t = in.get(Variants.TYPE);
      if (!t.text().equals(type.get())) {
        throw t.fail("must be '" + type.get() + "', was '" + t.text() + "'");
      }
    }
  }

  /** Reads a required derived property and checks it against the recomputed value. */
  static <T> void derived(In in, String name, T recomputed, Function<In, T> read) {
    In written = in.get(name);
    T value = read.apply(written);
    if (!Objects.equals(value, recomputed)) {
      throw written.fail("must match the data, which give " + recomputed);
    }
  }

  /** Reads an optional derived property (absent when the recomputed value is empty) and checks it. */
  static <T> void derivedOptional(In in, String name, Optional<T> recomputed, Function<In, T> read) {
    Optional<In> written = in.opt(name);
    Optional<T> value = written.map(read);
    if (!value.equals(recomputed)) {
      throw written.orElse(in).fail((written.isPresent() ? "" : name + " ")
          + "must match the data, which give " + recomputed.map(Object::toString).orElse("none"));
    }
  }

  /** Reads an explanation: derived text lines, checked to be strings and otherwise recomputed. */
  static void explanation(In in, String name) {
    in.list(name, ValueWire.TEXT);
  }
}
