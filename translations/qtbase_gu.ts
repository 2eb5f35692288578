<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gu_IN">
<!-- Qt ships no translation of its own strings for this language. These are the few that
     Roadmap Planner shows: standard dialog buttons and the text-field context menus.
     Kept by hand; lupdate never runs on this file. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>બરાબર</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>સેવ કરો</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>બધું સેવ કરો</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ખોલો</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>હા(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>બધા માટે હા(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ના(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>બધા માટે ના(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>અટકાવો</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ફરી પ્રયાસ કરો</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>અવગણો</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>બંધ કરો</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>છોડી દો</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>મદદ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>લાગુ કરો</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>રીસેટ કરો</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ડિફૉલ્ટ પાછા લાવો</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>વિગતો બતાવો…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>વિગતો છુપાવો…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt વિશે</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>પાછું લો(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ફરી કરો(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>કાપો(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>કૉપિ કરો(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>પેસ્ટ કરો(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>કાઢી નાખો</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>કાઢી નાખો(&amp;D)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>બધું પસંદ કરો</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>બધું પસંદ કરો(&amp;S)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>પાછું લો(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ફરી કરો(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>કાપો(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>કૉપિ કરો(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>લિંકનું સરનામું કૉપિ કરો(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>પેસ્ટ કરો(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>કાઢી નાખો</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>બધું પસંદ કરો</translation>
    </message>
</context>
</TS>
