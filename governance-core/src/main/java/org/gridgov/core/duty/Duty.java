package org.gridgov.core.duty;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.org.PartyBodyKind;
import org.gridgov.core.org.Role;

/**
 * A duty as data: who bears it, which activity, how many times per period, and the minimum each
 * occurrence must reach (duration, distance). Accountability evaluates duties against activity logs.
 *
 * <p>{@link #standard()} lists the duties with a cadence that the article states. This class is
 * immutable and thread-safe.
 *
 * @param id  a stable identifier, e.g. {@code grid-worker-patrol}
 * @param bearer  who bears the duty
 * @param activity  the required activity
 * @param minimumCount  occurrences required per period, 1 to 1000
 * @param period  the period
 * @param minimumDuration  the least each occurrence must last, if any
 * @param minimumDistanceMetres  the least distance each occurrence must cover, if any, 1 to 1,000,000
 * @param description  what the article says, in Chinese
 */
public record Duty(String id, DutyBearer bearer, Activity activity, int minimumCount, CadencePeriod period,
    Optional<Duration> minimumDuration, OptionalInt minimumDistanceMetres, String description) {

  private static final ImmutableList<Duty> STANDARD = ImmutableList.of(
      new Duty("grid-worker-patrol", DutyBearer.role(Role.GRID_WORKER), Activity.PATROL, 2, CadencePeriod.DAY,
          Optional.of(Duration.ofHours(1)), OptionalInt.of(1000),
          "专职网格员每天巡查不少于2次，每次不少于1小时，巡查轨迹不少于1公里"),
      simple("grid-worker-check-in", DutyBearer.role(Role.GRID_WORKER), Activity.CHECK_IN, CadencePeriod.DAY,
          "网格员每天登录智慧服务平台打卡"),
      simple("community-cadre-patrol", DutyBearer.role(Role.COMMUNITY_CADRE), Activity.PATROL, CadencePeriod.DAY,
          "社区干部每天至少开展一次网格巡查"),
      simple("community-cadre-report", DutyBearer.role(Role.COMMUNITY_CADRE), Activity.REPORT_TO_SECRETARY,
          CadencePeriod.WEEK, "社区干部每周向社区党委书记汇报一次工作"),
      simple("community-cadre-key-group-visit", DutyBearer.role(Role.COMMUNITY_CADRE), Activity.KEY_GROUP_VISIT,
          CadencePeriod.MONTH, "社区干部每月对重点人群至少开展一次走访"),
      simple("subdistrict-leader-party-lecture", DutyBearer.role(Role.SUBDISTRICT_LEADER), Activity.PARTY_LECTURE,
          CadencePeriod.YEAR, "街道领导干部每年到社区讲一次党课"),
      simple("subdistrict-leader-on-site-day", DutyBearer.role(Role.SUBDISTRICT_LEADER), Activity.ON_SITE_DAY,
          CadencePeriod.WEEK, "街道领导干部每周到社区现场办公不少于一天"),
      simple("subdistrict-cadre-patrol", DutyBearer.role(Role.SUBDISTRICT_CADRE), Activity.PATROL,
          CadencePeriod.WEEK, "街道机关干部每周开展一次网格巡查"),
      simple("subdistrict-cadre-service", DutyBearer.role(Role.SUBDISTRICT_CADRE), Activity.CONCRETE_SERVICE,
          CadencePeriod.QUARTER, "街道机关干部每季度至少办一件实事"),
      simple("deputy-leader-visit", DutyBearer.role(Role.DEPUTY_COUNTY_LEADER), Activity.LEADER_VISIT,
          CadencePeriod.MONTH, "每名副县级领导包扶一个社区，每月到社区开展一次走访调研"),
      simple("sinking-unit-day", DutyBearer.sinkingUnits(), Activity.SINKING_DAY, CadencePeriod.MONTH,
          "每月组织一次在职党员干部下沉社区工作"),
      simple("subdistrict-committee-joint-meeting", DutyBearer.partyBodies(PartyBodyKind.SUBDISTRICT_WORKING_COMMITTEE),
          Activity.JOINT_MEETING, CadencePeriod.QUARTER, "街道大工委每季度召开一次党建联席会议"),
      simple("community-committee-joint-meeting", DutyBearer.partyBodies(PartyBodyKind.COMMUNITY_PARTY_COMMITTEE),
          Activity.JOINT_MEETING, CadencePeriod.QUARTER, "社区大党委每季度召开一次党建联席会议"));

  /**
   * Creates a duty.
   *
   * @throws InvalidInputException if a component is null, the count or distance is out of range, the
   *     duration not positive, the id malformed or the description blank or over 500 characters
   */
  public Duty {
    Checks.token(id, "id");
    Checks.notNull(bearer, "bearer");
    Checks.notNull(activity, "activity");
    Checks.range(minimumCount, "minimumCount", 1, 1000);
    Checks.notNull(period, "period");
    Checks.notNull(minimumDuration, "minimumDuration");
    if (minimumDuration.isPresent() && (minimumDuration.get().isNegative() || minimumDuration.get().isZero())) {
      throw new InvalidInputException("minimumDuration", "must be positive", minimumDuration.get());
    }
    Checks.notNull(minimumDistanceMetres, "minimumDistanceMetres");
    if (minimumDistanceMetres.isPresent()) {
      Checks.range(minimumDistanceMetres.getAsInt(), "minimumDistanceMetres", 1, 1_000_000);
    }
    Checks.text(description, "description", 500);
  }

  /**
   * Returns the duties with a cadence stated in the article.
   *
   * @return the standard duties, not null
   */
  public static ImmutableList<Duty> standard() {
    return STANDARD;
  }

  /**
   * Returns the standard duties that fall on holders of a role.
   *
   * @param role  the role, not null
   * @return the duties, not null
   */
  public static ImmutableList<Duty> standardFor(Role role) {
    DutyBearer bearer = DutyBearer.role(role);
    return STANDARD.stream().filter(d -> d.bearer.equals(bearer)).collect(ImmutableList.toImmutableList());
  }

  private static Duty simple(String id, DutyBearer bearer, Activity activity, CadencePeriod period,
      String description) {
    return new Duty(id, bearer, activity, 1, period, Optional.empty(), OptionalInt.empty(), description);
  }
}
