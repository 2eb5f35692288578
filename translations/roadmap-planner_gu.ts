<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="gu_IN">
<context>
    <name>ActivityHeatmap</name>
    <message>
        <source>DSA practice per day over the last year</source>
        <translation>છેલ્લા એક વર્ષમાં રોજની DSA પ્રેક્ટિસ</translation>
    </message>
    <message>
        <source>DSA practice per day, last 12 months (attempts)</source>
        <translation>રોજની DSA પ્રેક્ટિસ, છેલ્લા 12 મહિના (પ્રયાસ)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in the last 12 months</source>
        <translation>
            <numerusform>છેલ્લા 12 મહિનામાં %n પ્રયાસ</numerusform>
            <numerusform>છેલ્લા 12 મહિનામાં %n પ્રયાસ</numerusform>
        </translation>
    </message>
    <message>
        <source>Less</source>
        <translation>ઓછું</translation>
    </message>
    <message>
        <source>More</source>
        <translation>વધુ</translation>
    </message>
</context>
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
    <name>AddSkillCommand</name>
    <message>
        <source>Add skill %1</source>
        <translation>સ્કિલ %1 ઉમેરો</translation>
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
    <message>
        <source>Service</source>
        <translation>સર્વિસ</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>સ્ટાર્ટઅપ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>પ્રૉડક્ટ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>અન્ય</translation>
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
        <translation>%1 ખોલો</translation>
    </message>
    <message>
        <source>Collapse %1</source>
        <translation>%1 સંકેલો</translation>
    </message>
</context>
<context>
    <name>ApplicationCardDelegate</name>
    <message numerus="yes">
        <source>Follow-up %n day(s) overdue</source>
        <translation>
            <numerusform>ફૉલો-અપ %n દિવસથી બાકી</numerusform>
            <numerusform>ફૉલો-અપ %n દિવસથી બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up today</source>
        <translation>આજે ફૉલો-અપ કરો</translation>
    </message>
    <message numerus="yes">
        <source>Follow up in %n day(s)</source>
        <translation>
            <numerusform>%n દિવસમાં ફૉલો-અપ</numerusform>
            <numerusform>%n દિવસમાં ફૉલો-અપ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d in stage</source>
        <translation>
            <numerusform>તબક્કામાં %n દિ.</numerusform>
            <numerusform>તબક્કામાં %n દિ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>ફૉલો-અપ</translation>
    </message>
</context>
<context>
    <name>ApplicationCsvCommands</name>
    <message>
        <source>%1: columns</source>
        <translation>%1: કૉલમ</translation>
    </message>
    <message>
        <source>(%1 export)</source>
        <translation>(%1 એક્સપોર્ટ)</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(છોડ્યું)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) cannot be imported (--skip-bad-rows imports the others)</source>
        <translation>
            <numerusform>%1: કંઈ ઇમ્પોર્ટ થયું નથી: %n રો ઇમ્પોર્ટ થઈ શકે તેમ નથી (--skip-bad-rows બાકીની રો ઇમ્પોર્ટ કરે છે)</numerusform>
            <numerusform>%1: કંઈ ઇમ્પોર્ટ થયું નથી: %n રો ઇમ્પોર્ટ થઈ શકે તેમ નથી (--skip-bad-rows બાકીની રો ઇમ્પોર્ટ કરે છે)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing imported: %2</source>
        <translation>%1: કંઈ ઇમ્પોર્ટ થયું નથી: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n application(s)</source>
        <translation>
            <numerusform>%1: %n અરજી ઇમ્પોર્ટ કરી</numerusform>
            <numerusform>%1: %n અરજી ઇમ્પોર્ટ કરી</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped bad lines %1</source>
        <translation>છોડેલી ખરાબ લાઇન %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n application(s)</source>
        <translation>
            <numerusform>%1: %n અરજી એક્સપોર્ટ કરી</numerusform>
            <numerusform>%1: %n અરજી એક્સપોર્ટ કરી</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ચેતવણી: %1</translation>
    </message>
    <message>
        <source>%1: %2 to import, %3 cannot be imported, %4 skipped, %5 warning(s); nothing was written</source>
        <translation>%1: %2 ઇમ્પોર્ટ થશે, %3 ઇમ્પોર્ટ થઈ શકે તેમ નથી, %4 છોડ્યા, %5 ચેતવણી; કંઈ લખાયું નથી</translation>
    </message>
    <message>
        <source>%1: nothing imported: every row has a problem (see above)</source>
        <translation>%1: કંઈ ઇમ્પોર્ટ થયું નથી: દરેક રોમાં સમસ્યા છે (ઉપર જુઓ)</translation>
    </message>
</context>
<context>
    <name>ApplicationCsvImporter</name>
    <message>
        <source>the file has no header row</source>
        <translation>ફાઇલમાં હેડર રો નથી</translation>
    </message>
    <message>
        <source>line %1: the header row is malformed: %2</source>
        <translation>લાઇન %1: હેડર રો ખોટી રીતે બનેલી છે: %2</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>ખાલી રો</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>કંપની નથી</translation>
    </message>
    <message>
        <source>already in the planner (%1 — %2)</source>
        <translation>પહેલેથી પ્લાનરમાં છે (%1 — %2)</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(રોલ નથી)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(તારીખ નથી)</translation>
    </message>
    <message>
        <source>%1 LPA</source>
        <translation>%1 LPA</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>રિમોટ</translation>
    </message>
    <message>
        <source>no column names the company (expected a header such as Company, Employer, Company Name or Name)</source>
        <translation>કોઈ કૉલમમાં કંપનીનું નામ નથી (Company, Employer, Company Name અથવા Name જેવું હેડર અપેક્ષિત હતું)</translation>
    </message>
    <message>
        <source>%1; the text was read as written</source>
        <translation>%1; ટેક્સ્ટ જેમ લખ્યું છે તેમ વાંચ્યું</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 (is a comma missing its quotes?); the extra text is kept in the notes</source>
        <translation>%1 ફીલ્ડ છે, પણ હેડરમાં %2 છે (કોઈ અલ્પવિરામની quote ખૂટે છે?); વધારાનું ટેક્સ્ટ નોંધમાં રખાયું છે</translation>
    </message>
    <message>
        <source>Extra fields: %1</source>
        <translation>વધારાનાં ફીલ્ડ: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds several dates; the first is used and the text is kept in the notes</source>
        <translation>&quot;%1&quot; માં ઘણી તારીખો છે; પહેલી વપરાઈ છે અને ટેક્સ્ટ નોંધમાં રખાયું છે</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date; imported without it, the text is kept in the notes</source>
        <translation>&quot;%1&quot; ને તારીખ તરીકે વાંચી શકાતું નથી; તેના વિના ઇમ્પોર્ટ કર્યું, ટેક્સ્ટ નોંધમાં રખાયું છે</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a salary in LPA; the text is kept in the notes</source>
        <translation>&quot;%1&quot; ને LPA માં પગાર તરીકે વાંચી શકાતું નથી; ટેક્સ્ટ નોંધમાં રખાયું છે</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a stage and a date; the text is kept in the notes</source>
        <translation>&quot;%1&quot; ને તબક્કો અને તારીખ તરીકે વાંચી શકાતું નથી; ટેક્સ્ટ નોંધમાં રખાયું છે</translation>
    </message>
    <message>
        <source>no year; %1 is taken from the neighbouring rows</source>
        <translation>વર્ષ નથી; %1 આજુબાજુની રો પરથી લીધું છે</translation>
    </message>
    <message>
        <source>no year; %1 is taken from today</source>
        <translation>વર્ષ નથી; %1 આજની તારીખ પરથી લીધું છે</translation>
    </message>
    <message>
        <source>cannot tell which stage &quot;%1&quot; means; imported as applied, the text is kept in the notes</source>
        <translation>&quot;%1&quot; કયો તબક્કો છે તે સમજાતું નથી; &quot;અરજી કરી&quot; તરીકે ઇમ્પોર્ટ કર્યું, ટેક્સ્ટ નોંધમાં રખાયું છે</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same company, role and date)</source>
        <translation>લાઇન %1 નું ડુપ્લિકેટ (એ જ કંપની, રોલ અને તારીખ)</translation>
    </message>
    <message>
        <source>a similar role (%1) at %2 on the same day is on line %3; both are imported</source>
        <translation>%2 માં એ જ દિવસનો મળતો રોલ (%1) લાઇન %3 પર છે; બંને ઇમ્પોર્ટ થશે</translation>
    </message>
</context>
<context>
    <name>ApplicationCsvMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(અવગણો)</translation>
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
        <source>Applied on</source>
        <translation>અરજી કર્યાની તારીખ</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>બનાવ્યાની તારીખ</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>જૉબ લિંક</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>સ્રોત</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>સ્થળ</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>રિમોટ</translation>
    </message>
    <message>
        <source>Company type</source>
        <translation>કંપનીનો પ્રકાર</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>નોંધ</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>જૉબ ડિસ્ક્રિપ્શન</translation>
    </message>
    <message>
        <source>Skills asked</source>
        <translation>માગેલી સ્કિલ્સ</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>ફૉલો-અપની તારીખ</translation>
    </message>
    <message>
        <source>Salary advertised (LPA)</source>
        <translation>જાહેર કરેલો પગાર (LPA)</translation>
    </message>
    <message>
        <source>Salary expected (LPA)</source>
        <translation>અપેક્ષિત પગાર (LPA)</translation>
    </message>
    <message>
        <source>Salary offered (LPA)</source>
        <translation>ઑફર થયેલો પગાર (LPA)</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>તબક્કાનો ઇતિહાસ</translation>
    </message>
    <message>
        <source>Stage reached (yes/no)</source>
        <translation>તબક્કે પહોંચી (હા/ના)</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>not set</source>
        <translation>સેટ નથી</translation>
    </message>
    <message>
        <source> LPA</source>
        <translation> LPA</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>આપેલું નથી</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>અરજી</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>વિગતો(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Salary and offer</source>
        <translation>પગાર અને ઑફર(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>સંપર્કો(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>ઇન્ટરવ્યૂ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ઇતિહાસ(&amp;H)</translation>
    </message>
    <message>
        <source>A company is needed</source>
        <translation>કંપની જરૂરી છે</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>રિમોટ</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Leave unset to follow up the set number of days after applying.</source>
        <translation>અરજી કર્યા પછી નક્કી કરેલા દિવસે ફૉલો-અપ કરવા માટે ખાલી રાખો.</translation>
    </message>
    <message>
        <source>Python, Django, SQL</source>
        <translation>Python, Django, SQL</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>કંપની(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>રોલ(&amp;R):</translation>
    </message>
    <message>
        <source>Company &amp;type:</source>
        <translation>કંપનીનો પ્રકાર(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>સ્રોત(&amp;O):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>તબક્કો(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>સ્થળ(&amp;L):</translation>
    </message>
    <message>
        <source>Job &amp;link:</source>
        <translation>જૉબ લિંક(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>અરજી કર્યાની તારીખ(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>ફૉલો-અપની તારીખ(&amp;F):</translation>
    </message>
    <message>
        <source>S&amp;kills asked:</source>
        <translation>માગેલી સ્કિલ્સ(&amp;K):</translation>
    </message>
    <message>
        <source>Job &amp;description:</source>
        <translation>જૉબ ડિસ્ક્રિપ્શન(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>નોંધ(&amp;N):</translation>
    </message>
    <message>
        <source>Ad&amp;vertised:</source>
        <translation>જાહેર કરેલો(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>અપેક્ષિત(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Offered:</source>
        <translation>ઑફર થયેલો(&amp;O):</translation>
    </message>
    <message>
        <source>Plan&apos;s band:</source>
        <translation>પ્લાનનું બૅન્ડ:</translation>
    </message>
    <message>
        <source>No band for this company type; choose service, startup or product.</source>
        <translation>આ કંપની પ્રકાર માટે કોઈ બૅન્ડ નથી; સર્વિસ, સ્ટાર્ટઅપ કે પ્રૉડક્ટ પસંદ કરો.</translation>
    </message>
    <message>
        <source>below the band</source>
        <translation>બૅન્ડથી નીચે</translation>
    </message>
    <message>
        <source>within the band</source>
        <translation>બૅન્ડની અંદર</translation>
    </message>
    <message>
        <source>above the band</source>
        <translation>બૅન્ડથી ઉપર</translation>
    </message>
    <message>
        <source>%1 for %2 companies</source>
        <translation>%2 કંપનીઓ માટે %1</translation>
    </message>
    <message>
        <source>the offer is %1</source>
        <translation>ઑફર %1 છે</translation>
    </message>
    <message>
        <source>your expectation is %1</source>
        <translation>તમારી અપેક્ષા %1 છે</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>નામ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>રોલ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ઇમેઇલ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ફોન</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>સંપર્ક ઉમેરો</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>કાઢો</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>પ્રકાર</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>તારીખ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>પરિણામ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>નોંધ</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>નબળા ટૉપિક</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>રાઉન્ડ ઉમેરો</translation>
    </message>
    <message>
        <source>%1 · added in %2</source>
        <translation>%1 · %2 માં ઉમેરી</translation>
    </message>
    <message>
        <source>%1 · %2 → %3</source>
        <translation>%1 · %2 → %3</translation>
    </message>
    <message>
        <source>No stage changes yet.</source>
        <translation>હજી તબક્કામાં કોઈ ફેરફાર નથી.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>સમય</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>સમય નથી</translation>
    </message>
</context>
<context>
    <name>ApplicationFunnelChart</name>
    <message>
        <source>Application funnel: applications that reached each stage</source>
        <translation>અરજી ફનલ: દરેક તબક્કે પહોંચેલી અરજીઓ</translation>
    </message>
    <message>
        <source>No applications sent yet. Add one in the Applications tab (Ctrl+N) and the funnel fills in.</source>
        <translation>હજી કોઈ અરજી મોકલી નથી. અરજીઓ ટૅબમાં એક ઉમેરો (Ctrl+N) એટલે ફનલ ભરાવા લાગશે.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>અરજીઓ</translation>
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
        <translation>અરજીઓ ઇમ્પોર્ટ કરો</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ફાઇલમાંની કૉલમ</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>આ તરીકે ઇમ્પોર્ટ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>લાઇન</translation>
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
        <source>Applied</source>
        <translation>અરજી તારીખ</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>શું થશે</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>કૉલમ %1 માટે ફીલ્ડ</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>ઇમ્પોર્ટ થશે</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>છોડી દેવાશે: %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ઇમ્પોર્ટ થઈ શકે તેમ નથી: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) to import</source>
        <translation>
            <numerusform>%1: ઇમ્પોર્ટ માટે %n રો</numerusform>
            <numerusform>%1: ઇમ્પોર્ટ માટે %n રો</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (in orange below)</source>
        <translation>
            <numerusform>%n રો ઇમ્પોર્ટ થઈ શકે તેમ નથી (નીચે નારંગી રંગમાં)</numerusform>
            <numerusform>%n રો ઇમ્પોર્ટ થઈ શકે તેમ નથી (નીચે નારંગી રંગમાં)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out as duplicates or empty</source>
        <translation>
            <numerusform>%n ડુપ્લિકેટ કે ખાલી હોવાથી છોડી દેવાશે</numerusform>
            <numerusform>%n ડુપ્લિકેટ કે ખાલી હોવાથી છોડી દેવાશે</numerusform>
        </translation>
    </message>
    <message>
        <source>recognised as a %1 export</source>
        <translation>%1 એક્સપોર્ટ તરીકે ઓળખાયું</translation>
    </message>
    <message>
        <source>%L1 LPA</source>
        <translation>%L1 LPA</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>રિમોટ</translation>
    </message>
    <message numerus="yes">
        <source>%n stage event(s)</source>
        <translation>
            <numerusform>%n તબક્કા ઇવેન્ટ</numerusform>
            <numerusform>%n તબક્કા ઇવેન્ટ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): values kept in notes or guessed</source>
        <translation>
            <numerusform>%n ચેતવણી: મૂલ્યો નોંધમાં રાખ્યાં અથવા અનુમાનથી ભર્યાં</numerusform>
            <numerusform>%n ચેતવણી: મૂલ્યો નોંધમાં રાખ્યાં અથવા અનુમાનથી ભર્યાં</numerusform>
        </translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>પગાર</translation>
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
    <message>
        <source>Remote</source>
        <translation>રિમોટ</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (રિમોટ)</translation>
    </message>
    <message>
        <source>%1 LPA</source>
        <translation>%1 LPA</translation>
    </message>
    <message>
        <source>%1 LPA expected</source>
        <translation>અપેક્ષિત %1 LPA</translation>
    </message>
    <message>
        <source>below band</source>
        <translation>બૅન્ડથી નીચે</translation>
    </message>
    <message>
        <source>in band</source>
        <translation>બૅન્ડમાં</translation>
    </message>
    <message>
        <source>above band</source>
        <translation>બૅન્ડથી ઉપર</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>પ્રકાર</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>સ્થળ</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>તબક્કામાં દિવસ</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>પગાર</translation>
    </message>
</context>
<context>
    <name>ApplicationQuickAdd</name>
    <message>
        <source>&quot;%1&quot;: at most three fields, company | role | source</source>
        <translation>&quot;%1&quot;: વધુમાં વધુ ત્રણ ફીલ્ડ, company | role | source</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the company is missing; write company | role | source</source>
        <translation>&quot;%1&quot;: કંપની ખૂટે છે; company | role | source લખો</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the role is missing; write company | role | source</source>
        <translation>&quot;%1&quot;: રોલ ખૂટે છે; company | role | source લખો</translation>
    </message>
</context>
<context>
    <name>ApplicationQuickAddBar</name>
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
        <source>Source</source>
        <translation>સ્રોત</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ઉમેરો</translation>
    </message>
    <message>
        <source>Already applied: %1 — %2 on %3 (%4). Enter adds it again.</source>
        <translation>પહેલેથી અરજી કરી છે: %1 — %2, %3 ના રોજ (%4). Enter દબાવવાથી ફરી ઉમેરાશે.</translation>
    </message>
    <message>
        <source>Type both the company and the role.</source>
        <translation>કંપની અને રોલ બંને લખો.</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsDialog</name>
    <message>
        <source>Application Settings</source>
        <translation>અરજી સેટિંગ્સ</translation>
    </message>
    <message>
        <source>One source per line, in the order the quick-add list shows them.</source>
        <translation>દરેક લાઇનમાં એક સ્રોત, ઝડપથી ઉમેરો લિસ્ટમાં જે ક્રમમાં દેખાય તે ક્રમમાં.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> દિવસ</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>સ્રોત(&amp;S):</translation>
    </message>
    <message>
        <source>Daily &amp;goal (min, max):</source>
        <translation>રોજનું લક્ષ્ય (ઓછામાં ઓછું, વધુમાં વધુ)(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation>ફૉલો-અપ આટલા દિવસ પછી(&amp;F):</translation>
    </message>
    <message>
        <source>Expected salary range in LPA, for example 6-12.</source>
        <translation>LPA માં અપેક્ષિત પગારની રેન્જ, દા.ત. 6-12.</translation>
    </message>
    <message>
        <source>%1 band (LPA):</source>
        <translation>%1 બૅન્ડ (LPA):</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ઉપર ખસેડો(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>નીચે ખસેડો(&amp;D)</translation>
    </message>
    <message>
        <source>Stage &amp;order:</source>
        <translation>તબક્કાઓનો ક્રમ(&amp;O):</translation>
    </message>
</context>
<context>
    <name>ApplicationsOverview</name>
    <message>
        <source>Applications today against the daily goal</source>
        <translation>આજની અરજીઓ વિરુદ્ધ રોજનું લક્ષ્ય</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>તારીખ વીતી ગયેલાં ફૉલો-અપ</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>રોજનું લક્ષ્ય</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ફનલ</translation>
    </message>
    <message>
        <source>Today: %1 of %2–%3 applications</source>
        <translation>આજે: %2–%3 માંથી %1 અરજીઓ</translation>
    </message>
    <message>
        <source>Follow-ups overdue (%1)</source>
        <translation>તારીખ વીતી ગયેલાં ફૉલો-અપ (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %n day(s) overdue</source>
        <translation>
            <numerusform>%1 — %2 · %n દિવસથી બાકી</numerusform>
            <numerusform>%1 — %2 · %n દિવસથી બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chase. Applications with no reply appear here.</source>
        <translation>ફૉલો-અપ કરવાનું કંઈ બાકી નથી. જવાબ ન મળ્યો હોય તેવી અરજીઓ અહીં દેખાય છે.</translation>
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
        <translation> · મીડિયન %1 દિ.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>બંધ: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>છેલ્લા 7 દિવસ</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on %1 of the last %n day(s); streak %2.</source>
        <translation>
            <numerusform>છેલ્લા %n દિવસમાંથી %1 દિવસ લક્ષ્ય પૂરું; સળંગ %2.</numerusform>
            <numerusform>છેલ્લા %n દિવસમાંથી %1 દિવસ લક્ષ્ય પૂરું; સળંગ %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>Search applications</source>
        <translation>અરજીઓ શોધો</translation>
    </message>
    <message>
        <source>Quick add</source>
        <translation>ઝડપથી ઉમેરો</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>ફૉલો-અપની તારીખ વીતી ગઈ</translation>
    </message>
    <message>
        <source>No applications yet.
Type a company and a role above and press Enter (Ctrl+N jumps there), or import a CSV file from your tracker.</source>
        <translation>હજી કોઈ અરજી નથી.
ઉપર કંપની અને રોલ લખો અને Enter દબાવો (Ctrl+N થી સીધા ત્યાં પહોંચો), અથવા તમારા ટ્રૅકરમાંથી CSV ફાઇલ ઇમ્પોર્ટ કરો.</translation>
    </message>
    <message>
        <source>Search company, role, location, notes</source>
        <translation>કંપની, રોલ, સ્થળ, નોંધ શોધો</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>સ્રોત પ્રમાણે ફિલ્ટર કરો</translation>
    </message>
    <message>
        <source>Filter by company type</source>
        <translation>કંપનીના પ્રકાર પ્રમાણે ફિલ્ટર કરો</translation>
    </message>
    <message>
        <source>All company types</source>
        <translation>બધા કંપની પ્રકાર</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>તબક્કા પ્રમાણે ફિલ્ટર કરો</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>બોર્ડ</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ટેબલ</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>ખોલો…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>આમાં ખસેડો</translation>
    </message>
    <message>
        <source>Set type</source>
        <translation>પ્રકાર સેટ કરો</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>કાઢી નાખો</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Import Applications…</source>
        <translation>અરજીઓ ઇમ્પોર્ટ કરો(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Applications…</source>
        <translation>અરજીઓ એક્સપોર્ટ કરો(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Stage &amp;History…</source>
        <translation>તબક્કાનો ઇતિહાસ એક્સપોર્ટ કરો(&amp;H)…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>સેટિંગ્સ…</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>બધા સ્રોત</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>બધા તબક્કા</translation>
    </message>
    <message numerus="yes">
        <source>Set %n application(s) to %1</source>
        <translation>
            <numerusform>%n અરજી %1 પર સેટ કરો</numerusform>
            <numerusform>%n અરજી %1 પર સેટ કરો</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 માં ફેરફાર કરો</translation>
    </message>
    <message>
        <source>Change application settings</source>
        <translation>અરજી સેટિંગ્સ બદલો</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>અરજીઓ ઇમ્પોર્ટ કરો</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ફાઇલો (*.csv *.txt);;બધી ફાઇલો (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>%n અરજી ઇમ્પોર્ટ કરો</numerusform>
            <numerusform>%n અરજી ઇમ્પોર્ટ કરો</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Stage History</source>
        <translation>તબક્કાનો ઇતિહાસ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>Export Applications</source>
        <translation>અરજીઓ એક્સપોર્ટ કરો</translation>
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
        <translation>CSV ફાઇલો (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>એક્સપોર્ટ</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1.</source>
        <translation>
            <numerusform>%n અરજી %1 માં એક્સપોર્ટ કરી.</numerusform>
            <numerusform>%n અરજી %1 માં એક્સપોર્ટ કરી.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 ઇમ્પોર્ટ થઈ રહ્યું છે</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: ફોલ્ડર બનાવી શકાયું નહીં</translation>
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
        <translation>%1: તેને કાઢી શકાયું નહીં</translation>
    </message>
    <message>
        <source>%1: cannot write it</source>
        <translation>%1: તેમાં લખી શકાયું નહીં</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup folder %1 cannot be created; check that its parent folder is writable, or free some space.</source>
        <translation>બૅકઅપ ફોલ્ડર %1 બનાવી શકાયું નહીં; તેનું પેરન્ટ ફોલ્ડર લખી શકાય તેવું છે કે નહીં તે તપાસો, અથવા થોડી જગ્યા ખાલી કરો.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). Your data is unchanged; check the folder&apos;s permissions and free space.</source>
        <translation>બૅકઅપ %1 લખી શકાયો નહીં (%2). તમારો ડેટા બદલાયો નથી; ફોલ્ડરની પરમિશન અને ખાલી જગ્યા તપાસો.</translation>
    </message>
    <message>
        <source>%1 could not be set aside; nothing was changed.</source>
        <translation>%1 ને બાજુ પર મૂકી શકાયું નહીં; કંઈ બદલાયું નથી.</translation>
    </message>
    <message>
        <source>%1 could not be copied into place; nothing was changed.</source>
        <translation>%1 ને તેની જગ્યાએ કૉપિ કરી શકાયું નહીં; કંઈ બદલાયું નથી.</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: આવો કોઈ બૅકઅપ નથી</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 વાંચી શકાયું નહીં</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 રિસ્ટોર થઈ શકે તેમ નથી: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored (%2); nothing was changed.</source>
        <translation>%1 રિસ્ટોર થઈ શક્યું નહીં (%2); કંઈ બદલાયું નથી.</translation>
    </message>
</context>
<context>
    <name>CalendarExporter</name>
    <message>
        <source>%1 round: %2 — %3</source>
        <translation>%1 રાઉન્ડ: %2 — %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>પરિણામ: %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>ઇન્ટરવ્યૂ</translation>
    </message>
    <message>
        <source>Follow up: %1 — %2</source>
        <translation>ફૉલો-અપ: %1 — %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ફૉલો-અપ</translation>
    </message>
    <message>
        <source>DSA reviews due: %1</source>
        <translation>બાકી DSA રિવ્યૂ: %1</translation>
    </message>
    <message>
        <source>DSA review</source>
        <translation>DSA રિવ્યૂ</translation>
    </message>
    <message>
        <source>Deliverable: %1</source>
        <translation>ડિલિવરેબલ: %1</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>રોડમેપ</translation>
    </message>
</context>
<context>
    <name>CataloguePickDialog</name>
    <message>
        <source>Pick from the catalogue</source>
        <translation>કૅટલૉગમાંથી પસંદ કરો</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>કૅટલૉગ</translation>
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
        <translation>નામ અને પૅટર્ન શોધો</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>કૅટલૉગમાં શોધો</translation>
    </message>
    <message>
        <source>Catalogue problems</source>
        <translation>કૅટલૉગના પ્રૉબ્લેમ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>પ્રૉબ્લેમ</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>પૅટર્ન</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>મુશ્કેલી</translation>
    </message>
    <message>
        <source>Already in your log</source>
        <translation>પહેલેથી તમારા લૉગમાં</translation>
    </message>
    <message>
        <source>&amp;Check all shown</source>
        <translation>દેખાતા બધા પસંદ કરો(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add to my log</source>
        <translation>મારા લૉગમાં ઉમેરો(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) chosen</source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમ પસંદ કર્યા</numerusform>
            <numerusform>%n પ્રૉબ્લેમ પસંદ કર્યા</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueReader</name>
    <message>
        <source>the built-in catalogue is missing from this build</source>
        <translation>આ બિલ્ડમાં બિલ્ટ-ઇન કૅટલૉગ નથી</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>બાઇટ %1 પર માન્ય JSON નથી: %2</translation>
    </message>
    <message>
        <source>expected a JSON array of problems</source>
        <translation>પ્રૉબ્લેમનો JSON array અપેક્ષિત હતો</translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation>નામ (title) ખૂટે છે</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not Easy, Medium or Hard</source>
        <translation>&apos;%1&apos; Easy, Medium કે Hard નથી</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ફાઇલ ખાલી છે</translation>
    </message>
    <message>
        <source>line 1: no Title column in the header (found: %1)</source>
        <translation>લાઇન 1: હેડરમાં Title કૉલમ નથી (મળ્યું: %1)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 ફીલ્ડ છે, પણ હેડરમાં %2 છે</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>નામ (title) ખાલી છે</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not todo, attempted, solved or revisit</source>
        <translation>&apos;%1&apos; todo, attempted, solved કે revisit નથી</translation>
    </message>
    <message>
        <source>line %1: the header row is malformed: %2</source>
        <translation>લાઇન %1: હેડર રો ખોટી રીતે બનેલી છે: %2</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>ચાર્ટ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>ચાર્ટ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>પહોળાઈ પિક્સેલમાં</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>ઊંચાઈ પિક્સેલમાં</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>સ્કેલ</translation>
    </message>
    <message>
        <source>2× doubles the pixels for sharp images on high-DPI screens</source>
        <translation>2× હાઇ-DPI સ્ક્રીન પર સ્પષ્ટ ઇમેજ માટે પિક્સેલ બમણા કરે છે</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ફાઇલ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>પસંદ કરો…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>ચાર્ટ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>સાઇઝ(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>સ્કેલ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ફાઇલ(&amp;F):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>એક્સપોર્ટ</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG ઇમેજ (*.png)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>unknown chart &apos;%1&apos; (try --list-charts)</source>
        <translation>અજાણ્યો ચાર્ટ &apos;%1&apos; (--list-charts અજમાવો)</translation>
    </message>
    <message>
        <source>%1: could not write the image (%2)</source>
        <translation>%1: ઇમેજ લખી શકાઈ નહીં (%2)</translation>
    </message>
    <message>
        <source>Progress report · %1 · %2</source>
        <translation>પ્રગતિ રિપોર્ટ · %1 · %2</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>રોડમેપ</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>પ્રગતિ રિપોર્ટ</translation>
    </message>
    <message>
        <source>%1: could not write the PDF</source>
        <translation>%1: PDF લખી શકાઈ નહીં</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Skills: now against milestone targets</source>
        <translation>સ્કિલ્સ: હાલ વિરુદ્ધ માઇલસ્ટોન લક્ષ્યો</translation>
    </message>
    <message>
        <source>Skills: radar by category</source>
        <translation>સ્કિલ્સ: કૅટેગરી પ્રમાણે રડાર</translation>
    </message>
    <message>
        <source>Skills: level history</source>
        <translation>સ્કિલ્સ: લેવલનો ઇતિહાસ</translation>
    </message>
    <message>
        <source>DSA: solved by topic against targets</source>
        <translation>DSA: ટૉપિક પ્રમાણે ઉકેલ્યા વિરુદ્ધ લક્ષ્યો</translation>
    </message>
    <message>
        <source>DSA: practice heatmap (year)</source>
        <translation>DSA: પ્રેક્ટિસ હીટમૅપ (વર્ષ)</translation>
    </message>
    <message>
        <source>DSA: minutes per week</source>
        <translation>DSA: અઠવાડિયા દીઠ મિનિટ</translation>
    </message>
    <message>
        <source>Applications: funnel</source>
        <translation>અરજીઓ: ફનલ</translation>
    </message>
    <message>
        <source>Applications: daily goal</source>
        <translation>અરજીઓ: રોજનું લક્ષ્ય</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export…</source>
        <translation>એક્સપોર્ટ…</translation>
    </message>
</context>
<context>
    <name>ChunkedWrite</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ઇમ્પોર્ટ રદ થયું; કંઈ બદલાયું નથી.</translation>
    </message>
    <message>
        <source>Could not write into %1 (%2); nothing was changed.</source>
        <translation>%1 માં લખી શકાયું નહીં (%2); કંઈ બદલાયું નથી.</translation>
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
    <message>
        <source>Import a Markdown roadmap. Into a database that does not exist yet it creates one holding just that plan; into an existing one it re-imports over the current plan, keeping progress and notes.</source>
        <translation>Markdown રોડમેપ ઇમ્પોર્ટ કરો. જે ડેટાબેસ હજી નથી તેમાં ફક્ત એ પ્લાન સાથે નવો બને છે; હાલના ડેટાબેસમાં તે હાલના પ્લાન પર ફરી ઇમ્પોર્ટ થાય છે, પ્રગતિ અને નોંધ જાળવીને.</translation>
    </message>
    <message>
        <source>file.md</source>
        <translation>file.md</translation>
    </message>
    <message>
        <source>Write the plan, with its ticks and notes, as Markdown that imports back to the same plan.</source>
        <translation>પ્લાનને તેનાં ટિક અને નોંધ સાથે Markdown તરીકે લખો, જે ફરી ઇમ્પોર્ટ કરતાં એ જ પ્લાન બને.</translation>
    </message>
    <message>
        <source>Write chart &lt;name&gt; as a PNG image (see --list-charts; needs --output), then exit. Runs without a display.</source>
        <translation>ચાર્ટ &lt;name&gt; ને PNG ઇમેજ તરીકે લખો (--list-charts જુઓ; --output જોઈએ), પછી બહાર નીકળો. ડિસ્પ્લે વિના ચાલે છે.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The file --export-chart writes.</source>
        <translation>--export-chart જે ફાઇલ લખે છે તે.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Image size for --export-chart, WIDTHxHEIGHT in pixels (default 1600x900).</source>
        <translation>--export-chart માટે ઇમેજ સાઇઝ, WIDTHxHEIGHT પિક્સેલમાં (ડિફૉલ્ટ 1600x900).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Device pixel ratio for --export-chart, 1 to 4 (2 doubles the pixels for high-DPI screens).</source>
        <translation>--export-chart માટે ડિવાઇસ પિક્સેલ રેશિયો, 1 થી 4 (2 હાઇ-DPI સ્ક્રીન માટે પિક્સેલ બમણા કરે છે).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Print the name and title of every chart, then exit.</source>
        <translation>દરેક ચાર્ટનું નામ અને શીર્ષક બતાવો, પછી બહાર નીકળો.</translation>
    </message>
    <message>
        <source>Write a one-page progress report with the main charts (PDF when &lt;file&gt; ends in .pdf, else PNG), then exit.</source>
        <translation>મુખ્ય ચાર્ટ સાથે એક પાનાનો પ્રગતિ રિપોર્ટ લખો (&lt;file&gt; .pdf થી પૂરી થાય તો PDF, નહીં તો PNG), પછી બહાર નીકળો.</translation>
    </message>
    <message>
        <source>Import problems from &lt;file&gt;: a NeetCode JSON list or a LeetCode-style CSV (told by its content). Duplicates are left out; a bad row stops the import with nothing written.</source>
        <translation>&lt;file&gt; માંથી પ્રૉબ્લેમ ઇમ્પોર્ટ કરો: NeetCode JSON લિસ્ટ અથવા LeetCode-જેવી CSV (કન્ટેન્ટ પરથી ઓળખાય છે). ડુપ્લિકેટ છોડી દેવાય છે; ખરાબ રો આવે તો ઇમ્પોર્ટ અટકે છે અને કંઈ લખાતું નથી.</translation>
    </message>
    <message>
        <source>Export every problem to &lt;file&gt; as CSV.</source>
        <translation>બધા પ્રૉબ્લેમ &lt;file&gt; માં CSV તરીકે એક્સપોર્ટ કરો.</translation>
    </message>
    <message>
        <source>--output, --size and --scale go with --export-chart</source>
        <translation>--output, --size અને --scale ફક્ત --export-chart સાથે વપરાય</translation>
    </message>
    <message>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT in pixels between %2 and %3, for example 1920x1080</source>
        <translation>--size &apos;%1&apos; એ %2 અને %3 વચ્ચેના પિક્સેલમાં WIDTHxHEIGHT નથી, દા.ત. 1920x1080</translation>
    </message>
    <message>
        <source>--scale &apos;%1&apos; is not a number from 1 to 4</source>
        <translation>--scale &apos;%1&apos; એ 1 થી 4 વચ્ચેની સંખ્યા નથી</translation>
    </message>
    <message>
        <source>--export-chart needs --output FILE.png</source>
        <translation>--export-chart સાથે --output FILE.png જોઈએ</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos;; the charts are: %2</source>
        <translation>અજાણ્યો ચાર્ટ &apos;%1&apos;; ચાર્ટ આ છે: %2</translation>
    </message>
    <message>
        <source>With an --import-… option: print what would be imported and write nothing.</source>
        <translation>કોઈ --import-… વિકલ્પ સાથે: શું ઇમ્પોર્ટ થશે તે બતાવો અને કંઈ લખો નહીં.</translation>
    </message>
    <message>
        <source>Import job applications from a CSV file (columns mapped by their headers), then exit. A row that cannot be imported stops the import and nothing is written.</source>
        <translation>CSV ફાઇલમાંથી જૉબ અરજીઓ ઇમ્પોર્ટ કરો (કૉલમ તેમના હેડર પરથી મેળવાય છે), પછી બહાર નીકળો. ઇમ્પોર્ટ ન થઈ શકે તેવી રો આવે તો ઇમ્પોર્ટ અટકે છે અને કંઈ લખાતું નથી.</translation>
    </message>
    <message>
        <source>Export every job application with its stage history to a CSV file, then exit.</source>
        <translation>દરેક જૉબ અરજી તેના તબક્કાના ઇતિહાસ સાથે CSV ફાઇલમાં એક્સપોર્ટ કરો, પછી બહાર નીકળો.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>file.csv</translation>
    </message>
    <message>
        <source>With --import-problems or --import-applications: import the readable rows and list the skipped lines.</source>
        <translation>--import-problems અથવા --import-applications સાથે: વાંચી શકાય તેવી રો ઇમ્પોર્ટ કરો અને છોડેલી લાઇન બતાવો.</translation>
    </message>
    <message>
        <source>--dry-run goes with --import-roadmap, --import-problems or --import-applications</source>
        <translation>--dry-run ફક્ત --import-roadmap, --import-problems અથવા --import-applications સાથે વપરાય</translation>
    </message>
    <message>
        <source>--skip-bad-rows goes with --import-problems or --import-applications</source>
        <translation>--skip-bad-rows ફક્ત --import-problems અથવા --import-applications સાથે વપરાય</translation>
    </message>
    <message>
        <source>Start with only the tray icon (a minimised window where the desktop has no tray), as at log-in.</source>
        <translation>લૉગ-ઇન વખતે થાય તેમ ફક્ત ટ્રે આઇકન સાથે શરૂ કરો (જે ડેસ્કટૉપમાં ટ્રે નથી ત્યાં નાની કરેલી વિન્ડો).</translation>
    </message>
    <message>
        <source>Open the window (or bring the running one forward) on &lt;what&gt;: today, timeline, dsa, applications, skills, add-problem or add-application (the last two focus the quick-add line).</source>
        <translation>&lt;what&gt; પર વિન્ડો ખોલો (અથવા ચાલુ વિન્ડો આગળ લાવો): today, timeline, dsa, applications, skills, add-problem અથવા add-application (છેલ્લા બે ઝડપથી ઉમેરો લાઇન પર ફોકસ કરે છે).</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>Log a problem with the DSA tab&apos;s quick-add line, for example &quot;two sum #arrays easy 25m solved&quot;. Goes to the window when one has the file open (one undo step there), else into the file; prints what was added.</source>
        <translation>DSA ટૅબની ઝડપથી ઉમેરો લાઇનથી પ્રૉબ્લેમ લૉગ કરો, દા.ત. &quot;two sum #arrays easy 25m solved&quot;. કોઈ વિન્ડોમાં ફાઇલ ખુલ્લી હોય તો તે વિન્ડોમાં જાય છે (ત્યાં એક undo સ્ટેપ), નહીં તો સીધું ફાઇલમાં; શું ઉમેરાયું તે બતાવે છે.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>Record an application applied to today: &quot;company | role | source&quot; (the source may be left out). Like --add-problem, through the window when one is open.</source>
        <translation>આજની તારીખે કરેલી અરજી નોંધો: &quot;company | role | source&quot; (source છોડી શકાય). --add-problem ની જેમ, વિન્ડો ખુલ્લી હોય તો તેના દ્વારા.</translation>
    </message>
    <message>
        <source>Mark the roadmap item with this title (or the one item whose title contains it) done. Like --add-problem, through the window when one is open.</source>
        <translation>આ નામવાળી રોડમેપ આઇટમ (અથવા જેના નામમાં આ હોય તે એકમાત્ર આઇટમ) પૂરી ગણો. --add-problem ની જેમ, વિન્ડો ખુલ્લી હોય તો તેના દ્વારા.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Write an iCalendar (.ics) file of interviews, follow-ups due, review days and the plan&apos;s weeks and deliverables, then exit. Importing a newer export updates the events instead of duplicating them.</source>
        <translation>ઇન્ટરવ્યૂ, બાકી ફૉલો-અપ, રિવ્યૂના દિવસો અને પ્લાનનાં અઠવાડિયાં તથા ડિલિવરેબલની iCalendar (.ics) ફાઇલ લખો, પછી બહાર નીકળો. નવો એક્સપોર્ટ ઇમ્પોર્ટ કરવાથી ઇવેન્ટ ડુપ્લિકેટ થવાને બદલે અપડેટ થાય છે.</translation>
    </message>
    <message>
        <source>file.ics</source>
        <translation>file.ics</translation>
    </message>
    <message>
        <source>Use the Fusion style with a dark palette.</source>
        <translation>ડાર્ક પૅલેટ સાથે Fusion સ્ટાઇલ વાપરો.</translation>
    </message>
    <message>
        <source>Write a picture of every tab and dialog into &lt;folder&gt; at --size (default 1366x768), then exit.</source>
        <translation>દરેક ટૅબ અને ડાયલૉગનું ચિત્ર --size (ડિફૉલ્ટ 1366x768) માપે &lt;folder&gt; માં લખો, પછી બહાર નીકળો.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>give one of --add-problem, --add-application or --tick per call</source>
        <translation>દરેક વખતે --add-problem, --add-application અથવા --tick માંથી એક જ આપો</translation>
    </message>
    <message>
        <source>--show &apos;%1&apos; is not one of: %2</source>
        <translation>--show &apos;%1&apos; આમાંથી એક નથી: %2</translation>
    </message>
    <message>
        <source>--show opens the window; give it without --add-problem, --add-application or --tick</source>
        <translation>--show વિન્ડો ખોલે છે; તેને --add-problem, --add-application અથવા --tick વિના આપો</translation>
    </message>
    <message>
        <source>Exported the calendar to %1 — events: %2</source>
        <translation>કૅલેન્ડર %1 માં એક્સપોર્ટ કર્યું — ઇવેન્ટ: %2</translation>
    </message>
    <message>
        <source>Wrote the progress report to %1</source>
        <translation>પ્રગતિ રિપોર્ટ %1 માં લખ્યો</translation>
    </message>
    <message>
        <source>Wrote the %1 chart (%2×%3) to %4</source>
        <translation>%1 ચાર્ટ (%2×%3) %4 માં લખ્યો</translation>
    </message>
    <message>
        <source>Open the database read-only: everything shows, nothing is written. A file on a read-only disk or folder opens so by itself.</source>
        <translation>ડેટાબેઝને ફક્ત-વાંચવા માટે ખોલો: બધું દેખાય છે, કંઈ લખાતું નથી. ફક્ત-વાંચવાની ડિસ્ક કે ફોલ્ડર પરની ફાઇલ આપોઆપ આ રીતે ખૂલે છે.</translation>
    </message>
    <message>
        <source>--read-only cannot go with a command that writes (an import without --dry-run, --add-problem, --add-application or --tick)</source>
        <translation>--read-only લખનાર કમાન્ડ સાથે ચાલી શકતું નથી (--dry-run વગરનો ઇમ્પોર્ટ, --add-problem, --add-application અથવા --tick)</translation>
    </message>
</context>
<context>
    <name>CommandReceiver</name>
    <message>
        <source>--show &apos;%1&apos; is not one of: %2</source>
        <translation>--show &apos;%1&apos; આમાંથી એક નથી: %2</translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z undoes it</source>
        <translation>%1 — Ctrl+Z થી પાછું લો</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>બંધ થતા quote પછી ટેક્સ્ટ</translation>
    </message>
    <message>
        <source>a quoted field is not closed; its quote is read as text</source>
        <translation>quote વાળું ફીલ્ડ બંધ થયું નથી; તેની quote ટેક્સ્ટ તરીકે વંચાઈ છે</translation>
    </message>
</context>
<context>
    <name>DailyApplicationsChart</name>
    <message numerus="yes">
        <source>Applications per day against the daily goal (%1–%2), last %n day(s)</source>
        <translation>
            <numerusform>રોજની અરજીઓ વિરુદ્ધ રોજનું લક્ષ્ય (%1–%2), છેલ્લા %n દિવસ</numerusform>
            <numerusform>રોજની અરજીઓ વિરુદ્ધ રોજનું લક્ષ્ય (%1–%2), છેલ્લા %n દિવસ</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications sent</source>
        <translation>મોકલેલી અરજીઓ</translation>
    </message>
    <message>
        <source>Goal (minimum)</source>
        <translation>લક્ષ્ય (ઓછામાં ઓછું)</translation>
    </message>
    <message>
        <source>Goal (maximum)</source>
        <translation>લક્ષ્ય (વધુમાં વધુ)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Day (%1)</source>
        <translation>દિવસ (%1)</translation>
    </message>
    <message>
        <source>Applications per day</source>
        <translation>રોજની અરજીઓ</translation>
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
        <source>%1 could not be renamed to %2</source>
        <translation>%1 નું નામ બદલીને %2 કરી શકાયું નહીં</translation>
    </message>
    <message>
        <source>migration step %1 failed (%2); the file was left unchanged</source>
        <translation>માઇગ્રેશન સ્ટેપ %1 નિષ્ફળ (%2); ફાઇલમાં કોઈ ફેરફાર થયો નથી</translation>
    </message>
    <message>
        <source>%1 failed the integrity check (%2)</source>
        <translation>%1 ઇન્ટેગ્રિટી તપાસમાં નિષ્ફળ (%2)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>અસ્તિત્વમાં નથી</translation>
    </message>
    <message>
        <source>is empty and cannot be written, so there is no plan to show</source>
        <translation>ખાલી છે અને તેમાં લખી શકાતું નથી, તેથી બતાવવા માટે કોઈ પ્લાન નથી</translation>
    </message>
    <message>
        <source>was written by an older version of Roadmap Planner and must be upgraded, which writes to it, but it is open read-only; copy it to a folder you can write to and open the copy</source>
        <translation>Roadmap Planner ના જૂના સંસ્કરણથી લખાઈ છે અને તેને અપગ્રેડ કરવી પડશે, જેમાં તેમાં લખવું પડે છે, પણ તે ફક્ત-વાંચવા માટે ખુલ્લી છે; તેને એવા ફોલ્ડરમાં કૉપિ કરો જ્યાં તમે લખી શકો અને કૉપિ ખોલો</translation>
    </message>
</context>
<context>
    <name>DeleteApplicationsCommand</name>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation>
            <numerusform>%n અરજી કાઢી નાખો</numerusform>
            <numerusform>%n અરજી કાઢી નાખો</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>ખોલો</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 કલાક સ્નૂઝ</translation>
    </message>
    <message>
        <source>Done for today</source>
        <translation>આજ માટે પૂરું</translation>
    </message>
    <message>
        <source>Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર</translation>
    </message>
</context>
<context>
    <name>DsaStatsPanel</name>
    <message>
        <source>Problems a day that keep the streak</source>
        <translation>સ્ટ્રીક જાળવવા રોજ કેટલા પ્રૉબ્લેમ</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> રોજ</translation>
    </message>
    <message>
        <source>A streak day needs at least (problems):</source>
        <translation>સ્ટ્રીકના દિવસ માટે ઓછામાં ઓછા (પ્રૉબ્લેમ):</translation>
    </message>
    <message>
        <source>Solved: %1 easy · %2 medium · %3 hard</source>
        <translation>ઉકેલ્યા: %1 easy · %2 medium · %3 hard</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>સ્ટ્રીક: %n દિવસ</numerusform>
            <numerusform>સ્ટ્રીક: %n દિવસ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (best %n)</source>
        <translation>
            <numerusform> (શ્રેષ્ઠ %n)</numerusform>
            <numerusform> (શ્રેષ્ઠ %n)</numerusform>
        </translation>
    </message>
    <message>
        <source> — practise today to keep it</source>
        <translation> — તે જાળવવા આજે પ્રેક્ટિસ કરો</translation>
    </message>
    <message>
        <source>week of %1: %2 min</source>
        <translation>%1 નું અઠવાડિયું: %2 મિનિટ</translation>
    </message>
    <message>
        <source>Minutes per week:</source>
        <translation>અઠવાડિયા દીઠ મિનિટ:</translation>
    </message>
    <message numerus="yes">
        <source>Last 12 months: %n active day(s)</source>
        <translation>
            <numerusform>છેલ્લા 12 મહિના: %n સક્રિય દિવસ</numerusform>
            <numerusform>છેલ્લા 12 મહિના: %n સક્રિય દિવસ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attempt(s) and review(s)</source>
        <translation>
            <numerusform>, %n પ્રયાસ અને રિવ્યૂ</numerusform>
            <numerusform>, %n પ્રયાસ અને રિવ્યૂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics against the plan:</source>
        <translation>પ્લાન સામે ટૉપિક:</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 solved</source>
        <translation>  %1: %3 માંથી %2 ઉકેલ્યા</translation>
    </message>
</context>
<context>
    <name>DsaTab</name>
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
        <source>&quot;%1&quot; is already in your log.</source>
        <translation>&quot;%1&quot; પહેલેથી તમારા લૉગમાં છે.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) · %L1 solved · %L2 to revisit</source>
        <translation>
            <numerusform>%Ln પ્રૉબ્લેમ · %L1 ઉકેલ્યા · %L2 ફરી જોવાના</numerusform>
            <numerusform>%Ln પ્રૉબ્લેમ · %L1 ઉકેલ્યા · %L2 ફરી જોવાના</numerusform>
        </translation>
    </message>
    <message>
        <source>Log a problem and press Enter — e.g. two sum #arrays easy 25m solved @amazon *4</source>
        <translation>પ્રૉબ્લેમ લૉગ કરો અને Enter દબાવો — દા.ત. two sum #arrays easy 25m solved @amazon *4</translation>
    </message>
    <message>
        <source>#topic  easy/medium/hard  todo/attempted/solved/revisit  25m or 1h10m  @company  *1…*5 confidence  a link</source>
        <translation>#topic  easy/medium/hard  todo/attempted/solved/revisit  25m અથવા 1h10m  @company  *1…*5 આત્મવિશ્વાસ  લિંક</translation>
    </message>
    <message>
        <source>Pick from &amp;catalogue…</source>
        <translation>કૅટલૉગમાંથી પસંદ કરો(&amp;C)…</translation>
    </message>
    <message>
        <source>Add problems from the built-in NeetCode 150 / Blind 75 list</source>
        <translation>બિલ્ટ-ઇન NeetCode 150 / Blind 75 લિસ્ટમાંથી પ્રૉબ્લેમ ઉમેરો</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>લિસ્ટ ઇમ્પોર્ટ કરો(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a NeetCode JSON or LeetCode-style CSV list, with a preview</source>
        <translation>NeetCode JSON અથવા LeetCode-જેવું CSV લિસ્ટ પ્રીવ્યૂ સાથે ઇમ્પોર્ટ કરો</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV એક્સપોર્ટ કરો(&amp;X)…</translation>
    </message>
    <message>
        <source>No problems logged yet.
Type one in the line above and press Enter — for example &quot;two sum #arrays easy 25m solved&quot; — or pick from the catalogue.</source>
        <translation>હજી કોઈ પ્રૉબ્લેમ લૉગ નથી.
ઉપરની લાઇનમાં એક લખો અને Enter દબાવો — દા.ત. &quot;two sum #arrays easy 25m solved&quot; — અથવા કૅટલૉગમાંથી પસંદ કરો.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n દેખાય છે</numerusform>
            <numerusform>%n દેખાય છે</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, topics, companies, tags</source>
        <translation>નામ, ટૉપિક, કંપની, ટૅગ શોધો</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>ટૉપિક ફિલ્ટર</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>બધા ટૉપિક</translation>
    </message>
    <message>
        <source>Difficulty filter</source>
        <translation>મુશ્કેલી ફિલ્ટર</translation>
    </message>
    <message>
        <source>All difficulties</source>
        <translation>બધી મુશ્કેલી</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>સ્થિતિ ફિલ્ટર</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>બધી સ્થિતિ</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>રિવ્યૂ બાકી</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>પ્રગતિ રીસેટ</translation>
    </message>
    <message>
        <source>Of the selected topic</source>
        <translation>પસંદ કરેલા ટૉપિકની</translation>
    </message>
    <message>
        <source>Of %1</source>
        <translation>%1 ની</translation>
    </message>
    <message>
        <source>Double-click a topic to filter the problems.</source>
        <translation>પ્રૉબ્લેમ ફિલ્ટર કરવા ટૉપિક પર ડબલ-ક્લિક કરો.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>આજે બાકી</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ટૉપિક</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>આંકડા</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ફેરફાર કરો(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>કાઢી નાખો(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>સ્થિતિ સેટ કરો(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;difficulty</source>
        <translation>મુશ્કેલી સેટ કરો(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;topic…</source>
        <translation>ટૉપિક ઉમેરો(&amp;T)…</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>ટૉપિક ઉમેરો</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>ટૉપિક:</translation>
    </message>
    <message>
        <source>&amp;Reset progress</source>
        <translation>પ્રગતિ રીસેટ કરો(&amp;R)</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>પસંદગી</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>ટૉપિક: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n problem(s)</source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમ કાઢી નાખ્યા</numerusform>
            <numerusform>%n પ્રૉબ્લેમ કાઢી નાખ્યા</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n problem(s) to %1</source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમ %1 પર સેટ કર્યા</numerusform>
            <numerusform>%n પ્રૉબ્લેમ %1 પર સેટ કર્યા</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added topic %1 to %n problem(s)</source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમમાં ટૉપિક %1 ઉમેર્યો</numerusform>
            <numerusform>%n પ્રૉબ્લેમમાં ટૉપિક %1 ઉમેર્યો</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems in %1 to reset.</source>
        <translation>%1 માં રીસેટ કરવા કોઈ પ્રૉબ્લેમ નથી.</translation>
    </message>
    <message numerus="yes">
        <source>Reset progress of %n problem(s) in %1</source>
        <translation>
            <numerusform>%1 માં %n પ્રૉબ્લેમની પ્રગતિ રીસેટ કરી</numerusform>
            <numerusform>%1 માં %n પ્રૉબ્લેમની પ્રગતિ રીસેટ કરી</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; માં ફેરફાર કરો</translation>
    </message>
    <message numerus="yes">
        <source>Added %n problem(s) from the catalogue</source>
        <translation>
            <numerusform>કૅટલૉગમાંથી %n પ્રૉબ્લેમ ઉમેર્યા</numerusform>
            <numerusform>કૅટલૉગમાંથી %n પ્રૉબ્લેમ ઉમેર્યા</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a problem list</source>
        <translation>પ્રૉબ્લેમ લિસ્ટ ઇમ્પોર્ટ કરો</translation>
    </message>
    <message>
        <source>Problem lists (*.json *.csv);;All files (*)</source>
        <translation>પ્રૉબ્લેમ લિસ્ટ (*.json *.csv);;બધી ફાઇલો (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ઇમ્પોર્ટ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s) from %1</source>
        <translation>
            <numerusform>%1 માંથી %n પ્રૉબ્લેમ ઇમ્પોર્ટ કર્યા</numerusform>
            <numerusform>%1 માંથી %n પ્રૉબ્લેમ ઇમ્પોર્ટ કર્યા</numerusform>
        </translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>પ્રૉબ્લેમ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ફાઇલો (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>એક્સપોર્ટ</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n problem(s) to %1</source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમ %1 માં એક્સપોર્ટ કર્યા</numerusform>
            <numerusform>%n પ્રૉબ્લેમ %1 માં એક્સપોર્ટ કર્યા</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n review(s) due today</source>
        <translation>
            <numerusform> · આજે %n રિવ્યૂ બાકી</numerusform>
            <numerusform> · આજે %n રિવ્યૂ બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today (%L1)</source>
        <translation>આજે બાકી (%L1)</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 ઇમ્પોર્ટ થઈ રહ્યું છે</translation>
    </message>
</context>
<context>
    <name>DsaTopicChart</name>
    <message>
        <source>DSA problems solved by topic against targets</source>
        <translation>ટૉપિક પ્રમાણે ઉકેલેલા DSA પ્રૉબ્લેમ વિરુદ્ધ લક્ષ્યો</translation>
    </message>
    <message>
        <source>No topics with targets or solved problems yet. Log a problem in the DSA tab, or import a plan with topic targets.</source>
        <translation>હજી લક્ષ્ય કે ઉકેલેલા પ્રૉબ્લેમવાળો કોઈ ટૉપિક નથી. DSA ટૅબમાં પ્રૉબ્લેમ લૉગ કરો, અથવા ટૉપિક લક્ષ્યોવાળો પ્લાન ઇમ્પોર્ટ કરો.</translation>
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
        <source>Problems</source>
        <translation>પ્રૉબ્લેમ</translation>
    </message>
</context>
<context>
    <name>DueTodayPanel</name>
    <message>
        <source>due today</source>
        <translation>આજે બાકી</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n દિવસથી બાકી</numerusform>
            <numerusform>%n દિવસથી બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews due today</source>
        <translation>આજના રિવ્યૂ</translation>
    </message>
    <message>
        <source>Nothing to review today.
Solved problems come back here after 1, 3, 7, 14 and 30 days.</source>
        <translation>આજે કોઈ રિવ્યૂ નથી.
ઉકેલેલા પ્રૉબ્લેમ 1, 3, 7, 14 અને 30 દિવસ પછી અહીં પાછા આવે છે.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>કેવું રહ્યું?</translation>
    </message>
    <message>
        <source>Mark the selected review done and schedule the next one</source>
        <translation>પસંદ કરેલો રિવ્યૂ પૂરો ગણો અને પછીનો શેડ્યૂલ કરો</translation>
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
        <translation>%1 ની કૅટેગરી બદલો</translation>
    </message>
    <message>
        <source>Edit the notes of %1</source>
        <translation>%1 ની નોંધ બદલો</translation>
    </message>
</context>
<context>
    <name>EditStack</name>
    <message>
        <source>%1 is open read-only: &quot;%2&quot; was not saved.</source>
        <translation>%1 ફક્ત-વાંચવા માટે ખુલ્લી છે: &quot;%2&quot; સાચવ્યું નથી.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved to %2 (%3); it was not made.</source>
        <translation>&quot;%1&quot; ને %2 માં સાચવી શકાયું નહીં (%3); આ ફેરફાર થયો નથી.</translation>
    </message>
</context>
<context>
    <name>ImportPlanCommand</name>
    <message>
        <source>Re-import &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ફરી ઇમ્પોર્ટ કરો</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ઇમ્પોર્ટ કરો</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>ઇમ્પોર્ટ કરો(&amp;I)</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the ones that cannot be imported</source>
        <translation>બાકીની રો ઇમ્પોર્ટ કરો અને ઇમ્પોર્ટ ન થઈ શકે તેવી રો છોડી દો</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>લાઇન</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ફીલ્ડ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ચેતવણી</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>%1

Import anyway, without a backup?</source>
        <translation>%1

બૅકઅપ વિના જ ઇમ્પોર્ટ કરવું છે?</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>રદ કરો</translation>
    </message>
    <message>
        <source>%1 is open read-only, so nothing can be imported into it. Save a copy to a folder you can write to (the bar above the tabs), then import into the copy.</source>
        <translation>%1 ફક્ત-વાંચવા માટે ખુલ્લી છે, તેથી તેમાં કંઈ ઇમ્પોર્ટ થઈ શકતું નથી. એવા ફોલ્ડરમાં કૉપિ સાચવો જ્યાં તમે લખી શકો (ટૅબની ઉપરની પટ્ટી), પછી કૉપિમાં ઇમ્પોર્ટ કરો.</translation>
    </message>
</context>
<context>
    <name>InterviewRound</name>
    <message>
        <source>Online assessment</source>
        <translation>ઑનલાઇન એસેસમેન્ટ</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>ટેક્નિકલ</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>સિસ્ટમ ડિઝાઇન</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>અન્ય</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>પાસ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>નિષ્ફળ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>રદ થયું</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>બાકી</translation>
    </message>
</context>
<context>
    <name>JobSettings</name>
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
</context>
<context>
    <name>LinkSkillItemsCommand</name>
    <message numerus="yes">
        <source>Link %n item(s) to %1</source>
        <translation>
            <numerusform>%n આઇટમ %1 સાથે લિંક કરો</numerusform>
            <numerusform>%n આઇટમ %1 સાથે લિંક કરો</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s) from %1</source>
        <translation>
            <numerusform>%n આઇટમ %1 થી અનલિંક કરો</numerusform>
            <numerusform>%n આઇટમ %1 થી અનલિંક કરો</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalTransportLoader</name>
    <message>
        <source>the local command module is missing (looked in %1)</source>
        <translation>સ્થાનિક કમાન્ડ મોડ્યુલ મળ્યું નહીં (અહીં જોયું: %1)</translation>
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
        <translation>ટાઇમલાઇન(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;DSA Log</source>
        <translation>DSA લૉગ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>અરજીઓ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>સ્કિલ્સ(&amp;S)</translation>
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
        <translation>રોડમેપ ઇમ્પોર્ટ કરો(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap…</source>
        <translation>રોડમેપ એક્સપોર્ટ કરો(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>બહાર નીકળો(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ફેરફાર(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>પાછું લો(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ફરી કરો(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quick Add</source>
        <translation>ઝડપથી ઉમેરો(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>શોધો(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>સેટિંગ્સ(&amp;S)…</translation>
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
        <translation>કીબોર્ડ શૉર્ટકટ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર વિશે(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt વિશે(&amp;Q)</translation>
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
        <source>Export Roadmap</source>
        <translation>રોડમેપ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown ફાઇલો (*.md)</translation>
    </message>
    <message>
        <source>Exported the plan to %1</source>
        <translation>પ્લાન %1 માં એક્સપોર્ટ થયો</translation>
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
        <source>Export Timeline &amp;Strip…</source>
        <translation>ટાઇમલાઇન સ્ટ્રિપ એક્સપોર્ટ કરો(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>ચાર્ટ એક્સપોર્ટ કરો(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Progress &amp;Report…</source>
        <translation>પ્રગતિ રિપોર્ટ એક્સપોર્ટ કરો(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>હમણાં બૅકઅપ લો(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>બૅકઅપ રિસ્ટોર કરો(&amp;T)…</translation>
    </message>
    <message>
        <source>Plan &amp;Start Date…</source>
        <translation>પ્લાન શરૂ થવાની તારીખ(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n રિવ્યૂ બાકી</numerusform>
            <numerusform>%n રિવ્યૂ બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-imported: %1</source>
        <translation>ફરી ઇમ્પોર્ટ કર્યું: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) — Ctrl+Z undoes it</source>
        <translation>
            <numerusform>%n આઇટમ ઇમ્પોર્ટ કરી — Ctrl+Z થી પાછું લો</numerusform>
            <numerusform>%n આઇટમ ઇમ્પોર્ટ કરી — Ctrl+Z થી પાછું લો</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Timeline Strip</source>
        <translation>ટાઇમલાઇન સ્ટ્રિપ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG ઇમેજ (*.png)</translation>
    </message>
    <message>
        <source>Saved the timeline strip to %1</source>
        <translation>ટાઇમલાઇન સ્ટ્રિપ %1 માં સેવ કરી</translation>
    </message>
    <message>
        <source>Plan Start Date</source>
        <translation>પ્લાન શરૂ થવાની તારીખ</translation>
    </message>
    <message>
        <source>Months, weeks, years and milestones are dated from this month.</source>
        <translation>મહિના, અઠવાડિયાં, વર્ષ અને માઇલસ્ટોનની તારીખો આ મહિનાથી ગણાય છે.</translation>
    </message>
    <message>
        <source>&amp;Plan starts:</source>
        <translation>પ્લાન શરૂ(&amp;P):</translation>
    </message>
    <message>
        <source>Move the plan to start in %1</source>
        <translation>પ્લાનની શરૂઆત %1 પર ખસેડો</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>બૅકઅપ</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 માં બૅકઅપ લીધો</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>રિસ્ટોર</translation>
    </message>
    <message>
        <source>Restored. The state before the restore was saved as %1 (File › Restore… to go back).</source>
        <translation>રિસ્ટોર થયું. રિસ્ટોર પહેલાંની સ્થિતિ %1 તરીકે સેવ થઈ છે (પાછા જવા ફાઇલ › રિસ્ટોર…).</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>ચાર્ટ %1 માં એક્સપોર્ટ કર્યો</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>પ્રગતિ રિપોર્ટ એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;PNG images (*.png)</source>
        <translation>PDF ડૉક્યુમેન્ટ (*.pdf);;PNG ઇમેજ (*.png)</translation>
    </message>
    <message>
        <source>Exported the progress report to %1</source>
        <translation>પ્રગતિ રિપોર્ટ %1 માં એક્સપોર્ટ કર્યો</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;A personal career planner: your roadmap, DSA practice, job applications and skills in one private file.&lt;/p&gt;&lt;p&gt;Your data: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Third-party software&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown parser (MIT, © Martin Mitáš) · SQLite (public domain)&lt;br&gt;NeetCode problem list (MIT, © 2022 neetcode-gh), the source of the built-in NeetCode 150 / Blind 75 catalogue.&lt;/p&gt;&lt;p&gt;&lt;small&gt;MIT License — Copyright (c) 2022 neetcode-gh&lt;br&gt;Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the &quot;Software&quot;), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;રોડમેપ પ્લાનર %1&lt;/h3&gt;&lt;p&gt;એક વ્યક્તિગત કરિયર પ્લાનર: તમારો રોડમેપ, DSA પ્રેક્ટિસ, જૉબ અરજીઓ અને સ્કિલ્સ એક ખાનગી ફાઇલમાં.&lt;/p&gt;&lt;p&gt;તમારો ડેટા: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;MIT લાઇસન્સ હેઠળ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;થર્ડ-પાર્ટી સોફ્ટવેર&lt;/b&gt;&lt;br&gt;Qt %3 (LGPLv3) · md4c Markdown પાર્સર (MIT, © Martin Mitáš) · SQLite (public domain)&lt;br&gt;NeetCode પ્રૉબ્લેમ લિસ્ટ (MIT, © 2022 neetcode-gh), બિલ્ટ-ઇન NeetCode 150 / Blind 75 કૅટલૉગનો સ્રોત.&lt;/p&gt;&lt;p&gt;&lt;small&gt;MIT License — Copyright (c) 2022 neetcode-gh&lt;br&gt;Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the &quot;Software&quot;), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>આજે(&amp;O)</translation>
    </message>
    <message>
        <source>%1 was changed by another program: reloaded. Earlier steps can no longer be undone, so they cannot overwrite that change.</source>
        <translation>%1 માં બીજા પ્રોગ્રામે ફેરફાર કર્યો છે: ફરી લોડ કર્યું. અગાઉનાં પગલાં હવે પાછાં લઈ શકાશે નહીં, જેથી તે એ ફેરફાર પર ઓવરરાઇટ ન કરે.</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>કૅલેન્ડર એક્સપોર્ટ કરો(&amp;L)…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>આજે</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 ઇમ્પોર્ટ થઈ રહ્યું છે</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>કૅલેન્ડર એક્સપોર્ટ કરો</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ફાઇલો (*.ics)</translation>
    </message>
    <message>
        <source>Exported the calendar to %1 — events: %2</source>
        <translation>કૅલેન્ડર %1 માં એક્સપોર્ટ કર્યું — ઇવેન્ટ: %2</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Ctrl+0&lt;/td&gt;&lt;td&gt;Today&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;Switch tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 4&lt;/td&gt;&lt;td&gt;Grade the selected review on Today (Again, Hard, Good, Easy)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;Quick add (problem or application)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;Search in the current tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;Tick or untick the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2 / Ctrl+E&lt;/td&gt;&lt;td&gt;Rename / edit the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Insert / Delete&lt;/td&gt;&lt;td&gt;Add an item / delete (undoable)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Up / Alt+Down&lt;/td&gt;&lt;td&gt;Move the selected item&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;Undo / Redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;Import a roadmap&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Ctrl+0&lt;/td&gt;&lt;td&gt;આજે&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+4&lt;/td&gt;&lt;td&gt;ટૅબ બદલો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;1 … 4&lt;/td&gt;&lt;td&gt;આજે ટૅબમાં પસંદ કરેલા રિવ્યૂને ગ્રેડ આપો (ફરી, અઘરું, સારું, સરળ)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td&gt;ઝડપથી ઉમેરો (પ્રૉબ્લેમ અથવા અરજી)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;હાલના ટૅબમાં શોધો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Space&lt;/td&gt;&lt;td&gt;પસંદ કરેલી આઇટમ પર ટિક કરો અથવા ટિક હટાવો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F2 / Ctrl+E&lt;/td&gt;&lt;td&gt;પસંદ કરેલી આઇટમનું નામ બદલો / ફેરફાર કરો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Insert / Delete&lt;/td&gt;&lt;td&gt;આઇટમ ઉમેરો / કાઢી નાખો (પાછું લઈ શકાય)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Alt+Up / Alt+Down&lt;/td&gt;&lt;td&gt;પસંદ કરેલી આઇટમ ખસેડો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%3 / %4&lt;/td&gt;&lt;td&gt;પાછું લો / ફરી કરો&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%5&lt;/td&gt;&lt;td&gt;રોડમેપ ઇમ્પોર્ટ કરો&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>The planner&apos;s database is damaged.</source>
        <translation>પ્લાનરનો ડેટાબેઝ બગડી ગયો છે.</translation>
    </message>
    <message>
        <source>%1

Every change from now on may be lost. Restore the newest backup (File › Restore a Backup…), or close the planner and keep a copy of the file.</source>
        <translation>%1

હવેથી કરેલો દરેક ફેરફાર ખોવાઈ શકે છે. સૌથી નવો બૅકઅપ રિસ્ટોર કરો (ફાઇલ › બૅકઅપ રિસ્ટોર કરો…), અથવા પ્લાનર બંધ કરીને ફાઇલની એક નકલ રાખો.</translation>
    </message>
    <message>
        <source>Roadmap Planner (read-only)</source>
        <translation>Roadmap Planner (ફક્ત-વાંચવા માટે)</translation>
    </message>
    <message>
        <source>A change was not saved.</source>
        <translation>એક ફેરફાર સાચવ્યો નથી.</translation>
    </message>
</context>
<context>
    <name>MatchPickerDialog</name>
    <message>
        <source>Continue a Different Node</source>
        <translation>બીજો નોડ ચાલુ રાખો</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps the ticks, notes, dates and status of:</source>
        <translation>&quot;%1&quot; આનાં ટિક, નોંધ, તારીખો અને સ્થિતિ જાળવશે:</translation>
    </message>
</context>
<context>
    <name>MergeTopicsCommand</name>
    <message numerus="yes">
        <source>Merge %n topic(s) into &quot;%1&quot;</source>
        <translation>
            <numerusform>%n ટૉપિક &quot;%1&quot;માં ભેળવો</numerusform>
            <numerusform>%n ટૉપિક &quot;%1&quot;માં ભેળવો</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesPerWeekChart</name>
    <message numerus="yes">
        <source>DSA practice per week, last %n week(s)</source>
        <translation>
            <numerusform>અઠવાડિયા દીઠ DSA પ્રેક્ટિસ, છેલ્લાં %n અઠવાડિયાં</numerusform>
            <numerusform>અઠવાડિયા દીઠ DSA પ્રેક્ટિસ, છેલ્લાં %n અઠવાડિયાં</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes practised</source>
        <translation>પ્રેક્ટિસની મિનિટ</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>અઠવાડિયાની શરૂઆત</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>મિનિટ</translation>
    </message>
</context>
<context>
    <name>MoveStageCommand</name>
    <message numerus="yes">
        <source>Move %n application(s) to %1</source>
        <translation>
            <numerusform>%n અરજી %1 માં ખસેડો</numerusform>
            <numerusform>%n અરજી %1 માં ખસેડો</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeEditDialog</name>
    <message>
        <source>Has dates</source>
        <translation>તારીખો છે</translation>
    </message>
    <message>
        <source>Edit Item</source>
        <translation>આઇટમમાં ફેરફાર</translation>
    </message>
    <message>
        <source>Edit Heading</source>
        <translation>હેડિંગમાં ફેરફાર</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>કરવાનું છે</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>ચાલુ છે</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>પૂરું</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>છોડી દીધું</translation>
    </message>
    <message>
        <source>Notes in Markdown: links, lists, code…</source>
        <translation>Markdown માં નોંધ: લિંક, લિસ્ટ, કોડ…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>શીર્ષક(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>સ્થિતિ(&amp;S):</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>તારીખો:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>નોંધ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Reminder</source>
        <translation>રિમાઇન્ડર</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ખોલો(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>સ્નૂઝ(&amp;S)</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 મિનિટ</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 મિનિટ</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 કલાક</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>કાલ સુધી</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>બંધ કરો(&amp;D)</translation>
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
            <numerusform>%n ચેકલિસ્ટ આઇટમ</numerusform>
            <numerusform>%n ચેકલિસ્ટ આઇટમ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n પૂરી</numerusform>
            <numerusform>%n પૂરી</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>under %n heading(s)</source>
        <translation>
            <numerusform>%n હેડિંગ હેઠળ</numerusform>
            <numerusform>%n હેડિંગ હેઠળ</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan starts %1</source>
        <translation>પ્લાન %1 થી શરૂ</translation>
    </message>
    <message>
        <source>Dated headings: %1</source>
        <translation>તારીખવાળાં હેડિંગ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n મહિના</numerusform>
            <numerusform>%n મહિના</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n અઠવાડિયાં</numerusform>
            <numerusform>%n અઠવાડિયાં</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n વર્ષ</numerusform>
            <numerusform>%n વર્ષ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n ડિલિવરેબલ</numerusform>
            <numerusform>%n ડિલિવરેબલ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSA target: %1 — %n problem(s)</source>
        <translation>
            <numerusform>DSA લક્ષ્ય: %1 — %n પ્રૉબ્લેમ</numerusform>
            <numerusform>DSA લક્ષ્ય: %1 — %n પ્રૉબ્લેમ</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily application goal: %1–%2</source>
        <translation>રોજની અરજીઓનું લક્ષ્ય: %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Milestone &quot;%1&quot; (%2): %n skill target(s)</source>
        <translation>
            <numerusform>માઇલસ્ટોન &quot;%1&quot; (%2): %n સ્કિલ લક્ષ્ય</numerusform>
            <numerusform>માઇલસ્ટોન &quot;%1&quot; (%2): %n સ્કિલ લક્ષ્ય</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n જાળવી</numerusform>
            <numerusform>%n જાળવી</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n નવી</numerusform>
            <numerusform>%n નવી</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer in the file (hidden, not deleted)</source>
        <translation>
            <numerusform>%n હવે ફાઇલમાં નથી (છુપાવી, કાઢી નથી)</numerusform>
            <numerusform>%n હવે ફાઇલમાં નથી (છુપાવી, કાઢી નથી)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed or moved</source>
        <translation>
            <numerusform>%n નામ બદલાયેલી કે ખસેડાયેલી</numerusform>
            <numerusform>%n નામ બદલાયેલી કે ખસેડાયેલી</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; continues &quot;%3&quot; (its ticks, notes, dates and status)</source>
        <translation>લાઇન %1: &quot;%2&quot; એ &quot;%3&quot; ને ચાલુ રાખે છે (તેનાં ટિક, નોંધ, તારીખો અને સ્થિતિ)</translation>
    </message>
</context>
<context>
    <name>PlanImporter</name>
    <message>
        <source>Could not write the plan into %1 (%2%3); nothing was changed. Free some disk space or check the file&apos;s permissions, then import again.</source>
        <translation>પ્લાન %1 માં લખી શકાયો નહીં (%2%3); કંઈ બદલાયું નથી. ડિસ્કમાં થોડી જગ્યા ખાલી કરો અથવા ફાઇલની પરમિશન તપાસો, પછી ફરી ઇમ્પોર્ટ કરો.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ઇમ્પોર્ટ રદ થયું; કંઈ બદલાયું નથી.</translation>
    </message>
</context>
<context>
    <name>ProblemCommands</name>
    <message>
        <source>skipped </source>
        <translation>છોડ્યું </translation>
    </message>
    <message>
        <source>%1: nothing was imported; fix the line(s) above or pass --skip-bad-rows</source>
        <translation>%1: કંઈ ઇમ્પોર્ટ થયું નથી; ઉપરની લાઇન સુધારો અથવા --skip-bad-rows આપો</translation>
    </message>
    <message>
        <source>would import</source>
        <translation>ઇમ્પોર્ટ થશે</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>ડુપ્લિકેટ</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n problem(s) would be imported</source>
        <translation>
            <numerusform>Dry run: %n પ્રૉબ્લેમ ઇમ્પોર્ટ થશે</numerusform>
            <numerusform>Dry run: %n પ્રૉબ્લેમ ઇમ્પોર્ટ થશે</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n duplicate(s) left out</source>
        <translation>
            <numerusform>, %n ડુપ્લિકેટ છોડી દીધા</numerusform>
            <numerusform>, %n ડુપ્લિકેટ છોડી દીધા</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped; nothing was written.</source>
        <translation>
            <numerusform>, %n ખરાબ રો છોડી; કંઈ લખાયું નથી.</numerusform>
            <numerusform>, %n ખરાબ રો છોડી; કંઈ લખાયું નથી.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n problem(s)</source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમ ઇમ્પોર્ટ કર્યા</numerusform>
            <numerusform>%n પ્રૉબ્લેમ ઇમ્પોર્ટ કર્યા</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n bad row(s) skipped.</source>
        <translation>
            <numerusform>, %n ખરાબ રો છોડી.</numerusform>
            <numerusform>, %n ખરાબ રો છોડી.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n problem(s) to </source>
        <translation>
            <numerusform>%n પ્રૉબ્લેમ એક્સપોર્ટ કર્યા: </numerusform>
            <numerusform>%n પ્રૉબ્લેમ એક્સપોર્ટ કર્યા: </numerusform>
        </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>ચેતવણી: </translation>
    </message>
    <message>
        <source>%1: nothing was imported: every row has a problem (see above)</source>
        <translation>%1: કંઈ ઇમ્પોર્ટ થયું નથી: દરેક રોમાં ખામી છે (ઉપર જુઓ)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>કંઈ ઇમ્પોર્ટ થયું નથી: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Solved</source>
        <translation>ઉકેલ્યો</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>અંશતઃ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>નિષ્ફળ</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>રિવ્યૂ કર્યો</translation>
    </message>
    <message>
        <source>Problem — %1</source>
        <translation>પ્રૉબ્લેમ — %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>શીર્ષક</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>લિંક</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>પ્લેટફૉર્મ</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>ટૉપિક, અલ્પવિરામથી અલગ</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Arrays and Strings, Two Pointers</source>
        <translation>અલ્પવિરામથી અલગ, દા.ત. Arrays and Strings, Two Pointers</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>રેટિંગ નથી</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>કંપનીઓ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ટૅગ</translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation>નોંધ (Markdown)</translation>
    </message>
    <message>
        <source>Notes in Markdown: the idea, the trap, the complexity…</source>
        <translation>Markdown માં નોંધ: આઇડિયા, ટ્રૅપ, કૉમ્પ્લેક્સિટી…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>શીર્ષક(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>લિંક(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>પ્લેટફૉર્મ(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>ટૉપિક(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>મુશ્કેલી(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>સ્થિતિ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Confidence (1–5):</source>
        <translation>આત્મવિશ્વાસ (1–5)(&amp;C):</translation>
    </message>
    <message>
        <source>Co&amp;mpanies:</source>
        <translation>કંપનીઓ(&amp;M):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>ટૅગ(&amp;G):</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>નોંધનું પ્રીવ્યૂ</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>લખો</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>પ્રીવ્યૂ</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>નોંધ(&amp;N):</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>પ્રયાસો</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>તારીખ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>મિનિટ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>પરિણામ</translation>
    </message>
    <message>
        <source>Attempt date</source>
        <translation>પ્રયાસની તારીખ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> મિનિટ</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>લાગેલી મિનિટ</translation>
    </message>
    <message>
        <source>&amp;Log attempt</source>
        <translation>પ્રયાસ લૉગ કરો(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove attempt</source>
        <translation>પ્રયાસ કાઢો(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Next review: %1 (every %n day(s))</source>
        <translation>
            <numerusform>પછીનો રિવ્યૂ: %1 (દર %n દિવસે)</numerusform>
            <numerusform>પછીનો રિવ્યૂ: %1 (દર %n દિવસે)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 ઇમ્પોર્ટ કરો</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s)</source>
        <translation>
            <numerusform>%n નવા પ્રૉબ્લેમ</numerusform>
            <numerusform>%n નવા પ્રૉબ્લેમ</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n ડુપ્લિકેટ છોડી દીધા</numerusform>
            <numerusform>%n ડુપ્લિકેટ છોડી દીધા</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that cannot be read.</source>
        <translation>
            <numerusform>%n રો વાંચી શકાય તેમ નથી.</numerusform>
            <numerusform>%n રો વાંચી શકાય તેમ નથી.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>લાઇન</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>શીર્ષક</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>મુશ્કેલી</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>ટૉપિક</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>સ્થિતિ</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>ઉકેલ્યો</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>શું થશે</translation>
    </message>
    <message>
        <source>left out: already in your log</source>
        <translation>છોડી દીધો: તમારા લૉગમાં પહેલેથી છે</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>ઇમ્પોર્ટ થશે</translation>
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
    <message>
        <source>Confidence</source>
        <translation>આત્મવિશ્વાસ</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>પછીનો રિવ્યૂ</translation>
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
    <name>QuickCommands</name>
    <message>
        <source>--show needs the planner window</source>
        <translation>--show માટે પ્લાનર વિન્ડો જોઈએ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in your log</source>
        <translation>&quot;%1&quot; પહેલેથી તમારા લૉગમાં છે</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved</source>
        <translation>&quot;%1&quot; સેવ થઈ શક્યો નહીં</translation>
    </message>
    <message>
        <source>Added problem &quot;%1&quot; (%2)</source>
        <translation>પ્રૉબ્લેમ &quot;%1&quot; ઉમેર્યો (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 could not be saved</source>
        <translation>%1 — %2 સેવ થઈ શકી નહીં</translation>
    </message>
    <message>
        <source>Added application: %1 — %2</source>
        <translation>અરજી ઉમેરી: %1 — %2</translation>
    </message>
    <message>
        <source>Added application: %1 — %2 (%3)</source>
        <translation>અરજી ઉમેરી: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>--tick needs the title of a roadmap item</source>
        <translation>--tick સાથે રોડમેપ આઇટમનું શીર્ષક જોઈએ</translation>
    </message>
    <message>
        <source>no roadmap item is called &quot;%1&quot;</source>
        <translation>&quot;%1&quot; નામની કોઈ રોડમેપ આઇટમ નથી</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one roadmap item (%2); give the whole title</source>
        <translation>&quot;%1&quot; એક કરતાં વધુ રોડમેપ આઇટમ સાથે મળે છે (%2); આખું શીર્ષક આપો</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already done</source>
        <translation>&quot;%1&quot; પહેલેથી પૂરી હતી</translation>
    </message>
    <message>
        <source>Ticked &quot;%1&quot;</source>
        <translation>&quot;%1&quot; પર ટિક કર્યું</translation>
    </message>
    <message>
        <source>%1: %2 is open read-only</source>
        <translation>%1: %2 ફક્ત-વાંચવા માટે ખુલ્લી છે</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1, %2 માં (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be ticked</source>
        <translation>&quot;%1&quot; પર ટિક થઈ શક્યું નહીં</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>ફક્ત-વાંચવા માટે</translation>
    </message>
    <message>
        <source>Read-only, as asked: %1. You can look at everything; changes are not saved.</source>
        <translation>તમે કહ્યું તેમ ફક્ત-વાંચવા માટે: %1. તમે બધું જોઈ શકો છો; ફેરફારો સાચવાતા નથી.</translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be written (a read-only disk or folder, or no permission). You can look at everything; changes are not saved.</source>
        <translation>ફક્ત-વાંચવા માટે: %1 માં લખી શકાતું નથી (ફક્ત-વાંચવાની ડિસ્ક કે ફોલ્ડર, અથવા પરવાનગી નથી). તમે બધું જોઈ શકો છો; ફેરફારો સાચવાતા નથી.</translation>
    </message>
    <message>
        <source>Save a Copy to &amp;Edit…</source>
        <translation>બદલવા માટે કૉપિ સાચવો(&amp;E)…</translation>
    </message>
    <message>
        <source>%1 (copy).sqlite</source>
        <translation>%1 (કૉપિ).sqlite</translation>
    </message>
    <message>
        <source>Save a Copy to Edit</source>
        <translation>બદલવા માટે કૉપિ સાચવો</translation>
    </message>
    <message>
        <source>Planner databases (*.sqlite);;All files (*)</source>
        <translation>પ્લાનર ડેટાબેઝ (*.sqlite);;બધી ફાઇલો (*)</translation>
    </message>
    <message>
        <source>Choose another name: %1 is the read-only file itself.</source>
        <translation>બીજું નામ પસંદ કરો: %1 એ જ ફક્ત-વાંચવાની ફાઇલ છે.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Nothing was changed.</source>
        <translation>%1 લખી શકાઈ નહીં (%2). કંઈ બદલાયું નથી.</translation>
    </message>
    <message>
        <source>Saved a copy as %1. Open it now? The planner restarts on the copy; the read-only file stays as it is.</source>
        <translation>કૉપિ %1 તરીકે સાચવી. હમણાં ખોલવી છે? પ્લાનર કૉપિ પર ફરી શરૂ થશે; ફક્ત-વાંચવાની ફાઇલ જેમ છે તેમ રહેશે.</translation>
    </message>
    <message>
        <source>&amp;Open the Copy</source>
        <translation>કૉપિ ખોલો(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>હમણાં નહીં(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Daily learning block</source>
        <translation>રોજનો લર્નિંગ બ્લૉક</translation>
    </message>
    <message>
        <source>Daily DSA practice</source>
        <translation>રોજની DSA પ્રેક્ટિસ</translation>
    </message>
    <message>
        <source>Evening check of the application goal</source>
        <translation>અરજીઓના લક્ષ્યની સાંજની તપાસ</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>બાકી રિવ્યૂ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>બાકી ફૉલો-અપ</translation>
    </message>
    <message>
        <source>Interview tomorrow</source>
        <translation>કાલે ઇન્ટરવ્યૂ</translation>
    </message>
    <message>
        <source>Weekly plan review</source>
        <translation>અઠવાડિક પ્લાન રિવ્યૂ</translation>
    </message>
    <message>
        <source>Overdue roadmap items</source>
        <translation>તારીખ વીતી ગયેલી રોડમેપ આઇટમ</translation>
    </message>
</context>
<context>
    <name>ReminderSummary</name>
    <message>
        <source>Time for your learning block</source>
        <translation>તમારા લર્નિંગ બ્લૉકનો સમય</translation>
    </message>
    <message>
        <source>Time for DSA practice</source>
        <translation>DSA પ્રેક્ટિસનો સમય</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to go</source>
        <translation>
            <numerusform>હજી %n અરજી બાકી</numerusform>
            <numerusform>હજી %n અરજી બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Application goal met: %1 of %2 today</source>
        <translation>અરજીઓનું લક્ષ્ય પૂરું: આજે %2 માંથી %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n રિવ્યૂ બાકી</numerusform>
            <numerusform>%n રિવ્યૂ બાકી</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n ફૉલો-અપ બાકી</numerusform>
            <numerusform>%n ફૉલો-અપ બાકી</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) tomorrow</source>
        <translation>
            <numerusform>કાલે %n ઇન્ટરવ્યૂ</numerusform>
            <numerusform>કાલે %n ઇન્ટરવ્યૂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for the weekly plan review</source>
        <translation>અઠવાડિક પ્લાન રિવ્યૂનો સમય</translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s) overdue</source>
        <translation>
            <numerusform>%n પ્લાન આઇટમની તારીખ વીતી ગઈ</numerusform>
            <numerusform>%n પ્લાન આઇટમની તારીખ વીતી ગઈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation>ચૂકી ગયેલાં રિમાઇન્ડર</translation>
    </message>
    <message>
        <source>Roadmap Planner reminder</source>
        <translation>રોડમેપ પ્લાનર રિમાઇન્ડર</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>આજે</translation>
    </message>
    <message>
        <source>%1 of %2 applications today</source>
        <translation>આજે %2 માંથી %1 અરજીઓ</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>the running planner speaks version %1 of the command protocol, not version %2</source>
        <translation>ચાલુ પ્લાનર કમાન્ડ પ્રોટોકોલનું વર્ઝન %1 વાપરે છે, વર્ઝન %2 નહીં</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>અજાણ્યો કમાન્ડ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>RemoveSkillCommand</name>
    <message>
        <source>Delete skill %1</source>
        <translation>સ્કિલ %1 કાઢી નાખો</translation>
    </message>
</context>
<context>
    <name>ReplaceProblemsCommand</name>
    <message>
        <source>Reviewed &quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; નો રિવ્યૂ કર્યો (%2)</translation>
    </message>
</context>
<context>
    <name>ReportHeadlines</name>
    <message>
        <source>Plan: %1 of %2 items done (%3%)</source>
        <translation>પ્લાન: %2 માંથી %1 આઇટમ પૂરી (%3%)</translation>
    </message>
    <message>
        <source>Problems solved against the plan&apos;s targets: %1 of %2 (%3%)</source>
        <translation>પ્લાનના લક્ષ્યો સામે ઉકેલેલા પ્રૉબ્લેમ: %2 માંથી %1 (%3%)</translation>
    </message>
    <message>
        <source>Applications this week: %1 against a goal of %2 (%3 a day for %4 days)</source>
        <translation>આ અઠવાડિયાની અરજીઓ: %2 ના લક્ષ્ય સામે %1 (%4 દિવસ માટે રોજ %3)</translation>
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
        <translation>ફનલ: %1</translation>
    </message>
    <message>
        <source>Skills at their %1 target: %2 of %3</source>
        <translation>%1 લક્ષ્ય પર પહોંચેલી સ્કિલ્સ: %3 માંથી %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation>રોજનો</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>તમે બનાવેલો</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>ઇમ્પોર્ટ પહેલાં</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>રિસ્ટોર પહેલાં</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>બૅકઅપ રિસ્ટોર કરો</translation>
    </message>
    <message>
        <source>The planner&apos;s current state is saved as a backup first, so a restore can itself be undone by restoring that copy.</source>
        <translation>પહેલાં પ્લાનરની હાલની સ્થિતિ બૅકઅપ તરીકે સેવ થાય છે, એટલે એ કૉપિ રિસ્ટોર કરીને રિસ્ટોર પણ પાછું લઈ શકાય.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>ક્યારે</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>શા માટે</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>સાઇઝ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>રિસ્ટોર કરો(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>Again</source>
        <translation>ફરી</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>અઘરું</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>સારું</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>સરળ</translation>
    </message>
</context>
<context>
    <name>RoadmapCommands</name>
    <message>
        <source>Would import %1: %2</source>
        <translation>%1 ઇમ્પોર્ટ થશે: %2</translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation>%1 ઇમ્પોર્ટ થાય છે: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ચેતવણી: %1</translation>
    </message>
    <message>
        <source>%1 does not exist; it would be created holding just this plan.</source>
        <translation>%1 અસ્તિત્વમાં નથી; તે ફક્ત આ પ્લાન સાથે બનાવાશે.</translation>
    </message>
    <message>
        <source>Re-import over the current plan: %1</source>
        <translation>હાલના પ્લાન પર ફરી ઇમ્પોર્ટ: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: કંઈ લખાયું નથી.</translation>
    </message>
    <message>
        <source>Re-imported over the current plan: %1</source>
        <translation>હાલના પ્લાન પર ફરી ઇમ્પોર્ટ કર્યું: %1</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>%1 માં ઇમ્પોર્ટ કર્યું.</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>%1: આવો કોઈ ડેટાબેસ નથી</translation>
    </message>
    <message>
        <source>Exported %1 items to %2</source>
        <translation>%1 આઇટમ %2 માં એક્સપોર્ટ કરી</translation>
    </message>
</context>
<context>
    <name>RoadmapEdits</name>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; પર ટિક કરો</translation>
    </message>
    <message>
        <source>Untick &quot;%1&quot;</source>
        <translation>&quot;%1&quot; પરથી ટિક હટાવો</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;</source>
        <translation>&quot;%1&quot; શરૂ કરો</translation>
    </message>
    <message>
        <source>Skip &quot;%1&quot;</source>
        <translation>&quot;%1&quot; છોડી દો</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <translation>&quot;%1&quot; નું નામ બદલો</translation>
    </message>
    <message>
        <source>Edit the notes of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ની નોંધ બદલો</translation>
    </message>
    <message>
        <source>Change the dates of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ની તારીખો બદલો</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>&quot;%1&quot; કાઢી નાખો</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ઉમેરો</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>&quot;%1&quot; ખસેડો</translation>
    </message>
</context>
<context>
    <name>RoadmapImportDialog</name>
    <message>
        <source>Import Roadmap — %1</source>
        <translation>રોડમેપ ઇમ્પોર્ટ — %1</translation>
    </message>
    <message>
        <source>&amp;Re-import over the current plan — keep my ticks and notes</source>
        <translation>હાલના પ્લાન પર ફરી ઇમ્પોર્ટ કરો — મારાં ટિક અને નોંધ રાખો(&amp;R)</translation>
    </message>
    <message>
        <source>Start a &amp;new plan from this file</source>
        <translation>આ ફાઇલથી નવો પ્લાન શરૂ કરો(&amp;N)</translation>
    </message>
    <message>
        <source>Nothing beyond headings and checklist items.</source>
        <translation>હેડિંગ અને ચેકલિસ્ટ આઇટમ સિવાય કંઈ નથી.</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>ઓળખાયેલું</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>કેવી રીતે ઇમ્પોર્ટ કરવું</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>પ્લાન</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>તારીખો</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>ચાલુ રાખે છે</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>મેળ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>નવો</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>મળ્યો</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ખસેડાયો</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>નામ બદલાયું</translation>
    </message>
    <message>
        <source>Keeps the ticks, notes, dates and status of &quot;%1&quot;. Right-click to import it as new instead.</source>
        <translation>&quot;%1&quot; નાં ટિક, નોંધ, તારીખો અને સ્થિતિ જાળવે છે. તેના બદલે નવી તરીકે ઇમ્પોર્ટ કરવા રાઇટ-ક્લિક કરો.</translation>
    </message>
    <message>
        <source>. Nodes are matched by heading path and title, and renamed or moved ones by their content (the Continues column). Undo (Ctrl+Z) takes the import back.</source>
        <translation>. નોડ હેડિંગ પાથ અને શીર્ષક પરથી મેળવાય છે, અને નામ બદલાયેલા કે ખસેડાયેલા નોડ તેમના કન્ટેન્ટ પરથી (ચાલુ રાખે છે કૉલમ). Undo (Ctrl+Z) ઇમ્પોર્ટ પાછું લે છે.</translation>
    </message>
    <message>
        <source>The current plan is replaced; problems, applications and skills stay. Undo (Ctrl+Z) takes the import back.</source>
        <translation>હાલનો પ્લાન બદલાઈ જશે; પ્રૉબ્લેમ, અરજીઓ અને સ્કિલ્સ એમ જ રહેશે. Undo (Ctrl+Z) ઇમ્પોર્ટ પાછું લે છે.</translation>
    </message>
    <message>
        <source>Match Again by Content</source>
        <translation>કન્ટેન્ટ પરથી ફરી મેળવો</translation>
    </message>
    <message>
        <source>Import as New (do not continue &quot;%1&quot;)</source>
        <translation>નવી તરીકે ઇમ્પોર્ટ કરો (&quot;%1&quot; ચાલુ ન રાખો)</translation>
    </message>
    <message>
        <source>Continue a Different Node…</source>
        <translation>બીજો નોડ ચાલુ રાખો…</translation>
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
    <message>
        <source>In progress</source>
        <translation>ચાલુ છે</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>છોડી દીધું</translation>
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
        <translation>%1 ને લેવલ %2 પર સેટ કરો</translation>
    </message>
</context>
<context>
    <name>SetSkillTargetCommand</name>
    <message>
        <source>Change the target of %1</source>
        <translation>%1 નું લક્ષ્ય બદલો</translation>
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
    <message>
        <source>Reminders</source>
        <translation>રિમાઇન્ડર</translation>
    </message>
    <message>
        <source>%1 at</source>
        <translation>%1 સમય</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 દિવસ</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>દરરોજ</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>શાંત સમય(&amp;Q)</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>શાંત સમય શરૂ</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>શાંત સમય પૂરો</translation>
    </message>
    <message>
        <source>until</source>
        <translation>થી</translation>
    </message>
    <message>
        <source>Reminders due in quiet hours come when they end; missed reminders come once, together.</source>
        <translation>શાંત સમયમાં આવતાં રિમાઇન્ડર તે પૂરો થાય ત્યારે આવે છે; ચૂકી ગયેલાં રિમાઇન્ડર એક જ વાર, સાથે આવે છે.</translation>
    </message>
    <message>
        <source>Tray and start-up</source>
        <translation>ટ્રે અને સ્ટાર્ટ-અપ</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps the planner in the tray</source>
        <translation>વિન્ડો બંધ કરવાથી પ્લાનર ટ્રેમાં ચાલુ રહે(&amp;C)</translation>
    </message>
    <message>
        <source>This desktop has no system tray (some Linux desktops leave it out, or need an extension for it), so reminders appear in a bar at the top of the window and its taskbar entry asks for attention. Keep the window open or minimised to get them.</source>
        <translation>આ ડેસ્કટૉપમાં સિસ્ટમ ટ્રે નથી (કેટલાક Linux ડેસ્કટૉપમાં તે હોતી નથી, અથવા તે માટે એક્સટેન્શન જોઈએ), તેથી રિમાઇન્ડર વિન્ડોની ઉપર એક પટ્ટીમાં દેખાય છે અને ટાસ્કબારની એન્ટ્રી ધ્યાન ખેંચે છે. તે મેળવવા વિન્ડો ખુલ્લી કે મિનિમાઇઝ રાખો.</translation>
    </message>
    <message>
        <source>Start Roadmap Planner when I &amp;log in</source>
        <translation>હું લૉગ-ઇન કરું ત્યારે રોડમેપ પ્લાનર શરૂ કરો(&amp;L)</translation>
    </message>
    <message>
        <source>Change reminders</source>
        <translation>રિમાઇન્ડર બદલો</translation>
    </message>
    <message>
        <source>Start at Log-in</source>
        <translation>લૉગ-ઇન વખતે શરૂ કરો</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>this planner window takes no commands</source>
        <translation>આ પ્લાનર વિન્ડો કમાન્ડ સ્વીકારતી નથી</translation>
    </message>
    <message>
        <source>the planner window holding %1 did not answer</source>
        <translation>%1 ખોલેલી પ્લાનર વિન્ડોએ જવાબ ન આપ્યો</translation>
    </message>
    <message>
        <source>the planner window holding %1 answered in a protocol this command does not speak</source>
        <translation>%1 ખોલેલી પ્લાનર વિન્ડોએ એવા પ્રોટોકોલમાં જવાબ આપ્યો જે આ કમાન્ડ સમજતો નથી</translation>
    </message>
    <message>
        <source>could not listen on the local socket %1</source>
        <translation>સ્થાનિક સોકેટ %1 ખોલી શકાયું નહીં</translation>
    </message>
    <message>
        <source>cannot reach the planner window holding %1: %2</source>
        <translation>%1 ખોલેલી પ્લાનર વિન્ડો સુધી પહોંચી શકાયું નહીં: %2</translation>
    </message>
    <message>
        <source>the planner window holding %1 does not answer</source>
        <translation>%1 ખોલેલી પ્લાનર વિન્ડો જવાબ નથી આપતી</translation>
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
    <name>SkillBarDelegate</name>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>લક્ષ્ય નથી</translation>
    </message>
</context>
<context>
    <name>SkillCategory</name>
    <message>
        <source>Languages</source>
        <translation>લેંગ્વેજ</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>ડેટા</translation>
    </message>
    <message>
        <source>DevOps/Cloud</source>
        <translation>DevOps/Cloud</translation>
    </message>
    <message>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <source>CS fundamentals</source>
        <translation>CS ફંડામેન્ટલ્સ</translation>
    </message>
</context>
<context>
    <name>SkillEvidencePanel</name>
    <message>
        <source>Unlink</source>
        <translation>અનલિંક કરો</translation>
    </message>
    <message>
        <source>Roadmap items linked to the skill</source>
        <translation>સ્કિલ સાથે લિંક થયેલી રોડમેપ આઇટમ</translation>
    </message>
    <message>
        <source>Link the roadmap items whose text names this skill</source>
        <translation>જે રોડમેપ આઇટમના લખાણમાં આ સ્કિલનું નામ છે તેને લિંક કરો</translation>
    </message>
    <message>
        <source>Unlink the selected items from this skill</source>
        <translation>પસંદ કરેલી આઇટમ આ સ્કિલથી અનલિંક કરો</translation>
    </message>
    <message>
        <source>Link matching items</source>
        <translation>મળતી આઇટમ લિંક કરો</translation>
    </message>
    <message>
        <source>Accept suggested level</source>
        <translation>સૂચવેલું લેવલ સ્વીકારો</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>પુરાવા</translation>
    </message>
    <message>
        <source>Select a skill to see the roadmap items and DSA practice behind it.</source>
        <translation>સ્કિલ પાછળની રોડમેપ આઇટમ અને DSA પ્રેક્ટિસ જોવા કોઈ સ્કિલ પસંદ કરો.</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 માટેના પુરાવા</translation>
    </message>
    <message>
        <source>No roadmap items linked yet.</source>
        <translation>હજી કોઈ રોડમેપ આઇટમ લિંક નથી.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n linked item(s) done.</source>
        <translation>
            <numerusform>%n લિંક થયેલી આઇટમમાંથી %1 પૂરી.</numerusform>
            <numerusform>%n લિંક થયેલી આઇટમમાંથી %1 પૂરી.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSA log: %1 of %n target problem(s) solved.</source>
        <translation>
            <numerusform>DSA લૉગ: %n લક્ષ્ય પ્રૉબ્લેમમાંથી %1 ઉકેલ્યા.</numerusform>
            <numerusform>DSA લૉગ: %n લક્ષ્ય પ્રૉબ્લેમમાંથી %1 ઉકેલ્યા.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested level: %1 of %2 (%3); now %4.</source>
        <translation>સૂચવેલું લેવલ: %2 માંથી %1 (%3); હાલ %4.</translation>
    </message>
    <message>
        <source>Set level to %1</source>
        <translation>લેવલ %1 પર સેટ કરો</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>પૂરું</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>હજી પૂરું નથી</translation>
    </message>
    <message numerus="yes">
        <source>Link %n matching item(s)</source>
        <translation>
            <numerusform>%n મળતી આઇટમ લિંક કરો</numerusform>
            <numerusform>%n મળતી આઇટમ લિંક કરો</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillHistoryChart</name>
    <message>
        <source>Skill levels over time</source>
        <translation>સમય સાથે સ્કિલ લેવલ</translation>
    </message>
    <message>
        <source>No level changes yet. Set a skill&apos;s level in the Skills table; every change is kept with its date.</source>
        <translation>હજી લેવલમાં કોઈ ફેરફાર નથી. સ્કિલ્સ ટેબલમાં સ્કિલનું લેવલ સેટ કરો; દરેક ફેરફાર તેની તારીખ સાથે રખાય છે.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>તારીખ</translation>
    </message>
    <message>
        <source>Level (cells of %1)</source>
        <translation>લેવલ (%1 ખાનામાંથી)</translation>
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
    <message>
        <source>No target at %1; double-click to set one</source>
        <translation>%1 પર લક્ષ્ય નથી; સેટ કરવા ડબલ-ક્લિક કરો</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>કૅટેગરી</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>નોંધ</translation>
    </message>
</context>
<context>
    <name>SkillRadarChart</name>
    <message>
        <source>Average level by category (cells of %1)</source>
        <translation>કૅટેગરી પ્રમાણે સરેરાશ લેવલ (%1 ખાનામાંથી)</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>કૅટેગરી વિના</translation>
    </message>
    <message>
        <source>A radar needs skills in at least three categories. Set the category of your skills in the Skills table.</source>
        <translation>રડાર માટે ઓછામાં ઓછી ત્રણ કૅટેગરીમાં સ્કિલ્સ જોઈએ. સ્કિલ્સ ટેબલમાં તમારી સ્કિલ્સની કૅટેગરી સેટ કરો.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>હાલ</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>લક્ષ્ય: %1</translation>
    </message>
</context>
<context>
    <name>SkillTargetsChart</name>
    <message>
        <source>Skill level now and at each milestone</source>
        <translation>હાલનું અને દરેક માઇલસ્ટોન પરનું સ્કિલ લેવલ</translation>
    </message>
    <message>
        <source>No skills yet. Import a plan with a skill-progression block, or add a skill in the Skills tab.</source>
        <translation>હજી કોઈ સ્કિલ નથી. skill-progression બ્લૉકવાળો પ્લાન ઇમ્પોર્ટ કરો, અથવા સ્કિલ્સ ટૅબમાં સ્કિલ ઉમેરો.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>હાલ</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>લક્ષ્ય: %1</translation>
    </message>
    <message>
        <source>Level (cells of %1)</source>
        <translation>લેવલ (%1 ખાનામાંથી)</translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <source>Skills against milestone targets</source>
        <translation>માઇલસ્ટોન લક્ષ્યો સામે સ્કિલ્સ</translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale.</source>
        <translation>લેવલ પ્લાનના 14-ખાનાના સ્કેલ પર.</translation>
    </message>
    <message>
        <source>Levels on the plan&apos;s 14-cell scale · %1</source>
        <translation>લેવલ પ્લાનના 14-ખાનાના સ્કેલ પર · %1</translation>
    </message>
    <message>
        <source>Double-click a level, target, category or note to change it</source>
        <translation>બદલવા માટે લેવલ, લક્ષ્ય, કૅટેગરી કે નોંધ પર ડબલ-ક્લિક કરો</translation>
    </message>
    <message>
        <source>Delete Skill</source>
        <translation>સ્કિલ કાઢી નાખો</translation>
    </message>
    <message>
        <source>No skills yet.
Import a plan with a skill-progression block to set milestone targets, or press Add Skill.</source>
        <translation>હજી કોઈ સ્કિલ નથી.
માઇલસ્ટોન લક્ષ્યો સેટ કરવા skill-progression બ્લૉકવાળો પ્લાન ઇમ્પોર્ટ કરો, અથવા સ્કિલ ઉમેરો દબાવો.</translation>
    </message>
    <message>
        <source>&amp;Add Skill…</source>
        <translation>સ્કિલ ઉમેરો(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Skill</source>
        <translation>સ્કિલ કાઢી નાખો(&amp;D)</translation>
    </message>
    <message>
        <source>Level &amp;Names…</source>
        <translation>લેવલનાં નામ(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the levels of the 14-cell scale or move their limits</source>
        <translation>14-ખાનાના સ્કેલનાં લેવલનાં નામ બદલો અથવા તેમની મર્યાદા ખસેડો</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>ચાર્ટ</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>એક્સપોર્ટ(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>ચાર્ટ(&amp;C):</translation>
    </message>
    <message>
        <source>Add Skill</source>
        <translation>સ્કિલ ઉમેરો</translation>
    </message>
    <message>
        <source>Skill name:</source>
        <translation>સ્કિલનું નામ:</translation>
    </message>
    <message>
        <source>There is already a skill named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; નામની સ્કિલ પહેલેથી છે.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s)</source>
        <translation>
            <numerusform>%n સ્કિલ કાઢી નાખો</numerusform>
            <numerusform>%n સ્કિલ કાઢી નાખો</numerusform>
        </translation>
    </message>
    <message>
        <source>Level Names</source>
        <translation>લેવલનાં નામ</translation>
    </message>
    <message>
        <source>Highest level and name of each band of the %1-cell scale, separated by
semicolons; the last band ends at %1. For example:
%2</source>
        <translation>%1-ખાનાના સ્કેલના દરેક પટ્ટાનું સૌથી ઊંચું લેવલ અને નામ, અર્ધવિરામથી
અલગ; છેલ્લો પટ્ટો %1 પર પૂરો થાય છે. ઉદાહરણ:
%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scale: limits must rise from 1 to %2, each with a name, like %3.</source>
        <translation>&quot;%1&quot; સ્કેલ નથી: મર્યાદાઓ 1 થી %2 સુધી વધતી હોવી જોઈએ, દરેક નામ સાથે, જેમ કે %3.</translation>
    </message>
    <message>
        <source>Rename skill levels</source>
        <translation>સ્કિલ લેવલનાં નામ બદલો</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skill(s) at target</source>
        <translation>
            <numerusform>%n સ્કિલમાંથી %1 લક્ષ્ય પર</numerusform>
            <numerusform>%n સ્કિલમાંથી %1 લક્ષ્ય પર</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, in %n day(s)</source>
        <translation>
            <numerusform>%1: %2, %n દિવસમાં</numerusform>
            <numerusform>%1: %2, %n દિવસમાં</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n day(s) ago</source>
        <translation>
            <numerusform>%1: %2, %n દિવસ પહેલાં</numerusform>
            <numerusform>%1: %2, %n દિવસ પહેલાં</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Plan on a calendar</source>
        <translation>કૅલેન્ડર પર પ્લાન</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>આજે</translation>
    </message>
    <message>
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 માંથી %1 પૂરી</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>તારીખ વીતી ગઈ</translation>
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
    <message>
        <source>&amp;Edit…</source>
        <translation>ફેરફાર કરો(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>નામ બદલો(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>આઇટમ ઉમેરો(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>કાઢી નાખો(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ઉપર ખસેડો(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>નીચે ખસેડો(&amp;W)</translation>
    </message>
    <message>
        <source>Mark as &amp;To Do</source>
        <translation>કરવાનું છે તરીકે માર્ક કરો(&amp;T)</translation>
    </message>
    <message>
        <source>Mark as &amp;In Progress</source>
        <translation>ચાલુ છે તરીકે માર્ક કરો(&amp;I)</translation>
    </message>
    <message>
        <source>Mark as D&amp;one</source>
        <translation>પૂરું તરીકે માર્ક કરો(&amp;O)</translation>
    </message>
    <message>
        <source>Mark as &amp;Skipped</source>
        <translation>છોડી દીધું તરીકે માર્ક કરો(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>&quot;%1&quot; માં ફેરફાર કરો</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>નવી આઇટમ</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n દિવસથી બાકી</numerusform>
            <numerusform>%n દિવસથી બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>આજે બાકી</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n દિવસમાં બાકી</numerusform>
            <numerusform>%n દિવસમાં બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan items for this week</source>
        <translation>આ અઠવાડિયાની પ્લાન આઇટમ</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>બાકી રિવ્યૂ</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>બાકી ફૉલો-અપ</translation>
    </message>
    <message>
        <source>Interviews in the next 48 hours</source>
        <translation>આગામી 48 કલાકમાં ઇન્ટરવ્યૂ</translation>
    </message>
    <message>
        <source>Applications today against the daily goal</source>
        <translation>આજની અરજીઓ વિરુદ્ધ રોજનું લક્ષ્ય</translation>
    </message>
    <message>
        <source>Select a review and press 1 Again · 2 Hard · 3 Good · 4 Easy. Enter opens it.</source>
        <translation>રિવ્યૂ પસંદ કરો અને દબાવો 1 ફરી · 2 અઘરું · 3 સારું · 4 સરળ. Enter તેને ખોલે છે.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 plan items done</source>
        <translation>પ્લાનની %L2 માંથી %L1 આઇટમ પૂરી</translation>
    </message>
    <message numerus="yes">
        <source>DSA streak: %n day(s)</source>
        <translation>
            <numerusform>DSA સ્ટ્રીક: %n દિવસ</numerusform>
            <numerusform>DSA સ્ટ્રીક: %n દિવસ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DSA streak: %n day(s) — practise today to keep it</source>
        <translation>
            <numerusform>DSA સ્ટ્રીક: %n દિવસ — તે જાળવવા આજે પ્રેક્ટિસ કરો</numerusform>
            <numerusform>DSA સ્ટ્રીક: %n દિવસ — તે જાળવવા આજે પ્રેક્ટિસ કરો</numerusform>
        </translation>
    </message>
    <message>
        <source>This week — the plan&apos;s action items</source>
        <translation>આ અઠવાડિયે — પ્લાનનાં કામ</translation>
    </message>
    <message numerus="yes">
        <source>This week in the plan (%n open)</source>
        <translation>
            <numerusform>પ્લાનમાં આ અઠવાડિયે (%n બાકી)</numerusform>
            <numerusform>પ્લાનમાં આ અઠવાડિયે (%n બાકી)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing open for this week. Well done!</source>
        <translation>આ અઠવાડિયાનું કોઈ કામ બાકી નથી. શાબાશ!</translation>
    </message>
    <message numerus="yes">
        <source>Reviews due (%n)</source>
        <translation>
            <numerusform>બાકી રિવ્યૂ (%n)</numerusform>
            <numerusform>બાકી રિવ્યૂ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due. Solved problems come back after 1, 3, 7, 14 and 30 days.</source>
        <translation>કોઈ રિવ્યૂ બાકી નથી. ઉકેલેલા પ્રૉબ્લેમ 1, 3, 7, 14 અને 30 દિવસ પછી પાછા આવે છે.</translation>
    </message>
    <message numerus="yes">
        <source>Applications today: %1 of %2–%3 · %n to go</source>
        <translation>
            <numerusform>આજની અરજીઓ: %2–%3 માંથી %1 · હજી %n બાકી</numerusform>
            <numerusform>આજની અરજીઓ: %2–%3 માંથી %1 · હજી %n બાકી</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications today: %1 of %2–%3 · goal met</source>
        <translation>આજની અરજીઓ: %2–%3 માંથી %1 · લક્ષ્ય પૂરું</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>બાકી ફૉલો-અપ (%n)</numerusform>
            <numerusform>બાકી ફૉલો-અપ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>કોઈ ફૉલો-અપ બાકી નથી.</translation>
    </message>
    <message numerus="yes">
        <source>Interviews in the next 48 hours (%n)</source>
        <translation>
            <numerusform>આગામી 48 કલાકમાં ઇન્ટરવ્યૂ (%n)</numerusform>
            <numerusform>આગામી 48 કલાકમાં ઇન્ટરવ્યૂ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>આજે</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>કાલે</translation>
    </message>
    <message>
        <source>%1 — %2 · %3, %4</source>
        <translation>%1 — %2 · %3, %4</translation>
    </message>
    <message>
        <source>No interviews in the next 48 hours.</source>
        <translation>આગામી 48 કલાકમાં કોઈ ઇન્ટરવ્યૂ નથી.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the Timeline</source>
        <translation>
            <numerusform>… અને %n બાકી: ટાઇમલાઇન ખોલો</numerusform>
            <numerusform>… અને %n બાકી: ટાઇમલાઇન ખોલો</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open the DSA log</source>
        <translation>
            <numerusform>… અને %n બાકી: DSA લૉગ ખોલો</numerusform>
            <numerusform>… અને %n બાકી: DSA લૉગ ખોલો</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: open Applications</source>
        <translation>
            <numerusform>… અને %n બાકી: અરજીઓ ખોલો</numerusform>
            <numerusform>… અને %n બાકી: અરજીઓ ખોલો</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicMergeAction</name>
    <message>
        <source>&amp;Merge into…</source>
        <translation>આમાં ભેળવો(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the selected topics into one; the other names become its aliases</source>
        <translation>પસંદ કરેલા ટૉપિક એકમાં ભેળવો; બાકીનાં નામ તેનાં ઉપનામ બને છે</translation>
    </message>
    <message>
        <source>Merge topics</source>
        <translation>ટૉપિક ભેળવો</translation>
    </message>
    <message>
        <source>&amp;Keep this topic:</source>
        <translation>આ ટૉપિક રાખો(&amp;K):</translation>
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
    <message>
        <source>Also called: %1</source>
        <translation>બીજાં નામ: %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Roadmap Planner</source>
        <translation>રોડમેપ પ્લાનર</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>વિન્ડો છુપાવો(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>વિન્ડો બતાવો(&amp;S)</translation>
    </message>
    <message>
        <source>Add a &amp;Problem…</source>
        <translation>પ્રૉબ્લેમ ઉમેરો(&amp;P)…</translation>
    </message>
    <message>
        <source>Add an &amp;Application…</source>
        <translation>અરજી ઉમેરો(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s Summary</source>
        <translation>આજનો સારાંશ(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;nooze All for an Hour</source>
        <translation>બધું એક કલાક માટે સ્નૂઝ કરો(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>બહાર નીકળો(&amp;Q)</translation>
    </message>
    <message>
        <source>Roadmap Planner is still running</source>
        <translation>રોડમેપ પ્લાનર હજી ચાલુ છે</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. To quit, use Quit in the tray menu; Settings can turn this off.</source>
        <translation>રિમાઇન્ડર ટ્રેમાંથી આવતાં રહેશે. બહાર નીકળવા ટ્રે મેનૂમાં &quot;બહાર નીકળો&quot; વાપરો; સેટિંગ્સમાં આ બંધ કરી શકાય છે.</translation>
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
        <source>The planner could not open its database.</source>
        <translation>પ્લાનર તેનો ડેટાબેસ ખોલી શક્યો નહીં.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Choose another file with --database.</source>
        <translation>%1

કંઈ બદલાયું નથી. --database થી બીજી ફાઇલ પસંદ કરો.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. A backup from %2 exists: restoring it keeps the damaged file beside it.</source>
        <translation>%1

કંઈ બદલાયું નથી. %2 નો બૅકઅપ છે: તે રિસ્ટોર કરવાથી બગડેલી ફાઇલ તેની બાજુમાં રખાય છે.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>બૅકઅપ રિસ્ટોર કરો</translation>
    </message>
    <message>
        <source>Roadmap Planner is already open on %1, but that window does not answer.</source>
        <translation>રોડમેપ પ્લાનર %1 પર પહેલેથી ખુલ્લું છે, પણ તે વિન્ડો જવાબ આપતી નથી.</translation>
    </message>
    <message>
        <source>%1: could not create the folder</source>
        <translation>%1: ફોલ્ડર બનાવી શકાયું નહીં</translation>
    </message>
    <message>
        <source>Wrote %1 screenshots to %2</source>
        <translation>%1 સ્ક્રીનશૉટ %2 માં લખ્યા</translation>
    </message>
</context>
</TS>
