package org.gridgov.core.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.Role;
import org.junit.jupiter.api.Test;

/** The standard duties are the cadences the article states; a duty refuses impossible minimums. */
class DutyTest {

  private static Duty duty(String id) {
    return Duty.standard().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static Duty withMinimums(int count, Optional<Duration> duration, OptionalInt distance) {
    return new Duty("d", DutyBearer.role(Role.GRID_WORKER), Activity.PATROL, count, CadencePeriod.DAY, duration,
        distance, "巡查");
  }

  @Test
  void aGridWorkerPatrolsTwiceADayForAnHourAndAKilometre() {
    Duty patrol = duty("grid-worker-patrol");
    assertThat(patrol.bearer()).isEqualTo(DutyBearer.role(Role.GRID_WORKER));
    assertThat(patrol.activity()).isEqualTo(Activity.PATROL);
    assertThat(patrol.minimumCount()).isEqualTo(2);
    assertThat(patrol.period()).isEqualTo(CadencePeriod.DAY);
    assertThat(patrol.minimumDuration()).contains(Duration.ofHours(1));
    assertThat(patrol.minimumDistanceMetres()).hasValue(1000);
    assertThat(patrol.description()).contains("不少于2次", "不少于1小时", "不少于1公里");
  }

  @Test
  void theStandardDutiesOfARoleAreThoseItsHoldersBear() {
    assertThat(Duty.standardFor(Role.GRID_WORKER)).extracting(Duty::id)
        .containsExactly("grid-worker-patrol", "grid-worker-check-in");
    assertThat(Duty.standardFor(Role.COMMUNITY_CADRE)).extracting(Duty::id).containsExactly(
        "community-cadre-patrol", "community-cadre-report", "community-cadre-key-group-visit");
    assertThat(Duty.standardFor(Role.DEPUTY_COUNTY_LEADER)).extracting(Duty::id).containsExactly("deputy-leader-visit");
    assertThat(Duty.standardFor(Role.RESIDENT)).isEmpty();
    assertThat(Duty.standardFor(Role.SINKING_CADRE)).isEmpty();
    assertThatThrownBy(() -> Duty.standardFor(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("role: is required");
  }

  @Test
  void everyStandardDutyFallsOnExactlyOneKindOfBearer() {
    Map<Role, Long> perRole = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Duty.standardFor(r).forEach(d -> assertThat(d.bearer()).isEqualTo(new DutyBearer.RoleHolders(r)));
      perRole.put(r, (long) Duty.standardFor(r).size());
    }
    long roleDuties = Duty.standard().stream().filter(d -> d.bearer() instanceof DutyBearer.RoleHolders).count();
    assertThat(perRole.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(roleDuties).isEqualTo(10);
    assertThat(Duty.standard()).hasSize(13);
    assertThat(Duty.standard().stream().map(Duty::id).collect(Collectors.toSet())).hasSize(13);
  }

  @Test
  void sinkingUnitsServeTheirCommunitiesMonthly() {
    Duty day = duty("sinking-unit-day");
    assertThat(DutyBearer.sinkingUnits()).isInstanceOf(DutyBearer.SinkingUnits.class);
    assertThat(day.bearer()).isEqualTo(DutyBearer.sinkingUnits());
    assertThat(day.activity()).isEqualTo(Activity.SINKING_DAY);
    assertThat(day.period()).isEqualTo(CadencePeriod.MONTH);
  }

  @Test
  void jointMeetingsFallOnTheSubdistrictAndCommunityCommitteesQuarterly() {
    assertThat(duty("subdistrict-committee-joint-meeting").bearer())
        .isEqualTo(DutyBearer.partyBodies(PartyBodyKind.SUBDISTRICT_WORKING_COMMITTEE));
    assertThat(duty("community-committee-joint-meeting").bearer())
        .isEqualTo(DutyBearer.partyBodies(PartyBodyKind.COMMUNITY_PARTY_COMMITTEE));
    assertThat(duty("community-committee-joint-meeting").period()).isEqualTo(CadencePeriod.QUARTER);
    assertThatThrownBy(() -> DutyBearer.partyBodies(null)).isInstanceOf(InvalidInputException.class)
        .hasMessage("kind: is required");
  }

  @Test
  void aDutyRequiresOneToAThousandOccurrences() {
    assertThat(withMinimums(1, Optional.empty(), OptionalInt.empty()).minimumCount()).isEqualTo(1);
    assertThat(withMinimums(1000, Optional.empty(), OptionalInt.empty()).minimumCount()).isEqualTo(1000);
    assertThatThrownBy(() -> withMinimums(0, Optional.empty(), OptionalInt.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessage("minimumCount: must be between 1 and 1000, was 0");
    assertThatThrownBy(() -> withMinimums(1001, Optional.empty(), OptionalInt.empty()))
        .hasMessage("minimumCount: must be between 1 and 1000, was 1001");
  }

  @Test
  void aDutysMinimumDurationAndDistanceArePositive() {
    assertThat(withMinimums(1, Optional.of(Duration.ofNanos(1)), OptionalInt.of(1)).minimumDistanceMetres())
        .hasValue(1);
    assertThatThrownBy(() -> withMinimums(1, Optional.of(Duration.ZERO), OptionalInt.empty()))
        .isInstanceOf(InvalidInputException.class).hasMessage("minimumDuration: must be positive, was PT0S");
    assertThatThrownBy(() -> withMinimums(1, Optional.of(Duration.ofMinutes(-1)), OptionalInt.empty()))
        .hasMessage("minimumDuration: must be positive, was PT-1M");
    assertThatThrownBy(() -> withMinimums(1, Optional.empty(), OptionalInt.of(0)))
        .hasMessage("minimumDistanceMetres: must be between 1 and 1000000, was 0");
    assertThatThrownBy(() -> withMinimums(1, Optional.empty(), OptionalInt.of(1_000_001)))
        .hasMessage("minimumDistanceMetres: must be between 1 and 1000000, was 1000001");
    assertThatThrownBy(() -> withMinimums(1, null, OptionalInt.empty())).hasMessage("minimumDuration: is required");
    assertThatThrownBy(() -> withMinimums(1, Optional.empty(), null)).hasMessage("minimumDistanceMetres: is required");
  }

  @Test
  void aDutyNeedsAWellFormedIdAndADescription() {
    DutyBearer bearer = DutyBearer.role(Role.GRID_WORKER);
    assertThatThrownBy(() -> new Duty("-patrol", bearer, Activity.PATROL, 1, CadencePeriod.DAY, Optional.empty(),
        OptionalInt.empty(), "巡查")).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("id: must be");
    assertThatThrownBy(() -> new Duty("patrol", bearer, Activity.PATROL, 1, CadencePeriod.DAY, Optional.empty(),
        OptionalInt.empty(), " ")).hasMessageStartingWith("description: must not be blank");
    assertThatThrownBy(() -> new Duty("patrol", bearer, Activity.PATROL, 1, CadencePeriod.DAY, Optional.empty(),
        OptionalInt.empty(), "巡".repeat(501))).hasMessageStartingWith("description: must be at most 500 characters");
    assertThatThrownBy(() -> new Duty("patrol", bearer, null, 1, CadencePeriod.DAY, Optional.empty(),
        OptionalInt.empty(), "巡查")).hasMessage("activity: is required");
    assertThatThrownBy(() -> new Duty("patrol", null, Activity.PATROL, 1, CadencePeriod.DAY, Optional.empty(),
        OptionalInt.empty(), "巡查")).hasMessage("bearer: is required");
    assertThatThrownBy(() -> new Duty("patrol", bearer, Activity.PATROL, 1, null, Optional.empty(),
        OptionalInt.empty(), "巡查")).hasMessage("period: is required");
  }

  @Test
  void theActivitiesCarryTheArticlesChineseNames() {
    Map<Activity, String> names = new EnumMap<>(Activity.class);
    for (Activity a : Activity.values()) {
      names.put(a, a.chineseName());
    }
    assertThat(names).isEqualTo(Map.of(
        Activity.PATROL, "巡查", Activity.CHECK_IN, "打卡", Activity.REPORT_TO_SECRETARY, "汇报工作",
        Activity.KEY_GROUP_VISIT, "重点人群走访", Activity.SINKING_DAY, "下沉社区", Activity.JOINT_MEETING, "联席会议",
        Activity.LEADER_VISIT, "走访调研", Activity.ON_SITE_DAY, "现场办公", Activity.PARTY_LECTURE, "讲党课",
        Activity.CONCRETE_SERVICE, "办实事"));
  }
}
