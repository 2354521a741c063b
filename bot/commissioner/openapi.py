"""The OpenAPI 3.0 document of /api/v1, written by hand (a test checks every route
of the app under /api/v1 is in it, and the responses against it)."""

from __future__ import annotations

from typing import Any, Dict

COUNT = {"oneOf": [{"type": "integer", "minimum": 0}, {"type": "string", "enum": ["*"]}],
         "description": "a count, or \"*\" when small numbers are hidden"}
PERCENT = {"type": "number", "nullable": True,
           "description": "from shown numbers only; null when either is hidden"}
ROW = {"type": "object", "required": ["label", "count", "percent"],
       "properties": {"label": {}, "count": {"$ref": "#/components/schemas/Count"},
                      "percent": {"$ref": "#/components/schemas/Percent"}}}
FIGURE = {"type": "integer", "description": "rounded to a whole number"}
SUMMARY = {"type": "object", "additionalProperties": False, "description": (
    "FFT (overall): positive_percent and negative_percent, NHS England's method. Number "
    "questions (overall and for each group): median, lower_quartile and upper_quartile "
    "(Excel's MEDIAN and QUARTILE.INC), only beside a count that is shown, so for at least "
    "the threshold; otherwise {}. No mean or total: with the count it would let one "
    "person's answer be worked out by subtraction."), "properties": {
    "positive_percent": PERCENT, "negative_percent": PERCENT, "median": FIGURE,
    "lower_quartile": FIGURE, "upper_quartile": FIGURE}}
CODE = {"name": "code", "in": "path", "required": True,
        "schema": {"type": "string", "pattern": "^[A-Za-z0-9]{3,12}$"}}
ERRORS = {"401": {"$ref": "#/components/responses/Unauthorised"},
          "403": {"$ref": "#/components/responses/Forbidden"}}


def _get(summary: str, schema: Dict[str, Any], with_code: bool = True,
         media: str = "application/json") -> Dict[str, Any]:
    responses: Dict[str, Any] = {"200": {"description": "OK",
                                         "content": {media: {"schema": schema}}}, **ERRORS}
    if with_code:
        responses["404"] = {"$ref": "#/components/responses/NotFound"}
    return {"get": {"summary": summary, "parameters": [CODE] if with_code else [],
                    "responses": responses}}


def _ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _paths() -> Dict[str, Any]:
    base = "/api/v1/consultations/{code}"
    csv = {"type": "string"}
    return {
        "/api/v1/openapi.json": {"get": {"summary": "This document", "security": [],
                                         "responses": {"200": {"description": "OK"}}}},
        "/api/v1/me": _get("Who the token or session belongs to", _ref("Me"), False),
        "/api/v1/consultations": _get("The organisation's consultations",
                                      {"type": "array", "items": _ref("ConsultationSummary")},
                                      False),
        base: _get("One consultation: participations by status, channel, age band, area",
                   _ref("Consultation")),
        f"{base}/questions": _get("Per-question counts with breakdowns",
                                  {"type": "array", "items": _ref("QuestionResult")}),
        f"{base}/timeline": _get("Participations started and completed per day or week",
                                 _ref("Timeline")),
        f"{base}/funnel": _get("Where people stopped, and re-asks per question", _ref("Funnel")),
        f"{base}/comments": {"get": {
            "summary": "Free-text answers (redacted when stored), newest first, 100 a page",
            "parameters": [CODE,
                           {"name": "q", "in": "query", "required": False,
                            "schema": {"type": "string", "maxLength": 100}},
                           {"name": "question", "in": "query", "required": False,
                            "schema": {"type": "string"}},
                           {"name": "offset", "in": "query", "required": False,
                            "schema": {"type": "integer", "minimum": 0}}],
            "responses": {"200": {"description": "OK", "content": {"application/json": {
                "schema": _ref("Comments")}}}, "400": {"description": "bad parameter"},
                "404": {"$ref": "#/components/responses/NotFound"}, **ERRORS}}},
        f"{base}/export/answers.csv": _get(
            "Every answer (one row each), streamed; free text already redacted; "
            "times in UTC (answered_at_utc, started_at_utc, completed_at_utc)", csv,
            media="text/csv"),
        f"{base}/export/aggregates.csv": _get(
            "Every count shown on the dashboard, small numbers hidden", csv, media="text/csv"),
        "/api/v1/audit": {"get": {
            "summary": "The organisation's audit log, newest first (admins)",
            "parameters": [{"name": "before", "in": "query", "required": False,
                            "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "OK", "content": {"application/json": {
                "schema": {"type": "array", "items": _ref("AuditEntry")}}}},
                "400": {"description": "bad parameter"}, **ERRORS}}},
    }


def _schemas() -> Dict[str, Any]:
    obj = "object"
    return {
        "Count": COUNT, "Percent": PERCENT, "Row": ROW,
        "Me": {"type": obj, "required": ["email", "role", "organisation"], "properties": {
            "email": {"type": "string"}, "role": {"type": "string",
                                                  "enum": ["admin", "author", "analyst"]},
            "organisation": {"type": "string"}, "suppression_threshold": {"type": "integer"}}},
        "ConsultationSummary": {"type": obj, "required": ["code", "status", "participations"],
                                "properties": {
            "code": {"type": "string"}, "title": {"type": "string"},
            "status": {"type": "string", "enum": ["draft", "live", "closed"]},
            "opens": {"type": "string", "format": "date", "nullable": True,
                      "description": "its first day, a UK day (ISO 8601, as all dates here)"},
            "closes": {"type": "string", "format": "date", "nullable": True,
                       "description": "its last day, a UK day (it closes at midnight, UK "
                                      "time, at the end of it)"},
            "questions": {"type": "integer"}, "version": {"type": "string"},
            "participations": _ref("Count"), "completed": _ref("Count"),
            "completion_percent": _ref("Percent")}},
        "Consultation": {"allOf": [_ref("ConsultationSummary"), {"type": obj, "properties": {
            "by_status": {"type": "array", "items": _ref("Row")},
            "area_level": {"type": "string", "enum": ["postcode district", "sub-ICB location"],
                           "description": "what the area breakdowns group by: the sub-ICB "
                                          "location once the ONS lookup is loaded"},
            "breakdowns": {"type": obj, "properties": {
                d: {"type": "array", "items": _ref("Row")}
                for d in ("channel", "age_band", "area")}}}}]},
        "Summary": SUMMARY,
        "QuestionResult": {"type": obj, "required": ["key", "answered", "options"], "properties": {
            "key": {"type": "string"}, "text": {"type": "string"}, "type": {"type": "string"},
            "unit": {"type": "string", "description": "a number question's unit (days, "
                     "times…; \"\" for a plain number or another type of question)"},
            "answered": _ref("Count"), "options": {"type": "array", "items": _ref("Row")},
            "summary": _ref("Summary"),
            "breakdowns": {"type": obj, "properties": {d: {"type": "array", "items": {
                "type": obj, "properties": {
                    "label": {"type": "string"}, "answered": _ref("Count"),
                    "options": {"type": "array", "items": _ref("Row")},
                    "summary": _ref("Summary")}}}
                for d in ("channel", "age_band", "area")}}}},
        "Timeline": {"type": obj, "properties": {
            "period": {"type": "string", "enum": ["day", "week"]},
            "started": _ref("Count"), "completed": _ref("Count"),
            "points": {"type": "array", "items": {"type": obj, "properties": {
                "start": {"type": "string", "format": "date",
                          "description": "the UK day (GMT or BST), or the Monday a week "
                                         "starts on"}, "started": _ref("Count"),
                "completed": _ref("Count")}}}}},
        "Funnel": {"type": obj, "properties": {
            "participations": _ref("Count"), "completed": _ref("Count"),
            "stopped_after": {"type": "array", "items": {"type": obj, "properties": {
                "key": {"type": "string"}, "label": {"type": "string"},
                "count": _ref("Count"), "percent": _ref("Percent")}}},
            "reasks": {"type": "array", "items": {"type": obj, "properties": {
                "key": {"type": "string"}, "text": {"type": "string"},
                "recorded": _ref("Count"), "reasked": _ref("Count"),
                "reasked_percent": _ref("Percent"), "never_understood": _ref("Count")}}}}},
        "Comments": {"type": obj, "required": ["total", "comments"], "properties": {
            "total": {"type": "integer"}, "offset": {"type": "integer"},
            "comments": {"type": "array", "items": {"type": obj, "properties": {
                "question_key": {"type": "string"}, "question": {"type": "string"},
                "text": {"type": "string"}}}}}},
        "AuditEntry": {"type": obj, "properties": {
            "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time",
                                                   "description": "UTC"},
            "actor": {"type": "string"}, "action": {"type": "string"},
            "detail": {"type": "string"}}},
    }


def document() -> Dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Sounding Board commissioner API", "version": "1",
                 "description": "Results of your organisation's consultations. Counts from 1 "
                 "to the organisation's threshold minus one, and any that would let one be "
                 "worked out, are \"*\"."},
        "security": [{"token": []}, {"session": []}],
        "paths": _paths(),
        "components": {
            "schemas": _schemas(),
            "securitySchemes": {
                "token": {"type": "http", "scheme": "bearer",
                          "description": "an API token (sb_…) from the API tokens page"},
                "session": {"type": "apiKey", "in": "cookie", "name": "__Host-sb_session",
                            "description": "a signed-in browser's session: __Host-sb_session "
                            "when the app is reached over https, sb_session over plain http "
                            "(on 127.0.0.1)"}},
            "responses": {
                "Unauthorised": {"description": "no valid token or session"},
                "Forbidden": {"description": "the role does not allow this, or this "
                              "browser signed in with a one-time password and must choose "
                              "its own at /account/password first"},
                "NotFound": {"description": "no consultation with that code in your "
                             "organisation"}},
        },
    }
