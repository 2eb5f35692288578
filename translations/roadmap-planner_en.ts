<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>Last 7 days: %1
Goal met on %2 of the last %n day(s); streak %3.</source>
        <translation><numerusform>Last 7 days: %1
Goal met on %2 of the last %n day; streak %3.</numerusform><numerusform>Last 7 days: %1
Goal met on %2 of the last %n days; streak %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %n day(s) overdue</source>
        <translation><numerusform>%1 — %2 · %n day overdue</numerusform><numerusform>%1 — %2 · %n days overdue</numerusform></translation>
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
    <name>DeleteApplicationsCommand</name>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation><numerusform>Delete %n application</numerusform><numerusform>Delete %n applications</numerusform></translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
    <message numerus="yes">
        <source>%n problem(s) · %1 solved · %2 to revisit</source>
        <translation><numerusform>%n problem · %1 solved · %2 to revisit</numerusform><numerusform>%n problems · %1 solved · %2 to revisit</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported %n item(s)</source>
        <translation><numerusform>Imported %n item</numerusform><numerusform>Imported %n items</numerusform></translation>
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