<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationModel</name>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation><numerusform>Follow-up overdue by %n day</numerusform><numerusform>Follow-up overdue by %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation><numerusform>%Ln problem · %L1 solved · %L2 to revisit</numerusform><numerusform>%Ln problems · %L1 solved · %L2 to revisit</numerusform></translation>
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
    <name>ReminderSummary</name>
    <message numerus="yes">
        <source>%n application(s) to go</source>
        <translation><numerusform>%n application to go</numerusform><numerusform>%n applications to go</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation><numerusform>%n review due</numerusform><numerusform>%n reviews due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) tomorrow</source>
        <translation><numerusform>%n interview tomorrow</numerusform><numerusform>%n interviews tomorrow</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s) overdue</source>
        <translation><numerusform>%n plan item overdue</numerusform><numerusform>%n plan items overdue</numerusform></translation>
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