package org.gridgov.core.accountability.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.accountability.patrol.Tracks.SHANGHAI;
import static org.gridgov.core.accountability.patrol.Tracks.WORKER;
import static org.gridgov.core.accountability.patrol.Tracks.at;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.gridgov.core.people.PersonId;
import org.junit.jupiter.api.Test;

/** Daily attendance (日常考勤) from check-ins (打卡). */
class AttendanceTest {

  @Test
  void aRosteredDayWithoutACheckInIsMissed() {
    PersonId other = PersonId.of("worker-2");
    LocalDate may2 = LocalDate.of(2022, 5, 2);
    LocalDate may3 = LocalDate.of(2022, 5, 3);

    List<AttendanceRecord> records = Attendance.compute(
        List.of(CheckIn.of(WORKER, at(2, 7, 55)), CheckIn.of(WORKER, at(4, 7, 55)), CheckIn.of(other, at(3, 0, 30))),
        ImmutableMap.of(may2, List.of(WORKER, other), may3, List.of(WORKER, other)), SHANGHAI);

    assertThat(records).extracting(AttendanceRecord::person).containsExactly(WORKER, other);
    assertThat(records.get(0).attended()).containsExactly(may2);
    assertThat(records.get(0).missed()).containsExactly(may3);
    assertThat(records.get(0).rate()).isEqualTo(0.5);
    assertThat(records.get(1).attended()).as("00:30 in Shanghai is 3 May").containsExactly(may3);
  }
}
