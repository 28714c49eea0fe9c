package org.gridgov.core.category;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * A case category: its code and its name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the code
 * @param name  the name, e.g. "暴露垃圾", 1 to 100 characters
 */
public record Category(CategoryCode code, String name) {

  /**
   * Creates a category.
   *
   * @throws InvalidInputException if the code is null or the name blank or too long
   */
  public Category {
    Checks.notNull(code, "code");
    Checks.text(name, "name", 100);
  }

  /**
   * Obtains a category.
   *
   * @param code  the code text, not null
   * @param name  the name, not null
   * @return the category, not null
   * @throws InvalidInputException if the code or name is malformed
   */
  public static Category of(String code, String name) {
    return new Category(CategoryCode.of(code), name);
  }
}
