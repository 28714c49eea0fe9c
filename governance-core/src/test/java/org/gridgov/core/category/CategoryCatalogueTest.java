package org.gridgov.core.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds the two-level classification: the five classes of the national standard plus the
 * platform's three, each subclass after its class.
 */
class CategoryCatalogueTest {

  private static CategoryCode code(String value) {
    return CategoryCode.of(value);
  }

  private static List<String> codes(List<Category> categories) {
    return categories.stream().map(c -> c.code().value()).toList();
  }

  @Test
  void theStandardCatalogueHasTheFiveNationalClassesAndThePlatformsThree() {
    CategoryCatalogue standard = CategoryCatalogue.standard();
    assertThat(standard.topLevel()).extracting(c -> c.code().value() + " " + c.name()).containsExactly(
        "01 市容环境", "02 宣传广告", "03 施工管理", "04 突发事件", "05 街面秩序",
        "06 矛盾纠纷", "07 民生服务", "08 公共安全");
  }

  @Test
  void theStandardCatalogueListsEachClassFollowedByItsSubclasses() {
    CategoryCatalogue standard = CategoryCatalogue.standard();
    assertThat(standard.all()).hasSize(45);
    assertThat(codes(standard.all()).subList(0, 9))
        .containsExactly("01", "0101", "0102", "0103", "0104", "0105", "0106", "0107", "02");
    assertThat(codes(standard.subclassesOf(code("01"))))
        .containsExactly("0101", "0102", "0103", "0104", "0105", "0106", "0107");
    assertThat(codes(standard.subclassesOf(code("02")))).containsExactly("0201", "0202");
    assertThat(codes(standard.subclassesOf(code("03")))).containsExactly("0301", "0302", "0303", "0304");
    assertThat(codes(standard.subclassesOf(code("04"))))
        .containsExactly("0401", "0402", "0403", "0404", "0405", "0406", "0407", "0408");
    assertThat(codes(standard.subclassesOf(code("05")))).containsExactly("0501", "0502", "0503", "0504", "0505");
    assertThat(standard.subclassesOf(code("06"))).extracting(Category::name)
        .containsExactly("邻里纠纷", "物业纠纷", "家庭纠纷");
    assertThat(codes(standard.subclassesOf(code("07")))).containsExactly("0701", "0702", "0703", "0704", "0705");
    assertThat(standard.subclassesOf(code("08"))).extracting(Category::name)
        .containsExactly("安全隐患", "治安问题", "疫情防控");
    assertThat(standard.subclassesOf(code("09"))).isEmpty();
    assertThat(standard).hasToString("CategoryCatalogue[45 categories]");
  }

  @Test
  void everyStandardCategoryIsFoundByItsCodeAndSitsUnderItsClass() {
    CategoryCatalogue standard = CategoryCatalogue.standard();
    for (Category c : standard.all()) {
      assertThat(standard.find(c.code())).contains(c);
      assertThat(standard.contains(c.code())).isTrue();
      assertThat(standard.contains(c.code().topLevel())).isTrue();
      boolean listedUnderClass = standard.subclassesOf(c.code().topLevel()).contains(c);
      assertThat(listedUnderClass).as(c.toString()).isEqualTo(!c.code().isTopLevel());
      assertThat(standard.topLevel().contains(c)).isEqualTo(c.code().isTopLevel());
    }
  }

  @Test
  void aCodeTheCatalogueDoesNotListIsNotFound() {
    CategoryCatalogue standard = CategoryCatalogue.standard();
    assertThat(standard.find(code("0102"))).map(Category::name).contains("暴露垃圾");
    assertThat(standard.find(code("0108"))).isEmpty();
    assertThat(standard.contains(code("0108"))).isFalse();
    assertThat(standard.find(code("09"))).isEmpty();
    assertThat(standard.contains(code("09"))).isFalse();
  }

  @Test
  void lookupsRefuseAMissingOrSubclassCodeByField() {
    CategoryCatalogue standard = CategoryCatalogue.standard();
    assertThatThrownBy(() -> standard.find(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("code: is required");
    assertThatThrownBy(() -> standard.contains(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("code: is required");
    assertThatThrownBy(() -> standard.subclassesOf(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("top: is required");
    assertThatThrownBy(() -> standard.subclassesOf(code("0102"))).isInstanceOf(InvalidInputException.class)
        .hasMessage("top: must be a top-level class, was '0102'");
  }

  @Test
  void aCatalogueKeepsTheGivenOrder() {
    CategoryCatalogue c = CategoryCatalogue.of(List.of(Category.of("02", "宣传广告"), Category.of("01", "市容环境"),
        Category.of("0101", "私搭乱建"), Category.of("0201", "非法小广告")));
    assertThat(codes(c.all())).containsExactly("02", "01", "0101", "0201");
    assertThat(codes(c.topLevel())).containsExactly("02", "01");
    assertThat(codes(c.subclassesOf(code("02")))).containsExactly("0201");
    assertThat(CategoryCatalogue.of(List.of()).all()).isEmpty();
  }

  @Test
  void aRepeatedCodeIsRefusedNamingItsPosition() {
    assertThatThrownBy(() -> CategoryCatalogue.of(List.of(Category.of("01", "a"), Category.of("0101", "b"),
        Category.of("01", "c")))).isInstanceOf(InvalidInputException.class)
        .hasMessage("categories[2].code: must be unique, was '01'");
    assertThatThrownBy(() -> CategoryCatalogue.of(List.of(Category.of("01", "a"), Category.of("0101", "b"),
        Category.of("0101", "b")))).hasMessage("categories[2].code: must be unique, was '0101'");
  }

  @Test
  void aSubclassBeforeOrWithoutItsClassIsRefused() {
    assertThatThrownBy(() -> CategoryCatalogue.of(List.of(Category.of("0101", "b"), Category.of("01", "a"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("categories[0].code: must follow its top-level class 01, was '0101'");
    assertThatThrownBy(() -> CategoryCatalogue.of(List.of(Category.of("01", "a"), Category.of("0201", "b"))))
        .hasMessage("categories[1].code: must follow its top-level class 02, was '0201'");
  }

  @Test
  void aMissingListOrCategoryIsRefusedByField() {
    assertThatThrownBy(() -> CategoryCatalogue.of(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("categories: is required");
    assertThatThrownBy(() -> CategoryCatalogue.of(Arrays.asList(Category.of("01", "a"), null)))
        .isInstanceOf(InvalidInputException.class).hasMessage("categories[1]: is required");
  }

  @Test
  void cataloguesAreEqualWhenTheyListTheSameCategoriesInTheSameOrder() {
    CategoryCatalogue standard = CategoryCatalogue.standard();
    CategoryCatalogue copy = CategoryCatalogue.of(ImmutableList.copyOf(standard.all()));
    assertThat(copy).isEqualTo(standard).hasSameHashCodeAs(standard).isNotSameAs(standard);
    assertThat(standard.hashCode()).isEqualTo(standard.all().hashCode());
    Category a = Category.of("01", "a");
    Category b = Category.of("02", "b");
    CategoryCatalogue ab = CategoryCatalogue.of(List.of(a, b));
    assertThat(ab).isNotEqualTo(CategoryCatalogue.of(List.of(a)))
        .isNotEqualTo(CategoryCatalogue.of(List.of(a, Category.of("02", "other name"))))
        .isNotEqualTo(CategoryCatalogue.of(List.of(b, a)))
        .isNotEqualTo(ab.all())
        .isNotEqualTo(null);
  }
}
