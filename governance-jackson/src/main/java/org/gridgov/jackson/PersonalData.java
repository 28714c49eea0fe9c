package org.gridgov.jackson;

/**
 * How personal data (a person's name, phone number and ID card number) is written.
 *
 * <p>Reading is not affected: full values are always accepted, masked documents are refused.
 */
public enum PersonalData {
  /**
   * Writes masked values ({@code 王**}, {@code 138****8000}) and marks the person
   * {@code "masked": true}; safe for logs and public views, cannot be read back. The default.
   */
  MASKED,
  /** Writes full values, for privileged storage and exchange; such documents read back whole. */
  REVEALED
}
