<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application to %1</source>
        <translation>%1 में आवेदन जोड़ें</translation>
    </message>
</context>
<context>
    <name>AddProblemCommand</name>
    <message>
        <source>Log &quot;%1&quot;</source>
        <translation>&quot;%1&quot; लॉग करें</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Wishlist</source>
        <translation>विशलिस्ट</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>आवेदन किया</translation>
    </message>
    <message>
        <source>Online assessment / Screening</source>
        <translation>ऑनलाइन असेसमेंट / स्क्रीनिंग</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>इंटरव्यू चल रहे हैं</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>ऑफ़र मिला</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>स्वीकार किया</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>रिजेक्ट हुआ</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>वापस लिया</translation>
    </message>
</context>
<context>
    <name>ApplicationModel</name>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>फ़ॉलो-अप %n दिन से बाकी</numerusform>
            <numerusform>फ़ॉलो-अप %n दिन से बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>रोल</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>स्टेज</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>आवेदन तिथि</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Company</source>
        <translation>कंपनी</translation>
    </message>
    <message>
        <source>Role, e.g. Backend Developer (Python)</source>
        <translation>रोल, जैसे Backend Developer (Python)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>रोल</translation>
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
        <translation>रेफ़रल</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>कंपनी की वेबसाइट</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>आवेदन खोजें</translation>
    </message>
    <message>
        <source>No applications yet.
Type a company and a role above and press Enter (Ctrl+N jumps there).</source>
        <translation>अभी कोई आवेदन नहीं।
ऊपर कंपनी और रोल लिखें और Enter दबाएँ (Ctrl+N से सीधे वहाँ पहुँचें)।</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>झटपट जोड़ें</translation>
    </message>
    <message>
        <source>Type both the company and the role.</source>
        <translation>कंपनी और रोल दोनों लिखें।</translation>
    </message>
    <message>
        <source>Added %1 — %2. Ctrl+Z undoes it.</source>
        <translation>%1 — %2 जोड़ा गया। Ctrl+Z से वापस लें।</translation>
    </message>
    <message>
        <source>Today: %L1 of %L2–%L3 applications</source>
        <translation>आज: %L2–%L3 में से %L1 आवेदन</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the planner database at &lt;path&gt; (created with the built-in plan when it does not exist).</source>
        <translation>&lt;path&gt; पर प्लानर डेटाबेस इस्तेमाल करें (न होने पर बिल्ट-इन प्लान के साथ बनाया जाता है)।</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Print the state of the plan, problems, applications and skills as JSON, then exit.</source>
        <translation>प्लान, प्रॉब्लम, आवेदन और स्किल्स की स्थिति JSON में दिखाएँ, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to the window&apos;s first paint, then exit.</source>
        <translation>प्रोसेस शुरू होने से विंडो के पहली बार दिखने तक के मिलीसेकंड दिखाएँ, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>Roadmap Planner — carry out a career plan day by day: the roadmap timeline, a DSA log, job applications and skills, in one local SQLite file.

Without a command it opens the planner window. The default database is:
  %1</source>
        <translation>रोडमैप प्लानर — करियर प्लान को रोज़ आगे बढ़ाएँ: रोडमैप टाइमलाइन, DSA लॉग, जॉब आवेदन और स्किल्स, एक लोकल SQLite फ़ाइल में।

बिना कमांड के यह प्लानर विंडो खोलता है। डिफ़ॉल्ट डेटाबेस:
  %1</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for the options.</source>
        <translation>विकल्पों के लिए &apos;%1 --help&apos; चलाएँ।</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>अनपेक्षित आर्ग्युमेंट &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--database needs a file path</source>
        <translation>--database के साथ फ़ाइल पाथ चाहिए</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>खोला नहीं जा सका (%1)</translation>
    </message>
    <message>
        <source>is a directory, not a database file</source>
        <translation>एक फ़ोल्डर है, डेटाबेस फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>पढ़ा नहीं जा सका (%1)</translation>
    </message>
    <message>
        <source>is not a Roadmap Planner database (not an SQLite file); it was left unchanged</source>
        <translation>रोडमैप प्लानर का डेटाबेस नहीं है (SQLite फ़ाइल नहीं); इसे बदला नहीं गया</translation>
    </message>
    <message>
        <source>is read-only; make it writable or choose another file with --database</source>
        <translation>सिर्फ़ पढ़ने योग्य है; इसे लिखने योग्य बनाएँ या --database से दूसरी फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>cannot be created (%1)</source>
        <translation>बनाया नहीं जा सका (%1)</translation>
    </message>
    <message>
        <source>is damaged or not a database (%1); it was left unchanged</source>
        <translation>खराब है या डेटाबेस नहीं है (%1); इसे बदला नहीं गया</translation>
    </message>
    <message>
        <source>failed the integrity check (%1); it was left unchanged</source>
        <translation>इंटीग्रिटी जाँच में फ़ेल (%1); इसे बदला नहीं गया</translation>
    </message>
    <message>
        <source>cannot read the schema version (%1)</source>
        <translation>स्कीमा वर्ज़न पढ़ा नहीं जा सका (%1)</translation>
    </message>
    <message>
        <source>was written by a newer version of Roadmap Planner (schema %1, this version understands up to %2); it was left unchanged</source>
        <translation>रोडमैप प्लानर के नए वर्ज़न से लिखा गया है (स्कीमा %1, यह वर्ज़न %2 तक समझता है); इसे बदला नहीं गया</translation>
    </message>
    <message>
        <source>is an SQLite file of another program, not a Roadmap Planner database; it was left unchanged</source>
        <translation>किसी दूसरे प्रोग्राम की SQLite फ़ाइल है, रोडमैप प्लानर का डेटाबेस नहीं; इसे बदला नहीं गया</translation>
    </message>
    <message>
        <source>cannot be configured (%1)</source>
        <translation>कॉन्फ़िगर नहीं किया जा सका (%1)</translation>
    </message>
    <message>
        <source>cannot be backed up before upgrading to %1 (%2); the file was left unchanged</source>
        <translation>%1 पर अपग्रेड करने से पहले बैकअप नहीं बन सका (%2); फ़ाइल को बदला नहीं गया</translation>
    </message>
    <message>
        <source>migration step %1 is missing</source>
        <translation>माइग्रेशन स्टेप %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>migration step %1 failed (%2); the file was left at schema %3</source>
        <translation>माइग्रेशन स्टेप %1 फ़ेल हुआ (%2); फ़ाइल स्कीमा %3 पर ही रही</translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
    <message>
        <source>Log a problem and press Enter — e.g. two sum #arrays easy 25m solved</source>
        <translation>प्रॉब्लम लिखें और Enter दबाएँ — जैसे two sum #arrays easy 25m solved</translation>
    </message>
    <message>
        <source>Quick add a problem</source>
        <translation>प्रॉब्लम झटपट जोड़ें</translation>
    </message>
    <message>
        <source>Topics against the plan&apos;s targets</source>
        <translation>प्लान के लक्ष्यों के मुकाबले टॉपिक</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>प्रॉब्लम</translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation>प्रॉब्लम खोजें</translation>
    </message>
    <message>
        <source>No problems logged yet.
Type one in the line above and press Enter — for example &quot;two sum #arrays easy 25m solved&quot;.</source>
        <translation>अभी कोई प्रॉब्लम लॉग नहीं हुआ।
ऊपर की लाइन में लिखें और Enter दबाएँ — जैसे &quot;two sum #arrays easy 25m solved&quot;।</translation>
    </message>
    <message>
        <source>Topics against the plan</source>
        <translation>प्लान के मुकाबले टॉपिक</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in your log.</source>
        <translation>&quot;%1&quot; पहले से आपके लॉग में है।</translation>
    </message>
    <message>
        <source>Logged &quot;%1&quot; — Ctrl+Z undoes it.</source>
        <translation>&quot;%1&quot; लॉग हुआ — Ctrl+Z से वापस लें।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation>
            <numerusform>%Ln प्रॉब्लम · %L1 हल · %L2 दोबारा देखने हैं</numerusform>
            <numerusform>%Ln प्रॉब्लम · %L1 हल · %L2 दोबारा देखने हैं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roadmap Planner</source>
        <translation>रोडमैप प्लानर</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>टाइमलाइन</translation>
    </message>
    <message>
        <source>&amp;DSA Log</source>
        <translation>DSA लॉग</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — वापस लेने के लिए Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation>रोडमैप इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap…</source>
        <translation>रोडमैप एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>दोबारा करें</translation>
    </message>
    <message>
        <source>&amp;Quick Add</source>
        <translation>झटपट जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>व्यू(&amp;V)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>टाइमलाइन</translation>
    </message>
    <message>
        <source>DSA Log</source>
        <translation>DSA लॉग</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>स्किल्स</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>&amp;About Roadmap Planner</source>
        <translation>रोडमैप प्लानर के बारे में</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में</translation>
    </message>
    <message>
        <source>%L1/%L2 plan items done</source>
        <translation>प्लान के %L2 में से %L1 आइटम पूरे</translation>
    </message>
    <message>
        <source>%L1/%L2 applications today</source>
        <translation>आज %L1/%L2 आवेदन</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>रोडमैप इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown फ़ाइलें (*.md *.markdown *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 checklist items, %2 of them done.
%3 topic targets, %4 skill milestones.</source>
        <translation>%1 चेकलिस्ट आइटम, जिनमें से %2 पूरे।
%3 टॉपिक लक्ष्य, %4 स्किल माइलस्टोन।</translation>
    </message>
    <message>
        <source>Replace the current plan with &quot;%1&quot;?</source>
        <translation>मौजूदा प्लान को &quot;%1&quot; से बदलें?</translation>
    </message>
    <message>
        <source>Replace Plan</source>
        <translation>प्लान बदलें</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s)</source>
        <translation>
            <numerusform>%n आइटम इम्पोर्ट हुआ</numerusform>
            <numerusform>%n आइटम इम्पोर्ट हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation>रोडमैप एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown फ़ाइलें (*.md)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>प्लान %1 में एक्सपोर्ट हुआ</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;Switch tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Quick add (problem or application)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;Search in the current tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;Tick or untick the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;Undo / Redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;Import a roadmap&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;टैब बदलें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;झटपट जोड़ें (प्रॉब्लम या आवेदन)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;इस टैब में खोजें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;चुने गए आइटम पर टिक लगाएँ या हटाएँ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;वापस लें / दोबारा करें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;रोडमैप इम्पोर्ट करें&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Restart to Change Language</source>
        <translation>भाषा बदलने के लिए रीस्टार्ट करें</translation>
    </message>
    <message>
        <source>Roadmap Planner shows the new language after a restart. Your work is saved. Restart now?</source>
        <translation>रोडमैप प्लानर रीस्टार्ट के बाद नई भाषा दिखाएगा। आपका काम सेव है। अभी रीस्टार्ट करें?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>अभी रीस्टार्ट करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>बाद में(&amp;L)</translation>
    </message>
    <message>
        <source>About Roadmap Planner</source>
        <translation>रोडमैप प्लानर के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;A personal career planner: your roadmap, DSA practice, job applications and skills in one private file.&lt;/p&gt;&lt;p&gt;Your data: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown parser (MIT, © Martin Mitáš) · SQLite (public domain)&lt;br&gt;NeetCode problem list (MIT, © 2022 neetcode-gh).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;रोडमैप प्लानर %1&lt;/h3&gt;&lt;p&gt;आपका निजी करियर प्लानर: रोडमैप, DSA प्रैक्टिस, जॉब आवेदन और स्किल्स, एक निजी फ़ाइल में।&lt;/p&gt;&lt;p&gt;आपका डेटा: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT लाइसेंस के तहत।&lt;/p&gt;&lt;p&gt;&lt;b&gt;थर्ड-पार्टी सॉफ़्टवेयर&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown पार्सर (MIT, © Martin Mitáš) · SQLite (पब्लिक डोमेन)&lt;br&gt;NeetCode प्रॉब्लम सूची (MIT, © 2022 neetcode-gh)।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>Could not write the plan (%1) into %2</source>
        <translation>प्लान (%1) को %2 में लिखा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Easy</source>
        <translation>आसान</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>कठिन</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>करना है</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>कोशिश की</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>हल किया</translation>
    </message>
    <message>
        <source>Revisit</source>
        <translation>दोबारा देखें</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>प्रॉब्लम</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>टॉपिक</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>कठिनाई</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Solved on</source>
        <translation>हल करने की तिथि</translation>
    </message>
</context>
<context>
    <name>ProblemQuickAdd</name>
    <message>
        <source>Type the problem&apos;s title, for example: two sum #arrays easy 25m solved</source>
        <translation>प्रॉब्लम का नाम लिखें, जैसे: two sum #arrays easy 25m solved</translation>
    </message>
</context>
<context>
    <name>RoadmapMarkdownReader</name>
    <message>
        <source>%1:%2: this is a binary file, not Markdown text</source>
        <translation>%1:%2: यह बाइनरी फ़ाइल है, Markdown टेक्स्ट नहीं</translation>
    </message>
    <message>
        <source>%1:%2: the file is not valid UTF-8 text; save it as UTF-8 and try again</source>
        <translation>%1:%2: फ़ाइल सही UTF-8 टेक्स्ट नहीं है; इसे UTF-8 में सेव करके फिर कोशिश करें</translation>
    </message>
    <message>
        <source>%1: the Markdown parser gave up on this file</source>
        <translation>%1: Markdown पार्सर इस फ़ाइल को नहीं पढ़ सका</translation>
    </message>
    <message>
        <source>%1 has no checklist items (&quot;- [ ] …&quot;); its text is kept as notes</source>
        <translation>%1 में कोई चेकलिस्ट आइटम (&quot;- [ ] …&quot;) नहीं है; इसका टेक्स्ट नोट्स के रूप में रखा गया</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 खाली है</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; split it</source>
        <translation>%1: फ़ाइल %2 MB से बड़ी है; इसे छोटे हिस्सों में बाँटें</translation>
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
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>शुरुआत</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>अंतिम तिथि</translation>
    </message>
</context>
<context>
    <name>SetNodeStatusCommand</name>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; पर टिक करें</translation>
    </message>
    <message>
        <source>Untick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; से टिक हटाएँ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>सिस्टम (%1)</translation>
    </message>
    <message>
        <source>A new language is used once Roadmap Planner restarts.</source>
        <translation>नई भाषा रोडमैप प्लानर दोबारा शुरू होने पर दिखेगी।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Skill</name>
    <message>
        <source>Not started</source>
        <translation>शुरू नहीं</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>बेसिक्स</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>इंटरमीडिएट</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>एडवांस्ड</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>एक्सपर्ट</translation>
    </message>
</context>
<context>
    <name>SkillModel</name>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%2 में से %1 · %3</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>स्किल</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अभी</translation>
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
        <translation>माइलस्टोन लक्ष्यों के मुकाबले स्किल्स</translation>
    </message>
    <message>
        <source>No skills yet.
Import a plan with a skill-progression block to set milestone targets.</source>
        <translation>अभी कोई स्किल नहीं।
माइलस्टोन लक्ष्य तय करने के लिए स्किल-प्रोग्रेशन ब्लॉक वाला प्लान इम्पोर्ट करें।</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %n day(s)</source>
        <translation>
            <numerusform>%1: %n दिन में</numerusform>
            <numerusform>%1: %n दिन में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) ago</source>
        <translation>
            <numerusform>%1: %n दिन पहले</numerusform>
            <numerusform>%1: %n दिन पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale.</source>
        <translation>लेवल प्लान के 14-खानों वाले स्केल पर।</translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale · %1</source>
        <translation>लेवल प्लान के 14-खानों वाले स्केल पर · %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Hide finished</source>
        <translation>पूरे हुए छिपाएँ</translation>
    </message>
    <message>
        <source>Search the plan (Ctrl+F)</source>
        <translation>प्लान में खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>प्लान में खोजें</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <source>Select a heading or item to read its notes.</source>
        <translation>नोट्स पढ़ने के लिए कोई हेडिंग या आइटम चुनें।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>मेरा प्लान</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) done (%2%)</source>
        <translation>
            <numerusform>%n में से %1 आइटम पूरे (%2%)</numerusform>
            <numerusform>%n में से %1 आइटम पूरे (%2%)</numerusform>
        </translation>
    </message>
    <message>
        <source>No checklist items yet</source>
        <translation>अभी कोई चेकलिस्ट आइटम नहीं</translation>
    </message>
    <message>
        <source>Plan started %1</source>
        <translation>प्लान %1 में शुरू हुआ</translation>
    </message>
    <message>
        <source>Today is outside the plan&apos;s dated months</source>
        <translation>आज की तारीख प्लान के महीनों से बाहर है</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>आज: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n आइटम की तारीख निकल गई</numerusform>
            <numerusform>%n आइटम की तारीख निकल गई</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — the plan&apos;s action items</source>
        <translation>इस हफ़्ते — प्लान के काम</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>अंतिम तिथि %1</translation>
    </message>
    <message>
        <source>Nothing open for this week. Well done!</source>
        <translation>इस हफ़्ते का कोई काम बाकी नहीं। शाबाश!</translation>
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
        <translation>टॉपिक</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>हल किए</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1: could not write the built-in plan</source>
        <translation>%1: बिल्ट-इन प्लान लिखा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1: the built-in plan is missing from this build</source>
        <translation>%1: इस बिल्ड में बिल्ट-इन प्लान मौजूद नहीं है</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Roadmap Planner is already open on %1; that window was brought to the front.</source>
        <translation>रोडमैप प्लानर %1 पर पहले से खुला है; वही विंडो सामने लाई गई।</translation>
    </message>
    <message>
        <source>Roadmap Planner</source>
        <translation>रोडमैप प्लानर</translation>
    </message>
    <message>
        <source>The planner could not open its database.

%1

Nothing was changed. Choose another file with --database, or restore a backup.</source>
        <translation>प्लानर अपना डेटाबेस नहीं खोल सका।

%1

कुछ भी बदला नहीं गया। --database से दूसरी फ़ाइल चुनें, या बैकअप वापस लाएँ।</translation>
    </message>
</context>
</TS>
