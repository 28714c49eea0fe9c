package org.gridgov.core.category;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;

/**
 * The two-level classification of cases, as data: top-level classes and their subclasses.
 *
 * <p>{@link #standard()} gives the five top-level classes of the national digital city management
 * standard with common subclasses, plus three classes the article's platform handles beyond it
 * (06 矛盾纠纷 disputes, 07 民生服务 livelihood services, 08 公共安全 public safety). This class is
 * immutable and thread-safe.
 */
public final class CategoryCatalogue {
  private static final CategoryCatalogue STANDARD = of(ImmutableList.of(
      Category.of("01", "市容环境"),
      Category.of("0101", "私搭乱建"),
      Category.of("0102", "暴露垃圾"),
      Category.of("0103", "积存垃圾渣土"),
      Category.of("0104", "道路不洁"),
      Category.of("0105", "水域不洁"),
      Category.of("0106", "绿地脏乱"),
      Category.of("0107", "焚烧垃圾"),
      Category.of("02", "宣传广告"),
      Category.of("0201", "非法小广告"),
      Category.of("0202", "违规张贴悬挂广告"),
      Category.of("03", "施工管理"),
      Category.of("0301", "施工扰民"),
      Category.of("0302", "工地扬尘"),
      Category.of("0303", "道路遗撒"),
      Category.of("0304", "房屋设施破损"),
      Category.of("04", "突发事件"),
      Category.of("0401", "路面塌陷"),
      Category.of("0402", "自来水管破裂"),
      Category.of("0403", "燃气管道破裂"),
      Category.of("0404", "下水道堵塞或破损"),
      Category.of("0405", "供热管道破裂"),
      Category.of("0406", "道路积水"),
      Category.of("0407", "危险树木"),
      Category.of("0408", "火灾"),
      Category.of("05", "街面秩序"),
      Category.of("0501", "无照经营游商"),
      Category.of("0502", "店外经营"),
      Category.of("0503", "机动车乱停放"),
      Category.of("0504", "非机动车乱停放"),
      Category.of("0505", "快递乱堆放"),
      Category.of("06", "矛盾纠纷"),
      Category.of("0601", "邻里纠纷"),
      Category.of("0602", "物业纠纷"),
      Category.of("0603", "家庭纠纷"),
      Category.of("07", "民生服务"),
      Category.of("0701", "供电故障"),
      Category.of("0702", "供水故障"),
      Category.of("0703", "供暖问题"),
      Category.of("0704", "便民代办"),
      Category.of("0705", "特殊群体帮扶"),
      Category.of("08", "公共安全"),
      Category.of("0801", "安全隐患"),
      Category.of("0802", "治安问题"),
      Category.of("0803", "疫情防控")));

  private final ImmutableMap<CategoryCode, Category> byCode;

  private CategoryCatalogue(ImmutableMap<CategoryCode, Category> byCode) {
    this.byCode = byCode;
  }

  /**
   * Returns the standard catalogue described in the class documentation.
   *
   * @return the standard catalogue, not null
   */
  public static CategoryCatalogue standard() {
    return STANDARD;
  }

  /**
   * Obtains a catalogue from its categories.
   *
   * @param categories  the categories, each subclass after its top-level class, not null
   * @return the catalogue, not null
   * @throws InvalidInputException if a code repeats or a subclass has no top-level class before it
   */
  public static CategoryCatalogue of(Iterable<Category> categories) {
    Checks.notNull(categories, "categories");
    Map<CategoryCode, Category> map = new LinkedHashMap<>();
    int i = 0;
    for (Category c : categories) {
      Checks.notNull(c, "categories[" + i + "]");
      if (map.containsKey(c.code())) {
        throw new InvalidInputException("categories[" + i + "].code", "must be unique", c.code().value());
      }
      if (!c.code().isTopLevel() && !map.containsKey(c.code().topLevel())) {
        throw new InvalidInputException("categories[" + i + "].code",
            "must follow its top-level class " + c.code().topLevel(), c.code().value());
      }
      map.put(c.code(), c);
      i++;
    }
    return new CategoryCatalogue(ImmutableMap.copyOf(map));
  }

  /**
   * Finds a category by code.
   *
   * @param code  the code, not null
   * @return the category, empty if the catalogue has none with that code
   * @throws InvalidInputException if the code is null
   */
  public Optional<Category> find(CategoryCode code) {
    return Optional.ofNullable(byCode.get(Checks.notNull(code, "code")));
  }

  /**
   * Returns whether the catalogue lists the code.
   *
   * @param code  the code, not null
   * @return true if listed
   * @throws InvalidInputException if the code is null
   */
  public boolean contains(CategoryCode code) {
    return byCode.containsKey(Checks.notNull(code, "code"));
  }

  /**
   * Returns all categories in catalogue order.
   *
   * @return the categories, not null
   */
  public ImmutableList<Category> all() {
    return byCode.values().asList();
  }

  /**
   * Returns the top-level classes in catalogue order.
   *
   * @return the top-level categories, not null
   */
  public ImmutableList<Category> topLevel() {
    return byCode.values().stream().filter(c -> c.code().isTopLevel()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the subclasses of a top-level class.
   *
   * @param top  the top-level code, not null
   * @return the subclasses in catalogue order, not null
   * @throws InvalidInputException if the code is null or a subclass
   */
  public ImmutableList<Category> subclassesOf(CategoryCode top) {
    Checks.notNull(top, "top");
    if (!top.isTopLevel()) {
      throw new InvalidInputException("top", "must be a top-level class", top.value());
    }
    return byCode.values().stream()
        .filter(c -> !c.code().isTopLevel() && top.covers(c.code()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Equal catalogues list the same categories in the same order. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CategoryCatalogue other && all().equals(other.all());
  }

  /** The hash of the category list, {@code all().hashCode()}. */
  @Override
  public int hashCode() {
    return all().hashCode();
  }

  @Override
  public String toString() {
    return "CategoryCatalogue[" + byCode.size() + " categories]";
  }
}
