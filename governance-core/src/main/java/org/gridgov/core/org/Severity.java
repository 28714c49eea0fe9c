package org.gridgov.core.org;

/** How serious a rule violation is. */
public enum Severity {
  /** The organisation breaks a rule of the article; changes that add errors are rejected. */
  ERROR,
  /** Worth a look but allowed, e.g. a grid far from the reference size. */
  WARNING
}
