package org.gridgov.core.people;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * Identifier of a person, chosen by the embedding system; carries no personal data.
 *
 * <p>Two identifiers are equal when their texts are. Every authority check of the case loop looks a
 * command's actor up among the organisation's people, and the caller's identifier is rarely the very
 * instance the organisation holds, so an identifier keeps the first 24 characters of its text packed
 * into three words beside its length and hash: comparing two identifiers of up to 24 characters reads
 * the two objects and nothing else, instead of following each one's string to its character array.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonId {
  /** The characters packed into the words: one byte each (the text is ASCII), eight to a word. */
  private static final int PACKED = 24;

  private final String value;
  /** Characters 0–7, 8–15 and 16–23 of the text, the first in the lowest byte; zero past the end. */
  private final long chars0;
  private final long chars1;
  private final long chars2;
  private final int length;
  private final int hash;

  /**
   * Creates the identifier, checking its form.
   *
   * @param value  1 to 64 letters, digits or {@code . _ : -}, starting with a letter or digit
   * @throws InvalidInputException if the value is null or malformed
   */
  public PersonId(String value) {
    this.value = Checks.token(value, "personId");
    this.length = value.length();
    this.hash = value.hashCode();
    this.chars0 = word(value, 0);
    this.chars1 = word(value, 8);
    this.chars2 = word(value, 16);
  }

  private static long word(String text, int from) {
    long w = 0;
    int end = Math.min(text.length(), from + 8);
    for (int i = end - 1; i >= from; i--) {
      w = w << 8 | text.charAt(i);
    }
    return w;
  }

  /**
   * Obtains an identifier from its text.
   *
   * @param value  the text, not null
   * @return the identifier, not null
   * @throws InvalidInputException if the text is malformed
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  /**
   * Returns the text of the identifier.
   *
   * @return the text, not null
   */
  public String value() {
    return value;
  }

  /** Equal texts: the packed words and length decide up to 24 characters, the strings beyond. */
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof PersonId o && chars0 == o.chars0 && chars1 == o.chars1
        && chars2 == o.chars2 && length == o.length && (length <= PACKED || value.equals(o.value));
  }

  /** The text's hash, {@code value().hashCode()}. */
  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return value;
  }
}
