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
    <name>ApplicationCardDelegate</name>
    <message numerus="yes">
        <source>Follow-up %n day(s) overdue</source>
        <translation><numerusform>Follow-up %n day overdue</numerusform><numerusform>Follow-up %n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %n day(s)</source>
        <translation><numerusform>Follow up in %n day</numerusform><numerusform>Follow up in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation><numerusform>%n d in stage</numerusform><numerusform>%n d in stage</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationCsvCommands</name>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) cannot be imported (--skip-bad-rows imports the others)</source>
        <translation><numerusform>%1: nothing imported: %n row cannot be imported (--skip-bad-rows imports the others)</numerusform><numerusform>%1: nothing imported: %n rows cannot be imported (--skip-bad-rows imports the others)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n application(s)</source>
        <translation><numerusform>%1: imported %n application</numerusform><numerusform>%1: imported %n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n application(s)</source>
        <translation><numerusform>%1: exported %n application</numerusform><numerusform>%1: exported %n applications</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationImportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) to import</source>
        <translation><numerusform>%1: %n row to import</numerusform><numerusform>%1: %n rows to import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (in orange below)</source>
        <translation><numerusform>%n row cannot be imported (in orange below)</numerusform><numerusform>%n rows cannot be imported (in orange below)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left out as duplicates or empty</source>
        <translation><numerusform>%n left out as duplicates or empty</numerusform><numerusform>%n left out as duplicates or empty</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stage event(s)</source>
        <translation><numerusform>%n stage event</numerusform><numerusform>%n stage events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): values kept in notes or guessed</source>
        <translation><numerusform>%n warning: values kept in notes or guessed</numerusform><numerusform>%n warnings: values kept in notes or guessed</numerusform></translation>
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
    <name>ApplicationsOverview</name>
    <message numerus="yes">
        <source>%1 — %2 · %n day(s) overdue</source>
        <translation><numerusform>%1 — %2 · %n day overdue</numerusform><numerusform>%1 — %2 · %n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Goal met on %1 of the last %n day(s); streak %2.</source>
        <translation><numerusform>Goal met on %1 of the last %n day; streak %2.</numerusform><numerusform>Goal met on %1 of the last %n days; streak %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message numerus="yes">
        <source>Set %n application(s) to %1</source>
        <translation><numerusform>Set %n application to %1</numerusform><numerusform>Set %n applications to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation><numerusform>Import %n application</numerusform><numerusform>Import %n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1.</source>
        <translation><numerusform>Exported %n application to %1.</numerusform><numerusform>Exported %n applications to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>CataloguePickDialog</name>
    <message numerus="yes">
        <source>%n problem(s) chosen</source>
        <translation><numerusform>%n problem chosen</numerusform><numerusform>%n problems chosen</numerusform></translation>
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
    <name>DeleteApplicationsCommand</name>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation><numerusform>Delete %n application</numerusform><numerusform>Delete %n applications</numerusform></translation>
    </message>
</context>
<context>
    <name>DsaStatsPanel</name>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation><numerusform>Streak: %n day</numerusform><numerusform>Streak: %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> (best %n)</source>
        <translation><numerusform> (best %n)</numerusform><numerusform> (best %n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last 12 months: %n active day(s)</source>
        <translation><numerusform>Last 12 months: %n active day</numerusform><numerusform>Last 12 months: %n active days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s) and review(s)</source>
        <translation><numerusform>, %n attempt and review</numerusform><numerusform>, %n attempts and reviews</numerusform></translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
    <message numerus="yes">
        <source>%n shown</source>
        <translation><numerusform>%n shown</numerusform><numerusform>%n shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n problem(s)</source>
        <translation><numerusform>Deleted %n problem</numerusform><numerusform>Deleted %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set %n problem(s) to %1</source>
        <translation><numerusform>Set %n problem to %1</numerusform><numerusform>Set %n problems to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added topic %1 to %n problem(s)</source>
        <translation><numerusform>Added topic %1 to %n problem</numerusform><numerusform>Added topic %1 to %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reset progress of %n problem(s) in %1</source>
        <translation><numerusform>Reset progress of %n problem in %1</numerusform><numerusform>Reset progress of %n problems in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n problem(s) from the catalogue</source>
        <translation><numerusform>Added %n problem from the catalogue</numerusform><numerusform>Added %n problems from the catalogue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s) from %1</source>
        <translation><numerusform>Imported %n problem from %1</numerusform><numerusform>Imported %n problems from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n problem(s) to %1</source>
        <translation><numerusform>Exported %n problem to %1</numerusform><numerusform>Exported %n problems to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation><numerusform>%Ln problem · %L1 solved · %L2 to revisit</numerusform><numerusform>%Ln problems · %L1 solved · %L2 to revisit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n review(s) due today</source>
        <translation><numerusform> · %n review due today</numerusform><numerusform> · %n reviews due today</numerusform></translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
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
        <source>%n review(s) due</source>
        <translation><numerusform>%n review due</numerusform><numerusform>%n reviews due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) — Ctrl+Z undoes it</source>
        <translation><numerusform>Imported %n item — Ctrl+Z undoes it</numerusform><numerusform>Imported %n items — Ctrl+Z undoes it</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeTopicsCommand</name>
    <message numerus="yes">
        <source>Merge %n topic(s) into "%1"</source>
        <translation><numerusform>Merge %n topic into "%1"</numerusform><numerusform>Merge %n topics into "%1"</numerusform></translation>
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
    <name>MoveStageCommand</name>
    <message numerus="yes">
        <source>Move %n application(s) to %1</source>
        <translation><numerusform>Move %n application to %1</numerusform><numerusform>Move %n applications to %1</numerusform></translation>
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
    <message numerus="yes">
        <source>%n renamed or moved</source>
        <translation><numerusform>%n renamed or moved</numerusform><numerusform>%n renamed or moved</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemCommands</name>
    <message numerus="yes">
        <source>Dry run: %n problem(s) would be imported</source>
        <translation><numerusform>Dry run: %n problem would be imported</numerusform><numerusform>Dry run: %n problems would be imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) left out</source>
        <translation><numerusform>, %n duplicate left out</numerusform><numerusform>, %n duplicates left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped; nothing was written.</source>
        <translation><numerusform>, %n bad row skipped; nothing was written.</numerusform><numerusform>, %n bad rows skipped; nothing was written.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s)</source>
        <translation><numerusform>Imported %n problem</numerusform><numerusform>Imported %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped.</source>
        <translation><numerusform>, %n bad row skipped.</numerusform><numerusform>, %n bad rows skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n problem(s) to </source>
        <translation><numerusform>Exported %n problem to </numerusform><numerusform>Exported %n problems to </numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message numerus="yes">
        <source>Next review: %1 (every %n day(s))</source>
        <translation><numerusform>Next review: %1 (every %n day)</numerusform><numerusform>Next review: %1 (every %n days)</numerusform></translation>
    </message>
</context>
<context>
    <name>ProblemImportDialog</name>
    <message numerus="yes">
        <source>%n new problem(s)</source>
        <translation><numerusform>%n new problem</numerusform><numerusform>%n new problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation><numerusform>%n duplicate left out</numerusform><numerusform>%n duplicates left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that cannot be read.</source>
        <translation><numerusform>%n row that cannot be read.</numerusform><numerusform>%n rows that cannot be read.</numerusform></translation>
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
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation><numerusform>due in %n day</numerusform><numerusform>due in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DSA streak: %n day(s)</source>
        <translation><numerusform>DSA streak: %n day</numerusform><numerusform>DSA streak: %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>DSA streak: %n day(s) — practise today to keep it</source>
        <translation><numerusform>DSA streak: %n day — practise today to keep it</numerusform><numerusform>DSA streak: %n days — practise today to keep it</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This week in the plan (%n open)</source>
        <translation><numerusform>This week in the plan (%n open)</numerusform><numerusform>This week in the plan (%n open)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reviews due (%n)</source>
        <translation><numerusform>Reviews due (%n)</numerusform><numerusform>Reviews due (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Applications today: %1 of %2–%3 · %n to go</source>
        <translation><numerusform>Applications today: %1 of %2–%3 · %n to go</numerusform><numerusform>Applications today: %1 of %2–%3 · %n to go</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation><numerusform>Follow-ups due (%n)</numerusform><numerusform>Follow-ups due (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Interviews in the next 48 hours (%n)</source>
        <translation><numerusform>Interviews in the next 48 hours (%n)</numerusform><numerusform>Interviews in the next 48 hours (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the Timeline</source>
        <translation><numerusform>… and %n more: open the Timeline</numerusform><numerusform>… and %n more: open the Timeline</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the DSA log</source>
        <translation><numerusform>… and %n more: open the DSA log</numerusform><numerusform>… and %n more: open the DSA log</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open Applications</source>
        <translation><numerusform>… and %n more: open Applications</numerusform><numerusform>… and %n more: open Applications</numerusform></translation>
    </message>
</context>
</TS>