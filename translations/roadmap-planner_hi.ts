<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ActivityHeatmap</name>
    <message>
        <source>DSA practice per day over the last year</source>
        <translation>पिछले एक साल में हर दिन की DSA प्रैक्टिस</translation>
    </message>
    <message>
        <source>DSA practice per day, last 12 months (attempts)</source>
        <translation>हर दिन की DSA प्रैक्टिस, पिछले 12 महीने (कोशिशें)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in the last 12 months</source>
        <translation>
            <numerusform>पिछले 12 महीनों में %n कोशिश</numerusform>
            <numerusform>पिछले 12 महीनों में %n कोशिशें</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>More</source>
        <translation>ज़्यादा</translation>
    </message>
</context>
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
    <name>AddSkillCommand</name>
    <message>
        <source>Add skill %1</source>
        <translation>स्किल %1 जोड़ें</translation>
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
    <message>
        <source>Service</source>
        <translation>सर्विस</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>स्टार्टअप</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>प्रोडक्ट</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>ApplicationBoard</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>%1 खोलें</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 समेटें</translation>
    </message>
</context>
<context>
    <name>ApplicationCardDelegate</name>
    <message numerus="yes">
        <source>Follow-up %n day(s) overdue</source>
        <translation>
            <numerusform>फ़ॉलो-अप %n दिन से बाकी</numerusform>
            <numerusform>फ़ॉलो-अप %n दिन से बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up today</source>
        <translation>आज फ़ॉलो-अप करें</translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %n day(s)</source>
        <translation>
            <numerusform>%n दिन में फ़ॉलो-अप</numerusform>
            <numerusform>%n दिन में फ़ॉलो-अप</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>स्टेज में %n दिन</numerusform>
            <numerusform>स्टेज में %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
</context>
<context>
    <name>ApplicationCsvCommands</name>
    <message>
        <source>%1: columns</source>
        <translation>%1: कॉलम</translation>
    </message>
    <message>
        <source>(%1 export)</source>
        <translation>(%1 एक्सपोर्ट)</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(छोड़ा गया)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) cannot be imported (--skip-bad-rows imports the others)</source>
        <translation>
            <numerusform>%1: कुछ भी इम्पोर्ट नहीं हुआ: %n पंक्ति इम्पोर्ट नहीं हो सकती (--skip-bad-rows से बाकी पंक्तियाँ इम्पोर्ट होती हैं)</numerusform>
            <numerusform>%1: कुछ भी इम्पोर्ट नहीं हुआ: %n पंक्तियाँ इम्पोर्ट नहीं हो सकतीं (--skip-bad-rows से बाकी पंक्तियाँ इम्पोर्ट होती हैं)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: कुछ भी इम्पोर्ट नहीं हुआ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n application(s)</source>
        <translation>
            <numerusform>%1: %n आवेदन इम्पोर्ट हुआ</numerusform>
            <numerusform>%1: %n आवेदन इम्पोर्ट हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped bad lines %1</source>
        <translation>खराब लाइनें %1 छोड़ी गईं</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n application(s)</source>
        <translation>
            <numerusform>%1: %n आवेदन एक्सपोर्ट हुआ</numerusform>
            <numerusform>%1: %n आवेदन एक्सपोर्ट हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>%1: %2 to import, %3 cannot be imported, %4 skipped, %5 warning(s); nothing was written</source>
        <translation>%1: %2 इम्पोर्ट होंगे, %3 इम्पोर्ट नहीं हो सकते, %4 छोड़े गए, %5 चेतावनी; कुछ भी लिखा नहीं गया</translation>
    </message>
    <message>
        <source>%1: nothing imported: every row has a problem (see above)</source>
        <translation>%1: कुछ भी इम्पोर्ट नहीं हुआ: हर पंक्ति में कोई समस्या है (ऊपर देखें)</translation>
    </message>
</context>
<context>
    <name>ApplicationCsvImporter</name>
    <message>
        <source>the file has no header row</source>
        <translation>फ़ाइल में हेडर पंक्ति नहीं है</translation>
    </message>
    <message>
        <source>line %1: the header row is malformed: %2</source>
        <translation>लाइन %1: हेडर पंक्ति सही फ़ॉर्मैट में नहीं है: %2</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>खाली पंक्ति</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>कंपनी नहीं दी गई</translation>
    </message>
    <message>
        <source>already in the planner (%1 — %2)</source>
        <translation>पहले से प्लानर में है (%1 — %2)</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(कोई रोल नहीं)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(कोई तारीख नहीं)</translation>
    </message>
    <message>
        <source>%1 LPA</source>
        <translation>%1 LPA</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>रिमोट</translation>
    </message>
    <message>
        <source>no column names the company (expected a header such as Company, Employer, Company Name or Name)</source>
        <translation>किसी कॉलम में कंपनी का नाम नहीं है (Company, Employer, Company Name या Name जैसा हेडर होना चाहिए)</translation>
    </message>
    <message>
        <source>%1; the text was read as written</source>
        <translation>%1; टेक्स्ट जैसा लिखा था वैसा ही पढ़ा गया</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (is a comma missing its quotes?); the extra text is kept in the notes</source>
        <translation>%1 फ़ील्ड हैं, पर हेडर में %2 हैं (क्या किसी कॉमा के कोट छूट गए हैं?); अतिरिक्त टेक्स्ट नोट्स में रखा गया है</translation>
    </message>
    <message>
        <source>Extra fields: %1</source>
        <translation>अतिरिक्त फ़ील्ड: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds several dates; the first is used and the text is kept in the notes</source>
        <translation>&quot;%1&quot; में कई तारीखें हैं; पहली ली गई है और टेक्स्ट नोट्स में रखा गया है</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date; imported without it, the text is kept in the notes</source>
        <translation>&quot;%1&quot; को तारीख के रूप में नहीं पढ़ा जा सका; इसके बिना इम्पोर्ट किया गया, टेक्स्ट नोट्स में रखा गया है</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a salary in LPA; the text is kept in the notes</source>
        <translation>&quot;%1&quot; को LPA में सैलरी के रूप में नहीं पढ़ा जा सका; टेक्स्ट नोट्स में रखा गया है</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a stage and a date; the text is kept in the notes</source>
        <translation>&quot;%1&quot; को स्टेज और तारीख के रूप में नहीं पढ़ा जा सका; टेक्स्ट नोट्स में रखा गया है</translation>
    </message>
    <message>
        <source>no year; %1 is taken from the neighbouring rows</source>
        <translation>साल नहीं दिया; %1 आस-पास की पंक्तियों से लिया गया है</translation>
    </message>
    <message>
        <source>no year; %1 is taken from today</source>
        <translation>साल नहीं दिया; %1 आज की तारीख से लिया गया है</translation>
    </message>
    <message>
        <source>cannot tell which stage &quot;%1&quot; means; imported as applied, the text is kept in the notes</source>
        <translation>पता नहीं चला कि &quot;%1&quot; कौन-सा स्टेज है; &apos;आवेदन किया&apos; के रूप में इम्पोर्ट किया गया, टेक्स्ट नोट्स में रखा गया है</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same company, role and date)</source>
        <translation>लाइन %1 का डुप्लिकेट (वही कंपनी, रोल और तारीख)</translation>
    </message>
    <message>
        <source>a similar role (%1) at %2 on the same day is on line %3; both are imported</source>
        <translation>%2 में उसी दिन का मिलता-जुलता रोल (%1) लाइन %3 पर है; दोनों इम्पोर्ट किए गए हैं</translation>
    </message>
</context>
<context>
    <name>ApplicationCsvMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(अनदेखा करें)</translation>
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
        <source>Applied on</source>
        <translation>आवेदन तिथि</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>बनाने की तिथि</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>जॉब लिंक</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>रिमोट</translation>
    </message>
    <message>
        <source>Company type</source>
        <translation>कंपनी का प्रकार</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>जॉब डिस्क्रिप्शन</translation>
    </message>
    <message>
        <source>Skills asked</source>
        <translation>माँगी गई स्किल्स</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>फ़ॉलो-अप तिथि</translation>
    </message>
    <message>
        <source>Salary advertised (LPA)</source>
        <translation>पोस्ट में बताई गई सैलरी (LPA)</translation>
    </message>
    <message>
        <source>Salary expected (LPA)</source>
        <translation>अपेक्षित सैलरी (LPA)</translation>
    </message>
    <message>
        <source>Salary offered (LPA)</source>
        <translation>ऑफ़र की गई सैलरी (LPA)</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>स्टेज का इतिहास</translation>
    </message>
    <message>
        <source>Stage reached (yes/no)</source>
        <translation>स्टेज तक पहुँचे (हाँ/नहीं)</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>not set</source>
        <translation>सेट नहीं</translation>
    </message>
    <message>
        <source> LPA</source>
        <translation> LPA</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>नहीं बताया</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>विवरण(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Salary and offer</source>
        <translation>सैलरी और ऑफ़र(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>कॉन्टैक्ट(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>इंटरव्यू(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>हिस्ट्री(&amp;H)</translation>
    </message>
    <message>
        <source>A company is needed</source>
        <translation>कंपनी का नाम ज़रूरी है</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>रिमोट</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Leave unset to follow up the set number of days after applying.</source>
        <translation>खाली छोड़ें तो आवेदन के बाद सेटिंग्स में तय दिनों पर फ़ॉलो-अप होगा।</translation>
    </message>
    <message>
        <source>Python, Django, SQL</source>
        <translation>Python, Django, SQL</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>कंपनी(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>रोल(&amp;R):</translation>
    </message>
    <message>
        <source>Company &amp;type:</source>
        <translation>कंपनी का प्रकार(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>स्रोत(&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>स्टेज(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>लोकेशन(&amp;L):</translation>
    </message>
    <message>
        <source>Job &amp;link:</source>
        <translation>जॉब लिंक(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>आवेदन तिथि(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>फ़ॉलो-अप तिथि(&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;kills asked:</source>
        <translation>माँगी गई स्किल्स(&amp;K):</translation>
    </message>
    <message>
        <source>Job &amp;description:</source>
        <translation>जॉब डिस्क्रिप्शन(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>नोट्स(&amp;N):</translation>
    </message>
    <message>
        <source>Ad&amp;vertised:</source>
        <translation>पोस्ट में बताई गई(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>अपेक्षित(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation>ऑफ़र की गई(&amp;O):</translation>
    </message>
    <message>
        <source>Plan&apos;s band:</source>
        <translation>प्लान का सैलरी बैंड:</translation>
    </message>
    <message>
        <source>No band for this company type; choose service, startup or product.</source>
        <translation>इस कंपनी प्रकार के लिए कोई बैंड नहीं; सर्विस, स्टार्टअप या प्रोडक्ट चुनें।</translation>
    </message>
    <message>
        <source>below the band</source>
        <translation>बैंड से कम</translation>
    </message>
    <message>
        <source>within the band</source>
        <translation>बैंड के अंदर</translation>
    </message>
    <message>
        <source>above the band</source>
        <translation>बैंड से ज़्यादा</translation>
    </message>
    <message>
        <source>%1 for %2 companies</source>
        <translation>%2 कंपनियों के लिए %1</translation>
    </message>
    <message>
        <source>the offer is %1</source>
        <translation>ऑफ़र %1 है</translation>
    </message>
    <message>
        <source>your expectation is %1</source>
        <translation>आपकी अपेक्षा %1 है</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>रोल</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>कॉन्टैक्ट जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>कमज़ोर टॉपिक</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>राउंड जोड़ें</translation>
    </message>
    <message>
        <source>%1 · added in %2</source>
        <translation>%1 · %2 में जोड़ा गया</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>No stage changes yet.</source>
        <translation>अभी तक स्टेज नहीं बदला।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>कोई समय नहीं</translation>
    </message>
</context>
<context>
    <name>ApplicationFunnelChart</name>
    <message>
        <source>Application funnel: applications that reached each stage</source>
        <translation>आवेदन फ़नल: हर स्टेज तक पहुँचे आवेदन</translation>
    </message>
    <message>
        <source>No applications sent yet. Add one in the Applications tab (Ctrl+N) and the funnel fills in.</source>
        <translation>अभी तक कोई आवेदन नहीं भेजा। आवेदन टैब में एक जोड़ें (Ctrl+N), फ़नल अपने-आप भर जाएगा।</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
</context>
<context>
    <name>ApplicationImportDialog</name>
    <message>
        <source>Import Applications</source>
        <translation>आवेदन इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>फ़ाइल का कॉलम</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>किस रूप में इम्पोर्ट</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>लाइन</translation>
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
        <source>Applied</source>
        <translation>आवेदन तिथि</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>क्या होगा</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>कॉलम %1 का फ़ील्ड</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>इम्पोर्ट होगा</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>छोड़ा जाएगा: %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 को इम्पोर्ट नहीं किया जा सकता: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to import</source>
        <translation>
            <numerusform>%1: %n पंक्ति इम्पोर्ट होगी</numerusform>
            <numerusform>%1: %n पंक्तियाँ इम्पोर्ट होंगी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (in orange below)</source>
        <translation>
            <numerusform>%n पंक्ति इम्पोर्ट नहीं हो सकती (नीचे नारंगी रंग में)</numerusform>
            <numerusform>%n पंक्तियाँ इम्पोर्ट नहीं हो सकतीं (नीचे नारंगी रंग में)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out as duplicates or empty</source>
        <translation>
            <numerusform>%n पंक्ति डुप्लिकेट या खाली होने से छोड़ी गई</numerusform>
            <numerusform>%n पंक्तियाँ डुप्लिकेट या खाली होने से छोड़ी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>recognised as a %1 export</source>
        <translation>%1 एक्सपोर्ट के रूप में पहचाना गया</translation>
    </message>
    <message>
        <source>%L1 LPA</source>
        <translation>%L1 LPA</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>रिमोट</translation>
    </message>
    <message numerus="yes">
        <source>%n stage event(s)</source>
        <translation>
            <numerusform>%n स्टेज इवेंट</numerusform>
            <numerusform>%n स्टेज इवेंट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): values kept in notes or guessed</source>
        <translation>
            <numerusform>%n चेतावनी: मान नोट्स में रखा गया या अनुमान से भरा गया</numerusform>
            <numerusform>%n चेतावनियाँ: मान नोट्स में रखे गए या अनुमान से भरे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>सैलरी</translation>
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
    <message>
        <source>Remote</source>
        <translation>रिमोट</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (रिमोट)</translation>
    </message>
    <message>
        <source>%1 LPA</source>
        <translation>%1 LPA</translation>
    </message>
    <message>
        <source>%1 LPA expected</source>
        <translation>%1 LPA अपेक्षित</translation>
    </message>
    <message>
        <source>below band</source>
        <translation>बैंड से कम</translation>
    </message>
    <message>
        <source>in band</source>
        <translation>बैंड में</translation>
    </message>
    <message>
        <source>above band</source>
        <translation>बैंड से ज़्यादा</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>स्टेज में दिन</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>सैलरी</translation>
    </message>
</context>
<context>
    <name>ApplicationQuickAdd</name>
    <message>
        <source>&quot;%1&quot;: at most three fields, company | role | source</source>
        <translation>&quot;%1&quot;: ज़्यादा से ज़्यादा तीन फ़ील्ड, कंपनी | रोल | स्रोत</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the company is missing; write company | role | source</source>
        <translation>&quot;%1&quot;: कंपनी नहीं दी गई; कंपनी | रोल | स्रोत लिखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the role is missing; write company | role | source</source>
        <translation>&quot;%1&quot;: रोल नहीं दिया गया; कंपनी | रोल | स्रोत लिखें</translation>
    </message>
</context>
<context>
    <name>ApplicationQuickAddBar</name>
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
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Already applied: %1 — %2 on %3 (%4). Enter adds it again.</source>
        <translation>पहले ही आवेदन किया है: %1 — %2, %3 को (%4)। Enter दबाने पर यह फिर से जुड़ जाएगा।</translation>
    </message>
    <message>
        <source>Type both the company and the role.</source>
        <translation>कंपनी और रोल दोनों लिखें।</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsDialog</name>
    <message>
        <source>Application Settings</source>
        <translation>आवेदन सेटिंग्स</translation>
    </message>
    <message>
        <source>One source per line, in the order the quick-add list shows them.</source>
        <translation>हर लाइन में एक स्रोत, उसी क्रम में जिसमें झटपट जोड़ने की सूची उन्हें दिखाती है।</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>स्रोत(&amp;S):</translation>
    </message>
    <message>
        <source>Daily &amp;goal (min, max):</source>
        <translation>रोज़ का लक्ष्य (न्यूनतम, अधिकतम)(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation>फ़ॉलो-अप कितने दिन बाद(&amp;F):</translation>
    </message>
    <message>
        <source>Expected salary range in LPA, for example 6-12.</source>
        <translation>LPA में अपेक्षित सैलरी रेंज, जैसे 6-12।</translation>
    </message>
    <message>
        <source>%1 band (LPA):</source>
        <translation>%1 बैंड (LPA):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>नीचे ले जाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Stage &amp;order:</source>
        <translation>स्टेज का क्रम(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ApplicationsOverview</name>
    <message>
        <source>Applications today against the daily goal</source>
        <translation>रोज़ के लक्ष्य के मुकाबले आज के आवेदन</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>बाकी फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>रोज़ का लक्ष्य</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>फ़नल</translation>
    </message>
    <message>
        <source>Today: %1 of %2–%3 applications</source>
        <translation>आज: %2–%3 में से %1 आवेदन</translation>
    </message>
    <message>
        <source>Follow-ups overdue (%1)</source>
        <translation>बाकी फ़ॉलो-अप (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %2 · %n दिन से बाकी</numerusform>
            <numerusform>%1 — %2 · %n दिन से बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase. Applications with no reply appear here.</source>
        <translation>कोई फ़ॉलो-अप बाकी नहीं। जिन आवेदनों का जवाब नहीं आया, वे यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source> · median %1 d</source>
        <translation> · मीडियन %1 दिन</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>बंद: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on %1 of the last %n day(s); streak %2.</source>
        <translation>
            <numerusform>पिछले %n दिन में से %1 दिन लक्ष्य पूरा; लगातार %2।</numerusform>
            <numerusform>पिछले %n दिनों में से %1 दिन लक्ष्य पूरा; लगातार %2।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Search applications</source>
        <translation>आवेदन खोजें</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>झटपट जोड़ें</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>फ़ॉलो-अप बाकी</translation>
    </message>
    <message>
        <source>No applications yet.
Type a company and a role above and press Enter (Ctrl+N jumps there), or import a CSV file from your tracker.</source>
        <translation>अभी कोई आवेदन नहीं।
ऊपर कंपनी और रोल लिखें और Enter दबाएँ (Ctrl+N से सीधे वहाँ पहुँचें), या अपने ट्रैकर से CSV फ़ाइल इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>Search company, role, location, notes</source>
        <translation>कंपनी, रोल, लोकेशन, नोट्स खोजें</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>स्रोत से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter by company type</source>
        <translation>कंपनी के प्रकार से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>All company types</source>
        <translation>सभी कंपनी प्रकार</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>स्टेज से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>बोर्ड</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>टेबल</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>स्टेज बदलें</translation>
    </message>
    <message>
        <source>Set type</source>
        <translation>प्रकार सेट करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation>आवेदन इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Applications…</source>
        <translation>आवेदन एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Stage &amp;History…</source>
        <translation>स्टेज हिस्ट्री एक्सपोर्ट करें(&amp;H)…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>सेटिंग्स…</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>सभी स्रोत</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>सभी स्टेज</translation>
    </message>
    <message numerus="yes">
        <source>Set %n application(s) to %1</source>
        <translation>
            <numerusform>%n आवेदन %1 पर सेट किया</numerusform>
            <numerusform>%n आवेदन %1 पर सेट किए</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 संपादित करें</translation>
    </message>
    <message>
        <source>Change application settings</source>
        <translation>आवेदन सेटिंग्स बदलें</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>आवेदन इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>%n आवेदन इम्पोर्ट करें</numerusform>
            <numerusform>%n आवेदन इम्पोर्ट करें</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Stage History</source>
        <translation>स्टेज हिस्ट्री एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Export Applications</source>
        <translation>आवेदन एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>stage-history.csv</source>
        <translation>stage-history.csv</translation>
    </message>
    <message>
        <source>applications.csv</source>
        <translation>applications.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1.</source>
        <translation>
            <numerusform>%n आवेदन %1 में एक्सपोर्ट हुआ।</numerusform>
            <numerusform>%n आवेदन %1 में एक्सपोर्ट हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 इम्पोर्ट हो रहा है</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: फ़ोल्डर नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>%1: cannot remove it</source>
        <translation>%1: इसे हटाया नहीं जा सका</translation>
    </message>
    <message>
        <source>%1: cannot write it</source>
        <translation>%1: इसे लिखा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created; check that its parent folder is writable, or free some space.</source>
        <translation>बैकअप फ़ोल्डर %1 नहीं बनाया जा सका; देखें कि उसका पैरेंट फ़ोल्डर लिखने योग्य है, या कुछ जगह खाली करें।</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). Your data is unchanged; check the folder&apos;s permissions and free space.</source>
        <translation>बैकअप %1 लिखा नहीं जा सका (%2)। आपका डेटा नहीं बदला; फ़ोल्डर की परमिशन और खाली जगह जाँचें।</translation>
    </message>
    <message>
        <source>%1 could not be set aside; nothing was changed.</source>
        <translation>%1 को अलग नहीं रखा जा सका; कुछ भी बदला नहीं गया।</translation>
    </message>
    <message>
        <source>%1 could not be copied into place; nothing was changed.</source>
        <translation>%1 को उसकी जगह कॉपी नहीं किया जा सका; कुछ भी बदला नहीं गया।</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: ऐसा कोई बैकअप नहीं</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 वापस नहीं लाया जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored (%2); nothing was changed.</source>
        <translation>%1 वापस नहीं लाया जा सका (%2); कुछ भी बदला नहीं गया।</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <source>%1 round: %2 — %3</source>
        <translation>%1 राउंड: %2 — %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>नतीजा: %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>इंटरव्यू</translation>
    </message>
    <message>
        <source>Follow up: %1 — %2</source>
        <translation>फ़ॉलो-अप: %1 — %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>DSA reviews due: %1</source>
        <translation>बाकी DSA रिव्यू: %1</translation>
    </message>
    <message>
        <source>DSA review</source>
        <translation>DSA रिव्यू</translation>
    </message>
    <message>
        <source>Deliverable: %1</source>
        <translation>डिलिवरेबल: %1</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>रोडमैप</translation>
    </message>
</context>
<context>
    <name>CataloguePickDialog</name>
    <message>
        <source>Pick from the catalogue</source>
        <translation>कैटलॉग से चुनें</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>कैटलॉग</translation>
    </message>
    <message>
        <source>NeetCode 150</source>
        <translation>NeetCode 150</translation>
    </message>
    <message>
        <source>Blind 75</source>
        <translation>Blind 75</translation>
    </message>
    <message>
        <source>Search titles and patterns</source>
        <translation>नाम और पैटर्न खोजें</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>कैटलॉग में खोजें</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>कैटलॉग के प्रॉब्लम</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>प्रॉब्लम</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>पैटर्न</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>कठिनाई</translation>
    </message>
    <message>
        <source>Already in your log</source>
        <translation>पहले से आपके लॉग में</translation>
    </message>
    <message>
        <source>&amp;Check all shown</source>
        <translation>दिखाए गए सभी चुनें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add to my log</source>
        <translation>मेरे लॉग में जोड़ें(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) chosen</source>
        <translation>
            <numerusform>%n प्रॉब्लम चुना गया</numerusform>
            <numerusform>%n प्रॉब्लम चुने गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueReader</name>
    <message>
        <source>the built-in catalogue is missing from this build</source>
        <translation>इस बिल्ड में बिल्ट-इन कैटलॉग मौजूद नहीं है</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>बाइट %1 पर सही JSON नहीं: %2</translation>
    </message>
    <message>
        <source>expected a JSON array of problems</source>
        <translation>प्रॉब्लम की JSON array होनी चाहिए</translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation>नाम (title) मौजूद नहीं है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not Easy, Medium or Hard</source>
        <translation>&apos;%1&apos; Easy, Medium या Hard नहीं है</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>फ़ाइल खाली है</translation>
    </message>
    <message>
        <source>line 1: no Title column in the header (found: %1)</source>
        <translation>लाइन 1: हेडर में Title कॉलम नहीं है (मिले: %1)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 फ़ील्ड हैं, पर हेडर में %2 हैं</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>नाम (title) खाली है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not todo, attempted, solved or revisit</source>
        <translation>&apos;%1&apos; todo, attempted, solved या revisit में से कोई नहीं है</translation>
    </message>
    <message>
        <source>line %1: the header row is malformed: %2</source>
        <translation>लाइन %1: हेडर पंक्ति सही फ़ॉर्मैट में नहीं है: %2</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>चार्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>चौड़ाई (पिक्सेल में)</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>ऊँचाई (पिक्सेल में)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>स्केल</translation>
    </message>
    <message>
        <source>2× doubles the pixels for sharp images on high-DPI screens</source>
        <translation>2× से पिक्सेल दोगुने होते हैं, ताकि high-DPI स्क्रीन पर इमेज साफ़ दिखे</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>चार्ट(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>साइज़(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>स्केल(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG इमेज (*.png)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>unknown chart &apos;%1&apos; (try --list-charts)</source>
        <translation>अनजान चार्ट &apos;%1&apos; (--list-charts चलाकर देखें)</translation>
    </message>
    <message>
        <source>%1: could not write the image (%2)</source>
        <translation>%1: इमेज लिखी नहीं जा सकी (%2)</translation>
    </message>
    <message>
        <source>Progress report · %1 · %2</source>
        <translation>प्रगति रिपोर्ट · %1 · %2</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>रोडमैप</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>प्रगति रिपोर्ट</translation>
    </message>
    <message>
        <source>%1: could not write the PDF</source>
        <translation>%1: PDF लिखी नहीं जा सकी</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Skills: now against milestone targets</source>
        <translation>स्किल्स: अभी का लेवल बनाम माइलस्टोन लक्ष्य</translation>
    </message>
    <message>
        <source>Skills: radar by category</source>
        <translation>स्किल्स: कैटेगरी के हिसाब से रडार</translation>
    </message>
    <message>
        <source>Skills: level history</source>
        <translation>स्किल्स: लेवल का इतिहास</translation>
    </message>
    <message>
        <source>DSA: solved by topic against targets</source>
        <translation>DSA: टॉपिक के हिसाब से हल बनाम लक्ष्य</translation>
    </message>
    <message>
        <source>DSA: practice heatmap (year)</source>
        <translation>DSA: प्रैक्टिस हीटमैप (साल)</translation>
    </message>
    <message>
        <source>DSA: minutes per week</source>
        <translation>DSA: हर हफ़्ते के मिनट</translation>
    </message>
    <message>
        <source>Applications: funnel</source>
        <translation>आवेदन: फ़नल</translation>
    </message>
    <message>
        <source>Applications: daily goal</source>
        <translation>आवेदन: रोज़ का लक्ष्य</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
</context>
<context>
    <name>ChunkedWrite</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>इम्पोर्ट रद्द हुआ; कुछ भी बदला नहीं गया।</translation>
    </message>
    <message>
        <source>Could not write into %1 (%2); nothing was changed.</source>
        <translation>%1 में लिखा नहीं जा सका (%2); कुछ भी बदला नहीं गया।</translation>
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
    <message>
        <source>Import a Markdown roadmap. Into a database that does not exist yet it creates one holding just that plan; into an existing one it re-imports over the current plan, keeping progress and notes.</source>
        <translation>Markdown रोडमैप इम्पोर्ट करें। जो डेटाबेस अभी मौजूद नहीं है, उसमें सिर्फ़ इसी प्लान वाला नया डेटाबेस बनता है; मौजूदा डेटाबेस में यह मौजूदा प्लान पर दोबारा इम्पोर्ट होता है, प्रगति और नोट्स बने रहते हैं।</translation>
    </message>
    <message>
        <source>file.md</source>
        <translation>file.md</translation>
    </message>
    <message>
        <source>Write the plan, with its ticks and notes, as Markdown that imports back to the same plan.</source>
        <translation>प्लान को उसके टिक और नोट्स के साथ Markdown में लिखें, जो इम्पोर्ट करने पर वही प्लान देता है।</translation>
    </message>
    <message>
        <source>Write chart &lt;name&gt; as a PNG image (see --list-charts; needs --output), then exit. Runs without a display.</source>
        <translation>चार्ट &lt;name&gt; को PNG इमेज में लिखें (--list-charts देखें; --output ज़रूरी है), फिर बाहर निकलें। डिस्प्ले के बिना चलता है।</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The file --export-chart writes.</source>
        <translation>वह फ़ाइल जिसमें --export-chart लिखता है।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Image size for --export-chart, WIDTHxHEIGHT in pixels (default 1600x900).</source>
        <translation>--export-chart के लिए इमेज साइज़, पिक्सेल में WIDTHxHEIGHT (डिफ़ॉल्ट 1600x900)।</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Device pixel ratio for --export-chart, 1 to 4 (2 doubles the pixels for high-DPI screens).</source>
        <translation>--export-chart के लिए डिवाइस पिक्सेल रेशियो, 1 से 4 (2 से high-DPI स्क्रीन के लिए पिक्सेल दोगुने होते हैं)।</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Print the name and title of every chart, then exit.</source>
        <translation>हर चार्ट का नाम और शीर्षक दिखाएँ, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>Write a one-page progress report with the main charts (PDF when &lt;file&gt; ends in .pdf, else PNG), then exit.</source>
        <translation>मुख्य चार्ट के साथ एक पेज की प्रगति रिपोर्ट लिखें (&lt;file&gt; के .pdf पर खत्म होने पर PDF, वरना PNG), फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>Import problems from &lt;file&gt;: a NeetCode JSON list or a LeetCode-style CSV (told by its content). Duplicates are left out; a bad row stops the import with nothing written.</source>
        <translation>&lt;file&gt; से प्रॉब्लम इम्पोर्ट करें: NeetCode JSON सूची या LeetCode जैसी CSV (कंटेंट से पहचानी जाती है)। डुप्लिकेट छोड़ दिए जाते हैं; कोई खराब पंक्ति हो तो इम्पोर्ट रुक जाता है और कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>Export every problem to &lt;file&gt; as CSV.</source>
        <translation>सभी प्रॉब्लम को CSV के रूप में &lt;file&gt; में एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>--output, --size and --scale go with --export-chart</source>
        <translation>--output, --size और --scale सिर्फ़ --export-chart के साथ चलते हैं</translation>
    </message>
    <message>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT in pixels between %2 and %3, for example 1920x1080</source>
        <translation>--size &apos;%1&apos; पिक्सेल में %2 और %3 के बीच WIDTHxHEIGHT नहीं है, जैसे 1920x1080</translation>
    </message>
    <message>
        <source>--scale &apos;%1&apos; is not a number from 1 to 4</source>
        <translation>--scale &apos;%1&apos; 1 से 4 तक की कोई संख्या नहीं है</translation>
    </message>
    <message>
        <source>--export-chart needs --output FILE.png</source>
        <translation>--export-chart के साथ --output FILE.png चाहिए</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; the charts are: %2</source>
        <translation>अनजान चार्ट &apos;%1&apos;; उपलब्ध चार्ट: %2</translation>
    </message>
    <message>
        <source>With an --import-… option: print what would be imported and write nothing.</source>
        <translation>किसी --import-… विकल्प के साथ: क्या इम्पोर्ट होगा यह दिखाएँ, कुछ भी न लिखें।</translation>
    </message>
    <message>
        <source>Import job applications from a CSV file (columns mapped by their headers), then exit. A row that cannot be imported stops the import and nothing is written.</source>
        <translation>CSV फ़ाइल से जॉब आवेदन इम्पोर्ट करें (कॉलम उनके हेडर से पहचाने जाते हैं), फिर बाहर निकलें। कोई पंक्ति इम्पोर्ट न हो सके तो इम्पोर्ट रुक जाता है और कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>Export every job application with its stage history to a CSV file, then exit.</source>
        <translation>हर जॉब आवेदन को उसकी स्टेज हिस्ट्री के साथ CSV फ़ाइल में एक्सपोर्ट करें, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>file.csv</translation>
    </message>
    <message>
        <source>With --import-problems or --import-applications: import the readable rows and list the skipped lines.</source>
        <translation>--import-problems या --import-applications के साथ: पढ़ी जा सकने वाली पंक्तियाँ इम्पोर्ट करें और छोड़ी गई लाइनों की सूची दिखाएँ।</translation>
    </message>
    <message>
        <source>--dry-run goes with --import-roadmap, --import-problems or --import-applications</source>
        <translation>--dry-run सिर्फ़ --import-roadmap, --import-problems या --import-applications के साथ चलता है</translation>
    </message>
    <message>
        <source>--skip-bad-rows goes with --import-problems or --import-applications</source>
        <translation>--skip-bad-rows सिर्फ़ --import-problems या --import-applications के साथ चलता है</translation>
    </message>
    <message>
        <source>Start with only the tray icon (a minimised window where the desktop has no tray), as at log-in.</source>
        <translation>सिर्फ़ ट्रे आइकन के साथ शुरू करें (जिस डेस्कटॉप में ट्रे नहीं है वहाँ छोटी की हुई विंडो), जैसे लॉग-इन के समय होता है।</translation>
    </message>
    <message>
        <source>Open the window (or bring the running one forward) on &lt;what&gt;: today, timeline, dsa, applications, skills, add-problem or add-application (the last two focus the quick-add line).</source>
        <translation>विंडो को &lt;what&gt; पर खोलें (या चल रही विंडो को सामने लाएँ): today, timeline, dsa, applications, skills, add-problem या add-application (आखिरी दो झटपट जोड़ने वाली लाइन पर फ़ोकस करते हैं)।</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>Log a problem with the DSA tab&apos;s quick-add line, for example &quot;two sum #arrays easy 25m solved&quot;. Goes to the window when one has the file open (one undo step there), else into the file; prints what was added.</source>
        <translation>DSA टैब की झटपट जोड़ने वाली लाइन की तरह प्रॉब्लम लॉग करें, जैसे &quot;two sum #arrays easy 25m solved&quot;। अगर कोई विंडो यह फ़ाइल खोले हुए है तो यह उसी विंडो में जाता है (वहाँ एक undo स्टेप), वरना सीधे फ़ाइल में; जो जोड़ा गया वह दिखाता है।</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>Record an application applied to today: &quot;company | role | source&quot; (the source may be left out). Like --add-problem, through the window when one is open.</source>
        <translation>आज की तारीख में किया गया आवेदन दर्ज करें: &quot;कंपनी | रोल | स्रोत&quot; (स्रोत छोड़ा जा सकता है)। --add-problem की तरह, विंडो खुली हो तो उसी के ज़रिए।</translation>
    </message>
    <message>
        <source>Mark the roadmap item with this title (or the one item whose title contains it) done. Like --add-problem, through the window when one is open.</source>
        <translation>इस शीर्षक वाले रोडमैप आइटम को (या उस एकमात्र आइटम को जिसके शीर्षक में यह आता है) पूरा मार्क करें। --add-problem की तरह, विंडो खुली हो तो उसी के ज़रिए।</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Write an iCalendar (.ics) file of interviews, follow-ups due, review days and the plan&apos;s weeks and deliverables, then exit. Importing a newer export updates the events instead of duplicating them.</source>
        <translation>इंटरव्यू, बाकी फ़ॉलो-अप, रिव्यू के दिन और प्लान के हफ़्तों व डिलिवरेबल की iCalendar (.ics) फ़ाइल लिखें, फिर बाहर निकलें। नया एक्सपोर्ट इम्पोर्ट करने पर इवेंट दोबारा नहीं बनते, अपडेट हो जाते हैं।</translation>
    </message>
    <message>
        <source>file.ics</source>
        <translation>file.ics</translation>
    </message>
    <message>
        <source>Use the Fusion style with a dark palette.</source>
        <translation>डार्क पैलेट के साथ Fusion स्टाइल इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Write a picture of every tab and dialog into &lt;folder&gt; at --size (default 1366x768), then exit.</source>
        <translation>हर टैब और डायलॉग की तस्वीर --size पर (डिफ़ॉल्ट 1366x768) &lt;folder&gt; में लिखें, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>give one of --add-problem, --add-application or --tick per call</source>
        <translation>हर बार --add-problem, --add-application या --tick में से एक ही दें</translation>
    </message>
    <message>
        <source>--show &apos;%1&apos; is not one of: %2</source>
        <translation>--show &apos;%1&apos; इनमें से नहीं है: %2</translation>
    </message>
    <message>
        <source>--show opens the window; give it without --add-problem, --add-application or --tick</source>
        <translation>--show विंडो खोलता है; इसे --add-problem, --add-application या --tick के बिना दें</translation>
    </message>
    <message>
        <source>Exported the calendar to %1 — events: %2</source>
        <translation>कैलेंडर %1 में एक्सपोर्ट हुआ — इवेंट: %2</translation>
    </message>
    <message>
        <source>Wrote the progress report to %1</source>
        <translation>प्रगति रिपोर्ट %1 में लिखी गई</translation>
    </message>
    <message>
        <source>Wrote the %1 chart (%2×%3) to %4</source>
        <translation>%1 चार्ट (%2×%3) %4 में लिखा गया</translation>
    </message>
    <message>
        <source>Open the database read-only: everything shows, nothing is written. A file on a read-only disk or folder opens so by itself.</source>
        <translation>डेटाबेस को केवल-पढ़ने के लिए खोलें: सब कुछ दिखता है, कुछ भी लिखा नहीं जाता। केवल-पढ़ने वाली डिस्क या फ़ोल्डर पर रखी फ़ाइल अपने-आप ऐसे ही खुलती है।</translation>
    </message>
    <message>
        <source>--read-only cannot go with a command that writes (an import without --dry-run, --add-problem, --add-application or --tick)</source>
        <translation>--read-only किसी लिखने वाले कमांड के साथ नहीं चल सकता (--dry-run के बिना इम्पोर्ट, --add-problem, --add-application या --tick)</translation>
    </message>
</context>
<context>
    <name>CommandReceiver</name>
    <message>
        <source>--show &apos;%1&apos; is not one of: %2</source>
        <translation>--show &apos;%1&apos; इनमें से नहीं है: %2</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z undoes it</source>
        <translation>%1 — Ctrl+Z से वापस लें</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>quote बंद होने के बाद भी टेक्स्ट है</translation>
    </message>
    <message>
        <source>a quoted field is not closed; its quote is read as text</source>
        <translation>कोट वाला फ़ील्ड बंद नहीं हुआ; उसका कोट टेक्स्ट के रूप में पढ़ा गया</translation>
    </message>
</context>
<context>
    <name>DailyApplicationsChart</name>
    <message numerus="yes">
        <source>Applications per day against the daily goal (%1–%2), last %n day(s)</source>
        <translation>
            <numerusform>रोज़ के लक्ष्य (%1–%2) के मुकाबले हर दिन के आवेदन, पिछला %n दिन</numerusform>
            <numerusform>रोज़ के लक्ष्य (%1–%2) के मुकाबले हर दिन के आवेदन, पिछले %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications sent</source>
        <translation>भेजे गए आवेदन</translation>
    </message>
    <message>
        <source>Goal (minimum)</source>
        <translation>लक्ष्य (कम से कम)</translation>
    </message>
    <message>
        <source>Goal (maximum)</source>
        <translation>लक्ष्य (ज़्यादा से ज़्यादा)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Day (%1)</source>
        <translation>दिन (%1)</translation>
    </message>
    <message>
        <source>Applications per day</source>
        <translation>हर दिन के आवेदन</translation>
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
        <source>%1 could not be renamed to %2</source>
        <translation>%1 का नाम बदलकर %2 नहीं किया जा सका</translation>
    </message>
    <message>
        <source>migration step %1 failed (%2); the file was left unchanged</source>
        <translation>माइग्रेशन स्टेप %1 विफल रहा (%2); फ़ाइल नहीं बदली गई</translation>
    </message>
    <message>
        <source>%1 failed the integrity check (%2)</source>
        <translation>%1 इंटीग्रिटी जाँच में फ़ेल (%2)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>मौजूद नहीं है</translation>
    </message>
    <message>
        <source>is empty and cannot be written, so there is no plan to show</source>
        <translation>खाली है और इसमें लिखा नहीं जा सकता, इसलिए दिखाने के लिए कोई प्लान नहीं है</translation>
    </message>
    <message>
        <source>was written by an older version of Roadmap Planner and must be upgraded, which writes to it, but it is open read-only; copy it to a folder you can write to and open the copy</source>
        <translation>Roadmap Planner के पुराने संस्करण से लिखी गई है और इसे अपग्रेड करना होगा, जिसमें इसमें लिखना पड़ता है, पर यह केवल-पढ़ने के लिए खुली है; इसे ऐसे फ़ोल्डर में कॉपी करें जहाँ आप लिख सकते हैं और कॉपी खोलें</translation>
    </message>
</context>
<context>
    <name>DeleteApplicationsCommand</name>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation>
            <numerusform>%n आवेदन हटाएँ</numerusform>
            <numerusform>%n आवेदन हटाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 घंटे स्नूज़</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>आज के लिए पूरा</translation>
    </message>
    <message>
        <source>Roadmap Planner</source>
        <translation>रोडमैप प्लानर</translation>
    </message>
</context>
<context>
    <name>DsaStatsPanel</name>
    <message>
        <source>Problems a day that keep the streak</source>
        <translation>स्ट्रीक बनाए रखने के लिए रोज़ के प्रॉब्लम</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> प्रति दिन</translation>
    </message>
    <message>
        <source>A streak day needs at least (problems):</source>
        <translation>स्ट्रीक के एक दिन के लिए कम से कम (प्रॉब्लम):</translation>
    </message>
    <message>
        <source>Solved: %1 easy · %2 medium · %3 hard</source>
        <translation>हल किए: %1 आसान · %2 मध्यम · %3 कठिन</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>स्ट्रीक: %n दिन</numerusform>
            <numerusform>स्ट्रीक: %n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (best %n)</source>
        <translation>
            <numerusform> (सबसे लंबी %n)</numerusform>
            <numerusform> (सबसे लंबी %n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — practise today to keep it</source>
        <translation> — इसे बनाए रखने के लिए आज प्रैक्टिस करें</translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation>%1 वाला हफ़्ता: %2 मिनट</translation>
    </message>
    <message>
        <source>Minutes per week:</source>
        <translation>हर हफ़्ते के मिनट:</translation>
    </message>
    <message numerus="yes">
        <source>Last 12 months: %n active day(s)</source>
        <translation>
            <numerusform>पिछले 12 महीने: %n सक्रिय दिन</numerusform>
            <numerusform>पिछले 12 महीने: %n सक्रिय दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s) and review(s)</source>
        <translation>
            <numerusform>, %n कोशिश और रिव्यू</numerusform>
            <numerusform>, %n कोशिशें और रिव्यू</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics against the plan:</source>
        <translation>प्लान के मुकाबले टॉपिक:</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 solved</source>
        <translation>  %1: %3 में से %2 हल</translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
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
        <source>&quot;%1&quot; is already in your log.</source>
        <translation>&quot;%1&quot; पहले से आपके लॉग में है।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation>
            <numerusform>%Ln प्रॉब्लम · %L1 हल · %L2 दोबारा देखने हैं</numerusform>
            <numerusform>%Ln प्रॉब्लम · %L1 हल · %L2 दोबारा देखने हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a problem and press Enter — e.g. two sum #arrays easy 25m solved @amazon *4</source>
        <translation>प्रॉब्लम लिखें और Enter दबाएँ — जैसे two sum #arrays easy 25m solved @amazon *4</translation>
    </message>
    <message>
        <source>#topic  easy/medium/hard  todo/attempted/solved/revisit  25m or 1h10m  @company  *1…*5 confidence  a link</source>
        <translation>#टॉपिक  easy/medium/hard  todo/attempted/solved/revisit  25m या 1h10m  @कंपनी  *1…*5 कॉन्फ़िडेंस  कोई लिंक</translation>
    </message>
    <message>
        <source>Pick from &amp;catalogue…</source>
        <translation>कैटलॉग से चुनें(&amp;C)…</translation>
    </message>
    <message>
        <source>Add problems from the built-in NeetCode 150 / Blind 75 list</source>
        <translation>बिल्ट-इन NeetCode 150 / Blind 75 सूची से प्रॉब्लम जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>सूची इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a NeetCode JSON or LeetCode-style CSV list, with a preview</source>
        <translation>NeetCode JSON या LeetCode जैसी CSV सूची इम्पोर्ट करें, पहले प्रीव्यू के साथ</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>No problems logged yet.
Type one in the line above and press Enter — for example &quot;two sum #arrays easy 25m solved&quot; — or pick from the catalogue.</source>
        <translation>अभी कोई प्रॉब्लम लॉग नहीं हुआ।
ऊपर की लाइन में लिखें और Enter दबाएँ — जैसे &quot;two sum #arrays easy 25m solved&quot; — या कैटलॉग से चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n दिखाया गया</numerusform>
            <numerusform>%n दिखाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, topics, companies, tags</source>
        <translation>नाम, टॉपिक, कंपनियाँ, टैग खोजें</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>टॉपिक फ़िल्टर</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>सभी टॉपिक</translation>
    </message>
    <message>
        <source>Difficulty filter</source>
        <translation>कठिनाई फ़िल्टर</translation>
    </message>
    <message>
        <source>All difficulties</source>
        <translation>सभी कठिनाइयाँ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>रिव्यू बाकी</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>प्रगति रीसेट करें</translation>
    </message>
    <message>
        <source>Of the selected topic</source>
        <translation>चुने गए टॉपिक की</translation>
    </message>
    <message>
        <source>Of %1</source>
        <translation>%1 की</translation>
    </message>
    <message>
        <source>Double-click a topic to filter the problems.</source>
        <translation>प्रॉब्लम फ़िल्टर करने के लिए किसी टॉपिक पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>आज के रिव्यू</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>टॉपिक</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>स्थिति सेट करें(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;difficulty</source>
        <translation>कठिनाई सेट करें(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;topic…</source>
        <translation>टॉपिक जोड़ें(&amp;T)…</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>टॉपिक जोड़ें</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>टॉपिक:</translation>
    </message>
    <message>
        <source>&amp;Reset progress</source>
        <translation>प्रगति रीसेट करें(&amp;R)</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>चुने गए प्रॉब्लम</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>टॉपिक: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n problem(s)</source>
        <translation>
            <numerusform>%n प्रॉब्लम हटाया गया</numerusform>
            <numerusform>%n प्रॉब्लम हटाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n problem(s) to %1</source>
        <translation>
            <numerusform>%n प्रॉब्लम %1 पर सेट किया</numerusform>
            <numerusform>%n प्रॉब्लम %1 पर सेट किए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added topic %1 to %n problem(s)</source>
        <translation>
            <numerusform>%n प्रॉब्लम में टॉपिक %1 जोड़ा</numerusform>
            <numerusform>%n प्रॉब्लम में टॉपिक %1 जोड़ा</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems in %1 to reset.</source>
        <translation>%1 में रीसेट करने के लिए कोई प्रॉब्लम नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Reset progress of %n problem(s) in %1</source>
        <translation>
            <numerusform>%1 में %n प्रॉब्लम की प्रगति रीसेट की</numerusform>
            <numerusform>%1 में %n प्रॉब्लम की प्रगति रीसेट की</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; संपादित करें</translation>
    </message>
    <message numerus="yes">
        <source>Added %n problem(s) from the catalogue</source>
        <translation>
            <numerusform>कैटलॉग से %n प्रॉब्लम जोड़ा</numerusform>
            <numerusform>कैटलॉग से %n प्रॉब्लम जोड़े</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a problem list</source>
        <translation>प्रॉब्लम सूची इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Problem lists (*.json *.csv);;All files (*)</source>
        <translation>प्रॉब्लम सूचियाँ (*.json *.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>इम्पोर्ट</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s) from %1</source>
        <translation>
            <numerusform>%1 से %n प्रॉब्लम इम्पोर्ट हुआ</numerusform>
            <numerusform>%1 से %n प्रॉब्लम इम्पोर्ट हुए</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>प्रॉब्लम एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n problem(s) to %1</source>
        <translation>
            <numerusform>%n प्रॉब्लम %1 में एक्सपोर्ट हुआ</numerusform>
            <numerusform>%n प्रॉब्लम %1 में एक्सपोर्ट हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n review(s) due today</source>
        <translation>
            <numerusform> · आज %n रिव्यू बाकी</numerusform>
            <numerusform> · आज %n रिव्यू बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today (%L1)</source>
        <translation>आज के रिव्यू (%L1)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 इम्पोर्ट हो रहा है</translation>
    </message>
</context>
<context>
    <name>DsaTopicChart</name>
    <message>
        <source>DSA problems solved by topic against targets</source>
        <translation>टॉपिक के हिसाब से हल किए गए DSA प्रॉब्लम, लक्ष्यों के मुकाबले</translation>
    </message>
    <message>
        <source>No topics with targets or solved problems yet. Log a problem in the DSA tab, or import a plan with topic targets.</source>
        <translation>अभी कोई टॉपिक नहीं जिसका लक्ष्य हो या जिसमें प्रॉब्लम हल हुए हों। DSA टैब में प्रॉब्लम लॉग करें, या टॉपिक लक्ष्यों वाला प्लान इम्पोर्ट करें।</translation>
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
        <source>Problems</source>
        <translation>प्रॉब्लम</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>due today</source>
        <translation>आज बाकी</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n दिन से बाकी</numerusform>
            <numerusform>%n दिन से बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews due today</source>
        <translation>आज के रिव्यू</translation>
    </message>
    <message>
        <source>Nothing to review today.
Solved problems come back here after 1, 3, 7, 14 and 30 days.</source>
        <translation>आज कोई रिव्यू नहीं।
हल किए गए प्रॉब्लम 1, 3, 7, 14 और 30 दिन बाद यहाँ वापस आते हैं।</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>कैसा रहा?</translation>
    </message>
    <message>
        <source>Mark the selected review done and schedule the next one</source>
        <translation>चुना गया रिव्यू पूरा मार्क करें और अगला तय करें</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EditSkillCommand</name>
    <message>
        <source>Change the category of %1</source>
        <translation>%1 की कैटेगरी बदलें</translation>
    </message>
    <message>
        <source>Edit the notes of %1</source>
        <translation>%1 के नोट्स संपादित करें</translation>
    </message>
</context>
<context>
    <name>EditStack</name>
    <message>
        <source>%1 is open read-only: &quot;%2&quot; was not saved.</source>
        <translation>%1 केवल-पढ़ने के लिए खुली है: &quot;%2&quot; सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved to %2 (%3); it was not made.</source>
        <translation>&quot;%1&quot; को %2 में सहेजा नहीं जा सका (%3); यह बदलाव नहीं हुआ।</translation>
    </message>
</context>
<context>
    <name>ImportPlanCommand</name>
    <message>
        <source>Re-import &quot;%1&quot;</source>
        <translation>&quot;%1&quot; दोबारा इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>&quot;%1&quot; इम्पोर्ट करें</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>इम्पोर्ट करें(&amp;I)</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the ones that cannot be imported</source>
        <translation>बाकी पंक्तियाँ इम्पोर्ट करें और जो इम्पोर्ट नहीं हो सकतीं उन्हें छोड़ दें</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>%1

Import anyway, without a backup?</source>
        <translation>%1

फिर भी बिना बैकअप के इम्पोर्ट करें?</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>%1 is open read-only, so nothing can be imported into it. Save a copy to a folder you can write to (the bar above the tabs), then import into the copy.</source>
        <translation>%1 केवल-पढ़ने के लिए खुली है, इसलिए इसमें कुछ भी इम्पोर्ट नहीं हो सकता। ऐसे फ़ोल्डर में कॉपी सहेजें जहाँ आप लिख सकते हैं (टैब के ऊपर की पट्टी), फिर कॉपी में इम्पोर्ट करें।</translation>
    </message>
</context>
<context>
    <name>InterviewRound</name>
    <message>
        <source>Online assessment</source>
        <translation>ऑनलाइन असेसमेंट</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>टेक्निकल</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>सिस्टम डिज़ाइन</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>पास</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>पेंडिंग</translation>
    </message>
</context>
<context>
    <name>JobSettings</name>
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
</context>
<context>
    <name>LinkSkillItemsCommand</name>
    <message numerus="yes">
        <source>Link %n item(s) to %1</source>
        <translation>
            <numerusform>%n आइटम को %1 से लिंक करें</numerusform>
            <numerusform>%n आइटम को %1 से लिंक करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s) from %1</source>
        <translation>
            <numerusform>%n आइटम का %1 से लिंक हटाएँ</numerusform>
            <numerusform>%n आइटम का %1 से लिंक हटाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalTransportLoader</name>
    <message>
        <source>the local command module is missing (looked in %1)</source>
        <translation>स्थानीय कमांड मॉड्यूल नहीं मिला (यहाँ देखा: %1)</translation>
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
        <translation>रोडमैप इम्पोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap…</source>
        <translation>रोडमैप एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
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
        <translation>झटपट जोड़ें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स(&amp;S)…</translation>
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
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Roadmap Planner</source>
        <translation>रोडमैप प्लानर के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
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
        <source>Export Roadmap</source>
        <translation>रोडमैप एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown फ़ाइलें (*.md)</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>प्लान %1 में एक्सपोर्ट हुआ</translation>
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
        <source>Export Timeline &amp;Strip…</source>
        <translation>टाइमलाइन स्ट्रिप एक्सपोर्ट करें(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>चार्ट एक्सपोर्ट करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Progress &amp;Report…</source>
        <translation>प्रगति रिपोर्ट एक्सपोर्ट करें(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>अभी बैकअप लें(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>बैकअप वापस लाएँ(&amp;R)…</translation>
    </message>
    <message>
        <source>Plan &amp;Start Date…</source>
        <translation>प्लान शुरू होने की तारीख(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n रिव्यू बाकी</numerusform>
            <numerusform>%n रिव्यू बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-imported: %1</source>
        <translation>दोबारा इम्पोर्ट हुआ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) — Ctrl+Z undoes it</source>
        <translation>
            <numerusform>%n आइटम इम्पोर्ट हुआ — Ctrl+Z से वापस लें</numerusform>
            <numerusform>%n आइटम इम्पोर्ट हुए — Ctrl+Z से वापस लें</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Timeline Strip</source>
        <translation>टाइमलाइन स्ट्रिप एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG इमेज (*.png)</translation>
    </message>
    <message>
        <source>Saved the timeline strip to %1</source>
        <translation>टाइमलाइन स्ट्रिप %1 में सेव हुई</translation>
    </message>
    <message>
        <source>Plan Start Date</source>
        <translation>प्लान शुरू होने की तारीख</translation>
    </message>
    <message>
        <source>Months, weeks, years and milestones are dated from this month.</source>
        <translation>महीने, हफ़्ते, साल और माइलस्टोन इसी महीने से गिने जाते हैं।</translation>
    </message>
    <message>
        <source>&amp;Plan starts:</source>
        <translation>प्लान की शुरुआत(&amp;P):</translation>
    </message>
    <message>
        <source>Move the plan to start in %1</source>
        <translation>प्लान की शुरुआत %1 पर ले जाएँ</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 में बैकअप लिया गया</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>वापस लाएँ</translation>
    </message>
    <message>
        <source>Restored. The state before the restore was saved as %1 (File › Restore… to go back).</source>
        <translation>बैकअप वापस लाया गया। पहले की स्थिति %1 के रूप में सेव की गई (उस पर लौटने के लिए फ़ाइल › बैकअप वापस लाएँ…)।</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>चार्ट %1 में एक्सपोर्ट हुआ</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>प्रगति रिपोर्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;PNG images (*.png)</source>
        <translation>PDF दस्तावेज़ (*.pdf);;PNG इमेज (*.png)</translation>
    </message>
    <message>
        <source>Exported the progress report to %1</source>
        <translation>प्रगति रिपोर्ट %1 में एक्सपोर्ट हुई</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;A personal career planner: your roadmap, DSA practice, job applications and skills in one private file.&lt;/p&gt;&lt;p&gt;Your data: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown parser (MIT, © Martin Mitáš) · SQLite (public domain)&lt;br&gt;NeetCode problem list (MIT, © 2022 neetcode-gh), the source of the built-in NeetCode 150 / Blind 75 catalogue.&lt;/p&gt;&lt;p&gt;&lt;small&gt;MIT License — Copyright (c) 2022 neetcode-gh&lt;br&gt;Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the &quot;Software&quot;), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;रोडमैप प्लानर %1&lt;/h3&gt;&lt;p&gt;आपका निजी करियर प्लानर: रोडमैप, DSA प्रैक्टिस, जॉब आवेदन और स्किल्स, एक निजी फ़ाइल में।&lt;/p&gt;&lt;p&gt;आपका डेटा: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT लाइसेंस के तहत।&lt;/p&gt;&lt;p&gt;&lt;b&gt;थर्ड-पार्टी सॉफ़्टवेयर&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown पार्सर (MIT, © Martin Mitáš) · SQLite (पब्लिक डोमेन)&lt;br&gt;NeetCode प्रॉब्लम सूची (MIT, © 2022 neetcode-gh), बिल्ट-इन NeetCode 150 / Blind 75 कैटलॉग का स्रोत।&lt;/p&gt;&lt;p&gt;&lt;small&gt;MIT License — Copyright (c) 2022 neetcode-gh&lt;br&gt;Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the &quot;Software&quot;), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>आज(&amp;O)</translation>
    </message>
    <message>
        <source>%1 was changed by another program: reloaded. Earlier steps can no longer be undone, so they cannot overwrite that change.</source>
        <translation>%1 को किसी दूसरे प्रोग्राम ने बदला: दोबारा लोड किया गया। पिछले कदम अब वापस नहीं लिए जा सकते, ताकि वे उस बदलाव को न मिटाएँ।</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>कैलेंडर एक्सपोर्ट करें(&amp;L)…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 इम्पोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>कैलेंडर एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar फ़ाइलें (*.ics)</translation>
    </message>
    <message>
        <source>Exported the calendar to %1 — events: %2</source>
        <translation>कैलेंडर %1 में एक्सपोर्ट किया — इवेंट: %2</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Ctrl+0&lt;/td&gt;&lt;td&gt;Today&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;Switch tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 4&lt;/td&gt;&lt;td&gt;Grade the selected review on Today (Again, Hard, Good, Easy)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Quick add (problem or application)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;Search in the current tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;Tick or untick the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2 / Ctrl+E&lt;/td&gt;&lt;td&gt;Rename / edit the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Insert / Delete&lt;/td&gt;&lt;td&gt;Add an item / delete (undoable)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Up / Alt+Down&lt;/td&gt;&lt;td&gt;Move the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;Undo / Redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;Import a roadmap&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Ctrl+0&lt;/td&gt;&lt;td&gt;आज&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;टैब बदलें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 4&lt;/td&gt;&lt;td&gt;आज में चुने गए रिव्यू को ग्रेड दें (फिर से, कठिन, ठीक, आसान)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;झटपट जोड़ें (प्रॉब्लम या आवेदन)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;मौजूदा टैब में खोजें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;चुने गए आइटम पर टिक करें या टिक हटाएँ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2 / Ctrl+E&lt;/td&gt;&lt;td&gt;चुने गए आइटम का नाम बदलें / संपादित करें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Insert / Delete&lt;/td&gt;&lt;td&gt;आइटम जोड़ें / हटाएँ (वापस लिया जा सकता है)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Up / Alt+Down&lt;/td&gt;&lt;td&gt;चुने गए आइटम को ऊपर / नीचे ले जाएँ&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;वापस लें / दोबारा करें&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;रोडमैप इम्पोर्ट करें&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>The planner&apos;s database is damaged.</source>
        <translation>प्लानर का डेटाबेस ख़राब हो गया है।</translation>
    </message>
    <message>
        <source>%1

Every change from now on may be lost. Restore the newest backup (File › Restore a Backup…), or close the planner and keep a copy of the file.</source>
        <translation>%1

अब से किया गया हर बदलाव खो सकता है। सबसे नया बैकअप वापस लाएँ (फ़ाइल › बैकअप वापस लाएँ…), या प्लानर बंद करके फ़ाइल की एक कॉपी रख लें।</translation>
    </message>
    <message>
        <source>Roadmap Planner (read-only)</source>
        <translation>Roadmap Planner (केवल-पढ़ने के लिए)</translation>
    </message>
    <message>
        <source>A change was not saved.</source>
        <translation>एक बदलाव सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>MatchPickerDialog</name>
    <message>
        <source>Continue a Different Node</source>
        <translation>किसी दूसरे नोड को जारी रखें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps the ticks, notes, dates and status of:</source>
        <translation>&quot;%1&quot; इसके टिक, नोट्स, तारीखें और स्थिति रखेगा:</translation>
    </message>
</context>
<context>
    <name>MergeTopicsCommand</name>
    <message numerus="yes">
        <source>Merge %n topic(s) into &quot;%1&quot;</source>
        <translation>
            <numerusform>%n टॉपिक को &quot;%1&quot; में मिलाएँ</numerusform>
            <numerusform>%n टॉपिक को &quot;%1&quot; में मिलाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesPerWeekChart</name>
    <message numerus="yes">
        <source>DSA practice per week, last %n week(s)</source>
        <translation>
            <numerusform>हर हफ़्ते की DSA प्रैक्टिस, पिछला %n हफ़्ता</numerusform>
            <numerusform>हर हफ़्ते की DSA प्रैक्टिस, पिछले %n हफ़्ते</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>प्रैक्टिस के मिनट</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>हफ़्ते की शुरुआत</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
</context>
<context>
    <name>MoveStageCommand</name>
    <message numerus="yes">
        <source>Move %n application(s) to %1</source>
        <translation>
            <numerusform>%n आवेदन %1 में ले जाएँ</numerusform>
            <numerusform>%n आवेदन %1 में ले जाएँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>Has dates</source>
        <translation>तारीखें हैं</translation>
    </message>
    <message>
        <source>Edit Item</source>
        <translation>आइटम संपादित करें</translation>
    </message>
    <message>
        <source>Edit Heading</source>
        <translation>हेडिंग संपादित करें</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>करना है</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Notes in Markdown: links, lists, code…</source>
        <translation>Markdown में नोट्स: लिंक, सूचियाँ, कोड…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>नाम(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति(&amp;S):</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>तारीखें:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>नोट्स(&amp;N):</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Reminder</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>स्नूज़ करें(&amp;S)</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 मिनट</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 मिनट</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 घंटा</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>कल तक</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlanDescription</name>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n चेकलिस्ट आइटम</numerusform>
            <numerusform>%n चेकलिस्ट आइटम</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n पूरा</numerusform>
            <numerusform>%n पूरे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under %n heading(s)</source>
        <translation>
            <numerusform>%n हेडिंग के तहत</numerusform>
            <numerusform>%n हेडिंग के तहत</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan starts %1</source>
        <translation>प्लान %1 से शुरू</translation>
    </message>
    <message>
        <source>Dated headings: %1</source>
        <translation>तारीख वाली हेडिंग: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n महीना</numerusform>
            <numerusform>%n महीने</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n हफ़्ता</numerusform>
            <numerusform>%n हफ़्ते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n साल</numerusform>
            <numerusform>%n साल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n डिलिवरेबल</numerusform>
            <numerusform>%n डिलिवरेबल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSA target: %1 — %n problem(s)</source>
        <translation>
            <numerusform>DSA लक्ष्य: %1 — %n प्रॉब्लम</numerusform>
            <numerusform>DSA लक्ष्य: %1 — %n प्रॉब्लम</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily application goal: %1–%2</source>
        <translation>रोज़ आवेदनों का लक्ष्य: %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Milestone &quot;%1&quot; (%2): %n skill target(s)</source>
        <translation>
            <numerusform>माइलस्टोन &quot;%1&quot; (%2): %n स्किल लक्ष्य</numerusform>
            <numerusform>माइलस्टोन &quot;%1&quot; (%2): %n स्किल लक्ष्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n रखा गया</numerusform>
            <numerusform>%n रखे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n नया</numerusform>
            <numerusform>%n नए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the file (hidden, not deleted)</source>
        <translation>
            <numerusform>%n अब फ़ाइल में नहीं (छिपाया गया, हटाया नहीं)</numerusform>
            <numerusform>%n अब फ़ाइल में नहीं (छिपाए गए, हटाए नहीं)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed or moved</source>
        <translation>
            <numerusform>%n का नाम बदला या खिसकाया गया</numerusform>
            <numerusform>%n के नाम बदले या खिसकाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; continues &quot;%3&quot; (its ticks, notes, dates and status)</source>
        <translation>लाइन %1: &quot;%2&quot;, &quot;%3&quot; को जारी रखता है (उसके टिक, नोट्स, तारीखें और स्थिति)</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>Could not write the plan into %1 (%2%3); nothing was changed. Free some disk space or check the file&apos;s permissions, then import again.</source>
        <translation>प्लान %1 में लिखा नहीं जा सका (%2%3); कुछ भी बदला नहीं गया। डिस्क पर कुछ जगह खाली करें या फ़ाइल की परमिशन जाँचें, फिर दोबारा इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>इम्पोर्ट रद्द हुआ; कुछ भी बदला नहीं गया।</translation>
    </message>
</context>
<context>
    <name>ProblemCommands</name>
    <message>
        <source>skipped </source>
        <translation>छोड़ा गया </translation>
    </message>
    <message>
        <source>%1: nothing was imported; fix the line(s) above or pass --skip-bad-rows</source>
        <translation>%1: कुछ भी इम्पोर्ट नहीं हुआ; ऊपर दी गई लाइनें ठीक करें या --skip-bad-rows दें</translation>
    </message>
    <message>
        <source>would import</source>
        <translation>इम्पोर्ट होगा</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n problem(s) would be imported</source>
        <translation>
            <numerusform>ड्राई रन: %n प्रॉब्लम इम्पोर्ट होगा</numerusform>
            <numerusform>ड्राई रन: %n प्रॉब्लम इम्पोर्ट होंगे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) left out</source>
        <translation>
            <numerusform>, %n डुप्लिकेट छोड़ा गया</numerusform>
            <numerusform>, %n डुप्लिकेट छोड़े गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped; nothing was written.</source>
        <translation>
            <numerusform>, %n खराब पंक्ति छोड़ी गई; कुछ भी नहीं लिखा गया।</numerusform>
            <numerusform>, %n खराब पंक्तियाँ छोड़ी गईं; कुछ भी नहीं लिखा गया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s)</source>
        <translation>
            <numerusform>%n प्रॉब्लम इम्पोर्ट हुआ</numerusform>
            <numerusform>%n प्रॉब्लम इम्पोर्ट हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped.</source>
        <translation>
            <numerusform>, %n खराब पंक्ति छोड़ी गई।</numerusform>
            <numerusform>, %n खराब पंक्तियाँ छोड़ी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n problem(s) to </source>
        <translation>
            <numerusform>%n प्रॉब्लम एक्सपोर्ट हुआ: </numerusform>
            <numerusform>%n प्रॉब्लम एक्सपोर्ट हुए: </numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>चेतावनी: </translation>
    </message>
    <message>
        <source>%1: nothing was imported: every row has a problem (see above)</source>
        <translation>%1: कुछ भी इम्पोर्ट नहीं हुआ: हर पंक्ति में कोई समस्या है (ऊपर देखें)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>कुछ भी इम्पोर्ट नहीं हुआ: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Solved</source>
        <translation>हल किया</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>आंशिक</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>हल नहीं हुआ</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>रिव्यू किया</translation>
    </message>
    <message>
        <source>Problem — %1</source>
        <translation>प्रॉब्लम — %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>प्लेटफ़ॉर्म</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>टॉपिक, कॉमा से अलग</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Arrays and Strings, Two Pointers</source>
        <translation>कॉमा से अलग, जैसे Arrays and Strings, Two Pointers</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>रेटिंग नहीं</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>कंपनियाँ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation>नोट्स (Markdown)</translation>
    </message>
    <message>
        <source>Notes in Markdown: the idea, the trap, the complexity…</source>
        <translation>Markdown में नोट्स: आइडिया, ट्रैप, कॉम्प्लेक्सिटी…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>नाम(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>लिंक(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>प्लेटफ़ॉर्म(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>टॉपिक(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>कठिनाई(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Confidence (1–5):</source>
        <translation>कॉन्फ़िडेंस (1–5)(&amp;C):</translation>
    </message>
    <message>
        <source>Co&amp;mpanies:</source>
        <translation>कंपनियाँ(&amp;M):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>टैग(&amp;G):</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>नोट्स प्रीव्यू</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>लिखें</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>प्रीव्यू</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>नोट्स(&amp;N):</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>कोशिशें</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Attempt date</source>
        <translation>कोशिश की तारीख</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>लगे मिनट</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>कोशिश लॉग करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove attempt</source>
        <translation>कोशिश हटाएँ(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Next review: %1 (every %n day(s))</source>
        <translation>
            <numerusform>अगला रिव्यू: %1 (हर दिन)</numerusform>
            <numerusform>अगला रिव्यू: %1 (हर %n दिन में)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 इम्पोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s)</source>
        <translation>
            <numerusform>%n नया प्रॉब्लम</numerusform>
            <numerusform>%n नए प्रॉब्लम</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n डुप्लिकेट छोड़ा गया</numerusform>
            <numerusform>%n डुप्लिकेट छोड़े गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that cannot be read.</source>
        <translation>
            <numerusform>%n पंक्ति पढ़ी नहीं जा सकी।</numerusform>
            <numerusform>%n पंक्तियाँ पढ़ी नहीं जा सकीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>कठिनाई</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>टॉपिक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>हल किया</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>क्या होगा</translation>
    </message>
    <message>
        <source>left out: already in your log</source>
        <translation>छोड़ा गया: पहले से आपके लॉग में है</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>इम्पोर्ट होगा</translation>
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
    <message>
        <source>Confidence</source>
        <translation>कॉन्फ़िडेंस</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>अगला रिव्यू</translation>
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
    <name>QuickCommands</name>
    <message>
        <source>--show needs the planner window</source>
        <translation>--show के लिए प्लानर विंडो चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in your log</source>
        <translation>&quot;%1&quot; पहले से आपके लॉग में है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved</source>
        <translation>&quot;%1&quot; सेव नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Added problem &quot;%1&quot; (%2)</source>
        <translation>प्रॉब्लम &quot;%1&quot; जोड़ा (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 could not be saved</source>
        <translation>%1 — %2 सेव नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Added application: %1 — %2</source>
        <translation>आवेदन जोड़ा: %1 — %2</translation>
    </message>
    <message>
        <source>Added application: %1 — %2 (%3)</source>
        <translation>आवेदन जोड़ा: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>--tick needs the title of a roadmap item</source>
        <translation>--tick के लिए रोडमैप आइटम का नाम चाहिए</translation>
    </message>
    <message>
        <source>no roadmap item is called &quot;%1&quot;</source>
        <translation>&quot;%1&quot; नाम का कोई रोडमैप आइटम नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one roadmap item (%2); give the whole title</source>
        <translation>&quot;%1&quot; एक से ज़्यादा रोडमैप आइटम से मेल खाता है (%2); पूरा नाम दें</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already done</source>
        <translation>&quot;%1&quot; पहले ही पूरा हो चुका था</translation>
    </message>
    <message>
        <source>Ticked &quot;%1&quot;</source>
        <translation>&quot;%1&quot; पर टिक किया</translation>
    </message>
    <message>
        <source>%1: %2 is open read-only</source>
        <translation>%1: %2 केवल-पढ़ने के लिए खुली है</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1, %2 में (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be ticked</source>
        <translation>&quot;%1&quot; पर टिक नहीं लग सका</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>केवल-पढ़ने के लिए</translation>
    </message>
    <message>
        <source>Read-only, as asked: %1. You can look at everything; changes are not saved.</source>
        <translation>आपके कहे अनुसार केवल-पढ़ने के लिए: %1। आप सब कुछ देख सकते हैं; बदलाव सहेजे नहीं जाते।</translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be written (a read-only disk or folder, or no permission). You can look at everything; changes are not saved.</source>
        <translation>केवल-पढ़ने के लिए: %1 में लिखा नहीं जा सकता (केवल-पढ़ने वाली डिस्क या फ़ोल्डर, या अनुमति नहीं)। आप सब कुछ देख सकते हैं; बदलाव सहेजे नहीं जाते।</translation>
    </message>
    <message>
        <source>Save a Copy to &amp;Edit…</source>
        <translation>बदलने के लिए कॉपी सहेजें(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (copy).sqlite</source>
        <translation>%1 (कॉपी).sqlite</translation>
    </message>
    <message>
        <source>Save a Copy to Edit</source>
        <translation>बदलने के लिए कॉपी सहेजें</translation>
    </message>
    <message>
        <source>Planner databases (*.sqlite);;All files (*)</source>
        <translation>प्लानर डेटाबेस (*.sqlite);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose another name: %1 is the read-only file itself.</source>
        <translation>कोई दूसरा नाम चुनें: %1 वही केवल-पढ़ने वाली फ़ाइल है।</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Nothing was changed.</source>
        <translation>%1 लिखी नहीं जा सकी (%2)। कुछ भी बदला नहीं गया।</translation>
    </message>
    <message>
        <source>Saved a copy as %1. Open it now? The planner restarts on the copy; the read-only file stays as it is.</source>
        <translation>कॉपी %1 के रूप में सहेजी गई। अभी खोलें? प्लानर कॉपी पर फिर से शुरू होगा; केवल-पढ़ने वाली फ़ाइल जैसी है वैसी रहेगी।</translation>
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation>कॉपी खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>अभी नहीं(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Daily learning block</source>
        <translation>रोज़ का लर्निंग ब्लॉक</translation>
    </message>
    <message>
        <source>Daily DSA practice</source>
        <translation>रोज़ की DSA प्रैक्टिस</translation>
    </message>
    <message>
        <source>Evening check of the application goal</source>
        <translation>शाम को आवेदन लक्ष्य की जाँच</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>बाकी रिव्यू</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>बाकी फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Interview tomorrow</source>
        <translation>कल इंटरव्यू</translation>
    </message>
    <message>
        <source>Weekly plan review</source>
        <translation>हफ़्ते का प्लान रिव्यू</translation>
    </message>
    <message>
        <source>Overdue roadmap items</source>
        <translation>तारीख निकल चुके रोडमैप आइटम</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message>
        <source>Time for your learning block</source>
        <translation>लर्निंग ब्लॉक का समय</translation>
    </message>
    <message>
        <source>Time for DSA practice</source>
        <translation>DSA प्रैक्टिस का समय</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to go</source>
        <translation>
            <numerusform>अभी %n आवेदन बाकी</numerusform>
            <numerusform>अभी %n आवेदन बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Application goal met: %1 of %2 today</source>
        <translation>आवेदन लक्ष्य पूरा: आज %2 में से %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n रिव्यू बाकी</numerusform>
            <numerusform>%n रिव्यू बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n फ़ॉलो-अप बाकी</numerusform>
            <numerusform>%n फ़ॉलो-अप बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) tomorrow</source>
        <translation>
            <numerusform>कल %n इंटरव्यू</numerusform>
            <numerusform>कल %n इंटरव्यू</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for the weekly plan review</source>
        <translation>हफ़्ते के प्लान रिव्यू का समय</translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s) overdue</source>
        <translation>
            <numerusform>%n प्लान आइटम की तारीख निकल गई</numerusform>
            <numerusform>%n प्लान आइटम की तारीख निकल गई</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation>छूटे हुए रिमाइंडर</translation>
    </message>
    <message>
        <source>Roadmap Planner reminder</source>
        <translation>रोडमैप प्लानर रिमाइंडर</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>%1 of %2 applications today</source>
        <translation>आज %2 में से %1 आवेदन</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>the running planner speaks version %1 of the command protocol, not version %2</source>
        <translation>चल रहा प्लानर कमांड प्रोटोकॉल का वर्ज़न %1 समझता है, वर्ज़न %2 नहीं</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>अनजान कमांड &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RemoveSkillCommand</name>
    <message>
        <source>Delete skill %1</source>
        <translation>स्किल %1 हटाएँ</translation>
    </message>
</context>
<context>
    <name>ReplaceProblemsCommand</name>
    <message>
        <source>Reviewed &quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; का रिव्यू किया (%2)</translation>
    </message>
</context>
<context>
    <name>ReportHeadlines</name>
    <message>
        <source>Plan: %1 of %2 items done (%3%)</source>
        <translation>प्लान: %2 में से %1 आइटम पूरे (%3%)</translation>
    </message>
    <message>
        <source>Problems solved against the plan&apos;s targets: %1 of %2 (%3%)</source>
        <translation>प्लान के लक्ष्यों के मुकाबले हल किए गए प्रॉब्लम: %2 में से %1 (%3%)</translation>
    </message>
    <message>
        <source>Applications this week: %1 against a goal of %2 (%3 a day for %4 days)</source>
        <translation>इस हफ़्ते के आवेदन: %2 के लक्ष्य के मुकाबले %1 (%4 दिन तक रोज़ %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>फ़नल: %1</translation>
    </message>
    <message>
        <source>Skills at their %1 target: %2 of %3</source>
        <translation>%1 लक्ष्य तक पहुँची स्किल्स: %3 में से %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>रोज़ाना</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>आपने बनाया</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>इम्पोर्ट से पहले</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>रीस्टोर से पहले</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>The planner&apos;s current state is saved as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation>पहले प्लानर की मौजूदा स्थिति का बैकअप बनता है, ताकि उस कॉपी को वापस लाकर रीस्टोर को भी पलटा जा सके।</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>कब बना</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>क्यों</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>वापस लाएँ(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>Again</source>
        <translation>फिर से</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>कठिन</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>आसान</translation>
    </message>
</context>
<context>
    <name>RoadmapCommands</name>
    <message>
        <source>Would import %1: %2</source>
        <translation>%1 इम्पोर्ट होगा: %2</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>%1 इम्पोर्ट हो रहा है: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>%1 does not exist; it would be created holding just this plan.</source>
        <translation>%1 मौजूद नहीं है; सिर्फ़ इसी प्लान के साथ बनाया जाएगा।</translation>
    </message>
    <message>
        <source>Re-import over the current plan: %1</source>
        <translation>मौजूदा प्लान पर दोबारा इम्पोर्ट: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ड्राई रन: कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Re-imported over the current plan: %1</source>
        <translation>मौजूदा प्लान पर दोबारा इम्पोर्ट हुआ: %1</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>%1 में इम्पोर्ट हुआ।</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: ऐसा कोई डेटाबेस नहीं</translation>
    </message>
    <message>
        <source>Exported %1 items to %2</source>
        <translation>%1 आइटम %2 में एक्सपोर्ट हुए</translation>
    </message>
</context>
<context>
    <name>RoadmapEdits</name>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; पर टिक करें</translation>
    </message>
    <message>
        <source>Untick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; से टिक हटाएँ</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;</source>
        <translation>&quot;%1&quot; शुरू करें</translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>&quot;%1&quot; छोड़ें</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <translation>&quot;%1&quot; का नाम बदलें</translation>
    </message>
    <message>
        <source>Edit the notes of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; के नोट्स संपादित करें</translation>
    </message>
    <message>
        <source>Change the dates of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; की तारीखें बदलें</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>&quot;%1&quot; हटाएँ</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>&quot;%1&quot; जोड़ें</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>&quot;%1&quot; को खिसकाएँ</translation>
    </message>
</context>
<context>
    <name>RoadmapImportDialog</name>
    <message>
        <source>Import Roadmap — %1</source>
        <translation>रोडमैप इम्पोर्ट करें — %1</translation>
    </message>
    <message>
        <source>&amp;Re-import over the current plan — keep my ticks and notes</source>
        <translation>मौजूदा प्लान पर दोबारा इम्पोर्ट करें — मेरे टिक और नोट्स रखें(&amp;R)</translation>
    </message>
    <message>
        <source>Start a &amp;new plan from this file</source>
        <translation>इस फ़ाइल से नया प्लान शुरू करें(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing beyond headings and checklist items.</source>
        <translation>हेडिंग और चेकलिस्ट आइटम के अलावा कुछ नहीं।</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>पहचाना गया</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>कैसे इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तारीखें</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>जारी रखता है</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>खिसकाया गया</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>नाम बदला</translation>
    </message>
    <message>
        <source>Keeps the ticks, notes, dates and status of &quot;%1&quot;. Right-click to import it as new instead.</source>
        <translation>&quot;%1&quot; के टिक, नोट्स, तारीखें और स्थिति रखता है। इसके बजाय नए के रूप में इम्पोर्ट करने के लिए राइट-क्लिक करें।</translation>
    </message>
    <message>
        <source>. Nodes are matched by heading path and title, and renamed or moved ones by their content (the Continues column). Undo (Ctrl+Z) takes the import back.</source>
        <translation>। नोड हेडिंग पाथ और नाम से मिलाए जाते हैं, और जिनका नाम बदला या जो खिसकाए गए, वे अपने कंटेंट से (जारी रखता है कॉलम)। Ctrl+Z से इम्पोर्ट वापस लिया जा सकता है।</translation>
    </message>
    <message>
        <source>The current plan is replaced; problems, applications and skills stay. Undo (Ctrl+Z) takes the import back.</source>
        <translation>मौजूदा प्लान बदल दिया जाएगा; प्रॉब्लम, आवेदन और स्किल्स बने रहेंगे। Ctrl+Z से इम्पोर्ट वापस लिया जा सकता है।</translation>
    </message>
    <message>
        <source>Match Again by Content</source>
        <translation>कंटेंट से फिर मिलाएँ</translation>
    </message>
    <message>
        <source>Import as New (do not continue &quot;%1&quot;)</source>
        <translation>नए के रूप में इम्पोर्ट करें (&quot;%1&quot; को जारी न रखें)</translation>
    </message>
    <message>
        <source>Continue a Different Node…</source>
        <translation>किसी दूसरे नोड को जारी रखें…</translation>
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
    <message>
        <source>In progress</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
</context>
<context>
    <name>SalaryBand</name>
    <message>
        <source>%1–%2 LPA</source>
        <translation>%1–%2 LPA</translation>
    </message>
</context>
<context>
    <name>SetSkillLevelCommand</name>
    <message>
        <source>Set %1 to level %2</source>
        <translation>%1 को लेवल %2 पर सेट करें</translation>
    </message>
</context>
<context>
    <name>SetSkillTargetCommand</name>
    <message>
        <source>Change the target of %1</source>
        <translation>%1 का लक्ष्य बदलें</translation>
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
    <message>
        <source>Reminders</source>
        <translation>रिमाइंडर</translation>
    </message>
    <message>
        <source>%1 at</source>
        <translation>%1 का समय</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 का दिन</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>शांत समय(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>शांत समय की शुरुआत</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>शांत समय का अंत</translation>
    </message>
    <message>
        <source>until</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Reminders due in quiet hours come when they end; missed reminders come once, together.</source>
        <translation>शांत समय में आने वाले रिमाइंडर उसके खत्म होने पर आते हैं; छूटे हुए रिमाइंडर एक बार, एक साथ आते हैं।</translation>
    </message>
    <message>
        <source>Tray and start-up</source>
        <translation>ट्रे और स्टार्ट-अप</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the planner in the tray</source>
        <translation>विंडो बंद करने पर प्लानर ट्रे में चलता रहे(&amp;C)</translation>
    </message>
    <message>
        <source>This desktop has no system tray (some Linux desktops leave it out, or need an extension for it), so reminders appear in a bar at the top of the window and its taskbar entry asks for attention. Keep the window open or minimised to get them.</source>
        <translation>इस डेस्कटॉप में सिस्टम ट्रे नहीं है (कुछ Linux डेस्कटॉप में यह नहीं होती, या इसके लिए एक्सटेंशन चाहिए), इसलिए रिमाइंडर विंडो के ऊपर एक पट्टी में दिखते हैं और टास्कबार में इसकी एंट्री ध्यान खींचती है। रिमाइंडर पाने के लिए विंडो खुली या मिनिमाइज़ रखें।</translation>
    </message>
    <message>
        <source>Start Roadmap Planner when I &amp;log in</source>
        <translation>लॉग-इन करने पर रोडमैप प्लानर शुरू करें(&amp;L)</translation>
    </message>
    <message>
        <source>Change reminders</source>
        <translation>रिमाइंडर बदलें</translation>
    </message>
    <message>
        <source>Start at Log-in</source>
        <translation>लॉग-इन पर शुरू करें</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>this planner window takes no commands</source>
        <translation>यह प्लानर विंडो कोई कमांड नहीं लेती</translation>
    </message>
    <message>
        <source>the planner window holding %1 did not answer</source>
        <translation>%1 वाली प्लानर विंडो ने जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>the planner window holding %1 answered in a protocol this command does not speak</source>
        <translation>%1 वाली प्लानर विंडो ने ऐसे प्रोटोकॉल में जवाब दिया जिसे यह कमांड नहीं समझती</translation>
    </message>
    <message>
        <source>could not listen on the local socket %1</source>
        <translation>स्थानीय सॉकेट %1 खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>cannot reach the planner window holding %1: %2</source>
        <translation>%1 वाली प्लानर विंडो तक नहीं पहुँच सके: %2</translation>
    </message>
    <message>
        <source>the planner window holding %1 does not answer</source>
        <translation>%1 वाली प्लानर विंडो जवाब नहीं दे रही</translation>
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
    <name>SkillBarDelegate</name>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>कोई लक्ष्य नहीं</translation>
    </message>
</context>
<context>
    <name>SkillCategory</name>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>बैकएंड</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>DevOps/Cloud</source>
        <translation>DevOps/क्लाउड</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>CS fundamentals</source>
        <translation>CS फ़ंडामेंटल्स</translation>
    </message>
</context>
<context>
    <name>SkillEvidencePanel</name>
    <message>
        <source>Unlink</source>
        <translation>लिंक हटाएँ</translation>
    </message>
    <message>
        <source>Roadmap items linked to the skill</source>
        <translation>स्किल से लिंक किए गए रोडमैप आइटम</translation>
    </message>
    <message>
        <source>Link the roadmap items whose text names this skill</source>
        <translation>वे रोडमैप आइटम लिंक करें जिनके टेक्स्ट में इस स्किल का नाम है</translation>
    </message>
    <message>
        <source>Unlink the selected items from this skill</source>
        <translation>चुने गए आइटम का इस स्किल से लिंक हटाएँ</translation>
    </message>
    <message>
        <source>Link matching items</source>
        <translation>मैचिंग आइटम लिंक करें</translation>
    </message>
    <message>
        <source>Accept suggested level</source>
        <translation>सुझाया गया लेवल अपनाएँ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>प्रमाण</translation>
    </message>
    <message>
        <source>Select a skill to see the roadmap items and DSA practice behind it.</source>
        <translation>किसी स्किल को चुनें, उसके पीछे के रोडमैप आइटम और DSA प्रैक्टिस देखने के लिए।</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 के प्रमाण</translation>
    </message>
    <message>
        <source>No roadmap items linked yet.</source>
        <translation>अभी कोई रोडमैप आइटम लिंक नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n linked item(s) done.</source>
        <translation>
            <numerusform>%n लिंक किए गए आइटम में से %1 पूरे।</numerusform>
            <numerusform>%n लिंक किए गए आइटम में से %1 पूरे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSA log: %1 of %n target problem(s) solved.</source>
        <translation>
            <numerusform>DSA लॉग: %n लक्ष्य प्रॉब्लम में से %1 हल।</numerusform>
            <numerusform>DSA लॉग: %n लक्ष्य प्रॉब्लम में से %1 हल।</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested level: %1 of %2 (%3); now %4.</source>
        <translation>सुझाया गया लेवल: %2 में से %1 (%3); अभी %4।</translation>
    </message>
    <message>
        <source>Set level to %1</source>
        <translation>लेवल %1 पर सेट करें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>अभी पूरा नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Link %n matching item(s)</source>
        <translation>
            <numerusform>%n मैचिंग आइटम लिंक करें</numerusform>
            <numerusform>%n मैचिंग आइटम लिंक करें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillHistoryChart</name>
    <message>
        <source>Skill levels over time</source>
        <translation>समय के साथ स्किल लेवल</translation>
    </message>
    <message>
        <source>No level changes yet. Set a skill&apos;s level in the Skills table; every change is kept with its date.</source>
        <translation>अभी तक लेवल में कोई बदलाव नहीं। स्किल्स टेबल में किसी स्किल का लेवल सेट करें; हर बदलाव उसकी तारीख के साथ रखा जाता है।</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Level (cells of %1)</source>
        <translation>लेवल (%1 खानों में)</translation>
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
    <message>
        <source>No target at %1; double-click to set one</source>
        <translation>%1 पर कोई लक्ष्य नहीं; सेट करने के लिए डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>कैटेगरी</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
</context>
<context>
    <name>SkillRadarChart</name>
    <message>
        <source>Average level by category (cells of %1)</source>
        <translation>कैटेगरी के हिसाब से औसत लेवल (%1 खानों में)</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>बिना कैटेगरी</translation>
    </message>
    <message>
        <source>A radar needs skills in at least three categories. Set the category of your skills in the Skills table.</source>
        <translation>रडार के लिए कम से कम तीन कैटेगरी में स्किल्स चाहिए। स्किल्स टेबल में अपनी स्किल्स की कैटेगरी सेट करें।</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>लक्ष्य: %1</translation>
    </message>
</context>
<context>
    <name>SkillTargetsChart</name>
    <message>
        <source>Skill level now and at each milestone</source>
        <translation>स्किल का अभी का लेवल और हर माइलस्टोन पर</translation>
    </message>
    <message>
        <source>No skills yet. Import a plan with a skill-progression block, or add a skill in the Skills tab.</source>
        <translation>अभी कोई स्किल नहीं। स्किल-प्रोग्रेशन ब्लॉक वाला प्लान इम्पोर्ट करें, या स्किल्स टैब में स्किल जोड़ें।</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>लक्ष्य: %1</translation>
    </message>
    <message>
        <source>Level (cells of %1)</source>
        <translation>लेवल (%1 खानों में)</translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <source>Skills against milestone targets</source>
        <translation>माइलस्टोन लक्ष्यों के मुकाबले स्किल्स</translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale.</source>
        <translation>लेवल प्लान के 14-खानों वाले स्केल पर।</translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale · %1</source>
        <translation>लेवल प्लान के 14-खानों वाले स्केल पर · %1</translation>
    </message>
    <message>
        <source>Double-click a level, target, category or note to change it</source>
        <translation>बदलने के लिए किसी लेवल, लक्ष्य, कैटेगरी या नोट पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Delete Skill</source>
        <translation>स्किल हटाएँ</translation>
    </message>
    <message>
        <source>No skills yet.
Import a plan with a skill-progression block to set milestone targets, or press Add Skill.</source>
        <translation>अभी कोई स्किल नहीं।
माइलस्टोन लक्ष्य तय करने के लिए स्किल-प्रोग्रेशन ब्लॉक वाला प्लान इम्पोर्ट करें, या ‘स्किल जोड़ें’ दबाएँ।</translation>
    </message>
    <message>
        <source>&amp;Add Skill…</source>
        <translation>स्किल जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Skill</source>
        <translation>स्किल हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Level &amp;Names…</source>
        <translation>लेवल के नाम(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the levels of the 14-cell scale or move their limits</source>
        <translation>14-खानों वाले स्केल के लेवल के नाम बदलें या उनकी सीमाएँ खिसकाएँ</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>एक्सपोर्ट करें(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>चार्ट(&amp;C):</translation>
    </message>
    <message>
        <source>Add Skill</source>
        <translation>स्किल जोड़ें</translation>
    </message>
    <message>
        <source>Skill name:</source>
        <translation>स्किल का नाम:</translation>
    </message>
    <message>
        <source>There is already a skill named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम की स्किल पहले से है।</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s)</source>
        <translation>
            <numerusform>%n स्किल हटाएँ</numerusform>
            <numerusform>%n स्किल्स हटाएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Level Names</source>
        <translation>लेवल के नाम</translation>
    </message>
    <message>
        <source>Highest level and name of each band of the %1-cell scale, separated by
semicolons; the last band ends at %1. For example:
%2</source>
        <translation>%1-खानों वाले स्केल के हर हिस्से का सबसे ऊँचा लेवल और नाम, सेमीकोलन से
अलग करके; आखिरी हिस्सा %1 पर खत्म होता है। उदाहरण:
%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scale: limits must rise from 1 to %2, each with a name, like %3.</source>
        <translation>&quot;%1&quot; सही स्केल नहीं है: सीमाएँ 1 से %2 तक बढ़नी चाहिए, हर एक के नाम के साथ, जैसे %3।</translation>
    </message>
    <message>
        <source>Rename skill levels</source>
        <translation>स्किल लेवल के नाम बदलें</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skill(s) at target</source>
        <translation>
            <numerusform>%n स्किल में से %1 लक्ष्य पर</numerusform>
            <numerusform>%n स्किल्स में से %1 लक्ष्य पर</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, in %n day(s)</source>
        <translation>
            <numerusform>%1: %2, %n दिन में</numerusform>
            <numerusform>%1: %2, %n दिन में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n day(s) ago</source>
        <translation>
            <numerusform>%1: %2, %n दिन पहले</numerusform>
            <numerusform>%1: %2, %n दिन पहले</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Plan on a calendar</source>
        <translation>कैलेंडर पर प्लान</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 में से %1 पूरे</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>तारीख निकल गई</translation>
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
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>आइटम जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ऊपर ले जाएँ(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>नीचे ले जाएँ(&amp;W)</translation>
    </message>
    <message>
        <source>Mark as &amp;To Do</source>
        <translation>‘करना है’ मार्क करें(&amp;T)</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>‘चल रहा है’ मार्क करें(&amp;I)</translation>
    </message>
    <message>
        <source>Mark as D&amp;one</source>
        <translation>‘पूरा’ मार्क करें(&amp;O)</translation>
    </message>
    <message>
        <source>Mark as &amp;Skipped</source>
        <translation>‘छोड़ा गया’ मार्क करें(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; संपादित करें</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>नया आइटम</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n दिन से बाकी</numerusform>
            <numerusform>%n दिन से बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>आज करना है</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n दिन में</numerusform>
            <numerusform>%n दिन में</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan items for this week</source>
        <translation>इस हफ़्ते के प्लान आइटम</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>बाकी रिव्यू</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>बाकी फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Interviews in the next 48 hours</source>
        <translation>अगले 48 घंटों के इंटरव्यू</translation>
    </message>
    <message>
        <source>Applications today against the daily goal</source>
        <translation>रोज़ के लक्ष्य के मुकाबले आज के आवेदन</translation>
    </message>
    <message>
        <source>Select a review and press 1 Again · 2 Hard · 3 Good · 4 Easy. Enter opens it.</source>
        <translation>कोई रिव्यू चुनें और दबाएँ: 1 फिर से · 2 कठिन · 3 ठीक · 4 आसान। Enter से वह खुलता है।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 plan items done</source>
        <translation>%L2 में से %L1 प्लान आइटम पूरे</translation>
    </message>
    <message numerus="yes">
        <source>DSA streak: %n day(s)</source>
        <translation>
            <numerusform>DSA स्ट्रीक: %n दिन</numerusform>
            <numerusform>DSA स्ट्रीक: %n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSA streak: %n day(s) — practise today to keep it</source>
        <translation>
            <numerusform>DSA स्ट्रीक: %n दिन — इसे बनाए रखने के लिए आज प्रैक्टिस करें</numerusform>
            <numerusform>DSA स्ट्रीक: %n दिन — इसे बनाए रखने के लिए आज प्रैक्टिस करें</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — the plan&apos;s action items</source>
        <translation>इस हफ़्ते — प्लान के काम</translation>
    </message>
    <message numerus="yes">
        <source>This week in the plan (%n open)</source>
        <translation>
            <numerusform>प्लान में इस हफ़्ते (%n बाकी)</numerusform>
            <numerusform>प्लान में इस हफ़्ते (%n बाकी)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open for this week. Well done!</source>
        <translation>इस हफ़्ते का कोई काम बाकी नहीं। शाबाश!</translation>
    </message>
    <message numerus="yes">
        <source>Reviews due (%n)</source>
        <translation>
            <numerusform>बाकी रिव्यू (%n)</numerusform>
            <numerusform>बाकी रिव्यू (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due. Solved problems come back after 1, 3, 7, 14 and 30 days.</source>
        <translation>कोई रिव्यू बाकी नहीं। हल किए गए प्रॉब्लम 1, 3, 7, 14 और 30 दिन बाद वापस आते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Applications today: %1 of %2–%3 · %n to go</source>
        <translation>
            <numerusform>आज के आवेदन: %2–%3 में से %1 · %n बाकी</numerusform>
            <numerusform>आज के आवेदन: %2–%3 में से %1 · %n बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications today: %1 of %2–%3 · goal met</source>
        <translation>आज के आवेदन: %2–%3 में से %1 · लक्ष्य पूरा</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>बाकी फ़ॉलो-अप (%n)</numerusform>
            <numerusform>बाकी फ़ॉलो-अप (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>कोई फ़ॉलो-अप बाकी नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Interviews in the next 48 hours (%n)</source>
        <translation>
            <numerusform>अगले 48 घंटों के इंटरव्यू (%n)</numerusform>
            <numerusform>अगले 48 घंटों के इंटरव्यू (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>%1 — %2 · %3, %4</source>
        <translation>%1 — %2 · %3, %4</translation>
    </message>
    <message>
        <source>No interviews in the next 48 hours.</source>
        <translation>अगले 48 घंटों में कोई इंटरव्यू नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the Timeline</source>
        <translation>
            <numerusform>… और %n बाकी: टाइमलाइन खोलें</numerusform>
            <numerusform>… और %n बाकी: टाइमलाइन खोलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the DSA log</source>
        <translation>
            <numerusform>… और %n बाकी: DSA लॉग खोलें</numerusform>
            <numerusform>… और %n बाकी: DSA लॉग खोलें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open Applications</source>
        <translation>
            <numerusform>… और %n बाकी: आवेदन खोलें</numerusform>
            <numerusform>… और %n बाकी: आवेदन खोलें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicMergeAction</name>
    <message>
        <source>&amp;Merge into…</source>
        <translation>इसमें मिलाएँ(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the selected topics into one; the other names become its aliases</source>
        <translation>चुने गए टॉपिक को एक में मिलाएँ; बाकी नाम उसके उपनाम बन जाते हैं</translation>
    </message>
    <message>
        <source>Merge topics</source>
        <translation>टॉपिक मिलाएँ</translation>
    </message>
    <message>
        <source>&amp;Keep this topic:</source>
        <translation>यह टॉपिक रखें(&amp;K):</translation>
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
    <message>
        <source>Also called: %1</source>
        <translation>दूसरे नाम: %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Roadmap Planner</source>
        <translation>रोडमैप प्लानर</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>विंडो छिपाएँ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>विंडो दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;Problem…</source>
        <translation>प्रॉब्लम जोड़ें(&amp;P)…</translation>
    </message>
    <message>
        <source>Add an &amp;Application…</source>
        <translation>आवेदन जोड़ें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Summary</source>
        <translation>आज का सारांश(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;nooze All for an Hour</source>
        <translation>सभी को एक घंटे के लिए स्नूज़ करें(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>Roadmap Planner is still running</source>
        <translation>रोडमैप प्लानर अभी चल रहा है</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. To quit, use Quit in the tray menu; Settings can turn this off.</source>
        <translation>रिमाइंडर ट्रे से आते रहेंगे। बाहर निकलने के लिए ट्रे मेन्यू में ‘बाहर निकलें’ चुनें; सेटिंग्स में इसे बंद किया जा सकता है।</translation>
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
        <source>The planner could not open its database.</source>
        <translation>प्लानर अपना डेटाबेस नहीं खोल सका।</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Choose another file with --database.</source>
        <translation>%1

कुछ भी बदला नहीं गया। --database से दूसरी फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. A backup from %2 exists: restoring it keeps the damaged file beside it.</source>
        <translation>%1

कुछ भी बदला नहीं गया। %2 का एक बैकअप मौजूद है: उसे वापस लाने पर खराब फ़ाइल उसके साथ ही रखी रहेगी।</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <source>Roadmap Planner is already open on %1, but that window does not answer.</source>
        <translation>रोडमैप प्लानर %1 पर पहले से खुला है, लेकिन वह विंडो जवाब नहीं दे रही।</translation>
    </message>
    <message>
        <source>%1: could not create the folder</source>
        <translation>%1: फ़ोल्डर नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>Wrote %1 screenshots to %2</source>
        <translation>%2 में %1 स्क्रीनशॉट लिखे गए</translation>
    </message>
</context>
</TS>
