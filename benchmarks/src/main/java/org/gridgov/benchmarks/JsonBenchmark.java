package org.gridgov.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.calendar.TimeKind;
import org.gridgov.core.calendar.TimeLimit;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.CommandKind;
import org.gridgov.core.cases.Coordinates;
import org.gridgov.core.cases.EventHeader;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Step;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.org.DepartmentId;
import org.gridgov.core.org.GridId;
import org.gridgov.core.people.PersonId;
import org.gridgov.jackson.GovernanceJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing and reading a case of ten events in the wire format ({@link GovernanceJson}, which validates
 * every value and replays the events on reading), beside plain Jackson data binding of a POJO of the same
 * JSON shape (strings for instants, durations and codes; no validation, no replay) as the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  private GovernanceJson json;
  private CaseState state;
  private byte[] bytes;
  private ObjectWriter pojoWriter;
  private ObjectReader pojoReader;
  private CaseDoc pojo;

  /** Builds the case and the baseline POJO read from the same JSON. */
  @Setup
  public void setUp() throws Exception {
    json = GovernanceJson.privileged();
    state = CaseLoop.replay(CASE, history());
    bytes = json.writeBytes(state);
    ObjectMapper plain = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    pojoWriter = plain.writerFor(CaseDoc.class);
    pojoReader = plain.readerFor(CaseDoc.class);
    pojo = pojoReader.readValue(bytes);
  }

  /** Writes the case in the wire format. */
  @Benchmark
  public byte[] writeWire() {
    return json.writeBytes(state);
  }

  /** Reads the case in the wire format: parse, validate, replay. */
  @Benchmark
  public CaseState readWire() {
    return json.read(bytes, CaseState.class);
  }

  /** Writes the same shape with plain Jackson data binding. */
  @Benchmark
  public byte[] writePojo() throws Exception {
    return pojoWriter.writeValueAsBytes(pojo);
  }

  /** Reads the same shape with plain Jackson data binding. */
  @Benchmark
  public CaseDoc readPojo() throws Exception {
    return pojoReader.readValue(bytes);
  }

  // ------------------------------------------------------------------ the case

  private static final CaseId CASE = CaseId.of("c-20260302-0001");
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final GridId GRID = GridId.parse("211381001001001");
  private static final Holder CENTER = Holder.center(GRID.community());
  private static final Holder DEPT = Holder.department(DepartmentId.of("sanitation"));
  private static final PersonId ZHANG = PersonId.of("p-zhang");

  private static EventHeader h(int seq, long minutes, CommandKind kind, CaseStatus from, CaseStatus to,
      Optional<TimeLimit> clock) {
    return new EventHeader(CASE, seq, T0.plus(Duration.ofMinutes(minutes)), ZHANG, CommandId.of("cmd-" + seq),
        kind, from, to, clock);
  }

  static List<CaseEvent> history() {
    Optional<TimeLimit> half = Optional.of(new TimeLimit(TimeKind.CONTINUOUS_HOURS, Duration.ofMinutes(30)));
    CaseDetails details = new CaseDetails(CategoryCode.of("0102"), Source.RESIDENT_SNAPSHOT, GRID, Urgency.NORMAL,
        "1号楼前堆放生活垃圾，已有异味", Optional.of("舍宅社区1号楼前"), Optional.of(new Coordinates(41.8035, 120.7792)),
        ImmutableList.of("https://media.beipiao.example/s/8f3a.jpg"), Optional.of(PersonId.of("r-zhao")),
        Optional.empty());
    Holder grid = Holder.grid(GRID);
    return List.of(
        new CaseEvent.Reported(h(1, 0, CommandKind.REPORT, CaseStatus.NEW, CaseStatus.REPORTED, half), details, CENTER),
        new CaseEvent.Accepted(h(2, 10, CommandKind.ACCEPT, CaseStatus.REPORTED, CaseStatus.ACCEPTED, half)),
        new CaseEvent.Assigned(h(3, 15, CommandKind.ASSIGN, CaseStatus.ACCEPTED, CaseStatus.ASSIGNED,
            Optional.of(TimeLimit.workingHours(2))), CENTER, grid, ImmutableList.of()),
        new CaseEvent.Escalated(h(4, 40, CommandKind.ESCALATE, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED, half),
            grid, CENTER),
        new CaseEvent.Assigned(h(5, 50, CommandKind.ASSIGN, CaseStatus.ACCEPTED, CaseStatus.ASSIGNED,
            Optional.of(TimeLimit.workingHours(2))), CENTER, DEPT, ImmutableList.of()),
        new CaseEvent.Acknowledged(h(6, 70, CommandKind.ACKNOWLEDGE, CaseStatus.ASSIGNED, CaseStatus.HANDLING,
            Optional.of(TimeLimit.workingDays(5)))),
        new CaseEvent.DeadlineWarned(h(7, 5760, CommandKind.TICK, CaseStatus.HANDLING, CaseStatus.HANDLING,
            Optional.empty()), Step.HANDLE),
        new CaseEvent.ResultSubmitted(h(8, 5880, CommandKind.SUBMIT_RESULT, CaseStatus.HANDLING,
            CaseStatus.RESULT_SUBMITTED, Optional.of(TimeLimit.workingDays(1))), "垃圾已清运，地面已冲洗"),
        new CaseEvent.Verified(h(9, 7200, CommandKind.VERIFY, CaseStatus.RESULT_SUBMITTED, CaseStatus.VERIFIED,
            Optional.empty()), true, "现场核查已清理"),
        new CaseEvent.Closed(h(10, 7205, CommandKind.CLOSE, CaseStatus.VERIFIED, CaseStatus.CLOSED,
            Optional.empty())));
  }

  // ------------------------------------------------------------------ the baseline's POJOs

  /** The case document as a plain POJO. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class CaseDoc {
    public int schema_version;
    @com.fasterxml.jackson.annotation.JsonProperty("case")
    public String caseId;
    public long version;
    public String status;
    public HolderDoc holder;
    public HolderDoc dispatcher;
    public String last_event_at;
    public List<EventDoc> events;
  }

  /** A holder as a plain POJO. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class HolderDoc {
    public String type;
    public String grid;
    public PlaceDoc place;
    public String department;
  }

  /** A place as a plain POJO. */
  public static class PlaceDoc {
    public String level;
    public String code;
  }

  /** A time limit as a plain POJO. */
  public static class ClockDoc {
    public String kind;
    public String budget;
  }

  /** Coordinates as a plain POJO. */
  public static class CoordinatesDoc {
    public double latitude;
    public double longitude;
  }

  /** Case details as a plain POJO. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class DetailsDoc {
    public String category;
    public String source;
    public PlaceDoc place;
    public String urgency;
    public String description;
    public String address;
    public CoordinatesDoc coordinates;
    public List<String> media;
    public String reporter;
    public String parent;
  }

  /** Any event as a plain POJO: the union of the event properties. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class EventDoc {
    public String type;
    @com.fasterxml.jackson.annotation.JsonProperty("case")
    public String caseId;
    public long sequence;
    public String at;
    public String actor;
    public String command;
    public String command_kind;
    public String status_from;
    public String status_to;
    public ClockDoc clock;
    public DetailsDoc details;
    public HolderDoc dispatcher;
    public HolderDoc holder;
    public HolderDoc previous;
    public List<String> co_handlers;
    public String summary;
    public Boolean passed;
    public String note;
    public String step;
  }
}
