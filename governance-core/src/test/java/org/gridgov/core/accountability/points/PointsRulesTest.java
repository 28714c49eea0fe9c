package org.gridgov.core.accountability.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.org.BuildingId;
import org.gridgov.core.org.CityId;
import org.gridgov.core.org.CommunityId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.Role;
import org.gridgov.core.org.UnitId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** The ledger's rules one by one: costs, boundaries, order, bad input, summaries and the scheme's own checks. */
class PointsRulesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final PersonId CHIEF = PersonId.of("building-chief-1");
  private static final PersonId OTHER = PersonId.of("unit-chief-2");
  private static final Instant MAY_1 = Instant.parse("2022-05-01T02:00:00Z");

  private static PointsLedger ledger() {
    return PointsLedger.create(PointsScheme.example(), List.of(CHIEF, OTHER));
  }

  private static Posting.Reason reason(Posting p) {
    return ((Posting.Rejected) p).reason();
  }

  @Test
  void redeemingSeveralItemsCostsTheItemCostTimesTheQuantity() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), CHIEF, "mediate-dispute", 10, MAY_1);

    Posting p = ledger.redeem(EntryId.of("e2"), CHIEF, "soap", 3, MAY_1.plusSeconds(60));

    assertThat(p).isInstanceOf(Posting.Recorded.class);
    assertThat(((Posting.Recorded) p).balance()).isEqualTo(140);
    assertThat(((Posting.Recorded) p).entry()).isEqualTo(new PointsEntry(EntryId.of("e2"), CHIEF,
        MAY_1.plusSeconds(60), EntryKind.REDEEMED, "soap", 3, -60));
    assertThat(ledger.balance(CHIEF)).isEqualTo(140);
  }

  @Test
  void aRedemptionOfTheWholeBalanceLeavesZero() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), CHIEF, "report-hazard", 10, MAY_1);

    Posting p = ledger.redeem(EntryId.of("e2"), CHIEF, "rice-5kg", 1, MAY_1);

    assertThat(p).isInstanceOf(Posting.Recorded.class);
    assertThat(((Posting.Recorded) p).balance()).isZero();
    assertThat(ledger.redeem(EntryId.of("e3"), CHIEF, "soap", 1, MAY_1)).extracting(PointsRulesTest::reason)
        .isEqualTo(Posting.Reason.INSUFFICIENT_BALANCE);
  }

  @Test
  void aPersonsEntriesAreInTimeOrderButTiesAndOtherPeopleAreFine() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 1, MAY_1);

    assertThat(ledger.earn(EntryId.of("e2"), CHIEF, "assist-patrol", 1, MAY_1).accepted()).isTrue();
    Posting earlier = ledger.earn(EntryId.of("e3"), CHIEF, "assist-patrol", 1, MAY_1.minusSeconds(1));
    assertThat(ledger.earn(EntryId.of("e4"), OTHER, "assist-patrol", 1, MAY_1.minusSeconds(1)).accepted()).isTrue();

    assertThat(earlier).extracting(PointsRulesTest::reason).isEqualTo(Posting.Reason.OUT_OF_ORDER);
    assertThat(((Posting.Rejected) earlier).message()).isEqualTo("entry e3 at 2022-05-01T01:59:59Z is before"
        + " building-chief-1's latest entry at 2022-05-01T02:00:00Z");
    assertThat(ledger.history(CHIEF)).extracting(PointsEntry::id).containsExactly(EntryId.of("e1"), EntryId.of("e2"));
    assertThat(ledger.entries()).extracting(PointsEntry::id)
        .containsExactly(EntryId.of("e1"), EntryId.of("e2"), EntryId.of("e4"));
    assertThat(ledger.balance(CHIEF)).isEqualTo(10);
  }

  @Test
  void aRejectedPostingChangesNothing() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 4, MAY_1);
    List<PointsEntry> before = ledger.entries();

    List<Posting> rejected = List.of(
        ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 5, MAY_1),
        ledger.earn(EntryId.of("e2"), PersonId.of("stranger"), "assist-patrol", 1, MAY_1),
        ledger.earn(EntryId.of("e3"), CHIEF, "nap", 1, MAY_1),
        ledger.redeem(EntryId.of("e4"), CHIEF, "car", 1, MAY_1),
        ledger.redeem(EntryId.of("e5"), CHIEF, "cooking-oil", 1, MAY_1),
        ledger.earn(EntryId.of("e6"), CHIEF, "assist-patrol", 1, MAY_1.minusSeconds(1)));

    assertThat(rejected).extracting(PointsRulesTest::reason).containsExactly(Posting.Reason.CONFLICTING_ENTRY,
        Posting.Reason.NOT_A_MEMBER, Posting.Reason.UNKNOWN_RULE, Posting.Reason.UNKNOWN_REWARD,
        Posting.Reason.INSUFFICIENT_BALANCE, Posting.Reason.OUT_OF_ORDER);
    assertThat(rejected).noneMatch(Posting::accepted);
    assertThat(((Posting.Rejected) rejected.get(0)).message()).startsWith("entry e1 is already recorded");
    assertThat(ledger.entries()).isEqualTo(before);
    assertThat(ledger.balance(CHIEF)).isEqualTo(20);
    assertThat(ledger.history(PersonId.of("stranger"))).isEmpty();
    assertThat(ledger.earn(EntryId.of("e2"), CHIEF, "assist-patrol", 1, MAY_1))
        .as("a rejected posting leaves its identifier unused").isInstanceOf(Posting.Recorded.class);
  }

  @Test
  void recordedAndAlreadyRecordedPostingsAreAccepted() {
    PointsLedger ledger = ledger();

    Posting first = ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 1, MAY_1);
    Posting again = ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 1, MAY_1);

    assertThat(first.accepted()).isTrue();
    assertThat(again).isEqualTo(new Posting.AlreadyRecorded(ledger.history(CHIEF).get(0)));
    assertThat(again.accepted()).isTrue();
  }

  @Test
  void badArgumentsAreErrorsEvenForAnUnknownRuleOrReward() {
    PointsLedger ledger = ledger();
    EntryId id = EntryId.of("e1");

    for (String item : List.of("nap", "assist-patrol")) {
      assertThatThrownBy(() -> ledger.earn(null, CHIEF, item, 1, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("id:");
      assertThatThrownBy(() -> ledger.earn(id, null, item, 1, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("person:");
      assertThatThrownBy(() -> ledger.earn(id, CHIEF, item, 1, null)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("at:");
      assertThatThrownBy(() -> ledger.earn(id, CHIEF, item, 0, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("quantity:");
      assertThatThrownBy(() -> ledger.earn(id, CHIEF, item, 1001, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("quantity:");
    }
    for (String item : List.of("car", "soap")) {
      assertThatThrownBy(() -> ledger.redeem(null, CHIEF, item, 1, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("id:");
      assertThatThrownBy(() -> ledger.redeem(id, null, item, 1, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("person:");
      assertThatThrownBy(() -> ledger.redeem(id, CHIEF, item, 1, null)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("at:");
      assertThatThrownBy(() -> ledger.redeem(id, CHIEF, item, 0, MAY_1)).isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("quantity:");
    }
    assertThatThrownBy(() -> ledger.earn(id, CHIEF, null, 1, MAY_1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ledger.redeem(id, CHIEF, null, 1, MAY_1)).isInstanceOf(InvalidInputException.class);
    assertThat(ledger.entries()).isEmpty();
    assertThat(ledger.earn(id, CHIEF, "assist-patrol", 1000, MAY_1)).isInstanceOf(Posting.Recorded.class);
    assertThat(ledger.balance(CHIEF)).isEqualTo(5000);
  }

  @Test
  void aSummarySplitsEntriesIntoOpeningBalanceAndThePeriodsEarningsAndRedemptions() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("before"), CHIEF, "mediate-dispute", 5, Instant.parse("2022-04-30T15:59:59Z"));
    ledger.earn(EntryId.of("first"), CHIEF, "assist-patrol", 2, Instant.parse("2022-04-30T16:00:00Z"));
    ledger.redeem(EntryId.of("spent"), CHIEF, "soap", 2, Instant.parse("2022-05-02T10:00:00Z"));
    ledger.earn(EntryId.of("last"), CHIEF, "report-hazard", 1, Instant.parse("2022-05-03T15:59:59Z"));
    ledger.earn(EntryId.of("after"), CHIEF, "report-hazard", 1, Instant.parse("2022-05-03T16:00:00Z"));
    DateSpan span = DateSpan.of(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 3));

    PeriodSummary s = ledger.summary(CHIEF, span, SHANGHAI);

    assertThat(s).isEqualTo(new PeriodSummary(CHIEF, span, 100, 20, 40, 3));
    assertThat(s.closing()).isEqualTo(80);
    assertThat(ledger.summary(CHIEF, span, ZoneId.of("UTC")))
        .as("the zone decides an entry's date").isEqualTo(new PeriodSummary(CHIEF, span, 110, 20, 40, 3));
    assertThat(ledger.summary(OTHER, span, SHANGHAI)).isEqualTo(new PeriodSummary(OTHER, span, 0, 0, 0, 0));
  }

  @Test
  void summariesCoverMembersWithEntriesInOrderOfFirstEntry() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), OTHER, "assist-patrol", 1, MAY_1);
    ledger.earn(EntryId.of("e2"), CHIEF, "assist-patrol", 2, MAY_1);
    ledger.earn(EntryId.of("e3"), OTHER, "assist-patrol", 3, MAY_1);
    DateSpan may = DateSpan.month(java.time.YearMonth.of(2022, 5));

    assertThat(ledger.summaries(may, SHANGHAI)).containsExactly(new PeriodSummary(OTHER, may, 0, 20, 0, 2),
        new PeriodSummary(CHIEF, may, 0, 10, 0, 1));
    assertThat(PointsLedger.create(PointsScheme.example(), List.of(CHIEF)).summaries(may, SHANGHAI)).isEmpty();
  }

  @Test
  void theClosingBalanceIsOpeningPlusEarnedLessRedeemed() {
    DateSpan day = DateSpan.day(LocalDate.of(2022, 5, 1));

    assertThat(new PeriodSummary(CHIEF, day, 7, 5, 3, 2).closing()).isEqualTo(9);
    assertThatThrownBy(() -> new PeriodSummary(CHIEF, day, -1, 0, 0, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new PeriodSummary(CHIEF, day, 0, -1, 0, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new PeriodSummary(CHIEF, day, 0, 0, -1, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new PeriodSummary(CHIEF, day, 0, 0, 0, -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("entries:");
  }

  @Test
  void theLedgerOfAnOrganisationHoldsItsBuildingAndUnitChiefsOnly() {
    CityId city = CityId.parse("211381");
    CommunityId community = city.subdistrict(1).community(1);
    GridId grid = community.grid(1);
    Organisation org = Organisation.builder(city, "北票市").subdistrict(community.subdistrict(), "台吉街道")
        .community(community, "舍宅社区").grid(grid, "一网格", 300)
        .building(BuildingId.of("b1"), grid, "1号楼").unit(UnitId.of("b1-1"), BuildingId.of("b1"), "1单元")
        .person(Person.of("w1", "王网格员")).person(Person.of("bc", "李楼栋长")).person(Person.of("uc", "张单元长"))
        .assign(PersonId.of("w1"), Role.GRID_WORKER, grid)
        .assign(PersonId.of("bc"), Role.BUILDING_CHIEF, BuildingId.of("b1"))
        .assign(PersonId.of("uc"), Role.UNIT_CHIEF, UnitId.of("b1-1")).build();

    PointsLedger ledger = PointsLedger.forChiefsOf(PointsScheme.example(), org);

    assertThat(ledger.members()).containsExactlyInAnyOrder(PersonId.of("bc"), PersonId.of("uc"));
    assertThat(ledger.scheme()).isSameAs(PointsScheme.example());
    assertThat(ledger.earn(EntryId.of("e1"), PersonId.of("w1"), "assist-patrol", 1, MAY_1))
        .extracting(PointsRulesTest::reason).isEqualTo(Posting.Reason.NOT_A_MEMBER);
    assertThatThrownBy(() -> PointsLedger.forChiefsOf(PointsScheme.example(), null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aSchemeRefusesRepeatedIdentifiersNamingTheListThatRepeats() {
    EarningRule patrol = new EarningRule("patrol", "巡查 patrol", 5);
    Reward soap = new Reward("soap", "洗衣皂 soap", 20);

    assertThatThrownBy(() -> PointsScheme.of(List.of(patrol, patrol), List.of(soap)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rules:").hasMessageContaining("patrol");
    assertThatThrownBy(() -> PointsScheme.of(List.of(patrol), List.of(soap, new Reward("soap", "香皂 soap", 30))))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("rewards:").hasMessageContaining("soap");
    assertThatThrownBy(() -> PointsScheme.of(null, List.of())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PointsScheme.of(List.of(), null)).isInstanceOf(InvalidInputException.class);
    PointsScheme scheme = PointsScheme.of(List.of(patrol), List.of(soap));
    assertThat(scheme.rule("patrol")).contains(patrol);
    assertThat(scheme.reward("soap")).contains(soap);
    assertThat(scheme.rule("soap")).isEmpty();
    assertThatThrownBy(() -> scheme.rule(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> scheme.reward(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anEntrysPointsArePositiveWhenEarnedAndNegativeWhenRedeemed() {
    EntryId id = EntryId.of("e1");

    assertThat(new PointsEntry(id, CHIEF, MAY_1, EntryKind.EARNED, "x", 1, 1).points()).isEqualTo(1);
    assertThat(new PointsEntry(id, CHIEF, MAY_1, EntryKind.REDEEMED, "x", 1, -1).points()).isEqualTo(-1);
    for (long points : new long[] {0, -1}) {
      assertThatThrownBy(() -> new PointsEntry(id, CHIEF, MAY_1, EntryKind.EARNED, "x", 1, points))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("points:");
    }
    for (long points : new long[] {0, 1}) {
      assertThatThrownBy(() -> new PointsEntry(id, CHIEF, MAY_1, EntryKind.REDEEMED, "x", 1, points))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("points:");
    }
    assertThat(id).hasToString("e1");
  }
}
