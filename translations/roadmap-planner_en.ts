<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityHeatmap</name>
    <message numerus="yes">
        <source>%n attempt(s) in the last 12 months</source>
        <translation><numerusform>%n attempt in the last 12 months</numerusform><numerusform>%n attempts in the last 12 months</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation><numerusform>Follow-up overdue by %n day</numerusform><numerusform>Follow-up overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DailyApplicationsChart</name>
    <message numerus="yes">
        <source>Applications per day against the daily goal (%1–%2), last %n day(s)</source>
        <translation><numerusform>Applications per day against the daily goal (%1–%2), last %n day</numerusform><numerusform>Applications per day against the daily goal (%1–%2), last %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
    <message numerus="yes">
        <source>%n problem(s) · %1 solved · %2 to revisit</source>
        <translation><numerusform>%n problem · %1 solved · %2 to revisit</numerusform><numerusform>%n problems · %1 solved · %2 to revisit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation><numerusform>%Ln problem · %L1 solved · %L2 to revisit</numerusform><numerusform>%Ln problems · %L1 solved · %L2 to revisit</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkSkillItemsCommand</name>
    <message numerus="yes">
        <source>Link %n item(s) to %1</source>
        <translation><numerusform>Link %n item to %1</numerusform><numerusform>Link %n items to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s) from %1</source>
        <translation><numerusform>Unlink %n item from %1</numerusform><numerusform>Unlink %n items from %1</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported %n item(s)</source>
        <translation><numerusform>Imported %n item</numerusform><numerusform>Imported %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) — Ctrl+Z undoes it</source>
        <translation><numerusform>Imported %n item — Ctrl+Z undoes it</numerusform><numerusform>Imported %n items — Ctrl+Z undoes it</numerusform></translation>
    </message>
</context>
<context>
    <name>MinutesPerWeekChart</name>
    <message numerus="yes">
        <source>DSA practice per week, last %n week(s)</source>
        <translation><numerusform>DSA practice per week, last %n week</numerusform><numerusform>DSA practice per week, last %n weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanDescription</name>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation><numerusform>%n checklist item</numerusform><numerusform>%n checklist items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation><numerusform>%n done</numerusform><numerusform>%n done</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>under %n heading(s)</source>
        <translation><numerusform>under %n heading</numerusform><numerusform>under %n headings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation><numerusform>%n deliverable</numerusform><numerusform>%n deliverables</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DSA target: %1 — %n problem(s)</source>
        <translation><numerusform>DSA target: %1 — %n problem</numerusform><numerusform>DSA target: %1 — %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Milestone "%1" (%2): %n skill target(s)</source>
        <translation><numerusform>Milestone "%1" (%2): %n skill target</numerusform><numerusform>Milestone "%1" (%2): %n skill targets</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation><numerusform>%n kept</numerusform><numerusform>%n kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the file (hidden, not deleted)</source>
        <translation><numerusform>%n no longer in the file (hidden, not deleted)</numerusform><numerusform>%n no longer in the file (hidden, not deleted)</numerusform></translation>
    </message>
</context>
<context>
    <name>SkillEvidencePanel</name>
    <message numerus="yes">
        <source>%1 of %n linked item(s) done.</source>
        <translation><numerusform>%1 of %n linked item done.</numerusform><numerusform>%1 of %n linked items done.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DSA log: %1 of %n target problem(s) solved.</source>
        <translation><numerusform>DSA log: %1 of %n target problem solved.</numerusform><numerusform>DSA log: %1 of %n target problems solved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Link %n matching item(s)</source>
        <translation><numerusform>Link %n matching item</numerusform><numerusform>Link %n matching items</numerusform></translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message numerus="yes">
        <source>%1: in %n day(s)</source>
        <translation><numerusform>%1: in %n day</numerusform><numerusform>%1: in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) ago</source>
        <translation><numerusform>%1: %n day ago</numerusform><numerusform>%1: %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s)</source>
        <translation><numerusform>Delete %n skill</numerusform><numerusform>Delete %n skills</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skill(s) at target</source>
        <translation><numerusform>%1 of %n skill at target</numerusform><numerusform>%1 of %n skills at target</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, in %n day(s)</source>
        <translation><numerusform>%1: %2, in %n day</numerusform><numerusform>%1: %2, in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n day(s) ago</source>
        <translation><numerusform>%1: %2, %n day ago</numerusform><numerusform>%1: %2, %n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <source>%1 of %n item(s) done (%2%)</source>
        <translation><numerusform>%1 of %n item done (%2%)</numerusform><numerusform>%1 of %n items done (%2%)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation><numerusform>%n item overdue</numerusform><numerusform>%n items overdue</numerusform></translation>
    </message>
</context>
</TS>