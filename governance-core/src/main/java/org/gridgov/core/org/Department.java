package org.gridgov.core.org;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.internal.Checks;

/**
 * A functional department or utility on the platform, with its responsibility list: the case
 * categories it handles. A top-level code in the list covers all its subclasses.
 *
 * <p>{@link #standard()} gives the nine departments and four utilities the article names. This
 * class is immutable and thread-safe.
 *
 * @param id  the identifier
 * @param name  the name, 1 to 100 characters
 * @param kind  department or utility
 * @param responsibilities  the categories it is responsible for
 */
public record Department(DepartmentId id, String name, DepartmentKind kind,
    ImmutableSet<CategoryCode> responsibilities) {

  private static final ImmutableList<Department> STANDARD = ImmutableList.of(
      dept("public-security", "公安局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0802", "0503"),
      dept("petitions", "信访局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0603"),
      dept("civil-affairs", "民政局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0704", "0705"),
      dept("housing-construction", "住建局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "03", "0602", "0406"),
      dept("law-enforcement", "综合执法局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0101", "02", "0501", "0502",
          "0504", "0505"),
      dept("market-supervision", "市场监管局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0501"),
      dept("emergency-management", "应急管理局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0401", "0406", "0407",
          "0408", "0801"),
      dept("comprehensive-governance", "综治中心", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0601", "0603", "0803"),
      dept("ecology-environment", "生态环境局", DepartmentKind.FUNCTIONAL_DEPARTMENT, "0105", "0107", "0302"),
      dept("sanitation", "环卫处", DepartmentKind.UTILITY, "0102", "0103", "0104", "0106"),
      dept("power", "供电公司", DepartmentKind.UTILITY, "0701"),
      dept("water", "自来水公司", DepartmentKind.UTILITY, "0402", "0404", "0702"),
      dept("heating", "供热公司", DepartmentKind.UTILITY, "0405", "0703"));

  /**
   * Creates a department.
   *
   * @throws InvalidInputException if a component is null or the name blank
   */
  public Department {
    Checks.notNull(id, "id");
    Checks.text(name, "name", 100);
    Checks.notNull(kind, "kind");
    Checks.noNulls(responsibilities, "responsibilities");
  }

  /**
   * Returns the nine departments and four utilities the article names, with responsibility lists
   * over the {@linkplain org.gridgov.core.category.CategoryCatalogue#standard() standard catalogue}.
   *
   * @return the departments, not null
   */
  public static ImmutableList<Department> standard() {
    return STANDARD;
  }

  /**
   * Returns whether the category is on this department's responsibility list.
   *
   * @param category  the category, not null
   * @return true if a listed code covers the category
   */
  public boolean isResponsibleFor(CategoryCode category) {
    for (CategoryCode c : responsibilities) {
      if (c.covers(category)) {
        return true;
      }
    }
    return false;
  }

  private static Department dept(String id, String name, DepartmentKind kind, String... codes) {
    ImmutableSet.Builder<CategoryCode> set = ImmutableSet.builder();
    for (String c : codes) {
      set.add(CategoryCode.of(c));
    }
    return new Department(DepartmentId.of(id), name, kind, set.build());
  }
}
