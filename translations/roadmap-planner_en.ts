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