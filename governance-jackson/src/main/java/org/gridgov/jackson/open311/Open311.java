package org.gridgov.jackson.open311;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.GovernanceException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.calendar.BusinessCalendar;
import org.gridgov.core.category.Category;
import org.gridgov.core.category.CategoryCatalogue;
import org.gridgov.core.category.CategoryCode;
import org.gridgov.core.cases.CaseCommand;
import org.gridgov.core.cases.CaseDetails;
import org.gridgov.core.cases.CaseEvent;
import org.gridgov.core.cases.CaseId;
import org.gridgov.core.cases.CaseLoop;
import org.gridgov.core.cases.CaseState;
import org.gridgov.core.cases.CaseStatus;
import org.gridgov.core.cases.CommandId;
import org.gridgov.core.cases.Coordinates;
import org.gridgov.core.cases.Holder;
import org.gridgov.core.cases.Source;
import org.gridgov.core.cases.Urgency;
import org.gridgov.core.org.Organisation;
import org.gridgov.core.org.PlaceId;
import org.gridgov.core.people.Person;
import org.gridgov.core.people.PersonId;
import org.gridgov.core.people.PhoneNumber;

/**
 * The Open311 GeoReport v2 view of the case loop (see {@code docs/OPEN311.md}): the category catalogue as
 * {@code services} and service definitions, cases as {@code requests} with the {@code notes[]} history
 * extension, inbound create requests as {@link CaseCommand.Report} commands, and the error array.
 *
 * <p>The {@linkplain View#PUBLIC public} view never contains reporter personal data nor any person's
 * identifier; the {@linkplain View#PRIVILEGED privileged} view adds the reporter's account and, when a
 * person directory is given, name and phone. This class has no state.
 */
public final class Open311 {
  private static final JsonFactory JSON = new JsonFactory();
  /** The one attribute every service definition has: the urgency (紧急程度). */
  public static final String URGENCY_ATTRIBUTE = "urgency";

  private Open311() {}

  static <T> T req(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  static <C extends java.util.Collection<?>> C reqAll(C values, String field) {
    req(values, field);
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new InvalidInputException(field + "[" + i + "]", "must not be null");
      }
      i++;
    }
    return values;
  }

  /** Who may see what. */
  public enum View {
    /** Anyone: no personal data, no person identifiers. */
    PUBLIC,
    /** Trusted staff systems: adds the reporter's account, name and phone where known. */
    PRIVILEGED
  }

  /**
   * A service ({@code GET services}): one category of the catalogue.
   *
   * @param code  the service_code, the category code
   * @param name  the service_name
   * @param description  the description
   * @param group  the group: the top-level category's name
   */
  public record Service(String code, String name, String description, String group) {
    /** Creates a service. @throws org.gridgov.core.InvalidInputException if a value is null */
    public Service {
      Open311.req(code, "code");
      Open311.req(name, "name");
      Open311.req(description, "description");
      Open311.req(group, "group");
    }
  }

  /**
   * A value of a list attribute.
   *
   * @param key  the key sent back in {@code attribute[CODE]}
   * @param name  the label
   */
  public record AttributeValue(String key, String name) {
    /** Creates a value. @throws org.gridgov.core.InvalidInputException if a value is null */
    public AttributeValue {
      Open311.req(key, "key");
      Open311.req(name, "name");
    }
  }

  /**
   * An attribute of a service definition.
   *
   * @param code  the attribute code
   * @param datatype  the Open311 datatype ({@code singlevaluelist} …)
   * @param required  whether it must be sent
   * @param description  the question shown to the reporter
   * @param order  the display order
   * @param values  the allowed values of a list
   */
  public record Attribute(String code, String datatype, boolean required, String description, int order,
      ImmutableList<AttributeValue> values) {
    /** Creates an attribute. @throws org.gridgov.core.InvalidInputException if a value is null */
    public Attribute {
      Open311.req(code, "code");
      Open311.req(datatype, "datatype");
      Open311.req(description, "description");
      Open311.reqAll(values, "values");
    }
  }

  /**
   * A service definition ({@code GET services/CODE}).
   *
   * @param code  the service_code
   * @param attributes  the attributes
   */
  public record ServiceDefinition(String code, ImmutableList<Attribute> attributes) {
    /** Creates a definition. @throws org.gridgov.core.InvalidInputException if a value is null */
    public ServiceDefinition {
      Open311.req(code, "code");
      Open311.reqAll(attributes, "attributes");
    }
  }

  /**
   * An entry of the {@code notes[]} history extension.
   *
   * @param at  the datetime
   * @param type  {@code opened}, {@code transferred}, {@code activity} or {@code closed}
   * @param summary  what happened
   * @param actor  the person who did it: privileged view only
   */
  public record Note(Instant at, String type, String summary, Optional<PersonId> actor) {
    /** Creates a note. @throws org.gridgov.core.InvalidInputException if a value is null */
    public Note {
      Open311.req(at, "at");
      Open311.req(type, "type");
      Open311.req(summary, "summary");
      Open311.req(actor, "actor");
    }
  }

  /**
   * A service request ({@code GET requests}): a case as Open311 sees it.
   *
   * @param id  service_request_id, the case id
   * @param status  {@code open} or {@code closed}
   * @param statusNotes  the fine state of the case loop
   * @param serviceCode  the category code
   * @param serviceName  the category name
   * @param description  the reporter's description
   * @param agencyResponsible  the current holder's name
   * @param requested  requested_datetime
   * @param updated  updated_datetime
   * @param expected  expected_datetime, the current step's deadline
   * @param address  the address
   * @param coordinates  lat/long
   * @param mediaUrl  the first media reference
   * @param notes  the history
   * @param accountId  the reporter's account: privileged view only
   * @param reporter  the reporter's name and phone: privileged view with a directory only
   */
  public record ServiceRequest(String id, String status, String statusNotes, String serviceCode, String serviceName,
      String description, String agencyResponsible, Instant requested, Instant updated, Optional<Instant> expected,
      Optional<String> address, Optional<Coordinates> coordinates, Optional<String> mediaUrl,
      ImmutableList<Note> notes, Optional<PersonId> accountId, Optional<Person> reporter) {
    /** Creates a request. @throws org.gridgov.core.InvalidInputException if a value is null */
    public ServiceRequest {
      for (Object o : new Object[] {id, status, statusNotes, serviceCode, serviceName, description,
          agencyResponsible, requested, updated, expected, address, coordinates, mediaUrl, accountId, reporter}) {
        Open311.req(o, "serviceRequest");
      }
      Open311.reqAll(notes, "notes");
    }
  }

  /**
   * An Open311 error: {@code {"code": 400, "description": "…"}}.
   *
   * @param code  the HTTP-style code: 400 bad request, 404 unknown service
   * @param description  what is wrong, naming the field
   */
  public record ApiError(int code, String description) {
    /** Creates an error. @throws org.gridgov.core.InvalidInputException if the description is null */
    public ApiError {
      Open311.req(description, "description");
    }
  }

  /**
   * What names and dates a request needs besides the case: the catalogue, the organisation (holder
   * names), the calendar (expected_datetime) and, for the privileged view, a person directory.
   *
   * @param catalogue  the category catalogue
   * @param organisation  the organisation
   * @param calendar  the business calendar, empty for no expected_datetime
   * @param people  looks up a reporter; privileged view only
   */
  public record Context(CategoryCatalogue catalogue, Organisation organisation, Optional<BusinessCalendar> calendar,
      Function<PersonId, Optional<Person>> people) {
    /** Creates a context. @throws org.gridgov.core.InvalidInputException if a value is null */
    public Context {
      Open311.req(catalogue, "catalogue");
      Open311.req(organisation, "organisation");
      Open311.req(calendar, "calendar");
      Open311.req(people, "people");
    }

    /**
     * Returns a context without person directory.
     *
     * @param catalogue  the catalogue, not null
     * @param organisation  the organisation, not null
     * @param calendar  the calendar, not null
     * @return the context, not null
     */
    public static Context of(CategoryCatalogue catalogue, Organisation organisation, BusinessCalendar calendar) {
      return new Context(catalogue, organisation, Optional.of(calendar), id -> Optional.empty());
    }
  }

  // ------------------------------------------------------------------ services

  /**
   * Returns the catalogue's subclasses (and top-level classes without subclasses) as services.
   *
   * @param catalogue  the catalogue, not null
   * @return the services in catalogue order, not null
   */
  public static ImmutableList<Service> services(CategoryCatalogue catalogue) {
    Open311.req(catalogue, "catalogue");
    ImmutableList.Builder<Service> out = ImmutableList.builder();
    for (Category top : catalogue.topLevel()) {
      List<Category> subs = catalogue.subclassesOf(top.code());
      for (Category c : subs.isEmpty() ? List.of(top) : subs) {
        out.add(new Service(c.code().value(), c.name(), top.name() + "：" + c.name(), top.name()));
      }
    }
    return out.build();
  }

  /**
   * Returns a service's definition: its one attribute is the urgency.
   *
   * @param catalogue  the catalogue, not null
   * @param serviceCode  the service code, not null
   * @return the definition, empty if the catalogue has no such category
   */
  public static Optional<ServiceDefinition> definition(CategoryCatalogue catalogue, String serviceCode) {
    Open311.req(catalogue, "catalogue");
    return category(catalogue, serviceCode).map(c -> new ServiceDefinition(c.code().value(), ImmutableList.of(
        new Attribute(URGENCY_ATTRIBUTE, "singlevaluelist", false, "紧急程度 urgency (default normal)", 1,
            ImmutableList.of(new AttributeValue("normal", "一般 normal"), new AttributeValue("urgent", "紧急 urgent"),
                new AttributeValue("emergency", "突发 emergency"))))));
  }

  private static Optional<Category> category(CategoryCatalogue catalogue, String code) {
    try {
      return catalogue.find(CategoryCode.of(code));
    } catch (GovernanceException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ requests

  /**
   * Returns a case as an Open311 service request.
   *
   * @param events  the case's events, oldest first, at least one, not null
   * @param context  the names and dates, not null
   * @param view  who will see it, not null
   * @return the request, not null
   * @throws org.gridgov.core.InvalidInputException if the events do not form a valid history
   */
  public static ServiceRequest requestOf(List<CaseEvent> events, Context context, View view) {
    Open311.req(context, "context");
    Open311.req(view, "view");
    Open311.reqAll(events, "events");
    if (events.isEmpty()) {
      throw new InvalidInputException("events", "must hold at least the report", events.size());
    }
    CaseState state = CaseLoop.replay(events.get(0).header().caseId(), events);
    CaseDetails d = state.details().orElseThrow();
    boolean privileged = view == View.PRIVILEGED;
    String serviceName = context.catalogue().find(d.category()).map(Category::name).orElse(d.category().value());
    Optional<Instant> expected = Optional.empty();
    if (state.status().isOpen() && context.calendar().isPresent()) {
      try {
        expected = state.dueAt(context.calendar().get());
      } catch (GovernanceException outsideTheCalendar) {
        expected = Optional.empty();
      }
    }
    List<Note> notes = new ArrayList<>();
    for (CaseEvent e : events) {
      note(e, context.organisation(), privileged).ifPresent(notes::add);
    }
    Optional<PersonId> account = privileged ? d.reporter() : Optional.empty();
    return new ServiceRequest(state.caseId().value(), state.status().isOpen() ? "open" : "closed",
        statusNotes(state), d.category().value(), serviceName, d.description(),
        state.holder().map(h -> agency(h, context.organisation())).orElse(""),
        events.get(0).header().at(), state.lastEventAt().orElseThrow(), expected, d.address(), d.coordinates(),
        d.media().stream().findFirst(), ImmutableList.copyOf(notes), account,
        account.flatMap(context.people()));
  }

  private static String statusNotes(CaseState s) {
    String code = s.status().name().toLowerCase(java.util.Locale.ROOT);
    if (s.status() == CaseStatus.DUPLICATE && s.duplicateOf().isPresent()) {
      return code + ": duplicate of " + s.duplicateOf().get().value();
    }
    return s.isParked() ? code + " (parked 挂账)" : code;
  }

  /** Returns a holder's display name: a grid's name, "<place> 网格管理服务中心", a department's name. */
  static String agency(Holder h, Organisation org) {
    try {
      if (h instanceof Holder.GridHolder g) {
        return org.nameOf(g.grid());
      }
      if (h instanceof Holder.CenterHolder c) {
        return org.nameOf(c.place()) + "网格管理服务中心";
      }
    } catch (GovernanceException unknownPlace) {
      return placeCode(h);
    }
    Holder.DepartmentHolder dep = (Holder.DepartmentHolder) h;
    return org.departments().stream().filter(x -> x.id().equals(dep.department())).map(x -> x.name()).findFirst()
        .orElse(dep.department().value());
  }

  private static String placeCode(Holder h) {
    return h instanceof Holder.GridHolder g ? g.grid().code() : ((Holder.CenterHolder) h).place().code();
  }

  static Optional<Note> note(CaseEvent e, Organisation org, boolean privileged) {
    Instant at = e.header().at();
    Optional<PersonId> actor = privileged ? Optional.of(e.header().actor()) : Optional.empty();
    String type;
    String summary;
    if (e instanceof CaseEvent.Reported r) {
      type = "opened";
      summary = "reported 上报, received by " + agency(r.holder(), org);
    } else if (e instanceof CaseEvent.Assigned a) {
      type = "transferred";
      summary = "assigned 交办 to " + agency(a.holder(), org);
    } else if (e instanceof CaseEvent.Escalated x) {
      type = "transferred";
      summary = "escalated 上报协调 from " + agency(x.previous(), org) + " to " + agency(x.holder(), org);
    } else if (e instanceof CaseEvent.Returned x) {
      type = "transferred";
      summary = "returned 回退 from " + agency(x.previous(), org) + " to " + agency(x.holder(), org);
    } else if (e instanceof CaseEvent.Reopened x) {
      type = "transferred";
      summary = "reopened 重办, to " + agency(x.holder(), org);
    } else if (e instanceof CaseEvent.Closed) {
      type = "closed";
      summary = "closed 结案";
    } else if (e instanceof CaseEvent.Voided) {
      type = "closed";
      summary = "voided 作废";
    } else if (e instanceof CaseEvent.MarkedDuplicate m) {
      type = "closed";
      summary = "duplicate 重复件 of " + m.original().value();
    } else if (e instanceof CaseEvent.ResultSubmitted r) {
      type = "activity";
      summary = "result 反馈: " + r.summary();
    } else if (e instanceof CaseEvent.Verified v) {
      type = "activity";
      summary = v.passed() ? "verified 核查通过" : "rework 返工";
    } else if (e instanceof CaseEvent.Accepted) {
      type = "activity";
      summary = "accepted 受理";
    } else if (e instanceof CaseEvent.Acknowledged) {
      type = "activity";
      summary = "acknowledged 签收";
    } else if (e instanceof CaseEvent.Parked) {
      type = "activity";
      summary = "parked 挂账";
    } else if (e instanceof CaseEvent.Resumed) {
      type = "activity";
      summary = "resumed 恢复";
    } else if (privileged) {
      type = "activity";
      summary = e.getClass().getSimpleName();
    } else {
      return Optional.empty(); // evaluations, extensions, whistles and deadline flags stay internal
    }
    return Optional.of(new Note(at, type, summary, actor));
  }

  // ------------------------------------------------------------------ inbound

  /**
   * How a create request becomes a command: the identifiers and instant the caller assigns, the
   * resident who sends it, and how a location (coordinates and/or address) is placed in a grid.
   *
   * @param catalogue  the services
   * @param caseId  the new case
   * @param commandId  the command
   * @param resident  the reporting resident (the caller authenticated them)
   * @param at  the instant received
   * @param locator  finds the place (normally a grid) of a location; empty if none
   */
  public record Intake(CategoryCatalogue catalogue, CaseId caseId, CommandId commandId, PersonId resident,
      Instant at, Locator locator) {
    /** Creates an intake. @throws org.gridgov.core.InvalidInputException if a value is null */
    public Intake {
      Open311.req(catalogue, "catalogue");
      Open311.req(caseId, "caseId");
      Open311.req(commandId, "commandId");
      Open311.req(resident, "resident");
      Open311.req(at, "at");
      Open311.req(locator, "locator");
    }
  }

  /** Places a reported location. */
  @FunctionalInterface
  public interface Locator {
    /**
     * Finds the place of a location.
     *
     * @param coordinates  lat/long, if sent
     * @param address  address_string or address_id, if sent
     * @return the place, empty if the location lies in no grid
     */
    Optional<PlaceId> locate(Optional<Coordinates> coordinates, Optional<String> address);
  }

  /**
   * The reporter's contact details from a create request: personal data, kept apart from the case.
   *
   * @param name  first_name and last_name joined, if sent
   * @param phone  the phone, if sent
   * @param email  the email, if sent
   */
  public record Contact(Optional<String> name, Optional<PhoneNumber> phone, Optional<String> email) {
    /** Creates contact details. @throws org.gridgov.core.InvalidInputException if a value is null */
    public Contact {
      Open311.req(name, "name");
      Open311.req(phone, "phone");
      Open311.req(email, "email");
    }
  }

  /** The outcome of reading a create request. */
  public sealed interface Created {
    /**
     * A valid request.
     *
     * @param report  the report command
     * @param contact  the reporter's contact details, for privileged storage only
     */
    record Accepted(CaseCommand.Report report, Contact contact) implements Created {
      /** Creates the outcome. @throws org.gridgov.core.InvalidInputException if a value is null */
      public Accepted {
        Open311.req(report, "report");
        Open311.req(contact, "contact");
      }
    }

    /**
     * An invalid request: every problem found.
     *
     * @param errors  the errors, not empty
     */
    record Invalid(ImmutableList<ApiError> errors) implements Created {
      /** Creates the outcome. @throws org.gridgov.core.InvalidInputException if a value is null */
      public Invalid {
        Open311.reqAll(errors, "errors");
      }
    }
  }

  private static final java.util.Set<String> KNOWN = java.util.Set.of("service_code", "lat", "long",
      "address_string", "address_id", "description", "media_url", "email", "first_name", "last_name", "phone",
      "device_id", "account_id", "jurisdiction_id", "api_key");

  /**
   * Reads a {@code POST requests} form ({@code application/x-www-form-urlencoded}, decoded) into a report
   * command of a resident snapshot (随手拍), or the Open311 errors. Unknown fields are refused (400);
   * {@code attribute[urgency]} sets the urgency.
   *
   * @param form  the decoded form fields, each with its values, not null
   * @param intake  identifiers, sender, instant and locator, not null
   * @return the command and contact details, or every error found, not null
   */
  public static Created parseCreate(Map<String, List<String>> form, Intake intake) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(intake, "intake");
    List<ApiError> errors = new ArrayList<>();
    Map<String, String> one = new java.util.TreeMap<>();
    form.forEach((name, values) -> {
      if (name == null || values == null || values.isEmpty() || values.contains(null)) {
        errors.add(new ApiError(400, name + ": must have a value"));
      } else if (values.size() > 1) {
        errors.add(new ApiError(400, name + ": must be sent once, was sent " + values.size() + " times"));
      } else if (!KNOWN.contains(name) && !(name.startsWith("attribute[") && name.endsWith("]"))) {
        errors.add(new ApiError(400, name + ": is not a GeoReport v2 field"));
      } else if (!values.get(0).isBlank()) {
        one.put(name, values.get(0).strip());
      }
    });
    Optional<Category> category = Optional.empty();
    String code = one.get("service_code");
    if (code == null) {
      errors.add(new ApiError(400, "service_code: is required"));
    } else {
      category = category(intake.catalogue(), code);
      if (category.isEmpty()) {
        errors.add(new ApiError(404, "service_code: '" + code + "' is not a service of this jurisdiction"));
      }
    }
    Optional<Coordinates> coordinates = coordinates(one, errors);
    Optional<String> address = Optional.ofNullable(one.getOrDefault("address_string", one.get("address_id")));
    if (coordinates.isEmpty() && address.isEmpty() && !one.containsKey("lat") && !one.containsKey("long")) {
      errors.add(new ApiError(400, "location: lat and long, address_string or address_id is required"));
    }
    String description = one.get("description");
    if (description == null) {
      errors.add(new ApiError(400, "description: is required"));
    } else if (description.length() > 2000) {
      errors.add(new ApiError(400, "description: must be at most 2000 characters, was " + description.length()));
    }
    Urgency urgency = Urgency.NORMAL;
    for (Map.Entry<String, String> a : one.entrySet()) {
      if (a.getKey().startsWith("attribute[")) {
        String attribute = a.getKey().substring("attribute[".length(), a.getKey().length() - 1);
        if (!attribute.equals(URGENCY_ATTRIBUTE)) {
          errors.add(new ApiError(400, a.getKey() + ": is not an attribute of this service"));
        } else {
          switch (a.getValue()) {
            case "normal" -> urgency = Urgency.NORMAL;
            case "urgent" -> urgency = Urgency.URGENT;
            case "emergency" -> urgency = Urgency.EMERGENCY;
            default -> errors.add(new ApiError(400, a.getKey() + ": must be one of normal, urgent, emergency"));
          }
        }
      }
    }
    Optional<PhoneNumber> phone = Optional.empty();
    if (one.containsKey("phone")) {
      try {
        phone = Optional.of(PhoneNumber.of(one.get("phone")));
      } catch (GovernanceException e) {
        errors.add(new ApiError(400, "phone: is not a valid phone number"));
      }
    }
    Optional<PlaceId> place = Optional.empty();
    if (errors.isEmpty()) {
      place = intake.locator().locate(coordinates, address);
      if (place.isEmpty()) {
        errors.add(new ApiError(400, "location: lies outside every grid of this jurisdiction"));
      }
    }
    if (!errors.isEmpty()) {
      return new Created.Invalid(ImmutableList.copyOf(errors));
    }
    ImmutableList<String> media = one.containsKey("media_url") ? ImmutableList.of(one.get("media_url"))
        : ImmutableList.of();
    CaseDetails details = new CaseDetails(category.orElseThrow().code(), Source.RESIDENT_SNAPSHOT, place.orElseThrow(),
        urgency, description, address, coordinates, media, Optional.of(intake.resident()), Optional.empty());
    String name = (one.getOrDefault("last_name", "") + one.getOrDefault("first_name", "")).strip();
    return new Created.Accepted(new CaseCommand.Report(intake.commandId(), intake.caseId(), intake.resident(),
        intake.at(), details), new Contact(name.isEmpty() ? Optional.empty() : Optional.of(name), phone,
        Optional.ofNullable(one.get("email"))));
  }

  private static Optional<Coordinates> coordinates(Map<String, String> one, List<ApiError> errors) {
    String lat = one.get("lat");
    String lon = one.get("long");
    if (lat == null && lon == null) {
      return Optional.empty();
    }
    if (lat == null || lon == null) {
      errors.add(new ApiError(400, (lat == null ? "lat" : "long") + ": is required with "
          + (lat == null ? "long" : "lat")));
      return Optional.empty();
    }
    try {
      return Optional.of(new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon)));
    } catch (NumberFormatException e) {
      errors.add(new ApiError(400, "lat/long: must be decimal degrees (WGS-84), such as 41.80 and 120.77"));
    } catch (GovernanceException e) {
      errors.add(new ApiError(400, "lat/long: " + e.getMessage()));
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ JSON

  /**
   * Writes {@code services.json}: an array of services.
   *
   * @param services  the services, not null
   * @return the JSON text, not null
   */
  public static String writeServices(List<Service> services) {
    return json(g -> {
      g.writeStartArray();
      for (Service s : services) {
        g.writeStartObject();
        g.writeStringField("service_code", s.code());
        g.writeStringField("service_name", s.name());
        g.writeStringField("description", s.description());
        g.writeBooleanField("metadata", true);
        g.writeStringField("type", "realtime");
        g.writeStringField("keywords", "");
        g.writeStringField("group", s.group());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /**
   * Writes {@code services/CODE.json}: a service definition.
   *
   * @param definition  the definition, not null
   * @return the JSON text, not null
   */
  public static String writeDefinition(ServiceDefinition definition) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("service_code", definition.code());
      g.writeArrayFieldStart("attributes");
      for (Attribute a : definition.attributes()) {
        g.writeStartObject();
        g.writeBooleanField("variable", true);
        g.writeStringField("code", a.code());
        g.writeStringField("datatype", a.datatype());
        g.writeBooleanField("required", a.required());
        g.writeStringField("datatype_description", "");
        g.writeNumberField("order", a.order());
        g.writeStringField("description", a.description());
        g.writeArrayFieldStart("values");
        for (AttributeValue v : a.values()) {
          g.writeStartObject();
          g.writeStringField("key", v.key());
          g.writeStringField("name", v.name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * Writes {@code requests.json}: an array of service requests.
   *
   * @param requests  the requests, not null
   * @return the JSON text, not null
   */
  public static String writeRequests(List<ServiceRequest> requests) {
    return json(g -> {
      g.writeStartArray();
      for (ServiceRequest r : requests) {
        g.writeStartObject();
        g.writeStringField("service_request_id", r.id());
        g.writeStringField("status", r.status());
        g.writeStringField("status_notes", r.statusNotes());
        g.writeStringField("service_name", r.serviceName());
        g.writeStringField("service_code", r.serviceCode());
        g.writeStringField("description", r.description());
        g.writeStringField("agency_responsible", r.agencyResponsible());
        g.writeStringField("service_notice", "");
        g.writeStringField("requested_datetime", instant(r.requested()));
        g.writeStringField("updated_datetime", instant(r.updated()));
        if (r.expected().isPresent()) {
          g.writeStringField("expected_datetime", instant(r.expected().get()));
        }
        g.writeStringField("address", r.address().orElse(""));
        g.writeStringField("address_id", "");
        g.writeStringField("zipcode", "");
        if (r.coordinates().isPresent()) {
          g.writeNumberField("lat", r.coordinates().get().latitude());
          g.writeNumberField("long", r.coordinates().get().longitude());
        }
        g.writeStringField("media_url", r.mediaUrl().orElse(""));
        if (r.accountId().isPresent()) {
          g.writeStringField("account_id", r.accountId().get().value());
        }
        if (r.reporter().isPresent()) {
          g.writeStringField("first_name", r.reporter().get().name().reveal());
          if (r.reporter().get().phone().isPresent()) {
            g.writeStringField("phone", r.reporter().get().phone().get().reveal());
          }
        }
        g.writeArrayFieldStart("notes");
        for (Note n : r.notes()) {
          g.writeStartObject();
          g.writeStringField("datetime", instant(n.at()));
          g.writeStringField("type", n.type());
          g.writeStringField("summary", n.summary());
          if (n.actor().isPresent()) {
            g.writeStringField("actor", n.actor().get().value());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /**
   * Writes the Open311 error array {@code [{"code": 400, "description": "…"}]}.
   *
   * @param errors  the errors, not null
   * @return the JSON text, not null
   */
  public static String writeErrors(List<ApiError> errors) {
    return json(g -> {
      g.writeStartArray();
      for (ApiError e : errors) {
        g.writeStartObject();
        g.writeNumberField("code", e.code());
        g.writeStringField("description", e.description());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private static String instant(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at);
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
