<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="130"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="134"/>
        <source>Follow intergovernmental conferences from afar: webcasts with interpretation, documents, stamped notes and feedback reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="138"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="144"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="149"/>
        <source>Licences of the main dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="153"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="154"/>
        <source>Copy versions and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="156"/>
        <source>Copy the versions and licences as text, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="159"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="168"/>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="170"/>
        <source>&amp;Licences:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../observer_app/ui/app.py" line="101"/>
        <source>Player unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="163"/>
        <location filename="../../observer_app/ui/app.py" line="180"/>
        <source>{app} cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="181"/>
        <source>The demo conference is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="26"/>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="37"/>
        <source>Export followed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="27"/>
        <source>You follow no session yet: right-click a body or a session in the schedule and choose Follow (or press Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="39"/>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="60"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="62"/>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="68"/>
        <source>%n session(s) written to {path}</source>
        <translation>
            <numerusform>%n session written to {path}</numerusform>
            <numerusform>%n sessions written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <location filename="../../observer_app/ui/widgets/caption_strip.py" line="30"/>
        <source>Live captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="37"/>
        <source>Observer: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="46"/>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="48"/>
        <source>Traceback and versions, without passwords or tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="52"/>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="54"/>
        <source>Copy the report to the clipboard, to paste into a bug report or an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="57"/>
        <source>&amp;Quit Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="58"/>
        <source>Close Observer (your notes are saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="60"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="61"/>
        <source>Close this message and keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="78"/>
        <source>Something went wrong inside Observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/crash.py" line="81"/>
        <source>It happened %n time(s).</source>
        <translation>
            <numerusform>It happened %n time.</numerusform>
            <numerusform>It happened %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="87"/>
        <source>Your saved notes are safe and you can keep working; if something looks wrong, restart Observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="92"/>
        <source>The report was also saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="94"/>
        <source>The report could not be saved to the log folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="97"/>
        <source>Please send the report to the developers: it contains no passwords or tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="14"/>
        <source>Symbol</source>
        <extracomment>Column header: a document symbol such as DT/33 or 67(Rev.1) (UN: fr « Cote », ru «Обозначение»). Keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="15"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="16"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="17"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="18"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="19"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="105"/>
        <source>New since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="108"/>
        <source>On this computer: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="112"/>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="69"/>
        <source>Find a document (DT/33, 67 Rev 1…); Enter searches all text and notes</source>
        <extracomment>Keep the example symbols DT/33 and 67 Rev 1 exactly: they are what the search understands (not « Rév. »).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="71"/>
        <source>Find a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="76"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="113"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="128"/>
        <source>Mark all seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="131"/>
        <source>Mark all documents as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="133"/>
        <source>● marks documents and revisions that appeared since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="165"/>
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>%n document. Select it to read it.</numerusform>
            <numerusform>%n documents. Select one to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="231"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n result for “{query}”</numerusform>
            <numerusform>%n results for “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="234"/>
        <source>: download the documents to search their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="262"/>
        <source>Compare with the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="270"/>
        <source>Nothing to compare: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="273"/>
        <source>{symbol}: changes since {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="279"/>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="281"/>
        <source>Text differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="313"/>
        <source>{symbol}: no file is listed for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="333"/>
        <source>{symbol}: online only ({url}). Use Download below to read it offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>Documents to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="39"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="41"/>
        <source>Download the documents for offline reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="43"/>
        <source>Download the documents for offline reading (and index their text for search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="45"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="46"/>
        <source>Cancel the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="48"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="52"/>
        <source>Get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="67"/>
        <source>{body} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="105"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="112"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="130"/>
        <source>Fetched {fetched}, unchanged {unchanged}, on this computer {local}, failed {failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="138"/>
        <source>, cancelled {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="147"/>
        <source>Download stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="58"/>
        <source>Welcome to Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="62"/>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Observer follows a conference&apos;s sessions with you: the webcast with interpretation, the documents, and notes stamped with the moment they refer to.&lt;/p&gt;&lt;p&gt;Tell it who you are (feedback reports are signed with it) and which languages you prefer. Everything can be changed later in File &amp;gt; Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="70"/>
        <source>e.g. Ana Pereira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="72"/>
        <source>e.g. Digital Rights Coalition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="80"/>
        <source>&amp;Interpretation you prefer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="81"/>
        <source>Interface &amp;language (after a restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="82"/>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="89"/>
        <source>Start with the &amp;demo conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="91"/>
        <source>PP-Demo: four bodies sitting now, with interpretation and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="93"/>
        <source>O&amp;pen my conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="95"/>
        <source>Paths or addresses of your conference&apos;s schedule, streams and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="97"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="98"/>
        <source>Keep the demo open; this page will not come back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="17"/>
        <source>Supports</source>
        <extracomment>A delegation&apos;s stance in a note: it supports the proposal (fr « Soutient »).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="18"/>
        <source>Opposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="20"/>
        <source>Concern</source>
        <extracomment>A delegation&apos;s stance in a note: it raises a concern (a noun, like Question).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="21"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="22"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="27"/>
        <source>Floor</source>
        <extracomment>Audio channel: the room&apos;s own sound, speakers in their original language (UN: fr « Original », not a wooden floor). Glossary: resources/i18n/glossary.json.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="30"/>
        <source>Arabic</source>
        <extracomment>Language names stand alone (audio channels, &quot;Channel not in this stream: Arabic&quot;): write them as a label, in the form a list item takes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="31"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="32"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="33"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="34"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="35"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="39"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="41"/>
        <source>Web page (HTML)</source>
        <extracomment>A report format in the export dialog&apos;s list, and in &quot;Writing the {format}…&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="42"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="43"/>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="45"/>
        <source>JSON (for platforms)</source>
        <extracomment>A report format: JSON for the organisers&apos; platforms to read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="46"/>
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="48"/>
        <source>Subtitles over the recording (WebVTT)</source>
        <extracomment>A report format: the notes as subtitles shown over the session&apos;s recording.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="49"/>
        <source>Subtitles over the recording (SRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="51"/>
        <source>Plain text (e-mail body)</source>
        <extracomment>A report format: plain text to paste into the body of an e-mail.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="23"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="24"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="25"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="26"/>
        <source>Document viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="27"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="31"/>
        <source>&amp;Schedule pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="32"/>
        <source>N&amp;otes pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="33"/>
        <source>&amp;Documents pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="34"/>
        <source>Document &amp;viewer pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="35"/>
        <source>Tr&amp;anscript pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="64"/>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="65"/>
        <source>Wa&amp;tch layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="66"/>
        <source>The video large, the notes and the schedule beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="80"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="81"/>
        <source>&amp;Read layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="82"/>
        <source>A document page at reading size, the video and the document list beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="94"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="95"/>
        <source>Re&amp;port layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="96"/>
        <source>The notes wide to review and write, the video small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="195"/>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="38"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="39"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="40"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="41"/>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="42"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="175"/>
        <source>&amp;Open conference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="183"/>
        <source>&amp;Export feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="191"/>
        <source>Sent and out&amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="205"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="235"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="243"/>
        <source>&amp;Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="252"/>
        <source>&amp;Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="261"/>
        <source>Back &amp;30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="270"/>
        <source>Forward 3&amp;0 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="279"/>
        <source>Volume &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="288"/>
        <source>Volume &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="297"/>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="305"/>
        <source>Go &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="313"/>
        <source>&amp;Audio only (save bandwidth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="321"/>
        <source>&amp;Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="330"/>
        <source>Fas&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="339"/>
        <source>Full scr&amp;een</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="347"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="355"/>
        <source>&amp;Retry the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="363"/>
        <source>Open &amp;captions file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="371"/>
        <source>&amp;Follow the selected body or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="379"/>
        <source>&amp;Day timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="387"/>
        <source>E&amp;xport followed sessions (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="396"/>
        <source>&amp;Watch in a new tile (selected body)</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="404"/>
        <source>&amp;Close the tile that has the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="412"/>
        <source>&amp;Next tile gets the sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="420"/>
        <source>&amp;New note at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="428"/>
        <source>Go to the notes &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="436"/>
        <source>&amp;Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="444"/>
        <source>Show or hide the note &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="452"/>
        <source>Next note &amp;private / for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="460"/>
        <source>Clear the carried-over spea&amp;ker and agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="468"/>
        <source>Mark a &amp;briefing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="476"/>
        <source>&amp;Export a team bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="484"/>
        <source>&amp;Import a team bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="492"/>
        <source>S&amp;ync with the team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="506"/>
        <source>&amp;About Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="251"/>
        <source>Refresh failed, showing the last version: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="315"/>
        <source>Conference feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="329"/>
        <source>The conference could be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="333"/>
        <source>The conference was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="406"/>
        <source>Nothing to play there: no stream, or no recording yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="421"/>
        <source>{symbol} is not among this conference&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="448"/>
        <source>Opening {source}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="159"/>
        <source>Unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="460"/>
        <source>Cannot open this conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="461"/>
        <source>The current conference stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="63"/>
        <location filename="../../observer_app/ui/window_menus.py" line="92"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="67"/>
        <location filename="../../observer_app/ui/window_menus.py" line="96"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="211"/>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="219"/>
        <source>&amp;Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="227"/>
        <source>Note &amp;private / for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="139"/>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/controller.py" line="108"/>
        <source>Outbox: %n report(s) delivered</source>
        <translation>
            <numerusform>Outbox: %n report delivered</numerusform>
            <numerusform>Outbox: %n reports delivered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="92"/>
        <source>⚠ Backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="128"/>
        <source>Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="130"/>
        <source>Note stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="133"/>
        <source>Note editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="137"/>
        <source>What was said? Cite documents like DT/33 or 67(Rev.1).</source>
        <extracomment>Keep the example symbols DT/33 and 67(Rev.1) exactly: notes are searched for these forms. Cite: refer to a document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="143"/>
        <source>Speaker / delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="144"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="148"/>
        <source>Agenda item / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="149"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="153"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="154"/>
        <source>No stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="158"/>
        <source>tags, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="159"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="162"/>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="164"/>
        <source>For feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="166"/>
        <source>Unticked: a private note that never leaves this machine unless you say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="171"/>
        <source>Filed under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="181"/>
        <source>Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="258"/>
        <source>speaker {speaker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="260"/>
        <source>agenda item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="262"/>
        <source>Filed under: {fields}  (Ctrl+K clears)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="16"/>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="20"/>
        <source>Edit the text and fields; Enter or OK saves, Shift+Enter: new line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFilterBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="50"/>
        <source>Search notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="52"/>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>Filter by body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="55"/>
        <source>Filter by stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="56"/>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Filter by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Filter by speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Any speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Filter by document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Any document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="63"/>
        <source>Since last briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="65"/>
        <source>Only notes since the last briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="67"/>
        <source>Briefing now</source>
        <extracomment>Button: mark that a civil-society briefing (fr « séance d’information ») happens now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="68"/>
        <source>Mark a briefing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="71"/>
        <source>Mark that a civil-society briefing happens now: &apos;since last briefing&apos; starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="80"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters</source>
        <extracomment>Button: show or hide the filters by body, day, speaker... (&quot;Filters (2)&quot;: 2 active).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="82"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Show the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="88"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="89"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="90"/>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="91"/>
        <source>Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="92"/>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="93"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filters (%n)</numerusform>
            <numerusform>Filters (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="28"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="29"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="30"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="31"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="32"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="253"/>
        <source>(⚠ conflicting edit by {who}, {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="293"/>
        <source>(private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="305"/>
        <source>, video {position}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="27"/>
        <source>Replay this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="30"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="31"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="40"/>
        <source>Open document {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="95"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="189"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="177"/>
        <source>Draft restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="238"/>
        <source>, video {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="245"/>
        <source>Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="104"/>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="207"/>
        <source>Note not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="121"/>
        <source>&amp;Undo adding the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="125"/>
        <source>&amp;Redo adding the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="143"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="149"/>
        <source>Saved. %n note(s). Type to start the next one.</source>
        <translation>
            <numerusform>Saved. %n note. Type to start the next one.</numerusform>
            <numerusform>Saved. %n notes. Type to start the next one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="202"/>
        <source>⚠ Note not saved: {error}</source>
        <translation>⚠ Note not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="263"/>
        <source>&amp;Undo deleting the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="267"/>
        <source>&amp;Redo deleting the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="270"/>
        <source>Note deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="291"/>
        <source>&amp;Undo editing the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="295"/>
        <source>&amp;Redo editing the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="305"/>
        <source>&amp;Undo marking for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="306"/>
        <source>&amp;Redo marking for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Undo marking private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Redo marking private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="332"/>
        <source>Briefing marked at {time}: &apos;Since last briefing&apos; starts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="410"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="430"/>
        <source>⚠ Draft not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenConferenceDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="23"/>
        <source>Conference sources (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="34"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="44"/>
        <source>Open conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="47"/>
        <source>Sources, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="54"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="57"/>
        <source>Recent conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="69"/>
        <source>Paths or addresses of the conference&apos;s sources, &lt;b&gt;one per line&lt;/b&gt;: the conference&apos;s &lt;b&gt;web pages&lt;/b&gt; (their document tables, webcast and linked schedules are read), an Observer feed or profile, M3U playlists, XMLTV guides, iCalendar schedules, Indico or pretalx exports, RSS/Atom document feeds. They are combined into one conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="80"/>
        <source>&amp;Recent (double-click or Enter to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="95"/>
        <source>Add conference sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="23"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="25"/>
        <source>Channel</source>
        <extracomment>Column header: how a report is sent, e-mail or HTTPS platform (not an audio channel).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="27"/>
        <source>To</source>
        <extracomment>Column header: the recipient of a report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="28"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="29"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="30"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="31"/>
        <source>Answer or last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="34"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="35"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="36"/>
        <source>needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="68"/>
        <source>sent {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="70"/>
        <source>next try {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="91"/>
        <source>Sent and outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="94"/>
        <source>Sent and waiting reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="101"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="102"/>
        <source>Retry the selected report now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="103"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="41"/>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="42"/>
        <source>this is not a readable PDF (damaged, or another kind of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="45"/>
        <source>the PDF is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="46"/>
        <source>the PDF uses an encryption this viewer does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="89"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="223"/>
        <source>Document page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="91"/>
        <source>Select a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="93"/>
        <source>Document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="108"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="110"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="298"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="366"/>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="119"/>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="123"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="124"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="130"/>
        <source>Cite</source>
        <extracomment>Button: insert a reference to this document page into the note being written (ar «إحالة», never «استشهاد»).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="131"/>
        <source>Cite this page in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="132"/>
        <source>Insert this document, language and page into the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="136"/>
        <source>Open in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="137"/>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="150"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="281"/>
        <source>{document}: wrong password. {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="291"/>
        <source>the PDF could not be opened ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="340"/>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="373"/>
        <source>Password-protected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="374"/>
        <source>{name} is encrypted. Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="93"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="94"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="95"/>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="100"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="101"/>
        <source>Go live</source>
        <extracomment>Button: jump to the newest moment of the live webcast (not: put on air).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="102"/>
        <source>Jump to the live edge (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="105"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="107"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="110"/>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="111"/>
        <source>Playback speed (recordings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="116"/>
        <source>Audio channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="117"/>
        <source>Floor or interpretation channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="118"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="119"/>
        <source>Audio only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="120"/>
        <source>Save bandwidth: no video (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="122"/>
        <source>Video quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="123"/>
        <source>Auto quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="124"/>
        <source>Lowest quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="126"/>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="127"/>
        <source>Subtitle/caption track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="130"/>
        <source>Open captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="131"/>
        <source>Open a captions file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="132"/>
        <source>Open a WebVTT or SRT file over this stream (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="135"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="136"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="137"/>
        <source>Mute (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="142"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="146"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="147"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="148"/>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="154"/>
        <source>Stream information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="164"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="173"/>
        <source>Captions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="175"/>
        <source>Audio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="177"/>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the live window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="274"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="275"/>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="276"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="277"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="278"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="279"/>
        <source>Not playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="295"/>
        <source>● live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="297"/>
        <source>−{time} behind live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="342"/>
        <source>Channel not in this stream: {wanted}. Playing: {heard}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="344"/>
        <source>Channel not in this stream: {wanted}. Playing the default audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="370"/>
        <source>buffer ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="372"/>
        <source>buffering {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player_controls.py" line="376"/>
        <source>%n frame(s) lost</source>
        <translation>
            <numerusform>%n frame lost</numerusform>
            <numerusform>%n frames lost</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="414"/>
        <source>No captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Open captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Captions (*.vtt *.srt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="438"/>
        <source>Captions loaded: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="440"/>
        <source>⚠ cannot load captions {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="59"/>
        <source>Choose a body in the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="66"/>
        <source>Player status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="79"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="203"/>
        <source>⚠ cannot open another player: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player.py" line="261"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="268"/>
        <source>clock from the stream (started {time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerTile</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="45"/>
        <source>Choose a body in the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="50"/>
        <source>Now showing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="52"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="54"/>
        <source>Live or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="60"/>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="62"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="63"/>
        <source>Retry connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="86"/>
        <source>Audio only: video needs an X11 display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="129"/>
        <source>Audio only: no picture, to save bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>● LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>ARCHIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>This tile has the sound</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>Click the tile to hear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="58"/>
        <source>Notes database restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="99"/>
        <source>Notes database damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="32"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="35"/>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="36"/>
        <source>Watch the reminded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="37"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="38"/>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="118"/>
        <source>Observer: session starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="119"/>
        <source>Click to watch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="107"/>
        <source>Export feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="110"/>
        <source>Only notes since the last briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="164"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="117"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="165"/>
        <source>Session</source>
        <extracomment>One sitting of a body in the schedule (a meeting; zh 场次), not the whole conference.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="118"/>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="128"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="166"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="129"/>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="167"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="168"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="138"/>
        <source>Include private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="143"/>
        <source>Feedback on {conference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="148"/>
        <source>A few sentences before the notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="156"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="159"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="160"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="161"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="162"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="163"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="171"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="177"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="180"/>
        <source>‹ Previous notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="181"/>
        <source>Next notes ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="187"/>
        <source>Saving the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="207"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="208"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="213"/>
        <source>Send by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="209"/>
        <source>Send to platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="210"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="215"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="212"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="346"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="214"/>
        <source>Send to the contribution platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="221"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="298"/>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="305"/>
        <source>Export feedback — %n note(s)</source>
        <translation>
            <numerusform>Export feedback — %n note</numerusform>
            <numerusform>Export feedback — %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="322"/>
        <source>Notes {first}–{last} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="336"/>
        <source>The preview cannot be shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="406"/>
        <source>Reading the notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="407"/>
        <source>Writing the {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="408"/>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="409"/>
        <source>Sending the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="426"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="511"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="427"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="513"/>
        <source>Your notes are safe in Observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="415"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="517"/>
        <source>Saved %n note(s) to {path}</source>
        <translation>
            <numerusform>Saved %n note to {path}</numerusform>
            <numerusform>Saved %n notes to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="493"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="480"/>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="481"/>
        <source>Not sent yet; it is in the outbox and will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="482"/>
        <source>Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="483"/>
        <source>Opened a draft in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="488"/>
        <source>Feedback</source>
        <extracomment>Title of a message box: the observer&apos;s report to the organisers (fr « observations », ru «отчёт»).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="24"/>
        <source>Body / session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="26"/>
        <source>Conference time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="27"/>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="294"/>
        <source>You ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="351"/>
        <source>● LIVE until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="355"/>
        <source>next {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="374"/>
        <source>Now: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="377"/>
        <source>Next: {title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="395"/>
        <source>● LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="416"/>
        <source>Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="90"/>
        <source>Conference clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>Show the schedule of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="97"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="119"/>
        <source>● LIVE until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="131"/>
        <source>Double-click (or Enter) a body to watch it live, a past session to replay it; with Ctrl, in a second player tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="152"/>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="153"/>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="158"/>
        <source>{action} (Page Up / Page Down in the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="180"/>
        <source>Schedule views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="181"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="182"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="187"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/schedule.py" line="255"/>
        <source>%Ln bodies without sessions are not shown here; they are in the List.</source>
        <translation>
            <numerusform>%Ln body without sessions is not shown here; it is in the List.</numerusform>
            <numerusform>%Ln bodies without sessions are not shown here; they are in the List.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="302"/>
        <source>The conference is {hours} h ahead of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="304"/>
        <source>The conference is {hours} h behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="312"/>
        <source>Now: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="330"/>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="336"/>
        <source>Watch in a new tile</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="342"/>
        <source>Follow {body} (every session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="346"/>
        <source>Follow this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="349"/>
        <source>Mark as a civil-society briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="370"/>
        <source>Select a body or a session to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="32"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="33"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="34"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="128"/>
        <source>transcript, {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="129"/>
        <source>your note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../observer_app/core/settings.py" line="40"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="41"/>
        <source>Shown as the author of feedback reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="47"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="48"/>
        <source>The organisation you observe for; shown in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="54"/>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="55"/>
        <source>Where organisers can reach you about your feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="61"/>
        <source>Preferred interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="62"/>
        <source>Audio channel picked automatically when a stream offers it: floor, ar, zh, en, fr, ru or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="72"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="73"/>
        <source>Player volume, 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="79"/>
        <source>Mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="80"/>
        <source>The outgoing mail server, e.g. smtp.example.org. Empty: sending by e-mail opens a draft in your mail program instead (without attachments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="90"/>
        <source>Mail server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="91"/>
        <source>0: the usual port for the security chosen (587 for starttls, 465 for ssl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="99"/>
        <source>Mail server security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="100"/>
        <source>starttls (usually port 587) or ssl (usually port 465). Observer never sends a password or a report over an unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="111"/>
        <source>Mail server user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="112"/>
        <source>User name for the mail server; empty if it needs no login. The password is kept in the keyring (observer-app secret set smtp.password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="122"/>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="123"/>
        <source>The From address of report e-mails. Empty: your contact e-mail (author.contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="132"/>
        <source>Send reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="133"/>
        <source>E-mail addresses that receive feedback reports, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="141"/>
        <source>Mail server CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="142"/>
        <source>A PEM file with the certificate authority of a mail server that uses its own. Empty: the system&apos;s authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="152"/>
        <source>Report receiver (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="153"/>
        <source>An https:// address that accepts feedback reports as JSON (see docs/submission.md). The token is kept in the keyring (observer-app secret set http.token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="163"/>
        <source>Receiver CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="164"/>
        <source>A PEM file with the certificate authority of a receiver that uses its own; it replaces the system&apos;s authorities for the receiver. Empty: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="174"/>
        <source>Team folder (WebDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="175"/>
        <source>A shared WebDAV folder (Nextcloud and others) where the team&apos;s note bundles meet, e.g. https://cloud.example.org/remote.php/dav/files/me/observer/. The password is kept in the keyring (observer-app secret set sync.webdav_password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="186"/>
        <source>Team folder user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="187"/>
        <source>User name for the WebDAV folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="193"/>
        <source>Team folder CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="194"/>
        <source>A PEM file with the certificate authority of a team server that uses its own; it replaces the system&apos;s authorities for the team folder. Empty: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="204"/>
        <source>Last conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="205"/>
        <source>The feed opened last; reopened on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="211"/>
        <source>Recent conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="212"/>
        <source>The conferences opened recently (a JSON list of sources, newest first), offered by File &gt; Open conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="221"/>
        <source>Refresh the conference every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="222"/>
        <source>How often the conference&apos;s sources are read again (conditional requests: cheap when unchanged); 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="232"/>
        <source>Last body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="233"/>
        <source>The body watched last; played again on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="239"/>
        <source>Remind me before a followed session (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="240"/>
        <source>A desktop notification this many minutes before a session you follow starts; 0 turns reminders off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="249"/>
        <source>Caption size (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="250"/>
        <source>Size of captions and subtitles over the video, in percent of libVLC&apos;s normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="260"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="261"/>
        <source>system follows the desktop&apos;s palette; dark and high-contrast are built in (light text on dark, and white on black with yellow highlights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="272"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="273"/>
        <source>Language of Observer&apos;s menus and messages: one of the six UN languages, or the system&apos;s. A change applies when Observer is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="284"/>
        <source>Welcome page done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="285"/>
        <source>False: the welcome page (name, organisation, languages) is shown at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="294"/>
        <source>Transcription model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="295"/>
        <source>Whisper model for the live transcript: tiny, base, small, medium, large-v3 (multilingual) or tiny.en, base.en, small.en, medium.en (English only). Downloaded once, then offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="316"/>
        <source>Live captions under the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="317"/>
        <source>Show the last transcript lines in large type under the video, for those who cannot hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="327"/>
        <source>Live caption size (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="328"/>
        <source>Size of the live captions under the video, in percent of the window&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="338"/>
        <source>Transcription model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="339"/>
        <source>A faster-whisper (CTranslate2) model folder you already have; used instead of downloading.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="34"/>
        <source>Mail server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="35"/>
        <source>Platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="36"/>
        <source>Team folder password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="54"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="55"/>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="56"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="58"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="62"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="63"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="64"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="67"/>
        <source>Same as the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="68"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="69"/>
        <source>High contrast (white on black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="85"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="108"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="193"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="113"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="154"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="161"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="175"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="170"/>
        <source>unchanged if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="173"/>
        <source>Kept in the system keyring; never written to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="208"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="209"/>
        <source>The new interface language is used when you start Observer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="221"/>
        <source>No keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="222"/>
        <source>No working keyring ({why}): {names} will be kept until you quit Observer, and never written to disk. Start your desktop&apos;s keyring to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="187"/>
        <source>Save the note being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="188"/>
        <source>New line in a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="190"/>
        <source>Alt+letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="191"/>
        <source>Open a menu (the underlined letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="193"/>
        <source>Next / previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/widgets/source_status.py" line="39"/>
        <source>%n message(s) about the sources</source>
        <translation>
            <numerusform>%n message about the sources</numerusform>
            <numerusform>%n messages about the sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="44"/>
        <source>Click for every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="50"/>
        <source>Conference sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="29"/>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="58"/>
        <source>Messages about the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="65"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="40"/>
        <source>Export a team bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="42"/>
        <location filename="../../observer_app/ui/dialogs/team.py" line="68"/>
        <source>Notes bundles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="49"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="52"/>
        <source>Exported %n note(s) to {path}</source>
        <translation>
            <numerusform>Exported %n note to {path}</numerusform>
            <numerusform>Exported %n notes to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="66"/>
        <source>Import a teammate&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="77"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="78"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="83"/>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="100"/>
        <source>Conflicting edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="101"/>
        <source>%n note(s) were edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</source>
        <translation>
            <numerusform>%n note was edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</numerusform>
            <numerusform>%n notes were edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="212"/>
        <source>Synced with the team folder: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="213"/>
        <source>Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="131"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="120"/>
        <source>Syncing with the team folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="44"/>
        <source>Day timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="47"/>
        <source>Sessions of the day per body. Arrows move, Enter watches, F follows, Page Up and Page Down change the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="231"/>
        <source>you: {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="288"/>
        <source>(live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="290"/>
        <source>(ended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Larger live captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Smaller live captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="166"/>
        <source>The model {name} knows English only: choose a multilingual model in Settings to transcribe this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="250"/>
        <source>This line has no recording to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="261"/>
        <source>Play something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="271"/>
        <source>Looking for the stream&apos;s captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="295"/>
        <source>Showing the stream&apos;s own captions (written by people), not transcribing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="308"/>
        <source>{name} has no WebVTT or SRT cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="327"/>
        <source>The transcript is the captions of {name} (written by people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="362"/>
        <source>Downloading the {name} model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="364"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="366"/>
        <source>Transcript model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="392"/>
        <source>Downloading {file}: {done} of {total} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="399"/>
        <source>Cancelling the download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="436"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="442"/>
        <source>Transcribing on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="18"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="19"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="20"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="21"/>
        <source>Said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="62"/>
        <source>captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="57"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Not transcribing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="58"/>
        <source>Transcript status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="59"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="61"/>
        <source>Transcribe what is playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="66"/>
        <source>Transcript lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="80"/>
        <source>Line to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="82"/>
        <source>Click a line, select words here, then Quote in note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="84"/>
        <source>Quote in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="85"/>
        <source>Quote the selected words in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="90"/>
        <source>Captions under the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="91"/>
        <source>Show live captions under the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="93"/>
        <source>Larger: Ctrl+Shift++, smaller: Ctrl+Shift+- (or the setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="167"/>
        <source>Speech is turned into text on this computer; nothing is sent while you transcribe. The transcript is kept in your profile and goes to your team folder ({host}) each time you sync with your team.</source>
        <translation>Speech is turned into text on this computer; nothing is sent while you transcribe. The transcript is kept in your profile and goes to your team folder ({host}) each time you sync with your team.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="173"/>
        <source>Nothing leaves this machine: speech is turned into text on this computer, and the transcript stays in your profile (no team folder is set up; a team bundle you export carries it).</source>
        <translation>Nothing leaves this machine: speech is turned into text on this computer, and the transcript stays in your profile (no team folder is set up; a team bundle you export carries it).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Stop transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="26"/>
        <source>Notes message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="27"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="28"/>
        <source>Undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../../observer_app/ui/widgets/video_surface.py" line="24"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
