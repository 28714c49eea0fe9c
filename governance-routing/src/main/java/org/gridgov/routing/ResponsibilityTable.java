package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Organisation;

/**
 * The responsibility list (权责清单) as data: which departments are responsible for which categories,
 * in the order the departments are listed (the first responsible department leads).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResponsibilityTable {
  private final ImmutableList<Department> departments;

  private ResponsibilityTable(ImmutableList<Department> departments) {
    this.departments = departments;
  }

  /** Memo of {@link #responsibleFor}: a pure function of the immutable department list. */
  private final java.util.concurrent.ConcurrentHashMap<CategoryCode, ImmutableList<Department>> byCategory =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Returns the table of the given departments' responsibility lists.
   *
   * @param departments  the departments in priority order, not null
   * @return the table, not null
   * @throws org.gridgov.core.InvalidInputException if the list or an element is null
   */
  public static ResponsibilityTable of(Iterable<Department> departments) {
    Require.notNull(departments, "departments");
    // checked before the copy, which would throw a NullPointerException of its own
    java.util.List<Department> list = new java.util.ArrayList<>();
    departments.forEach(list::add);
    return new ResponsibilityTable(ImmutableList.copyOf(Require.noNulls(list, "departments")));
  }

  /**
   * Returns the table of an organisation's departments.
   *
   * @param organisation  the organisation, not null
   * @return the table, not null
   */
  public static ResponsibilityTable of(Organisation organisation) {
    return of(Require.notNull(organisation, "organisation").departments());
  }

  /**
   * Returns the departments whose list covers a category, in table order.
   *
   * @param category  the category, not null
   * @return the responsible departments, empty if none
   */
  public ImmutableList<Department> responsibleFor(CategoryCode category) {
    Require.notNull(category, "category");
    return byCategory.computeIfAbsent(category, c -> departments.stream().filter(d -> d.isResponsibleFor(c))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns whether a department is listed as responsible for a category.
   *
   * @param department  the department, not null
   * @param category  the category, not null
   * @return true if listed
   */
  public boolean isListed(DepartmentId department, CategoryCode category) {
    Require.notNull(department, "department");
    return responsibleFor(category).stream().anyMatch(d -> d.id().equals(department));
  }

  /**
   * Returns the departments of the table.
   *
   * @return the departments, not null
   */
  public ImmutableList<Department> departments() {
    return departments;
  }

  @Override
  public String toString() {
    return "ResponsibilityTable[" + departments.size() + " departments]";
  }
}
