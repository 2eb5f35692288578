#!/usr/bin/env python3
"""Fills the English plural forms in translations/roadmap-planner_en.ts, which
`lupdate -pluralonly` produces: "%n item(s)" becomes "%n item" / "%n items".
Run after adding a %n string:
    lupdate -pluralonly -locations none app -ts translations/roadmap-planner_en.ts
    scripts/fill-english-plurals.py"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/roadmap-planner_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
