package org.gridgov.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.gridgov.core.GovernanceException;
import org.gridgov.core.InvalidInputException;

/**
 * The reading side of a codec: a JSON value, its path, and the unknown-property policy of the
 * document it belongs to. Every failure becomes a {@link WireFormatException} naming the path.
 */
final class In {
  /** The schema version this library writes and fully understands. */
  static final int SCHEMA_VERSION = 1;
  static final String SCHEMA_VERSION_PROPERTY = "schema_version";

  /** The value's node; {@link Tree#STRING} for a string; null for an absent property (used for failing only). */
  private final Tree node;
  /** The string, when this value is a JSON string. */
  private final String string;
  /** The value around this one, null at the root; the path is built from it only when a failure needs it. */
  private final In parent;
  /** The property name (not yet escaped) that leads here from the parent; null for an array element. */
  private final String step;
  /** The array index that leads here from the parent, for an array element. */
  private int index;
  private final boolean root;
  private boolean ignoreUnknown;
  /** Which properties of this object the codec asked for, by position; null until read as an object. */
  private boolean[] seen;
  /** The same for the first 64 properties, as bits: most objects need no array. */
  private long seenBits;
  /** Where to start looking for the next property asked for: just after the last one found. */
  private int cursor;

  private In(Object value, In parent, String step, boolean root, boolean ignoreUnknown) {
    if (value instanceof String) {
      this.node = Tree.STRING;
      this.string = (String) value;
    } else {
      this.node = (Tree) value;
      this.string = node == null ? null : node.text;
    }
    this.parent = parent;
    this.step = step;
    this.root = root;
    this.ignoreUnknown = ignoreUnknown;
  }

  /** Starts reading a document at its root. */
  static In root(Tree node) {
    return new In(node, null, "", true, false);
  }

  /** Returns the JSON Pointer of this value. */
  String path() {
    if (parent == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    appendPath(out);
    return out.toString();
  }

  private void appendPath(StringBuilder out) {
    if (parent != null) {
      parent.appendPath(out);
      out.append('/');
      if (step != null) {
        out.append(escape(step));
      } else {
        out.append(index);
      }
    }
  }

  /** Returns whether this is the outermost value of what is read (a document carries its version here). */
  boolean atRoot() {
    return root;
  }

  WireFormatException fail(String rule) {
    return new WireFormatException(path(), rule, null);
  }

  // ------------------------------------------------------------------ documents

  /**
   * Reads the schema version when this is the outermost value and sets the unknown-property
   * policy: refused at the current version; ignored in newer state documents; newer commands are
   * refused whole. Nested documents inherit the policy of the document around them.
   */
  void document(boolean command) {
    if (!root) {
      return;
    }
    int version = get(SCHEMA_VERSION_PROPERTY).integer(1, Integer.MAX_VALUE);
    if (version > SCHEMA_VERSION) {
      if (command) {
        throw child(SCHEMA_VERSION_PROPERTY).fail("a command of schema version " + version
            + " is refused: this reader knows version " + SCHEMA_VERSION + " and commands must be understood whole");
      }
      ignoreUnknown = true;
    }
  }

  // ------------------------------------------------------------------ objects

  /**
   * Reads this value as an object: runs the body, turns a core validation failure into a
   * {@link WireFormatException} at the offending property, then checks for unknown properties.
   */
  <T> T object(Function<In, T> body) {
    if (node.kind != Tree.Kind.OBJECT) {
      throw fail("must be an object, was " + node.describe());
    }
    seen = node.size > 64 ? new boolean[node.size] : NO_MORE;
    T value;
    try {
      value = body.apply(this);
    } catch (InvalidInputException e) {
      throw new WireFormatException(pathOf(e.field()), e.getMessage(), e);
    }
    if (!ignoreUnknown) {
      for (int i = 0; i < node.size; i++) {
        if (!isSeen(i)) {
          throw child(node.name(i)).fail("is not a known property here");
        }
      }
    }
    return value;
  }

  /** Returns a required property; absent or null fails. */
  In get(String name) {
    int i = find(name);
    if (i < 0) {
      throw child(name, null).fail("is required");
    }
    see(i);
    Object value = node.value(i);
    if (value == Tree.NULL) {
      throw child(name, value).fail("is required");
    }
    return child(name, value);
  }

  /** Returns an optional property; absent and null both mean empty. */
  Optional<In> opt(String name) {
    int i = find(name);
    if (i < 0) {
      return Optional.empty();
    }
    see(i);
    Object value = node.value(i);
    return value == Tree.NULL ? Optional.empty() : Optional.of(child(name, value));
  }

  /**
   * Returns the names of this object's properties in document order and counts them all as known: for
   * objects whose property names are data (a tally's measures).
   */
  java.util.List<String> names() {
    java.util.List<String> out = new java.util.ArrayList<>(node.size);
    for (int i = 0; i < node.size; i++) {
      see(i);
      out.add(node.name(i));
    }
    return out;
  }

  /** Returns the value of a property whose name {@link #names()} gave, null included (and failing as required). */
  In property(String name) {
    return get(name);
  }

  <T> T read(String name, Codec<T> codec) {
    if (codec instanceof StringValued<T> strings) {
      int i = find(name);
      if (i >= 0 && node.value(i) instanceof String text) {
        see(i);
        return strings.parse(text, () -> child(name, text));
      }
    }
    return get(name).as(codec);
  }

  /**
   * A codec of values written as one JSON string: a required string property is read without a
   * child {@code In}, which is made only if the value fails (a third of the objects allocated in reading a
   * case were such children).
   */
  interface StringValued<T> extends Codec<T> {
    /**
     * Converts a string read at a place that {@code at} gives on failure.
     *
     * @throws WireFormatException naming {@code at}'s path if the string is not a valid value
     */
    T parse(String text, java.util.function.Supplier<In> at);
  }

  <T> Optional<T> readOptional(String name, Codec<T> codec) {
    int i = find(name);
    if (i < 0) {
      return Optional.empty();
    }
    see(i);
    Object value = node.value(i);
    if (value instanceof String text && codec instanceof StringValued<T> strings) {
      return Optional.of(strings.parse(text, () -> child(name, text)));
    }
    return value == Tree.NULL ? Optional.empty() : Optional.of(codec.read(child(name, value)));
  }

  /** Reads an optional 32-bit integer; its domain range is the core constructor's to check. */
  OptionalInt intOptional(String name) {
    Optional<In> v = opt(name);
    return v.isPresent() ? OptionalInt.of(v.get().int32()) : OptionalInt.empty();
  }

  <T> ImmutableList<T> list(String name, Codec<T> codec) {
    return get(name).list(codec);
  }

  <T> ImmutableSet<T> set(String name, Codec<T> codec) {
    In array = get(name);
    ImmutableList<T> values = array.list(codec);
    ImmutableSet<T> set = ImmutableSet.copyOf(values);
    if (set.size() != values.size()) {
      throw array.fail("must not contain duplicates");
    }
    return set;
  }

  String text(String name) {
    int i = find(name);
    if (i >= 0 && node.value(i) instanceof String text) {
      see(i);
      return text;
    }
    return get(name).text();
  }

  /** Reads a required integer property in a range, making a child only on failure. */
  long integer(String name, long min, long max) {
    int i = find(name);
    if (i >= 0 && node.value(i) instanceof Tree value && value.kind == Tree.Kind.INTEGER
        && value.longValue >= min && value.longValue <= max) {
      see(i);
      return value.longValue;
    }
    return get(name).integer(min, max);
  }

  // ------------------------------------------------------------------ values

  <T> T as(Codec<T> codec) {
    return codec.read(this);
  }

  <T> ImmutableList<T> list(Codec<T> codec) {
    if (node.kind != Tree.Kind.ARRAY) {
      throw fail("must be an array, was " + node.describe());
    }
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(node.size);
    for (int i = 0; i < node.size; i++) {
      Object element = node.value(i);
      In in = new In(element, this, null, false, ignoreUnknown);
      in.index = i;
      if (element == Tree.NULL) {
        throw in.fail("must not be null");
      }
      out.add(codec.read(in));
    }
    return out.build();
  }

  String text() {
    if (node.kind != Tree.Kind.STRING) {
      throw fail("must be a string, was " + node.describe());
    }
    return string;
  }

  /** Reads a string and converts it, reporting a core validation failure at this path. */
  <T> T text(Function<String, T> parse) {
    return convert(text(), parse);
  }

  /** Converts a string of this value, reporting a core validation failure at this path. */
  <T> T convert(String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (GovernanceException e) {
      throw new WireFormatException(path(), e.getMessage(), e);
    }
  }

  /** Reads a 32-bit integer; its domain range is the core constructor's to check. */
  int int32() {
    return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  int integer(int min, int max) {
    return (int) integer((long) min, (long) max);
  }

  long integer(long min, long max) {
    if (node.kind != Tree.Kind.INTEGER && node.kind != Tree.Kind.BIG_INTEGER) {
      throw fail("must be an integer, was " + node.describe());
    }
    if (node.kind == Tree.Kind.BIG_INTEGER || node.longValue < min || node.longValue > max) {
      throw fail("must be between " + min + " and " + max + ", was " + node.numberText());
    }
    return node.longValue;
  }

  double number() {
    if (node.kind != Tree.Kind.INTEGER && node.kind != Tree.Kind.BIG_INTEGER && node.kind != Tree.Kind.FLOAT) {
      throw fail("must be a number, was " + node.describe());
    }
    double d = node.doubleValue;
    if (!Double.isFinite(d)) {
      throw fail("must be a finite number, was " + node.numberText());
    }
    return d;
  }

  boolean bool() {
    if (node.kind != Tree.Kind.BOOLEAN) {
      throw fail("must be true or false, was " + node.describe());
    }
    return node == Tree.TRUE;
  }

  // ------------------------------------------------------------------ internals

  private static final boolean[] NO_MORE = new boolean[0];

  private void see(int i) {
    if (i < 64) {
      seenBits |= 1L << i;
    } else {
      seen[i] = true;
    }
  }

  private boolean isSeen(int i) {
    return i < 64 ? (seenBits & (1L << i)) != 0 : seen[i];
  }

  private int find(String name) {
    int i = node.indexOf(name, cursor);
    if (i >= 0) {
      cursor = i + 1;
    }
    return i;
  }

  private In child(String name) {
    int i = node.kind == Tree.Kind.OBJECT ? node.indexOf(name) : -1;
    return child(name, i < 0 ? null : node.value(i));
  }

  private In child(String name, Object value) {
    return new In(value, this, name, false, ignoreUnknown);
  }

  /** Maps a core field name such as {@code declaredHouseholds} or {@code categories[2].code} to a path. */
  private String pathOf(String field) {
    StringBuilder pointer = new StringBuilder();
    for (String part : field.split("\\.")) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      pointer.append('/').append(escape(snake(name)));
      if (bracket >= 0) {
        for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
          if (!index.isEmpty()) {
            pointer.append('/').append(index);
          }
        }
      }
    }
    return node.has(pointer.toString()) ? path() + pointer : path();
  }

  static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String escape(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }

}
