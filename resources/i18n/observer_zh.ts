<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="130"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="134"/>
        <source>Follow intergovernmental conferences from afar: webcasts with interpretation, documents, stamped notes and feedback reports.</source>
        <translation>远程跟踪政府间大会：带口译的网络直播、文件、带时间戳的笔记和反馈报告。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="138"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>自由软件，采用 GNU GPL 第 3 版或更高版本许可。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="144"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="149"/>
        <source>Licences of the main dependencies</source>
        <translation>主要依赖项的许可证</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="153"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="154"/>
        <source>Copy versions and licences</source>
        <translation>复制版本和许可证信息</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="156"/>
        <source>Copy the versions and licences as text, for a bug report</source>
        <translation>以文本形式复制版本和许可证信息，用于错误报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="168"/>
        <source>&amp;Versions:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="170"/>
        <source>&amp;Licences:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../observer_app/ui/app.py" line="101"/>
        <source>Player unavailable</source>
        <translation>播放器不可用</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="163"/>
        <location filename="../../observer_app/ui/app.py" line="180"/>
        <source>{app} cannot start</source>
        <translation>{app} 无法启动</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="181"/>
        <source>The demo conference is damaged: {error}</source>
        <translation>演示大会已损坏：{error}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="26"/>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="37"/>
        <source>Export followed sessions</source>
        <translation>导出关注的场次</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="27"/>
        <source>You follow no session yet: right-click a body or a session in the schedule and choose Follow (or press Ctrl+D).</source>
        <translation>您尚未关注任何场次：在日程中右键单击某个机构或某个场次，然后选择“关注”（或按 Ctrl+D）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="39"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="60"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="62"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="68"/>
        <source>%n session(s) written to {path}</source>
        <translation>
            <numerusform>已将 %n 个场次写入 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <location filename="../../observer_app/ui/widgets/caption_strip.py" line="30"/>
        <source>Live captions</source>
        <translation>直播字幕</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="37"/>
        <source>Observer: unexpected error</source>
        <translation>Observer：意外错误</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="46"/>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="48"/>
        <source>Traceback and versions, without passwords or tokens</source>
        <translation>调用栈和版本信息，不含密码或令牌</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="52"/>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="54"/>
        <source>Copy the report to the clipboard, to paste into a bug report or an e-mail</source>
        <translation>将报告复制到剪贴板，以便粘贴到错误报告或电子邮件中</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="57"/>
        <source>&amp;Quit Observer</source>
        <translation>退出 Observer(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="58"/>
        <source>Close Observer (your notes are saved)</source>
        <translation>关闭 Observer（您的笔记已保存）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="60"/>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="61"/>
        <source>Close this message and keep working</source>
        <translation>关闭此消息并继续工作</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="78"/>
        <source>Something went wrong inside Observer.</source>
        <translation>Observer 内部出现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/crash.py" line="81"/>
        <source>It happened %n time(s).</source>
        <translation>
            <numerusform>已发生 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="87"/>
        <source>Your saved notes are safe and you can keep working; if something looks wrong, restart Observer.</source>
        <translation>已保存的笔记安全无虞，您可以继续工作；如发现异常，请重新启动 Observer。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="92"/>
        <source>The report was also saved to {path}.</source>
        <translation>报告也已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="94"/>
        <source>The report could not be saved to the log folder.</source>
        <translation>无法将报告保存到日志文件夹。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="97"/>
        <source>Please send the report to the developers: it contains no passwords or tokens.</source>
        <translation>请将报告发送给开发者：其中不含密码或令牌。</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="14"/>
        <source>Symbol</source>
        <extracomment>Column header: a document symbol such as DT/33 or 67(Rev.1) (UN: fr « Cote », ru «Обозначение»). Keep it short.</extracomment>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="15"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="16"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="17"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="18"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="19"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="105"/>
        <source>New since you last looked</source>
        <translation>自您上次查看以来新增</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="108"/>
        <source>On this computer: {languages}</source>
        <translation>本机已有：{languages}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="112"/>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="69"/>
        <source>Find a document (DT/33, 67 Rev 1…); Enter searches all text and notes</source>
        <extracomment>Keep the example symbols DT/33 and 67 Rev 1 exactly: they are what the search understands (not « Rév. »).</extracomment>
        <translation>查找文件（DT/33、67 Rev 1…）；按 Enter 搜索全部文本和笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="71"/>
        <source>Find a document</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="76"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="113"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="128"/>
        <source>Mark all seen</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="131"/>
        <source>Mark all documents as seen</source>
        <translation>将所有文件标为已读</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="133"/>
        <source>● marks documents and revisions that appeared since you last looked</source>
        <translation>● 标示自您上次查看以来新出现的文件和修订本</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="165"/>
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>共 %n 份文件。选择一份即可阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="231"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>“{query}”共 %n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="234"/>
        <source>: download the documents to search their text.</source>
        <translation>：请下载文件以搜索其文本。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="262"/>
        <source>Compare with the previous version</source>
        <translation>与上一版本比较</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="270"/>
        <source>Nothing to compare: {reason}.</source>
        <translation>无可比较：{reason}。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="273"/>
        <source>{symbol}: changes since {previous}</source>
        <translation>{symbol}：自 {previous} 以来的改动</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="279"/>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="281"/>
        <source>Text differences</source>
        <translation>文本差异</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="313"/>
        <source>{symbol}: no file is listed for this document.</source>
        <translation>{symbol}：此文件没有列出可下载的文档。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="333"/>
        <source>{symbol}: online only ({url}). Use Download below to read it offline.</source>
        <translation>{symbol}：仅在线可用（{url}）。使用下方的“下载”以便离线阅读。</translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>Documents to download</source>
        <translation>要下载的文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="39"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="41"/>
        <source>Download the documents for offline reading</source>
        <translation>下载文件以便离线阅读</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="43"/>
        <source>Download the documents for offline reading (and index their text for search)</source>
        <translation>下载文件以便离线阅读（并为其文本建立搜索索引）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="45"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="46"/>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="48"/>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>All documents</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="52"/>
        <source>Get:</source>
        <translation>获取：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="67"/>
        <source>{body} only</source>
        <translation>仅 {body}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="105"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="112"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="130"/>
        <source>Fetched {fetched}, unchanged {unchanged}, on this computer {local}, failed {failed}</source>
        <translation>已获取 {fetched}，未变 {unchanged}，本机已有 {local}，失败 {failed}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="138"/>
        <source>, cancelled {count}</source>
        <translation>，已取消 {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="147"/>
        <source>Download stopped: {error}</source>
        <translation>下载已停止：{error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="58"/>
        <source>Welcome to Observer</source>
        <translation>欢迎使用 Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="62"/>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Observer follows a conference&apos;s sessions with you: the webcast with interpretation, the documents, and notes stamped with the moment they refer to.&lt;/p&gt;&lt;p&gt;Tell it who you are (feedback reports are signed with it) and which languages you prefer. Everything can be changed later in File &amp;gt; Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎&lt;/h3&gt;&lt;p&gt;Observer 与您一起跟踪大会的各个场次：带口译的网络直播、文件，以及标注所指时刻的笔记。&lt;/p&gt;&lt;p&gt;请告诉它您是谁（反馈报告以此署名）以及您偏好的语言。以后可在“文件 &amp;gt; 设置”中更改所有内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="70"/>
        <source>e.g. Ana Pereira</source>
        <translation>例如：Ana Pereira</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="72"/>
        <source>e.g. Digital Rights Coalition</source>
        <translation>例如：数字权利联盟</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="80"/>
        <source>&amp;Interpretation you prefer:</source>
        <translation>偏好的口译(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="81"/>
        <source>Interface &amp;language (after a restart):</source>
        <translation>界面语言（重启后生效）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="82"/>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="89"/>
        <source>Start with the &amp;demo conference</source>
        <translation>从演示大会开始(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="91"/>
        <source>PP-Demo: four bodies sitting now, with interpretation and documents</source>
        <translation>PP-Demo：四个机构正在开会，配有口译和文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="93"/>
        <source>O&amp;pen my conference…</source>
        <translation>打开我的大会(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="95"/>
        <source>Paths or addresses of your conference&apos;s schedule, streams and documents</source>
        <translation>您的大会日程、直播流和文件的路径或地址</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="98"/>
        <source>Keep the demo open; this page will not come back</source>
        <translation>保持演示打开；此页面不会再出现</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="17"/>
        <source>Supports</source>
        <extracomment>A delegation&apos;s stance in a note: it supports the proposal (fr « Soutient »).</extracomment>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="18"/>
        <source>Opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="20"/>
        <source>Concern</source>
        <extracomment>A delegation&apos;s stance in a note: it raises a concern (a noun, like Question).</extracomment>
        <translation>关切</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="21"/>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="22"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="27"/>
        <source>Floor</source>
        <extracomment>Audio channel: the room&apos;s own sound, speakers in their original language (UN: fr « Original », not a wooden floor). Glossary: resources/i18n/glossary.json.</extracomment>
        <translation>原声</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="30"/>
        <source>Arabic</source>
        <extracomment>Language names stand alone (audio channels, &quot;Channel not in this stream: Arabic&quot;): write them as a label, in the form a list item takes.</extracomment>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="31"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="32"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="33"/>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="34"/>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="35"/>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="39"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="41"/>
        <source>Web page (HTML)</source>
        <extracomment>A report format in the export dialog&apos;s list, and in &quot;Writing the {format}…&quot;.</extracomment>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="42"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="43"/>
        <source>Word (DOCX)</source>
        <translation>Word（DOCX）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="45"/>
        <source>JSON (for platforms)</source>
        <extracomment>A report format: JSON for the organisers&apos; platforms to read.</extracomment>
        <translation>JSON（供平台使用）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="46"/>
        <source>Spreadsheet (CSV)</source>
        <translation>电子表格（CSV）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="48"/>
        <source>Subtitles over the recording (WebVTT)</source>
        <extracomment>A report format: the notes as subtitles shown over the session&apos;s recording.</extracomment>
        <translation>录像字幕（WebVTT）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="49"/>
        <source>Subtitles over the recording (SRT)</source>
        <translation>录像字幕（SRT）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="51"/>
        <source>Plain text (e-mail body)</source>
        <extracomment>A report format: plain text to paste into the body of an e-mail.</extracomment>
        <translation>纯文本（邮件正文）</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="23"/>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="24"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="25"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="26"/>
        <source>Document viewer</source>
        <translation>文件查看器</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="27"/>
        <source>Transcript</source>
        <translation>转写文本</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="31"/>
        <source>&amp;Schedule pane</source>
        <translation>日程面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="32"/>
        <source>N&amp;otes pane</source>
        <translation>笔记面板(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="33"/>
        <source>&amp;Documents pane</source>
        <translation>文件面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="34"/>
        <source>Document &amp;viewer pane</source>
        <translation>文件查看器面板(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="35"/>
        <source>Tr&amp;anscript pane</source>
        <translation>转写文本面板(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="64"/>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="65"/>
        <source>Wa&amp;tch layout</source>
        <translation>观看布局(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="66"/>
        <source>The video large, the notes and the schedule beside it</source>
        <translation>视频放大，笔记和日程在旁边</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="80"/>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="81"/>
        <source>&amp;Read layout</source>
        <translation>阅读布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="82"/>
        <source>A document page at reading size, the video and the document list beside it</source>
        <translation>文件页面以阅读大小显示，视频和文件列表在旁边</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="94"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="95"/>
        <source>Re&amp;port layout</source>
        <translation>报告布局(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="96"/>
        <source>The notes wide to review and write, the video small</source>
        <translation>笔记加宽以便查看和撰写，视频缩小</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="195"/>
        <source>Panes</source>
        <translation>面板</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="38"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="39"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="40"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="41"/>
        <source>&amp;Schedule</source>
        <translation>日程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="42"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="175"/>
        <source>&amp;Open conference…</source>
        <translation>打开大会(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="183"/>
        <source>&amp;Export feedback…</source>
        <translation>导出反馈(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="191"/>
        <source>Sent and out&amp;box…</source>
        <translation>已发送和发件箱(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="205"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="235"/>
        <source>&amp;Play / pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="243"/>
        <source>&amp;Back 5 seconds</source>
        <translation>后退 5 秒(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="252"/>
        <source>&amp;Forward 5 seconds</source>
        <translation>前进 5 秒(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="261"/>
        <source>Back &amp;30 seconds</source>
        <translation>后退 30 秒(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="270"/>
        <source>Forward 3&amp;0 seconds</source>
        <translation>前进 30 秒(&amp;0)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="279"/>
        <source>Volume &amp;up</source>
        <translation>增大音量(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="288"/>
        <source>Volume &amp;down</source>
        <translation>减小音量(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="297"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="305"/>
        <source>Go &amp;live</source>
        <translation>转到直播(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="313"/>
        <source>&amp;Audio only (save bandwidth)</source>
        <translation>仅音频（节省带宽）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="321"/>
        <source>&amp;Slower</source>
        <translation>减速(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="330"/>
        <source>Fas&amp;ter</source>
        <translation>加速(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="339"/>
        <source>Full scr&amp;een</source>
        <translation>全屏(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="347"/>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="355"/>
        <source>&amp;Retry the connection</source>
        <translation>重试连接(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="363"/>
        <source>Open &amp;captions file…</source>
        <translation>打开字幕文档(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="371"/>
        <source>&amp;Follow the selected body or session</source>
        <translation>关注所选机构或场次(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="379"/>
        <source>&amp;Day timeline</source>
        <translation>当日时间轴(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="387"/>
        <source>E&amp;xport followed sessions (.ics)…</source>
        <translation>导出关注的场次 (.ics)(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="396"/>
        <source>&amp;Watch in a new tile (selected body)</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>在新窗格中观看（所选机构）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="404"/>
        <source>&amp;Close the tile that has the sound</source>
        <translation>关闭有声音的窗格(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="412"/>
        <source>&amp;Next tile gets the sound</source>
        <translation>声音切换到下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="420"/>
        <source>&amp;New note at this moment</source>
        <translation>在此刻新建笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="428"/>
        <source>Go to the notes &amp;list</source>
        <translation>转到笔记列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="436"/>
        <source>&amp;Search notes</source>
        <translation>搜索笔记(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="444"/>
        <source>Show or hide the note &amp;filters</source>
        <translation>显示或隐藏笔记筛选器(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="452"/>
        <source>Next note &amp;private / for feedback</source>
        <translation>下一条笔记设为私人/用于反馈(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="460"/>
        <source>Clear the carried-over spea&amp;ker and agenda item</source>
        <translation>清除沿用的发言者和议程项目(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="468"/>
        <source>Mark a &amp;briefing now</source>
        <translation>现在标记一次通报会(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="476"/>
        <source>&amp;Export a team bundle…</source>
        <translation>导出团队笔记包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="484"/>
        <source>&amp;Import a team bundle…</source>
        <translation>导入团队笔记包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="492"/>
        <source>S&amp;ync with the team folder</source>
        <translation>与团队文件夹同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="506"/>
        <source>&amp;About Observer</source>
        <translation>关于 Observer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="251"/>
        <source>Refresh failed, showing the last version: {reason}</source>
        <translation>刷新失败，显示的是最近的版本：{reason}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="315"/>
        <source>Conference feed</source>
        <translation>大会数据源</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="329"/>
        <source>The conference could be read again.</source>
        <translation>大会已能重新读取。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="333"/>
        <source>The conference was updated.</source>
        <translation>大会已更新。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="406"/>
        <source>Nothing to play there: no stream, or no recording yet.</source>
        <translation>此处没有可播放的内容：没有直播流，或尚无录像。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="421"/>
        <source>{symbol} is not among this conference&apos;s documents.</source>
        <translation>{symbol} 不在本次大会的文件中。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="448"/>
        <source>Opening {source}…</source>
        <translation>正在打开 {source}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="159"/>
        <source>Unexpected error: {error}</source>
        <translation>意外错误：{error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="460"/>
        <source>Cannot open this conference</source>
        <translation>无法打开此大会</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="461"/>
        <source>The current conference stays open.</source>
        <translation>当前大会保持打开。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="63"/>
        <location filename="../../observer_app/ui/window_menus.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="67"/>
        <location filename="../../observer_app/ui/window_menus.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="211"/>
        <source>&amp;Edit note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="219"/>
        <source>&amp;Delete note</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="227"/>
        <source>Note &amp;private / for feedback</source>
        <translation>笔记设为私人/用于反馈(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="139"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/controller.py" line="108"/>
        <source>Outbox: %n report(s) delivered</source>
        <translation>
            <numerusform>发件箱：已送达 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="92"/>
        <source>⚠ Backup failed: {error}</source>
        <translation>⚠ 备份失败：{error}</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="128"/>
        <source>Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.</source>
        <translation>输入即开始一条笔记（Ctrl+N）。Enter 保存，Shift+Enter 换行。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="130"/>
        <source>Note stamp</source>
        <translation>笔记时间戳</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="133"/>
        <source>Note editor</source>
        <translation>笔记编辑器</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="137"/>
        <source>What was said? Cite documents like DT/33 or 67(Rev.1).</source>
        <extracomment>Keep the example symbols DT/33 and 67(Rev.1) exactly: notes are searched for these forms. Cite: refer to a document.</extracomment>
        <translation>说了什么？可引用 DT/33 或 67(Rev.1) 等文件。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="143"/>
        <source>Speaker / delegation</source>
        <translation>发言者 / 代表团</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="144"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="148"/>
        <source>Agenda item / document</source>
        <translation>议程项目 / 文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="149"/>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="153"/>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="154"/>
        <source>No stance</source>
        <translation>无立场</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="158"/>
        <source>tags, comma-separated</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="159"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="162"/>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="164"/>
        <source>For feedback</source>
        <translation>用于反馈</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="166"/>
        <source>Unticked: a private note that never leaves this machine unless you say so</source>
        <translation>不勾选：私人笔记，未经您同意绝不离开本机</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="171"/>
        <source>Filed under</source>
        <translation>笔记归类</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="181"/>
        <source>Stance:</source>
        <translation>立场：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="258"/>
        <source>speaker {speaker}</source>
        <translation>发言者 {speaker}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="260"/>
        <source>agenda item {item}</source>
        <translation>议程项目 {item}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="262"/>
        <source>Filed under: {fields}  (Ctrl+K clears)</source>
        <translation>归入：{fields}  （按 Ctrl+K 清除）</translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="16"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="20"/>
        <source>Edit the text and fields; Enter or OK saves, Shift+Enter: new line.</source>
        <translation>编辑文本和字段；Enter 或“确定”保存，Shift+Enter 换行。</translation>
    </message>
</context>
<context>
    <name>NoteFilterBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="50"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>搜索笔记（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="52"/>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>Filter by body</source>
        <translation>按机构筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>All bodies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="55"/>
        <source>Filter by stance</source>
        <translation>按立场筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="56"/>
        <source>Any stance</source>
        <translation>任意立场</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Filter by day</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Filter by speaker</source>
        <translation>按发言者筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Any speaker</source>
        <translation>任意发言者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Filter by document</source>
        <translation>按文件筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Any document</source>
        <translation>任意文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="63"/>
        <source>Since last briefing</source>
        <translation>自上次通报会以来</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="65"/>
        <source>Only notes since the last briefing</source>
        <translation>仅显示上次通报会以来的笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="67"/>
        <source>Briefing now</source>
        <extracomment>Button: mark that a civil-society briefing (fr « séance d’information ») happens now.</extracomment>
        <translation>通报会开始</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="68"/>
        <source>Mark a briefing now</source>
        <translation>现在标记一次通报会</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="71"/>
        <source>Mark that a civil-society briefing happens now: &apos;since last briefing&apos; starts here</source>
        <translation>标记现在举行民间社会通报会：“自上次通报会以来”从此处开始</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="80"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters</source>
        <extracomment>Button: show or hide the filters by body, day, speaker... (&quot;Filters (2)&quot;: 2 active).</extracomment>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="82"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Show the filters</source>
        <translation>显示筛选器</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="88"/>
        <source>Body:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="89"/>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="90"/>
        <source>Speaker:</source>
        <translation>发言者：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="91"/>
        <source>Stance:</source>
        <translation>立场：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="92"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="93"/>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Hide the filters</source>
        <translation>隐藏筛选器</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters (%n)</source>
        <translation>
            <numerusform>筛选 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="28"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="29"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="30"/>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="31"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="32"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="253"/>
        <source>(⚠ conflicting edit by {who}, {when})</source>
        <translation>（⚠ 编辑冲突：{who}，{when}）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="293"/>
        <source>(private)</source>
        <translation>（私人）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="305"/>
        <source>, video {position}</source>
        <translation>，视频 {position}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="27"/>
        <source>Replay this moment</source>
        <translation>回放此刻</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="30"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="31"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="40"/>
        <source>Open document {symbol}</source>
        <translation>打开文件 {symbol}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="95"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="189"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="177"/>
        <source>Draft restored</source>
        <translation>草稿已恢复</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="238"/>
        <source>, video {position}</source>
        <translation>，视频 {position}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="245"/>
        <source>Enter saves.</source>
        <translation>Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="104"/>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="207"/>
        <source>Note not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="121"/>
        <source>&amp;Undo adding the note</source>
        <translation>撤销添加笔记(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="125"/>
        <source>&amp;Redo adding the note</source>
        <translation>重做添加笔记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="143"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="149"/>
        <source>Saved. %n note(s). Type to start the next one.</source>
        <translation>
            <numerusform>已保存。共 %n 条笔记。输入即开始下一条。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="202"/>
        <source>⚠ Note not saved: {error}</source>
        <translation>⚠ 笔记未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="263"/>
        <source>&amp;Undo deleting the note</source>
        <translation>撤销删除笔记(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="267"/>
        <source>&amp;Redo deleting the note</source>
        <translation>重做删除笔记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="270"/>
        <source>Note deleted</source>
        <translation>笔记已删除</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="291"/>
        <source>&amp;Undo editing the note</source>
        <translation>撤销编辑笔记(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="295"/>
        <source>&amp;Redo editing the note</source>
        <translation>重做编辑笔记(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="305"/>
        <source>&amp;Undo marking for feedback</source>
        <translation>撤销标记为用于反馈(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="306"/>
        <source>&amp;Redo marking for feedback</source>
        <translation>重做标记为用于反馈(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Undo marking private</source>
        <translation>撤销标记为私人(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Redo marking private</source>
        <translation>重做标记为私人(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="332"/>
        <source>Briefing marked at {time}: &apos;Since last briefing&apos; starts here.</source>
        <translation>已在 {time} 标记通报会：“自上次通报会以来”从此处开始。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="410"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="430"/>
        <source>⚠ Draft not saved: {error}</source>
        <translation>⚠ 草稿未保存：{error}</translation>
    </message>
</context>
<context>
    <name>OpenConferenceDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="23"/>
        <source>Conference sources (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation>大会数据源 (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;所有文档 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="34"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="44"/>
        <source>Open conference</source>
        <translation>打开大会</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="47"/>
        <source>Sources, one per line</source>
        <translation>数据源，每行一个</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="54"/>
        <source>&amp;Add files…</source>
        <translation>添加文档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="57"/>
        <source>Recent conferences</source>
        <translation>最近的大会</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="69"/>
        <source>Paths or addresses of the conference&apos;s sources, &lt;b&gt;one per line&lt;/b&gt;: the conference&apos;s &lt;b&gt;web pages&lt;/b&gt; (their document tables, webcast and linked schedules are read), an Observer feed or profile, M3U playlists, XMLTV guides, iCalendar schedules, Indico or pretalx exports, RSS/Atom document feeds. They are combined into one conference.</source>
        <translation>大会数据源的路径或地址，&lt;b&gt;每行一个&lt;/b&gt;：大会的&lt;b&gt;网页&lt;/b&gt;（读取其中的文件表、网络直播和链接的日程）、Observer 数据源或配置文件、M3U 播放列表、XMLTV 节目单、iCalendar 日程、Indico 或 pretalx 导出、RSS/Atom 文件源。它们将合并为一个大会。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="80"/>
        <source>&amp;Recent (double-click or Enter to open):</source>
        <translation>最近(&amp;R)（双击或按 Enter 打开）：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="95"/>
        <source>Add conference sources</source>
        <translation>添加大会数据源</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="23"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="25"/>
        <source>Channel</source>
        <extracomment>Column header: how a report is sent, e-mail or HTTPS platform (not an audio channel).</extracomment>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="27"/>
        <source>To</source>
        <extracomment>Column header: the recipient of a report.</extracomment>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="28"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="29"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="30"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="31"/>
        <source>Answer or last error</source>
        <translation>回复或最后的错误</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="34"/>
        <source>pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="35"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="36"/>
        <source>needs your attention</source>
        <translation>需要您处理</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="68"/>
        <source>sent {when}</source>
        <translation>发送于 {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="70"/>
        <source>next try {when}</source>
        <translation>下次尝试 {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="91"/>
        <source>Sent and outbox</source>
        <translation>已发送和发件箱</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="94"/>
        <source>Sent and waiting reports</source>
        <translation>已发送和等待中的报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="101"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="102"/>
        <source>Retry the selected report now</source>
        <translation>立即重试所选报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="103"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="41"/>
        <source>the file is missing</source>
        <translation>文档缺失</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="42"/>
        <source>this is not a readable PDF (damaged, or another kind of file)</source>
        <translation>这不是可读的 PDF（已损坏或为其他类型的文档）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="45"/>
        <source>the PDF is password-protected</source>
        <translation>该 PDF 受密码保护</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="46"/>
        <source>the PDF uses an encryption this viewer does not support</source>
        <translation>该 PDF 使用了本查看器不支持的加密方式</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="89"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="223"/>
        <source>Document page</source>
        <translation>文件页面</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="91"/>
        <source>Select a document.</source>
        <translation>请选择一份文件。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="93"/>
        <source>Document status</source>
        <translation>文件状态</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="108"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="110"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="298"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="366"/>
        <source>of {count}</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit to width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit the page width</source>
        <translation>适合页面宽度</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="119"/>
        <source>Document language</source>
        <translation>文件语言</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="123"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="124"/>
        <source>Find in document</source>
        <translation>在文件中查找</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="130"/>
        <source>Cite</source>
        <extracomment>Button: insert a reference to this document page into the note being written (ar «إحالة», never «استشهاد»).</extracomment>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="131"/>
        <source>Cite this page in the note</source>
        <translation>在笔记中引用此页</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="132"/>
        <source>Insert this document, language and page into the note</source>
        <translation>将此文件、语言和页码插入笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="136"/>
        <source>Open in the system viewer</source>
        <translation>在系统查看器中打开</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="137"/>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>在系统的 PDF 查看器中打开</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="150"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="281"/>
        <source>{document}: wrong password. {path}</source>
        <translation>{document}：密码错误。{path}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="291"/>
        <source>the PDF could not be opened ({error})</source>
        <translation>无法打开该 PDF（{error}）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="340"/>
        <source>{count} found</source>
        <translation>找到 {count} 处</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="373"/>
        <source>Password-protected document</source>
        <translation>受密码保护的文件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="374"/>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} 已加密。密码：</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="93"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="94"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="95"/>
        <source>Play / pause (Space)</source>
        <translation>播放/暂停（空格）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="100"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="101"/>
        <source>Go live</source>
        <extracomment>Button: jump to the newest moment of the live webcast (not: put on air).</extracomment>
        <translation>转到直播</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="102"/>
        <source>Jump to the live edge (Ctrl+G)</source>
        <translation>跳到直播最新处（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="105"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the recording</source>
        <translation>录像中的位置</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="107"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="110"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="111"/>
        <source>Playback speed (recordings)</source>
        <translation>播放速度（录像）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="116"/>
        <source>Audio channel</source>
        <translation>音频频道</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="117"/>
        <source>Floor or interpretation channel</source>
        <translation>原声或口译频道</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="118"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="119"/>
        <source>Audio only</source>
        <translation>仅音频</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="120"/>
        <source>Save bandwidth: no video (Ctrl+Shift+A)</source>
        <translation>节省带宽：不播放视频（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="122"/>
        <source>Video quality</source>
        <translation>视频质量</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="123"/>
        <source>Auto quality</source>
        <translation>自动质量</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="124"/>
        <source>Lowest quality</source>
        <translation>最低质量</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="126"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="127"/>
        <source>Subtitle/caption track</source>
        <translation>字幕轨道</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="130"/>
        <source>Open captions…</source>
        <translation>打开字幕…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="131"/>
        <source>Open a captions file</source>
        <translation>打开字幕文档</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="132"/>
        <source>Open a WebVTT or SRT file over this stream (Ctrl+Shift+C)</source>
        <translation>在此直播流上打开 WebVTT 或 SRT 文档（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="135"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="136"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="137"/>
        <source>Mute (Ctrl+M)</source>
        <translation>静音（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="142"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="146"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="147"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="148"/>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="154"/>
        <source>Stream information</source>
        <translation>直播流信息</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="164"/>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="173"/>
        <source>Captions:</source>
        <translation>字幕：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="175"/>
        <source>Audio:</source>
        <translation>音频：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="177"/>
        <source>Picture:</source>
        <translation>画面：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the live window</source>
        <translation>直播窗口中的位置</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="274"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="275"/>
        <source>Playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="276"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="277"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="278"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="279"/>
        <source>Not playing</source>
        <translation>未在播放</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="295"/>
        <source>● live</source>
        <translation>● 直播</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="297"/>
        <source>−{time} behind live</source>
        <translation>落后直播 {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="342"/>
        <source>Channel not in this stream: {wanted}. Playing: {heard}.</source>
        <translation>此直播流中没有该频道：{wanted}。正在播放：{heard}。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="344"/>
        <source>Channel not in this stream: {wanted}. Playing the default audio.</source>
        <translation>此直播流中没有该频道：{wanted}。正在播放默认音频。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="370"/>
        <source>buffer ok</source>
        <translation>缓冲正常</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="372"/>
        <source>buffering {percent}%</source>
        <translation>正在缓冲 {percent}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player_controls.py" line="376"/>
        <source>%n frame(s) lost</source>
        <translation>
            <numerusform>丢失 %n 帧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="414"/>
        <source>No captions</source>
        <translation>无字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Open captions</source>
        <translation>打开字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Captions (*.vtt *.srt);;All files (*)</source>
        <translation>字幕 (*.vtt *.srt);;所有文档 (*)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="438"/>
        <source>Captions loaded: {name}</source>
        <translation>字幕已加载：{name}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="440"/>
        <source>⚠ cannot load captions {path}</source>
        <translation>⚠ 无法加载字幕 {path}</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="59"/>
        <source>Choose a body in the schedule.</source>
        <translation>请在日程中选择一个机构。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="66"/>
        <source>Player status</source>
        <translation>播放器状态</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="79"/>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="203"/>
        <source>⚠ cannot open another player: {error}</source>
        <translation>⚠ 无法再打开一个播放器：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player.py" line="261"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n 个码流</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="268"/>
        <source>clock from the stream (started {time})</source>
        <translation>时钟取自直播流（开始于 {time}）</translation>
    </message>
</context>
<context>
    <name>PlayerTile</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="45"/>
        <source>Choose a body in the schedule</source>
        <translation>请在日程中选择一个机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="50"/>
        <source>Now showing</source>
        <translation>正在显示</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="52"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="54"/>
        <source>Live or archive</source>
        <translation>直播或存档</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="60"/>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="62"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="63"/>
        <source>Retry connecting</source>
        <translation>重试连接</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="86"/>
        <source>Audio only: video needs an X11 display.</source>
        <translation>仅音频：视频需要 X11 显示。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="129"/>
        <source>Audio only: no picture, to save bandwidth</source>
        <translation>仅音频：不显示画面，以节省带宽</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>● LIVE</source>
        <translation>● 直播</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>ARCHIVE</source>
        <translation>存档</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>This tile has the sound</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>此窗格有声音</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>Click the tile to hear it</source>
        <translation>单击窗格即可收听</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="58"/>
        <source>Notes database restored</source>
        <translation>笔记数据库已恢复</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="99"/>
        <source>Notes database damaged</source>
        <translation>笔记数据库已损坏</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="32"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="35"/>
        <source>&amp;Watch</source>
        <translation>观看(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="36"/>
        <source>Watch the reminded session</source>
        <translation>观看所提醒的场次</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="37"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="38"/>
        <source>Dismiss the reminder</source>
        <translation>忽略此提醒</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="118"/>
        <source>Observer: session starting</source>
        <translation>Observer：关注的场次即将开始</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="119"/>
        <source>Click to watch.</source>
        <translation>单击观看。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="107"/>
        <source>Export feedback</source>
        <translation>导出反馈</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="110"/>
        <source>Only notes since the last briefing</source>
        <translation>仅显示上次通报会以来的笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="164"/>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <source>All bodies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="117"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="165"/>
        <source>Session</source>
        <extracomment>One sitting of a body in the schedule (a meeting; zh 场次), not the whole conference.</extracomment>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="118"/>
        <source>All sessions</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="128"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="166"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="129"/>
        <source>All speakers</source>
        <translation>全部发言者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="167"/>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <source>Any stance</source>
        <translation>任意立场</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="168"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="138"/>
        <source>Include private notes</source>
        <translation>包括私人笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="143"/>
        <source>Feedback on {conference}</source>
        <translation>关于 {conference} 的反馈</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="148"/>
        <source>A few sentences before the notes (optional)</source>
        <translation>笔记前的几句话（可选）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="156"/>
        <source>File format</source>
        <translation>文档格式</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="159"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="160"/>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="161"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="162"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="163"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="171"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="177"/>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="180"/>
        <source>‹ Previous notes</source>
        <translation>‹ 上一批笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="181"/>
        <source>Next notes ›</source>
        <translation>下一批笔记 ›</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="187"/>
        <source>Saving the report</source>
        <translation>正在保存报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="207"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="208"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="213"/>
        <source>Send by e-mail</source>
        <translation>通过电子邮件发送</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="209"/>
        <source>Send to platform</source>
        <translation>发送到平台</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="210"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="215"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="212"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="346"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="214"/>
        <source>Send to the contribution platform</source>
        <translation>发送到意见征集平台</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="221"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="298"/>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="305"/>
        <source>Export feedback — %n note(s)</source>
        <translation>
            <numerusform>导出反馈 — %n 条笔记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="322"/>
        <source>Notes {first}–{last} of {total}</source>
        <translation>第 {first}–{last} 条笔记，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="336"/>
        <source>The preview cannot be shown: {error}</source>
        <translation>无法显示预览：{error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="406"/>
        <source>Reading the notes…</source>
        <translation>正在读取笔记…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="407"/>
        <source>Writing the {format}…</source>
        <translation>正在生成 {format}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="408"/>
        <source>Saving the file…</source>
        <translation>正在保存文档…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="409"/>
        <source>Sending the report…</source>
        <translation>正在发送报告…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="426"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="511"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="427"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="513"/>
        <source>Your notes are safe in Observer.</source>
        <translation>您的笔记在 Observer 中安全无虞。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="415"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="517"/>
        <source>Saved %n note(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条笔记保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="493"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="480"/>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="481"/>
        <source>Not sent yet; it is in the outbox and will be retried.</source>
        <translation>尚未发送；它在发件箱中，将会重试。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="482"/>
        <source>Refused.</source>
        <translation>被拒绝。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="483"/>
        <source>Opened a draft in your mail program.</source>
        <translation>已在您的邮件程序中打开草稿。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="488"/>
        <source>Feedback</source>
        <extracomment>Title of a message box: the observer&apos;s report to the organisers (fr « observations », ru «отчёт»).</extracomment>
        <translation>反馈</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="24"/>
        <source>Body / session</source>
        <translation>机构 / 场次</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="26"/>
        <source>Conference time</source>
        <translation>大会时间</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="27"/>
        <source>Your time</source>
        <translation>您的时间</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="294"/>
        <source>You ({zone})</source>
        <translation>您（{zone}）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="351"/>
        <source>● LIVE until {time}</source>
        <translation>● 直播至 {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="355"/>
        <source>next {when}</source>
        <translation>下一场 {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="374"/>
        <source>Now: {title}</source>
        <translation>正在进行：{title}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="377"/>
        <source>Next: {title}, {when}</source>
        <translation>下一场：{title}，{when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="395"/>
        <source>● LIVE</source>
        <translation>● 直播</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="416"/>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="90"/>
        <source>Conference clock</source>
        <translation>大会时钟</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>Show the schedule of</source>
        <translation>显示以下机构的日程</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="97"/>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="119"/>
        <source>● LIVE until {time}</source>
        <translation>● 直播至 {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="131"/>
        <source>Double-click (or Enter) a body to watch it live, a past session to replay it; with Ctrl, in a second player tile.</source>
        <translation>双击（或按 Enter）某个机构即可观看直播，双击已结束的场次即可回放；按住 Ctrl 则在第二个播放窗格中打开。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="152"/>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="153"/>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="158"/>
        <source>{action} (Page Up / Page Down in the timeline)</source>
        <translation>{action}（在时间轴中按 Page Up / Page Down）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="180"/>
        <source>Schedule views</source>
        <translation>日程视图</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="181"/>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="182"/>
        <source>&amp;Day</source>
        <translation>当日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>All bodies</source>
        <translation>全部机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="187"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/schedule.py" line="255"/>
        <source>%Ln bodies without sessions are not shown here; they are in the List.</source>
        <translation>
            <numerusform>%Ln 个没有场次的机构未在此显示；请在列表中查看。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="302"/>
        <source>The conference is {hours} h ahead of you.</source>
        <translation>大会时间比您早 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="304"/>
        <source>The conference is {hours} h behind you.</source>
        <translation>大会时间比您晚 {hours} 小时。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="312"/>
        <source>Now: {when}</source>
        <translation>现在：{when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="330"/>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="336"/>
        <source>Watch in a new tile</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>在新窗格中观看</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="342"/>
        <source>Follow {body} (every session)</source>
        <translation>关注 {body}（所有场次）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="346"/>
        <source>Follow this session</source>
        <translation>关注此场次</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="349"/>
        <source>Mark as a civil-society briefing</source>
        <translation>标记为民间社会通报会</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="370"/>
        <source>Select a body or a session to follow it.</source>
        <translation>请选择要关注的机构或场次。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="32"/>
        <source>Found in</source>
        <translation>位于</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="33"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="34"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="128"/>
        <source>transcript, {session}</source>
        <translation>转写文本，{session}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="129"/>
        <source>your note</source>
        <translation>您的笔记</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../observer_app/core/settings.py" line="40"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="41"/>
        <source>Shown as the author of feedback reports.</source>
        <translation>作为反馈报告的作者显示。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="47"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="48"/>
        <source>The organisation you observe for; shown in reports.</source>
        <translation>您代表其进行观察的组织；显示在报告中。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="54"/>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="55"/>
        <source>Where organisers can reach you about your feedback.</source>
        <translation>组织者就您的反馈与您联系的地址。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="61"/>
        <source>Preferred interpretation</source>
        <translation>偏好的口译</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="62"/>
        <source>Audio channel picked automatically when a stream offers it: floor, ar, zh, en, fr, ru or es.</source>
        <translation>直播流提供时自动选择的音频频道：floor（原声）、ar、zh、en、fr、ru 或 es。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="72"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="73"/>
        <source>Player volume, 0 to 100.</source>
        <translation>播放器音量，0 到 100。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="79"/>
        <source>Mail server (SMTP)</source>
        <translation>邮件服务器（SMTP）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="80"/>
        <source>The outgoing mail server, e.g. smtp.example.org. Empty: sending by e-mail opens a draft in your mail program instead (without attachments).</source>
        <translation>外发邮件服务器，例如 smtp.example.org。留空：通过电子邮件发送时改为在您的邮件程序中打开草稿（不含附件）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="90"/>
        <source>Mail server port</source>
        <translation>邮件服务器端口</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="91"/>
        <source>0: the usual port for the security chosen (587 for starttls, 465 for ssl).</source>
        <translation>0：所选安全方式的常用端口（starttls 为 587，ssl 为 465）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="99"/>
        <source>Mail server security</source>
        <translation>邮件服务器安全</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="100"/>
        <source>starttls (usually port 587) or ssl (usually port 465). Observer never sends a password or a report over an unencrypted connection.</source>
        <translation>starttls（通常为 587 端口）或 ssl（通常为 465 端口）。Observer 绝不会通过未加密的连接发送密码或报告。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="111"/>
        <source>Mail server user</source>
        <translation>邮件服务器用户</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="112"/>
        <source>User name for the mail server; empty if it needs no login. The password is kept in the keyring (observer-app secret set smtp.password).</source>
        <translation>邮件服务器的用户名；无需登录时留空。密码保存在密钥环中（observer-app secret set smtp.password）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="122"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="123"/>
        <source>The From address of report e-mails. Empty: your contact e-mail (author.contact).</source>
        <translation>报告邮件的发件人地址。留空：使用您的联系邮箱（author.contact）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="132"/>
        <source>Send reports to</source>
        <translation>报告发送至</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="133"/>
        <source>E-mail addresses that receive feedback reports, separated by commas.</source>
        <translation>接收反馈报告的电子邮件地址，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="141"/>
        <source>Mail server CA file</source>
        <translation>邮件服务器 CA 文档</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="142"/>
        <source>A PEM file with the certificate authority of a mail server that uses its own. Empty: the system&apos;s authorities.</source>
        <translation>使用自有证书颁发机构的邮件服务器的 PEM 文档。留空：使用系统的证书颁发机构。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="152"/>
        <source>Report receiver (HTTPS)</source>
        <translation>报告接收端（HTTPS）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="153"/>
        <source>An https:// address that accepts feedback reports as JSON (see docs/submission.md). The token is kept in the keyring (observer-app secret set http.token).</source>
        <translation>以 JSON 格式接收反馈报告的 https:// 地址（见 docs/submission.md）。令牌保存在密钥环中（observer-app secret set http.token）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="163"/>
        <source>Receiver CA file</source>
        <translation>接收端 CA 文档</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="164"/>
        <source>A PEM file with the certificate authority of a receiver that uses its own; it replaces the system&apos;s authorities for the receiver. Empty: the system&apos;s.</source>
        <translation>使用自有证书颁发机构的接收端的 PEM 文档；对该接收端替代系统的证书颁发机构。留空：使用系统的。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="174"/>
        <source>Team folder (WebDAV)</source>
        <translation>团队文件夹（WebDAV）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="175"/>
        <source>A shared WebDAV folder (Nextcloud and others) where the team&apos;s note bundles meet, e.g. https://cloud.example.org/remote.php/dav/files/me/observer/. The password is kept in the keyring (observer-app secret set sync.webdav_password).</source>
        <translation>团队笔记包汇集的共享 WebDAV 文件夹（Nextcloud 等），例如 https://cloud.example.org/remote.php/dav/files/me/observer/。密码保存在密钥环中（observer-app secret set sync.webdav_password）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="186"/>
        <source>Team folder user</source>
        <translation>团队文件夹用户</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="187"/>
        <source>User name for the WebDAV folder.</source>
        <translation>WebDAV 文件夹的用户名。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="193"/>
        <source>Team folder CA file</source>
        <translation>团队文件夹 CA 文档</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="194"/>
        <source>A PEM file with the certificate authority of a team server that uses its own; it replaces the system&apos;s authorities for the team folder. Empty: the system&apos;s.</source>
        <translation>使用自有证书颁发机构的团队服务器的 PEM 文档；对团队文件夹替代系统的证书颁发机构。留空：使用系统的。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="204"/>
        <source>Last conference</source>
        <translation>上次的大会</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="205"/>
        <source>The feed opened last; reopened on start.</source>
        <translation>上次打开的源；启动时重新打开。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="211"/>
        <source>Recent conferences</source>
        <translation>最近的大会</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="212"/>
        <source>The conferences opened recently (a JSON list of sources, newest first), offered by File &gt; Open conference.</source>
        <translation>最近打开的大会（数据源的 JSON 列表，最新的在前），在“文件 &gt; 打开大会”中提供。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="221"/>
        <source>Refresh the conference every (minutes)</source>
        <translation>大会刷新间隔（分钟）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="222"/>
        <source>How often the conference&apos;s sources are read again (conditional requests: cheap when unchanged); 0 turns it off.</source>
        <translation>重新读取大会数据源的频率（条件请求：未变化时开销很小）；0 表示关闭。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="232"/>
        <source>Last body</source>
        <translation>上次的机构</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="233"/>
        <source>The body watched last; played again on start.</source>
        <translation>上次观看的机构；启动时再次播放。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="239"/>
        <source>Remind me before a followed session (minutes)</source>
        <translation>关注的场次开始前提醒（分钟）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="240"/>
        <source>A desktop notification this many minutes before a session you follow starts; 0 turns reminders off.</source>
        <translation>在您关注的场次开始前这么多分钟发出桌面通知；0 表示关闭提醒。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="249"/>
        <source>Caption size (%)</source>
        <translation>字幕大小（%）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="250"/>
        <source>Size of captions and subtitles over the video, in percent of libVLC&apos;s normal size.</source>
        <translation>视频上字幕的大小，以 libVLC 正常大小的百分比表示。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="260"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="261"/>
        <source>system follows the desktop&apos;s palette; dark and high-contrast are built in (light text on dark, and white on black with yellow highlights).</source>
        <translation>system 跟随桌面配色；dark 和 high-contrast 为内置配色（深色背景浅色文字，以及黑底白字加黄色高亮）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="272"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="273"/>
        <source>Language of Observer&apos;s menus and messages: one of the six UN languages, or the system&apos;s. A change applies when Observer is started again.</source>
        <translation>Observer 菜单和消息的语言：联合国六种语言之一，或系统语言。更改将在 Observer 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="284"/>
        <source>Welcome page done</source>
        <translation>已看过欢迎页</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="285"/>
        <source>False: the welcome page (name, organisation, languages) is shown at the next start.</source>
        <translation>为假（false）：下次启动时显示欢迎页（姓名、组织、语言）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="294"/>
        <source>Transcription model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="295"/>
        <source>Whisper model for the live transcript: tiny, base, small, medium, large-v3 (multilingual) or tiny.en, base.en, small.en, medium.en (English only). Downloaded once, then offline.</source>
        <translation>直播转写使用的 Whisper 模型：tiny、base、small、medium、large-v3（多语言）或 tiny.en、base.en、small.en、medium.en（仅英语）。下载一次，之后离线使用。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="316"/>
        <source>Live captions under the video</source>
        <translation>视频下方的直播字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="317"/>
        <source>Show the last transcript lines in large type under the video, for those who cannot hear.</source>
        <translation>在视频下方以大字显示最近的转写文本，方便听不到声音的人。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="327"/>
        <source>Live caption size (%)</source>
        <translation>直播字幕大小（%）</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="328"/>
        <source>Size of the live captions under the video, in percent of the window&apos;s text.</source>
        <translation>视频下方直播字幕的大小，以窗口文字大小的百分比表示。</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="338"/>
        <source>Transcription model folder</source>
        <translation>转写模型文件夹</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="339"/>
        <source>A faster-whisper (CTranslate2) model folder you already have; used instead of downloading.</source>
        <translation>您已有的 faster-whisper（CTranslate2）模型文件夹；用它代替下载。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="34"/>
        <source>Mail server password</source>
        <translation>邮件服务器密码</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="35"/>
        <source>Platform token</source>
        <translation>平台令牌</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="36"/>
        <source>Team folder password</source>
        <translation>团队文件夹密码</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="54"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="55"/>
        <source>Watching</source>
        <translation>观看</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="56"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="58"/>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="62"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="63"/>
        <source>Conference</source>
        <translation>大会</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="64"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="67"/>
        <source>Same as the desktop</source>
        <translation>与桌面相同</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="68"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="69"/>
        <source>High contrast (white on black)</source>
        <translation>高对比度（黑底白字）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="85"/>
        <source>Same as the system</source>
        <translation>与系统相同</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="108"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="193"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="113"/>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="154"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="161"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="175"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="170"/>
        <source>unchanged if left empty</source>
        <translation>留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="173"/>
        <source>Kept in the system keyring; never written to a file</source>
        <translation>保存在系统密钥环中；绝不写入任何文档</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="208"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="209"/>
        <source>The new interface language is used when you start Observer again.</source>
        <translation>新的界面语言将在下次启动 Observer 时使用。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="221"/>
        <source>No keyring</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="222"/>
        <source>No working keyring ({why}): {names} will be kept until you quit Observer, and never written to disk. Start your desktop&apos;s keyring to keep it.</source>
        <translation>没有可用的密钥环（{why}）：{names} 将保留到您退出 Observer 为止，绝不会写入磁盘。请启动桌面的密钥环以便保存。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="187"/>
        <source>Save the note being typed</source>
        <translation>保存正在输入的笔记</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="188"/>
        <source>New line in a note</source>
        <translation>在笔记中换行</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="190"/>
        <source>Alt+letter</source>
        <translation>Alt+字母</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="191"/>
        <source>Open a menu (the underlined letter)</source>
        <translation>打开菜单（带下划线的字母）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="193"/>
        <source>Next / previous control</source>
        <translation>下一个/上一个控件</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/widgets/source_status.py" line="39"/>
        <source>%n message(s) about the sources</source>
        <translation>
            <numerusform>关于来源的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="44"/>
        <source>Click for every message.</source>
        <translation>点击查看全部消息。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="50"/>
        <source>Conference sources</source>
        <translation>大会来源</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="29"/>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="58"/>
        <source>Messages about the sources</source>
        <translation>关于来源的消息</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="65"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="40"/>
        <source>Export a team bundle</source>
        <translation>导出团队笔记包</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="42"/>
        <location filename="../../observer_app/ui/dialogs/team.py" line="68"/>
        <source>Notes bundles (*.json)</source>
        <translation>笔记包 (*.json)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="49"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="52"/>
        <source>Exported %n note(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 条笔记导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="66"/>
        <source>Import a teammate&apos;s bundle</source>
        <translation>导入队友的笔记包</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="77"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="78"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="83"/>
        <source>Bundle imported</source>
        <translation>笔记包已导入</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="100"/>
        <source>Conflicting edits</source>
        <translation>编辑冲突</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="101"/>
        <source>%n note(s) were edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</source>
        <translation>
            <numerusform>有 %n 条笔记同时被您和一位队友编辑过。两个版本都已保留：笔记作者的版本仍是该笔记，另一个版本标为“⚠ 编辑冲突”，并注明编辑者和时间。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="212"/>
        <source>Synced with the team folder: nothing new.</source>
        <translation>已与团队文件夹同步：没有新内容。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="213"/>
        <source>Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation>已与团队文件夹同步：新增 {added} 条，更新 {updated} 条，删除 {deleted} 条，冲突 {conflicts} 处。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="131"/>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="120"/>
        <source>Syncing with the team folder…</source>
        <translation>正在与团队文件夹同步…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="44"/>
        <source>Day timeline</source>
        <translation>当日时间轴</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="47"/>
        <source>Sessions of the day per body. Arrows move, Enter watches, F follows, Page Up and Page Down change the day.</source>
        <translation>按机构列出的当日场次。方向键移动，Enter 观看，F 关注，Page Up 和 Page Down 切换日期。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="231"/>
        <source>you: {zone}</source>
        <translation>您：{zone}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="288"/>
        <source>(live)</source>
        <translation>（直播）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="290"/>
        <source>(ended)</source>
        <translation>（已结束）</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Larger live captions</source>
        <translation>放大直播字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Smaller live captions</source>
        <translation>缩小直播字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="166"/>
        <source>The model {name} knows English only: choose a multilingual model in Settings to transcribe this channel.</source>
        <translation>模型 {name} 只懂英语：请在设置中选择多语言模型来转写此声道。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="250"/>
        <source>This line has no recording to replay.</source>
        <translation>这一行没有可回放的录像。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="261"/>
        <source>Play something first.</source>
        <translation>请先播放内容。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="271"/>
        <source>Looking for the stream&apos;s captions…</source>
        <translation>正在查找流的字幕…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="295"/>
        <source>Showing the stream&apos;s own captions (written by people), not transcribing.</source>
        <translation>正在显示流自带的字幕（由人工撰写），不进行转写。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="308"/>
        <source>{name} has no WebVTT or SRT cues.</source>
        <translation>{name} 中没有 WebVTT 或 SRT 字幕。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="327"/>
        <source>The transcript is the captions of {name} (written by people).</source>
        <translation>转写文本即 {name} 中的字幕（由人工撰写）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="362"/>
        <source>Downloading the {name} model…</source>
        <translation>正在下载 {name} 模型…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="364"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="366"/>
        <source>Transcript model</source>
        <translation>转写模型</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="392"/>
        <source>Downloading {file}: {done} of {total} MB</source>
        <translation>正在下载 {file}：{done} / {total} MB</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="399"/>
        <source>Cancelling the download…</source>
        <translation>正在取消下载…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="436"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>下载已取消；未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="442"/>
        <source>Transcribing on this computer.</source>
        <translation>正在本机转写。</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="18"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="19"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="20"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="21"/>
        <source>Said</source>
        <translation>发言内容</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="62"/>
        <source>captions</source>
        <translation>字幕</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="57"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Not transcribing.</source>
        <translation>未在转写。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="58"/>
        <source>Transcript status</source>
        <translation>转写状态</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="59"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Transcribe</source>
        <translation>转写</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="61"/>
        <source>Transcribe what is playing</source>
        <translation>转写正在播放的内容</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="66"/>
        <source>Transcript lines</source>
        <translation>转写文本行</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="80"/>
        <source>Line to quote</source>
        <translation>要引用的行</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="82"/>
        <source>Click a line, select words here, then Quote in note.</source>
        <translation>点击一行，在此选择文字，然后点击“在笔记中引用”。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="84"/>
        <source>Quote in note</source>
        <translation>在笔记中引用</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="85"/>
        <source>Quote the selected words in the note</source>
        <translation>在笔记中引用所选文字</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="90"/>
        <source>Captions under the video</source>
        <translation>视频下方字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="91"/>
        <source>Show live captions under the video</source>
        <translation>在视频下方显示直播字幕</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="93"/>
        <source>Larger: Ctrl+Shift++, smaller: Ctrl+Shift+- (or the setting)</source>
        <translation>放大：Ctrl+Shift++，缩小：Ctrl+Shift+-（或使用设置）</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="167"/>
        <source>Speech is turned into text on this computer; nothing is sent while you transcribe. The transcript is kept in your profile and goes to your team folder ({host}) each time you sync with your team.</source>
        <translation>语音在本机转为文字；转写期间不发送任何内容。转写稿保存在您的配置文件中，每次与团队同步时会发送到团队文件夹（{host}）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="173"/>
        <source>Nothing leaves this machine: speech is turned into text on this computer, and the transcript stays in your profile (no team folder is set up; a team bundle you export carries it).</source>
        <translation>任何内容都不会离开本机：语音在本机转为文字，转写稿保留在您的配置文件中（尚未设置团队文件夹；您导出的团队包会带上它）。</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Stop transcribing</source>
        <translation>停止转写</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="26"/>
        <source>Notes message</source>
        <translation>笔记消息</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="27"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="28"/>
        <source>Undo the deletion</source>
        <translation>撤销删除</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../../observer_app/ui/widgets/video_surface.py" line="24"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
</context>
</TS>
