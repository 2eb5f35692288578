<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gu_IN">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application to %1</source>
        <translation>%1 માં અરજી ઉમેરો</translation>
    </message>
</context>
<context>
    <name>AddProblemCommand</name>
    <message>
        <source>Log &quot;%1&quot;</source>
        <translation>&quot;%1&quot; લૉગ કરો</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Wishlist</source>
        <translation>વિશલિસ્ટ</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>અરજી કરી</translation>
    </message>
    <message>
        <source>Online assessment / Screening</source>
        <translation>ઑનલાઇન એસેસમેન્ટ / સ્ક્રીનિંગ</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>ઇન્ટરવ્યૂ ચાલુ</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>ઑફર મળી</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>સ્વીકારી</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>રિજેક્ટ થઈ</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>કોઈ જવાબ નહીં</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>પાછી ખેંચી</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>ફૉલો-અપ %n દિવસથી બાકી</numerusform>
            <numerusform>ફૉલો-અપ %n દિવસથી બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation>કંપની</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>રોલ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>તબક્કો</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>સ્રોત</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>અરજી તારીખ</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>ફૉલો-અપ</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Company</source>
        <translation>કંપની</translation>
    </message>
    <message>
        <source>Role, e.g. Backend Developer (Python)</source>
        <translation>રોલ, દા.ત. Backend Developer (Python)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>રોલ</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Wellfound</source>
        <translation>Wellfound</translation>
    </message>
    <message>
        <source>Instahyre</source>
        <translation>Instahyre</translation>
    </message>
    <message>
        <source>Cutshort</source>
        <translation>Cutshort</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>રેફરલ</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>કંપનીની વેબસાઇટ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>અન્ય</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>સ્રોત</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ઉમેરો</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>અરજીઓ શોધો</translation>
    </message>
    <message>
        <source>No applications yet.
Type a company and a role above and press Enter (Ctrl+N jumps there).</source>
        <translation>હજી કોઈ અરજી નથી.
ઉપર કંપની અને રોલ લખો અને Enter દબાવો (Ctrl+N થી સીધા ત્યાં પહોંચો).</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>ઝડપથી ઉમેરો</translation>
    </message>
    <message>
        <source>Type both the company and the role.</source>
        <translation>કંપની અને રોલ બંને લખો.</translation>
    </message>
    <message>
        <source>Added %1 — %2. Ctrl+Z undoes it.</source>
        <translation>%1 — %2 ઉમેર્યું. Ctrl+Z થી પાછું લો.</translation>
    </message>
    <message>
        <source>Today: %L1 of %L2–%L3 applications</source>
        <translation>આજે: %L2–%L3 માંથી %L1 અરજીઓ</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the planner database at &lt;path&gt; (created with the built-in plan when it does not exist).</source>
        <translation>&lt;path&gt; પરનો પ્લાનર ડેટાબેસ વાપરો (ન હોય તો બિલ્ટ-ઇન પ્લાન સાથે બનાવાય છે).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Print the state of the plan, problems, applications and skills as JSON, then exit.</source>
        <translation>પ્લાન, પ્રૉબ્લેમ, અરજીઓ અને સ્કિલ્સની સ્થિતિ JSON માં બતાવો, પછી બહાર નીકળો.</translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to the window&apos;s first paint, then exit.</source>
        <translation>પ્રોસેસ શરૂ થવાથી વિન્ડો પહેલી વાર દેખાય ત્યાં સુધીના મિલીસેકન્ડ બતાવો, પછી બહાર નીકળો.</translation>
    </message>
    <message>
        <source>Roadmap Planner — carry out a career plan day by day: the roadmap timeline, a DSA log, job applications and skills, in one local SQLite file.

Without a command it opens the planner window. The default database is:
  %1</source>
        <translation>રોડમેપ પ્લાનર — કરિયર પ્લાન રોજેરોજ આગળ વધારો: રોડમેપ ટાઇમલાઇન, DSA લૉગ, જૉબ અરજીઓ અને સ્કિલ્સ, એક લોકલ SQLite ફાઇલમાં.

કમાન્ડ વિના તે પ્લાનર વિન્ડો ખોલે છે. ડિફૉલ્ટ ડેટાબેસ:
  %1</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the options.</source>
        <translation>વિકલ્પો માટે &apos;%1 --help&apos; ચલાવો.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>અણધાર્યો આર્ગ્યુમેન્ટ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--database needs a file path</source>
        <translation>--database સાથે ફાઇલ પાથ જોઈએ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>ખોલી શકાયું નહીં (%1)</translation>
    </message>
    <message>
        <source>is a directory, not a database file</source>
        <translation>એક ફોલ્ડર છે, ડેટાબેસ ફાઇલ નથી</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>વાંચી શકાયું નહીં (%1)</translation>
    </message>
    <message>
        <source>is not a Roadmap Planner database (not an SQLite file); it was left unchanged</source>
        <translation>રોડમેપ પ્લાનરનો ડેટાબેસ નથી (SQLite ફાઇલ નથી); તેમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>is read-only; make it writable or choose another file with --database</source>
        <translation>ફક્ત વાંચી શકાય છે; તેને લખી શકાય તેવી બનાવો અથવા --database થી બીજી ફાઇલ પસંદ કરો</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>ફોલ્ડર %1 અસ્તિત્વમાં નથી</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ફોલ્ડર નથી</translation>
    </message>
    <message>
        <source>cannot be created (%1)</source>
        <translation>બનાવી શકાયું નહીં (%1)</translation>
    </message>
    <message>
        <source>is damaged or not a database (%1); it was left unchanged</source>
        <translation>બગડેલો છે અથવા ડેટાબેસ નથી (%1); તેમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>failed the integrity check (%1); it was left unchanged</source>
        <translation>ઇન્ટેગ્રિટી તપાસમાં નિષ્ફળ (%1); તેમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>cannot read the schema version (%1)</source>
        <translation>સ્કીમા વર્ઝન વાંચી શકાયું નહીં (%1)</translation>
    </message>
    <message>
        <source>was written by a newer version of Roadmap Planner (schema %1, this version understands up to %2); it was left unchanged</source>
        <translation>રોડમેપ પ્લાનરના નવા વર્ઝનથી લખાયેલો છે (સ્કીમા %1, આ વર્ઝન %2 સુધી સમજે છે); તેમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>is an SQLite file of another program, not a Roadmap Planner database; it was left unchanged</source>
        <translation>બીજા પ્રોગ્રામની SQLite ફાઇલ છે, રોડમેપ પ્લાનરનો ડેટાબેસ નથી; તેમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>cannot be configured (%1)</source>
        <translation>કૉન્ફિગર કરી શકાયું નહીં (%1)</translation>
    </message>
    <message>
        <source>cannot be backed up before upgrading to %1 (%2); the file was left unchanged</source>
        <translation>%1 પર અપગ્રેડ કરતાં પહેલાં બૅકઅપ બની શક્યો નહીં (%2); ફાઇલમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>migration step %1 is missing</source>
        <translation>માઇગ્રેશન સ્ટેપ %1 ખૂટે છે</translation>
    </message>
    <message>
        <source>migration step %1 failed (%2); the file was left at schema %3</source>
        <translation>માઇગ્રેશન સ્ટેપ %1 નિષ્ફળ (%2); ફાઇલ સ્કીમા %3 પર જ રહી</translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
    <message>
        <source>Log a problem and press Enter — e.g. two sum #arrays easy 25m solved</source>
        <translation>પ્રૉબ્લેમ લખો અને Enter દબાવો — દા.ત. two sum #arrays easy 25m solved</translation>
    </message>
    <message>
        <source>Quick add a problem</source>
        <translation>પ્રૉબ્લેમ ઝડપથી ઉમેરો</translation>
    </message>
    <message>
        <source>Topics against the plan&apos;s targets</source>
        <translation>પ્લાનના લક્ષ્યો સામે ટૉપિક</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>પ્રૉબ્લેમ</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>પ્રૉબ્લેમ શોધો</translation>
    </message>
    <message>
        <source>No problems logged yet.
Type one in the line above and press Enter — for example &quot;two sum #arrays easy 25m solved&quot;.</source>
        <translation>હજી કોઈ પ્રૉબ્લેમ લૉગ થયો નથી.
ઉપરની લાઇનમાં લખો અને Enter દબાવો — દા.ત. &quot;two sum #arrays easy 25m solved&quot;.</translation>
    </message>
    <message>
        <source>Topics against the plan</source>
        <translation>પ્લાન સામે ટૉપિક</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in your log.</source>
        <translation>&quot;%1&quot; પહેલેથી તમારા લૉગમાં છે.</translation>
    </message>
    <message>
        <source>Logged &quot;%1&quot; — Ctrl+Z undoes it.</source>
        <translation>&quot;%1&quot; લૉગ થયું — Ctrl+Z થી પાછું લો.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation>
            <numerusform>%Ln પ્રૉબ્લેમ · %L1 ઉકેલ્યા · %L2 ફરી જોવાના</numerusform>
            <numerusform>%Ln પ્રૉબ્લેમ · %L1 ઉકેલ્યા · %L2 ફરી જોવાના</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>ટાઇમલાઇન</translation>
    </message>
    <message>
        <source>&amp;DSA Log</source>
        <translation>DSA લૉગ</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>અરજીઓ</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>સ્કિલ્સ</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — પાછું લેવા Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ફાઇલ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation>રોડમેપ ઇમ્પોર્ટ કરો…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap…</source>
        <translation>રોડમેપ એક્સપોર્ટ કરો…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>બહાર નીકળો</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ફેરફાર(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>પાછું લો</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ફરી કરો</translation>
    </message>
    <message>
        <source>&amp;Quick Add</source>
        <translation>ઝડપથી ઉમેરો</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>શોધો</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>સેટિંગ્સ…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>દૃશ્ય(&amp;V)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ટાઇમલાઇન</translation>
    </message>
    <message>
        <source>DSA Log</source>
        <translation>DSA લૉગ</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>અરજીઓ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>સ્કિલ્સ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>મદદ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>કીબોર્ડ શૉર્ટકટ</translation>
    </message>
    <message>
        <source>&amp;About Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર વિશે</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt વિશે</translation>
    </message>
    <message>
        <source>%L1/%L2 plan items done</source>
        <translation>પ્લાનની %L2 માંથી %L1 આઇટમ પૂરી</translation>
    </message>
    <message>
        <source>%L1/%L2 applications today</source>
        <translation>આજે %L1/%L2 અરજીઓ</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>રોડમેપ ઇમ્પોર્ટ કરો</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown ફાઇલો (*.md *.markdown *.txt);;બધી ફાઇલો (*)</translation>
    </message>
    <message>
        <source>%1 checklist items, %2 of them done.
%3 topic targets, %4 skill milestones.</source>
        <translation>%1 ચેકલિસ્ટ આઇટમ, જેમાંથી %2 પૂરી.
%3 ટૉપિક લક્ષ્યો, %4 સ્કિલ માઇલસ્ટોન.</translation>
    </message>
    <message>
        <source>Replace the current plan with &quot;%1&quot;?</source>
        <translation>હાલનો પ્લાન &quot;%1&quot; થી બદલવો છે?</translation>
    </message>
    <message>
        <source>Replace Plan</source>
        <translation>પ્લાન બદલો</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s)</source>
        <translation>
            <numerusform>%n આઇટમ ઇમ્પોર્ટ થઈ</numerusform>
            <numerusform>%n આઇટમ ઇમ્પોર્ટ થઈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation>રોડમેપ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ફાઇલો (*.md)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>પ્લાન %1 માં એક્સપોર્ટ થયો</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;Switch tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Quick add (problem or application)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;Search in the current tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;Tick or untick the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;Undo / Redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;Import a roadmap&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;ટૅબ બદલો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;ઝડપથી ઉમેરો (પ્રૉબ્લેમ અથવા અરજી)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;આ ટૅબમાં શોધો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;પસંદ કરેલી આઇટમ પર ટિક કરો અથવા હટાવો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;પાછું લો / ફરી કરો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;રોડમેપ ઇમ્પોર્ટ કરો&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>કીબોર્ડ શૉર્ટકટ</translation>
    </message>
    <message>
        <source>Restart to Change Language</source>
        <translation>ભાષા બદલવા રીસ્ટાર્ટ કરો</translation>
    </message>
    <message>
        <source>Roadmap Planner shows the new language after a restart. Your work is saved. Restart now?</source>
        <translation>રોડમેપ પ્લાનર રીસ્ટાર્ટ પછી નવી ભાષા બતાવશે. તમારું કામ સેવ છે. હમણાં રીસ્ટાર્ટ કરવું છે?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>હમણાં રીસ્ટાર્ટ કરો(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>પછી(&amp;L)</translation>
    </message>
    <message>
        <source>About Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર વિશે</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;A personal career planner: your roadmap, DSA practice, job applications and skills in one private file.&lt;/p&gt;&lt;p&gt;Your data: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown parser (MIT, © Martin Mitáš) · SQLite (public domain)&lt;br&gt;NeetCode problem list (MIT, © 2022 neetcode-gh).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;રોડમેપ પ્લાનર %1&lt;/h3&gt;&lt;p&gt;તમારો અંગત કરિયર પ્લાનર: રોડમેપ, DSA પ્રૅક્ટિસ, જૉબ અરજીઓ અને સ્કિલ્સ, એક ખાનગી ફાઇલમાં.&lt;/p&gt;&lt;p&gt;તમારો ડેટા: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT લાઇસન્સ હેઠળ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;થર્ડ-પાર્ટી સૉફ્ટવેર&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown પાર્સર (MIT, © Martin Mitáš) · SQLite (પબ્લિક ડોમેન)&lt;br&gt;NeetCode પ્રૉબ્લેમ યાદી (MIT, © 2022 neetcode-gh).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>Could not write the plan (%1) into %2</source>
        <translation>પ્લાન (%1) ને %2 માં લખી શકાયો નહીં</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Easy</source>
        <translation>સરળ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>મધ્યમ</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>અઘરું</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>કરવાનું છે</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>પ્રયાસ કર્યો</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>ઉકેલ્યો</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>ફરી જુઓ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>પ્રૉબ્લેમ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ટૉપિક</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>મુશ્કેલી</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>સ્થિતિ</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>ઉકેલ્યાની તારીખ</translation>
    </message>
</context>
<context>
    <name>ProblemQuickAdd</name>
    <message>
        <source>Type the problem&apos;s title, for example: two sum #arrays easy 25m solved</source>
        <translation>પ્રૉબ્લેમનું નામ લખો, દા.ત.: two sum #arrays easy 25m solved</translation>
    </message>
</context>
<context>
    <name>RoadmapMarkdownReader</name>
    <message>
        <source>%1:%2: this is a binary file, not Markdown text</source>
        <translation>%1:%2: આ બાઇનરી ફાઇલ છે, Markdown ટેક્સ્ટ નથી</translation>
    </message>
    <message>
        <source>%1:%2: the file is not valid UTF-8 text; save it as UTF-8 and try again</source>
        <translation>%1:%2: ફાઇલ માન્ય UTF-8 ટેક્સ્ટ નથી; તેને UTF-8 માં સેવ કરીને ફરી પ્રયાસ કરો</translation>
    </message>
    <message>
        <source>%1: the Markdown parser gave up on this file</source>
        <translation>%1: Markdown પાર્સર આ ફાઇલ વાંચી શક્યો નહીં</translation>
    </message>
    <message>
        <source>%1 has no checklist items (&quot;- [ ] …&quot;); its text is kept as notes</source>
        <translation>%1 માં કોઈ ચેકલિસ્ટ આઇટમ (&quot;- [ ] …&quot;) નથી; તેનો ટેક્સ્ટ નોંધ તરીકે રાખ્યો છે</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ખાલી છે</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: એક ફોલ્ડર છે</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; split it</source>
        <translation>%1: ફાઇલ %2 MB થી મોટી છે; તેને નાના ભાગોમાં વહેંચો</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>%1/%2 · %3%</source>
        <translation>%1/%2 · %3%</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>પ્લાન</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>પ્રગતિ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>શરૂઆત</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>છેલ્લી તારીખ</translation>
    </message>
</context>
<context>
    <name>SetNodeStatusCommand</name>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; પર ટિક કરો</translation>
    </message>
    <message>
        <source>Untick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; પરથી ટિક હટાવો</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>સેટિંગ્સ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ભાષા</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>સિસ્ટમ (%1)</translation>
    </message>
    <message>
        <source>A new language is used once Roadmap Planner restarts.</source>
        <translation>નવી ભાષા રોડમેપ પ્લાનર ફરી શરૂ થયા પછી દેખાશે.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ભાષા(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Skill</name>
    <message>
        <source>Not started</source>
        <translation>શરૂ નથી</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>બેસિક્સ</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>ઇન્ટરમીડિયેટ</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>એડવાન્સ્ડ</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>એક્સપર્ટ</translation>
    </message>
</context>
<context>
    <name>SkillModel</name>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%2 માંથી %1 · %3</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>સ્કિલ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>હાલ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <source>Skills against milestone targets</source>
        <translation>માઇલસ્ટોન લક્ષ્યો સામે સ્કિલ્સ</translation>
    </message>
    <message>
        <source>No skills yet.
Import a plan with a skill-progression block to set milestone targets.</source>
        <translation>હજી કોઈ સ્કિલ નથી.
માઇલસ્ટોન લક્ષ્યો નક્કી કરવા સ્કિલ-પ્રોગ્રેશન બ્લૉકવાળો પ્લાન ઇમ્પોર્ટ કરો.</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n day(s)</source>
        <translation>
            <numerusform>%1: %n દિવસમાં</numerusform>
            <numerusform>%1: %n દિવસમાં</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) ago</source>
        <translation>
            <numerusform>%1: %n દિવસ પહેલાં</numerusform>
            <numerusform>%1: %n દિવસ પહેલાં</numerusform>
        </translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale.</source>
        <translation>લેવલ પ્લાનના 14-ખાનાના સ્કેલ પર.</translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale · %1</source>
        <translation>લેવલ પ્લાનના 14-ખાનાના સ્કેલ પર · %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Hide finished</source>
        <translation>પૂરાં થયેલાં છુપાવો</translation>
    </message>
    <message>
        <source>Search the plan (Ctrl+F)</source>
        <translation>પ્લાનમાં શોધો (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>પ્લાનમાં શોધો</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>પ્લાન</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>આ અઠવાડિયે</translation>
    </message>
    <message>
        <source>Select a heading or item to read its notes.</source>
        <translation>નોંધ વાંચવા કોઈ હેડિંગ અથવા આઇટમ પસંદ કરો.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>નોંધ</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>મારો પ્લાન</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) done (%2%)</source>
        <translation>
            <numerusform>%n માંથી %1 આઇટમ પૂરી (%2%)</numerusform>
            <numerusform>%n માંથી %1 આઇટમ પૂરી (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>No checklist items yet</source>
        <translation>હજી કોઈ ચેકલિસ્ટ આઇટમ નથી</translation>
    </message>
    <message>
        <source>Plan started %1</source>
        <translation>પ્લાન %1 માં શરૂ થયો</translation>
    </message>
    <message>
        <source>Today is outside the plan&apos;s dated months</source>
        <translation>આજની તારીખ પ્લાનના મહિનાઓની બહાર છે</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>આજે: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n આઇટમની તારીખ વીતી ગઈ</numerusform>
            <numerusform>%n આઇટમની તારીખ વીતી ગઈ</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — the plan&apos;s action items</source>
        <translation>આ અઠવાડિયે — પ્લાનનાં કામ</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>છેલ્લી તારીખ %1</translation>
    </message>
    <message>
        <source>Nothing open for this week. Well done!</source>
        <translation>આ અઠવાડિયાનું કોઈ કામ બાકી નથી. શાબાશ!</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>ટૉપિક</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>ઉકેલ્યા</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>લક્ષ્ય</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>પ્રગતિ</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1: could not write the built-in plan</source>
        <translation>%1: બિલ્ટ-ઇન પ્લાન લખી શકાયો નહીં</translation>
    </message>
    <message>
        <source>%1: the built-in plan is missing from this build</source>
        <translation>%1: આ બિલ્ડમાં બિલ્ટ-ઇન પ્લાન નથી</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Roadmap Planner is already open on %1; that window was brought to the front.</source>
        <translation>રોડમેપ પ્લાનર %1 પર પહેલેથી ખુલ્લો છે; એ જ વિન્ડો આગળ લાવવામાં આવી.</translation>
    </message>
    <message>
        <source>Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર</translation>
    </message>
    <message>
        <source>The planner could not open its database.

%1

Nothing was changed. Choose another file with --database, or restore a backup.</source>
        <translation>પ્લાનર તેનો ડેટાબેસ ખોલી શક્યો નહીં.

%1

કંઈ બદલાયું નથી. --database થી બીજી ફાઇલ પસંદ કરો, અથવા બૅકઅપ પાછો લાવો.</translation>
    </message>
</context>
</TS>
