package org.gridgov.core.accountability.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.core.accountability.DateSpan;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The points system (积分制) of building and unit chiefs. */
class PointsLedgerTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final PersonId CHIEF = PersonId.of("building-chief-1");
  private static final PersonId OTHER = PersonId.of("unit-chief-2");
  private static final Instant MAY_1 = Instant.parse("2022-05-01T02:00:00Z");

  private static PointsLedger ledger() {
    return PointsLedger.create(PointsScheme.example(), List.of(CHIEF, OTHER));
  }

  @Test
  void aBuildingChiefEarnsAndRedeemsPoints() {
    PointsLedger ledger = ledger();

    assertThat(ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 10, MAY_1)).isInstanceOf(Posting.Recorded.class);
    assertThat(ledger.earn(EntryId.of("e2"), CHIEF, "report-hazard", 6, MAY_1.plusSeconds(3600)).accepted()).isTrue();
    Posting redeemed = ledger.redeem(EntryId.of("e3"), CHIEF, "rice-5kg", 1, MAY_1.plusSeconds(86_400 * 3));

    assertThat(redeemed).isEqualTo(new Posting.Recorded(ledger.history(CHIEF).get(2), 10));
    assertThat(ledger.balance(CHIEF)).isEqualTo(10);
    assertThat(ledger.summary(CHIEF, DateSpan.day(LocalDate.of(2022, 5, 4)), SHANGHAI))
        .isEqualTo(new PeriodSummary(CHIEF, DateSpan.day(LocalDate.of(2022, 5, 4)), 110, 0, 100, 1));
  }

  @Test
  void aRedemptionBeyondTheBalanceIsRejectedAndChangesNothing() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 2, MAY_1);

    Posting p = ledger.redeem(EntryId.of("e2"), CHIEF, "rice-5kg", 1, MAY_1.plusSeconds(60));

    assertThat(p).isEqualTo(new Posting.Rejected(Posting.Reason.INSUFFICIENT_BALANCE,
        "building-chief-1 has 10 points, the redemption needs 100"));
    assertThat(ledger.entries()).hasSize(1);
    assertThat(ledger.balance(CHIEF)).isEqualTo(10);
  }

  @Test
  void postingTheSameEntryTwiceRecordsItOnce() {
    PointsLedger ledger = ledger();
    ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 1, MAY_1);

    assertThat(ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 1, MAY_1)).isInstanceOf(Posting.AlreadyRecorded.class);
    assertThat(ledger.earn(EntryId.of("e1"), CHIEF, "assist-patrol", 2, MAY_1))
        .extracting(x -> ((Posting.Rejected) x).reason()).isEqualTo(Posting.Reason.CONFLICTING_ENTRY);
    assertThat(ledger.balance(CHIEF)).isEqualTo(5);
  }

  @Test
  void unknownRulesRewardsAndPeopleAreRejected() {
    PointsLedger ledger = ledger();

    assertThat(ledger.earn(EntryId.of("e1"), CHIEF, "nap", 1, MAY_1))
        .extracting(x -> ((Posting.Rejected) x).reason()).isEqualTo(Posting.Reason.UNKNOWN_RULE);
    assertThat(ledger.redeem(EntryId.of("e2"), CHIEF, "car", 1, MAY_1))
        .extracting(x -> ((Posting.Rejected) x).reason()).isEqualTo(Posting.Reason.UNKNOWN_REWARD);
    assertThat(ledger.earn(EntryId.of("e3"), PersonId.of("stranger"), "assist-patrol", 1, MAY_1))
        .extracting(x -> ((Posting.Rejected) x).reason()).isEqualTo(Posting.Reason.NOT_A_MEMBER);
    assertThat(ledger.entries()).isEmpty();
  }

  @Test
  void balanceEqualsTheSumOfEntriesAndNeverGoesNegative() {
    qt().withFixedSeed(3).withExamples(300).forAll(
        SourceDSL.lists().of(SourceDSL.integers().between(0, 9999)).ofSizeBetween(0, 60))
        .checkAssert(ops -> {
          PointsLedger ledger = ledger();
          String[] rules = ledger.scheme().rules().keySet().toArray(String[]::new);
          String[] rewards = ledger.scheme().rewards().keySet().toArray(String[]::new);
          for (int i = 0; i < ops.size(); i++) {
            int op = ops.get(i);
            PersonId who = op % 2 == 0 ? CHIEF : OTHER;
            EntryId id = EntryId.of("e" + (op % 7 == 0 ? i / 2 : i));
            Instant at = MAY_1.plusSeconds(600L * i);
            if (op % 3 == 0) {
              ledger.redeem(id, who, rewards[op % rewards.length], 1 + op % 2, at);
            } else {
              ledger.earn(id, who, rules[op % rules.length], 1 + op % 4, at);
            }
            for (PersonId p : List.of(CHIEF, OTHER)) {
              long sum = ledger.history(p).stream().mapToLong(PointsEntry::points).sum();
              assertThat(ledger.balance(p)).isEqualTo(sum).isNotNegative();
            }
          }
          long total = ledger.entries().stream().mapToLong(PointsEntry::points).sum();
          assertThat(ledger.balance(CHIEF) + ledger.balance(OTHER)).isEqualTo(total);
        });
  }
}
