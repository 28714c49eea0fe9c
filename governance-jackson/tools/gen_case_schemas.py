#!/usr/bin/env python3
"""Generates the JSON Schemas (draft 2020-12) of the case loop, the scorecard and the media-app documents.

Run from governance-jackson/: python3 tools/gen_case_schemas.py. SchemaTest checks the output against
the golden files and the reader, so a drift between this table and the codecs fails the build.
"""
import json, os

DIR = "src/main/resources/org/gridgov/jackson/schema"
org = json.load(open(os.path.join(DIR, "organisation-snapshot.schema.json")))
base = {k: org["$defs"][k] for k in ["token", "city_id", "subdistrict_id", "community_id", "grid_id",
                                     "category_code", "level", "place"]}

def ref(name): return {"$ref": "#/$defs/" + name}
def enum(*codes): return {"enum": list(codes)}
def arr(item): return {"type": "array", "items": item}
def text(max_len=2000): return {"type": "string", "minLength": 1, "maxLength": max_len, "pattern": "\\S"}
def obj(required, props): return {"type": "object", "additionalProperties": False,
                                  "required": required, "properties": props}

defs = dict(base)
defs.update({
    "instant": {"type": "string", "description": "ISO-8601 date-time with offset",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$"},
    "duration": {"type": "string", "description": "ISO-8601 duration", "pattern": "^-?P"},
    "any_text": {"type": "string"},
    "text": text(),
    "status": enum("new", "reported", "accepted", "assigned", "handling", "result_submitted", "verified",
                   "closed", "voided", "duplicate"),
    "command_kind": enum("report", "accept", "void", "mark_duplicate", "assign", "acknowledge", "submit_result",
                         "verify", "evaluate", "close", "escalate", "return", "request_extension",
                         "approve_extension", "deny_extension", "park", "resume", "reopen", "blow_whistle",
                         "report_in", "link_child", "tick"),
    "step": enum("accept", "dispatch", "acknowledge", "handle", "verify", "report_in"),
    "dimension": enum("resident_satisfaction", "efficiency", "result", "bottom_up"),
    "rating": enum("satisfied", "basically_satisfied", "dissatisfied"),
    "time_limit": obj(["kind", "budget"], {"kind": enum("continuous_hours", "working_hours", "working_days",
                                                        "natural_days"), "budget": ref("duration")}),
    "holder": {"oneOf": [
        obj(["type", "grid"], {"type": {"const": "grid"}, "grid": ref("grid_id")}),
        obj(["type", "place"], {"type": {"const": "center"}, "place": {
            "allOf": [ref("place"), {"properties": {"level": enum("city", "subdistrict", "community")}}]}}),
        obj(["type", "department"], {"type": {"const": "department"}, "department": ref("token")})]},
    "coordinates": obj(["latitude", "longitude"], {"latitude": {"type": "number", "minimum": -90, "maximum": 90},
                                                   "longitude": {"type": "number", "minimum": -180, "maximum": 180}}),
    "details": obj(["category", "source", "place", "urgency", "description", "media"], {
        "category": ref("category_code"),
        "source": enum("grid_patrol", "resident_snapshot", "hotline", "leader_assignment", "sinking_cadre"),
        "place": ref("place"), "urgency": enum("normal", "urgent", "emergency"), "description": ref("text"),
        "address": ref("any_text"), "coordinates": ref("coordinates"), "media": arr(ref("any_text")),
        "reporter": ref("token"), "parent": ref("token")}),
    "summons": obj(["department", "due"], {"department": ref("token"), "due": ref("instant")}),
})

HEADER = {"case": ref("token"), "sequence": {"type": "integer", "minimum": 1}, "at": ref("instant"),
          "actor": ref("token"), "command": ref("token"), "command_kind": ref("command_kind"),
          "status_from": ref("status"), "status_to": ref("status"), "clock": ref("time_limit")}
HEADER_REQUIRED = ["case", "sequence", "at", "actor", "command", "command_kind", "status_from", "status_to"]
T = ref("any_text")
EVENTS = {
    "reported": {"details": ref("details"), "holder": ref("holder")},
    "accepted": {}, "voided": {"reason": T}, "marked_duplicate": {"original": ref("token")},
    "assigned": {"dispatcher": ref("holder"), "holder": ref("holder"), "co_handlers": arr(ref("token"))},
    "acknowledged": {}, "result_submitted": {"summary": T},
    "verified": {"passed": {"type": "boolean"}, "note": T},
    "evaluated": {"dimension": ref("dimension"), "rating": ref("rating")}, "closed": {},
    "escalated": {"previous": ref("holder"), "holder": ref("holder")},
    "returned": {"previous": ref("holder"), "holder": ref("holder"), "reason": T},
    "extension_requested": {"amount": ref("duration"), "reason": T},
    "extension_approved": {"amount": ref("duration")}, "extension_denied": {}, "parked": {"reason": T},
    "resumed": {"paused_elapsed": ref("duration")}, "reopened": {"holder": ref("holder"), "reason": T},
    "whistle_blown": {"summonses": arr(ref("summons"))}, "reported_in": {"department": ref("token")},
    "child_linked": {"child": ref("token")}, "deadline_warned": {"step": ref("step")},
    "deadline_breached": {"step": ref("step")}, "report_in_overdue": {"department": ref("token")},
}
COMMON = {"id": ref("token"), "case": ref("token"), "actor": ref("token"), "at": ref("instant")}
X = ref("text")
COMMANDS = {
    "report": {"details": ref("details")}, "accept": {}, "void": {"reason": X},
    "mark_duplicate": {"original": ref("token")},
    "assign": {"target": ref("holder"), "co_handlers": arr(ref("token"))}, "acknowledge": {},
    "submit_result": {"summary": X}, "verify": {"passed": {"type": "boolean"}, "note": X},
    "evaluate": {"dimension": ref("dimension"), "rating": ref("rating")}, "close": {},
    "escalate": {"to_city_center": {"type": "boolean"}, "reason": X}, "return": {"reason": X},
    "request_extension": {"amount": ref("duration"), "reason": X}, "approve_extension": {},
    "deny_extension": {}, "park": {"reason": X}, "resume": {}, "reopen": {"reason": X},
    "blow_whistle": {"departments": arr(ref("token"))}, "report_in": {"department": ref("token")},
    "link_child": {"child": ref("token")}, "tick": {},
}

def variants(table, common, common_required):
    out = []
    for type_id, payload in table.items():
        props = {"type": {"const": type_id}}
        props.update(common)
        props.update(payload)
        out.append({"type": "object", "required": ["type"] + common_required + list(payload),
                    "properties": props})
    return {"oneOf": out}

defs["event"] = variants(EVENTS, HEADER, HEADER_REQUIRED)
defs["command"] = variants(COMMANDS, COMMON, list(COMMON))

def refs(node, out):
    """Collects the names of the $defs a schema fragment reaches, transitively."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and v.startswith("#/$defs/") and v[8:] not in out:
                out.add(v[8:])
                refs(defs[v[8:]], out)
            else:
                refs(v, out)
    elif isinstance(node, list):
        for v in node:
            refs(v, out)
    return out

def document(name, title, description, body):
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:gridgov:schema:%s:1" % name, "title": title, "description": description}
    schema.update(body)
    used = refs(body, set())
    schema["$defs"] = {k: v for k, v in defs.items() if k in used}
    with open(os.path.join(DIR, name + ".schema.json"), "w", encoding="utf-8") as f:
        json.dump(schema, f, indent=2, ensure_ascii=False)
        f.write("\n")

VERSIONED = {"properties": {"schema_version": {"const": 1}}, "required": ["schema_version"]}
document("case-event", "Case event",
         "A case event (schema_version 1) of the gridgov wire format; see docs/WIRE-FORMAT.md. The header's "
         "properties sit in the event's own object; 'type' names the event.",
         {"type": "object", **VERSIONED, "$ref": "#/$defs/event", "unevaluatedProperties": False})
document("case-command", "Case command",
         "A case command (schema_version 1); see docs/WIRE-FORMAT.md. Commands are strict: a reader refuses a "
         "newer schema_version whole. The reader also applies the core's text rules (length, not blank).",
         {"type": "object", **VERSIONED, "$ref": "#/$defs/command", "unevaluatedProperties": False})
document("case", "Case",
         "A case (schema_version 1): its identifier, a summary derived from the events, and the events. The "
         "reader replays the events and refuses a summary that does not match them, a gap in the sequence, "
         "time running backward and a status that does not chain; a schema cannot check those.",
         {"type": "object", "additionalProperties": False,
          "required": ["schema_version", "case", "version", "status", "events"],
          "properties": {"schema_version": {"const": 1}, "case": ref("token"),
                         "version": {"type": "integer", "minimum": 0}, "status": ref("status"),
                         "holder": ref("holder"), "dispatcher": ref("holder"), "last_event_at": ref("instant"),
                         "events": arr({"$ref": "#/$defs/event", "unevaluatedProperties": False})}})

# ------------------------------------------------------------------ accountability and the media app

NUMBER = {"type": "number"}
COUNT = {"type": "integer", "minimum": 0}
defs.update({
    "date": {"type": "string", "description": "ISO-8601 date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "date_span": obj(["first", "last"], {"first": ref("date"), "last": ref("date")}),
    "geo_point": obj(["latitude", "longitude"], {"latitude": {"type": "number", "minimum": -90, "maximum": 90},
                                                 "longitude": {"type": "number", "minimum": -180, "maximum": 180}}),
    "track_point": obj(["at", "latitude", "longitude"], {"at": ref("instant"),
                       "latitude": {"type": "number", "minimum": -90, "maximum": 90},
                       "longitude": {"type": "number", "minimum": -180, "maximum": 180}}),
    "finding": obj(["description"], {"description": text(500), "position": ref("geo_point"),
                                     "reported_as": ref("token")}),
    "center_place": {"allOf": [ref("place"), {"properties": {"level": enum("city", "subdistrict", "community")}}]},
    "subject": {"oneOf": [
        obj(["type", "person"], {"type": {"const": "grid_worker"}, "person": ref("token")}),
        obj(["type", "place"], {"type": {"const": "center"}, "place": ref("center_place")}),
        obj(["type", "department"], {"type": {"const": "department"}, "department": ref("token")}),
        obj(["type", "place"], {"type": {"const": "area"}, "place": ref("center_place")})]},
    "measure": enum("reports", "valid_reports", "verifications", "verifications_on_time", "dispatches",
                    "accurate_dispatches", "handlings", "handlings_on_time", "handlings_reworked", "cases",
                    "cases_closed", "cases_closed_on_time", "satisfaction_ratings", "satisfied_ratings",
                    "work_ratings", "good_work_ratings", "bottom_up_ratings", "good_bottom_up_ratings",
                    "patrol_days", "patrol_days_met", "roster_days", "attended_days"),
    "indicator": obj(["id", "name", "numerator", "denominator", "higher_is_better"], {
        "id": ref("token"), "name": text(100), "numerator": ref("measure"), "denominator": ref("measure"),
        "higher_is_better": {"type": "boolean"}}),
    "indicator_score": obj(["indicator", "weight", "numerator", "denominator", "share", "applicable", "points",
                            "explanation"], {
        "indicator": ref("indicator"), "weight": {"type": "number", "exclusiveMinimum": 0},
        "numerator": COUNT, "denominator": COUNT, "share": NUMBER, "applicable": {"type": "boolean"},
        "value": {"type": "number", "minimum": 0, "maximum": 1}, "points": {"type": "number", "minimum": 0},
        "explanation": ref("any_text")}),
    "grade": enum("a", "b", "c", "d", "e"),
})

document("scorecard", "Scorecard",
         "A scorecard (schema_version 1; see docs/WIRE-FORMAT.md and docs/ACCOUNTABILITY.md): the subject, the "
         "span, one line per indicator with its counts, weight and share of the applicable weight, and the derived "
         "score, grade, per-line value and points and the explanation of every line. Score and grade are absent "
         "when no indicator applies. The reader recomputes every derived number and refuses a document whose "
         "derived values do not match its lines; explanation texts are for people and are not compared.",
         {"type": "object", "additionalProperties": False,
          "required": ["schema_version", "subject", "span", "lines", "explanation"],
          "properties": {"schema_version": {"const": 1}, "subject": ref("subject"), "span": ref("date_span"),
                         "score": {"type": "number", "minimum": 0, "maximum": 100}, "grade": ref("grade"),
                         "lines": arr(ref("indicator_score")), "explanation": arr(ref("any_text"))},
          "dependentRequired": {"score": ["grade"], "grade": ["score"]}})
document("check-in", "Daily check-in (打卡)",
         "A grid worker's daily check-in sent by the city media app (schema_version 1; see docs/MEDIA-APP.md).",
         {"type": "object", "additionalProperties": False,
          "required": ["schema_version", "type", "person", "at"],
          "properties": {"schema_version": {"const": 1}, "type": {"const": "check_in"}, "person": ref("token"),
                         "at": ref("instant"), "position": ref("geo_point")}})
document("patrol", "Patrol upload (巡查)",
         "A grid worker's patrol sent by the city media app (schema_version 1; see docs/MEDIA-APP.md): the logged "
         "start and end, the GPS track and what was found. The reader also refuses an end not after the start; "
         "plausibility (speed, jumps, gaps, replays) is judged later, by the patrol compliance evaluator.",
         {"type": "object", "additionalProperties": False,
          "required": ["schema_version", "type", "id", "worker", "grid", "start", "end", "track", "findings"],
          "properties": {"schema_version": {"const": 1}, "type": {"const": "patrol"}, "id": ref("token"),
                         "worker": ref("token"), "grid": ref("grid_id"), "start": ref("instant"),
                         "end": ref("instant"), "track": arr(ref("track_point")), "findings": arr(ref("finding"))}})
document("status-notification", "Status notification (状态推送)",
         "What gridgov pushes to a reporter through the city media app when their case moves (schema_version 1; "
         "see docs/MEDIA-APP.md). Built from the public Open311 view: no staff identifiers, no personal data.",
         {"type": "object", "additionalProperties": False,
          "required": ["schema_version", "type", "case", "sequence", "at", "status", "status_notes",
                       "agency_responsible", "note", "evaluate"],
          "properties": {"schema_version": {"const": 1}, "type": {"const": "status_notification"},
                         "case": ref("token"), "sequence": {"type": "integer", "minimum": 1}, "at": ref("instant"),
                         "status": enum("open", "closed"), "status_notes": ref("any_text"),
                         "agency_responsible": ref("any_text"),
                         "note": obj(["type", "summary"], {"type": enum("opened", "transferred", "activity", "closed"),
                                                           "summary": ref("any_text")}),
                         "expected_datetime": ref("instant"), "evaluate": {"type": "boolean"}}})
