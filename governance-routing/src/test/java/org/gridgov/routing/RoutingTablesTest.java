package org.gridgov.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.org.Department;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.Level;
import org.gridgov.core.org.Organisation;
import org.gridgov.routing.city.CityGenerator;
import org.gridgov.routing.city.CitySpec;
import org.junit.jupiter.api.Test;

/**
 * The capability and responsibility tables, each answer asked of a fresh table: both remember their
 * answers, so a table shared across tests would answer from memory rather than from its entries.
 */
class RoutingTablesTest {
  private static final Organisation ORG = CityGenerator.generate(CitySpec.beipiao());

  private static Level able(String code) {
    return CapabilityTable.standard().lowestAbleLevel(CategoryCode.of(code));
  }

  @Test
  void aSubclassEntryWinsOverItsClassAndAnUnknownClassGoesToTheCity() {
    CapabilityTable t = CapabilityTable.of(ImmutableMap.of(CategoryCode.of("03"), Level.CITY,
        CategoryCode.of("0304"), Level.COMMUNITY, CategoryCode.of("01"), Level.GRID));
    assertThat(t.lowestAbleLevel(CategoryCode.of("0304"))).isEqualTo(Level.COMMUNITY);
    assertThat(t.lowestAbleLevel(CategoryCode.of("0301"))).isEqualTo(Level.CITY);
    assertThat(t.lowestAbleLevel(CategoryCode.of("0102"))).isEqualTo(Level.GRID);
    assertThat(t.lowestAbleLevel(CategoryCode.of("01"))).isEqualTo(Level.GRID);
    assertThat(t.lowestAbleLevel(CategoryCode.of("0801"))).isEqualTo(Level.CITY);
    // asked again, from memory: the same answers
    assertThat(t.lowestAbleLevel(CategoryCode.of("0304"))).isEqualTo(Level.COMMUNITY);
    assertThat(t.lowestAbleLevel(CategoryCode.of("0801"))).isEqualTo(Level.CITY);
    assertThat(CapabilityTable.of(ImmutableMap.of()).lowestAbleLevel(CategoryCode.of("0102"))).isEqualTo(Level.CITY);
  }

  @Test
  void theStandardTableFollowsTheArticlesExamples() {
    assertThat(able("0102")).isEqualTo(Level.GRID);
    assertThat(able("0304")).isEqualTo(Level.COMMUNITY);
    assertThat(able("0407")).isEqualTo(Level.SUBDISTRICT);
    assertThat(able("0301")).isEqualTo(Level.CITY);
    assertThat(CapabilityTable.standard()).isSameAs(CapabilityTable.standard());
    assertThat(CapabilityTable.standard().entries()).containsEntry(CategoryCode.of("0304"), Level.COMMUNITY)
        .hasSize(18);
    assertThat(CapabilityTable.standard()).hasToString("CapabilityTable[18 entries]");
  }

  @Test
  void aCapabilityTableAcceptsOnlyLevelsOfTheLadder() {
    for (Level level : Level.values()) {
      ImmutableMap<CategoryCode, Level> entry = ImmutableMap.of(CategoryCode.of("01"), level);
      if (Ladder.isHolderLevel(level)) {
        assertThat(CapabilityTable.of(entry).lowestAbleLevel(CategoryCode.of("0101"))).isEqualTo(level);
      } else {
        assertThatThrownBy(() -> CapabilityTable.of(entry)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("levels[01]");
      }
    }
    assertThat(Arrays.stream(Level.values()).filter(Ladder::isHolderLevel))
        .containsExactlyInAnyOrder(Level.GRID, Level.COMMUNITY, Level.SUBDISTRICT, Level.CITY);
    assertThatThrownBy(() -> CapabilityTable.of(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CapabilityTable.standard().lowestAbleLevel(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aResponsibilityTableListsTheDepartmentsOfACategoryInTableOrder() {
    ResponsibilityTable t = ResponsibilityTable.of(ORG);
    assertThat(t.departments()).isEqualTo(ORG.departments());
    assertThat(t.responsibleFor(CategoryCode.of("0302")).stream().map(Department::id))
        .containsExactly(DepartmentId.of("housing-construction"), DepartmentId.of("ecology-environment"));
    assertThat(t.responsibleFor(CategoryCode.of("0102")).stream().map(Department::id))
        .containsExactly(DepartmentId.of("sanitation"));
    assertThat(t.responsibleFor(CategoryCode.of("0403"))).isEmpty();
    assertThat(t.isListed(DepartmentId.of("ecology-environment"), CategoryCode.of("0302"))).isTrue();
    assertThat(t.isListed(DepartmentId.of("sanitation"), CategoryCode.of("0302"))).isFalse();
    assertThat(ResponsibilityTable.of(ORG.departments().reverse()).responsibleFor(CategoryCode.of("0302")).stream()
        .map(Department::id))
        .containsExactly(DepartmentId.of("ecology-environment"), DepartmentId.of("housing-construction"));
    assertThat(ResponsibilityTable.of(java.util.List.of()).responsibleFor(CategoryCode.of("0302"))).isEmpty();
    assertThat(t.toString()).isEqualTo("ResponsibilityTable[" + ORG.departments().size() + " departments]");
  }

  @Test
  void aResponsibilityTableRefusesMissingValuesByName() {
    assertThatThrownBy(() -> ResponsibilityTable.of((Organisation) null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("organisation");
    assertThatThrownBy(() -> ResponsibilityTable.of((Iterable<Department>) null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("departments");
    assertThatThrownBy(() -> ResponsibilityTable.of(Arrays.asList(ORG.departments().get(0), null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("departments");
    ResponsibilityTable t = ResponsibilityTable.of(ORG);
    assertThatThrownBy(() -> t.responsibleFor(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> t.isListed(null, CategoryCode.of("0302"))).isInstanceOf(InvalidInputException.class);
  }
}
