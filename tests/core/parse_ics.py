#!/usr/bin/env python3
"""Reads an .ics file with python3-icalendar (an independent RFC 5545 parser)
and prints its events as JSON for tst_calendarexport to check."""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())


def when(component, name):
    prop = component.get(name)
    if prop is None:
        return None
    value = prop.dt
    if hasattr(value, "hour"):
        tz = value.tzinfo.tzname(value) if value.tzinfo else None
        return {"value": value.strftime("%Y-%m-%dT%H:%M:%S"), "date": False, "tz": tz}
    return {"value": value.isoformat(), "date": True, "tz": None}


events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY", "")),
        "description": str(event.get("DESCRIPTION", "")),
        "status": str(event.get("STATUS", "")),
        "start": when(event, "DTSTART"),
        "end": when(event, "DTEND"),
        "stamp": when(event, "DTSTAMP"),
    })
print(json.dumps({"prodid": str(calendar.get("PRODID")), "events": events}))
