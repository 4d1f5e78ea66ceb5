<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="130"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="134"/>
        <source>Follow intergovernmental conferences from afar: webcasts with interpretation, documents, stamped notes and feedback reports.</source>
        <translation>Следите за межправительственными конференциями издалека: веб-трансляции с синхронным переводом, документы, заметки с отметкой времени и отчёты.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="138"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Свободное программное обеспечение по лицензии GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="144"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="149"/>
        <source>Licences of the main dependencies</source>
        <translation>Лицензии основных зависимостей</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="153"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="154"/>
        <source>Copy versions and licences</source>
        <translation>Копировать версии и лицензии</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="156"/>
        <source>Copy the versions and licences as text, for a bug report</source>
        <translation>Скопировать версии и лицензии текстом для отчёта об ошибке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="159"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="168"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Версии:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="170"/>
        <source>&amp;Licences:</source>
        <translation>&amp;Лицензии:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../observer_app/ui/app.py" line="101"/>
        <source>Player unavailable</source>
        <translation>Проигрыватель недоступен</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="163"/>
        <location filename="../../observer_app/ui/app.py" line="180"/>
        <source>{app} cannot start</source>
        <translation>Не удаётся запустить {app}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="181"/>
        <source>The demo conference is damaged: {error}</source>
        <translation>Демонстрационная конференция повреждена: {error}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="26"/>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="37"/>
        <source>Export followed sessions</source>
        <translation>Экспорт отслеживаемых заседаний</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="27"/>
        <source>You follow no session yet: right-click a body or a session in the schedule and choose Follow (or press Ctrl+D).</source>
        <translation>Вы пока не отслеживаете ни одного заседания: щёлкните правой кнопкой по органу или заседанию в программе и выберите «Отслеживать» (или нажмите Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="39"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="60"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="62"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удаётся записать {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="68"/>
        <source>%n session(s) written to {path}</source>
        <translation>
            <numerusform>%n заседание записано в {path}</numerusform>
            <numerusform>%n заседания записаны в {path}</numerusform>
            <numerusform>%n заседаний записано в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <location filename="../../observer_app/ui/widgets/caption_strip.py" line="30"/>
        <source>Live captions</source>
        <translation>Субтитры в прямом эфире</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="37"/>
        <source>Observer: unexpected error</source>
        <translation>Observer: непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="46"/>
        <source>Error report</source>
        <translation>Отчёт об ошибке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="48"/>
        <source>Traceback and versions, without passwords or tokens</source>
        <translation>Трассировка и версии, без паролей и токенов</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="52"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="54"/>
        <source>Copy the report to the clipboard, to paste into a bug report or an e-mail</source>
        <translation>Скопировать отчёт в буфер обмена, чтобы вставить в отчёт об ошибке или письмо</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="57"/>
        <source>&amp;Quit Observer</source>
        <translation>&amp;Выйти из Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="58"/>
        <source>Close Observer (your notes are saved)</source>
        <translation>Закрыть Observer (ваши заметки сохранены)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="60"/>
        <source>C&amp;ontinue</source>
        <translation>Пр&amp;одолжить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="61"/>
        <source>Close this message and keep working</source>
        <translation>Закрыть это сообщение и продолжить работу</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="78"/>
        <source>Something went wrong inside Observer.</source>
        <translation>В Observer что-то пошло не так.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/crash.py" line="81"/>
        <source>It happened %n time(s).</source>
        <translation>
            <numerusform>Это произошло %n раз.</numerusform>
            <numerusform>Это произошло %n раза.</numerusform>
            <numerusform>Это произошло %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="87"/>
        <source>Your saved notes are safe and you can keep working; if something looks wrong, restart Observer.</source>
        <translation>Сохранённые заметки в безопасности, можно продолжать работу; если что-то выглядит неправильно, перезапустите Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="92"/>
        <source>The report was also saved to {path}.</source>
        <translation>Отчёт также сохранён в {path}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="94"/>
        <source>The report could not be saved to the log folder.</source>
        <translation>Не удалось сохранить отчёт в папку журналов.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="97"/>
        <source>Please send the report to the developers: it contains no passwords or tokens.</source>
        <translation>Пожалуйста, отправьте отчёт разработчикам: в нём нет паролей и токенов.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="14"/>
        <source>Symbol</source>
        <extracomment>Column header: a document symbol such as DT/33 or 67(Rev.1) (UN: fr « Cote », ru «Обозначение»). Keep it short.</extracomment>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="15"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="16"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="17"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="18"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="19"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="105"/>
        <source>New since you last looked</source>
        <translation>Новое с вашего последнего просмотра</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="108"/>
        <source>On this computer: {languages}</source>
        <translation>На этом компьютере: {languages}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="112"/>
        <source>Not downloaded</source>
        <translation>Не загружено</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="69"/>
        <source>Find a document (DT/33, 67 Rev 1…); Enter searches all text and notes</source>
        <extracomment>Keep the example symbols DT/33 and 67 Rev 1 exactly: they are what the search understands (not « Rév. »).</extracomment>
        <translation>Найти документ (DT/33, 67 Rev 1…); Enter ищет по всем текстам и заметкам</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="71"/>
        <source>Find a document</source>
        <translation>Найти документ</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="76"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="113"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="128"/>
        <source>Mark all seen</source>
        <translation>Отметить всё как просмотренное</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="131"/>
        <source>Mark all documents as seen</source>
        <translation>Отметить все документы как просмотренные</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="133"/>
        <source>● marks documents and revisions that appeared since you last looked</source>
        <translation>● отмечает документы и пересмотренные варианты, появившиеся с вашего последнего просмотра</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="165"/>
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>%n документ. Выберите его, чтобы прочитать.</numerusform>
            <numerusform>%n документа. Выберите один, чтобы прочитать.</numerusform>
            <numerusform>%n документов. Выберите один, чтобы прочитать.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="231"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n результат по запросу «{query}»</numerusform>
            <numerusform>%n результата по запросу «{query}»</numerusform>
            <numerusform>%n результатов по запросу «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="234"/>
        <source>: download the documents to search their text.</source>
        <translation>: загрузите документы, чтобы искать по их тексту.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="262"/>
        <source>Compare with the previous version</source>
        <translation>Сравнить с предыдущей версией</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="270"/>
        <source>Nothing to compare: {reason}.</source>
        <translation>Нечего сравнивать: {reason}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="273"/>
        <source>{symbol}: changes since {previous}</source>
        <translation>{symbol}: изменения после {previous}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="279"/>
        <source>No differences.</source>
        <translation>Различий нет.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="281"/>
        <source>Text differences</source>
        <translation>Различия в тексте</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="313"/>
        <source>{symbol}: no file is listed for this document.</source>
        <translation>{symbol}: для этого документа не указан файл.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="333"/>
        <source>{symbol}: online only ({url}). Use Download below to read it offline.</source>
        <translation>{symbol}: только онлайн ({url}). Чтобы читать офлайн, воспользуйтесь кнопкой «Загрузить» ниже.</translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>Documents to download</source>
        <translation>Документы для загрузки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="39"/>
        <source>Download</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="41"/>
        <source>Download the documents for offline reading</source>
        <translation>Загрузить документы для чтения офлайн</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="43"/>
        <source>Download the documents for offline reading (and index their text for search)</source>
        <translation>Загрузить документы для чтения офлайн (и проиндексировать их текст для поиска)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="45"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="46"/>
        <source>Cancel the download</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="48"/>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="52"/>
        <source>Get:</source>
        <translation>Получить:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="67"/>
        <source>{body} only</source>
        <translation>Только {body}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="105"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="112"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="130"/>
        <source>Fetched {fetched}, unchanged {unchanged}, on this computer {local}, failed {failed}</source>
        <translation>Получено {fetched}, без изменений {unchanged}, на этом компьютере {local}, с ошибкой {failed}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="138"/>
        <source>, cancelled {count}</source>
        <translation>, отменено {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="147"/>
        <source>Download stopped: {error}</source>
        <translation>Загрузка остановлена: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="58"/>
        <source>Welcome to Observer</source>
        <translation>Добро пожаловать в Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="62"/>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Observer follows a conference&apos;s sessions with you: the webcast with interpretation, the documents, and notes stamped with the moment they refer to.&lt;/p&gt;&lt;p&gt;Tell it who you are (feedback reports are signed with it) and which languages you prefer. Everything can be changed later in File &amp;gt; Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать&lt;/h3&gt;&lt;p&gt;Observer следит вместе с вами за заседаниями конференции: веб-трансляция с синхронным переводом, документы и заметки с отметкой того момента, к которому они относятся.&lt;/p&gt;&lt;p&gt;Укажите, кто вы (этим подписываются отчёты), и какие языки вы предпочитаете. Всё это можно изменить позже в меню Файл &amp;gt; Настройки.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="70"/>
        <source>e.g. Ana Pereira</source>
        <translation>например, Ана Перейра</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="72"/>
        <source>e.g. Digital Rights Coalition</source>
        <translation>например, Коалиция за цифровые права</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="80"/>
        <source>&amp;Interpretation you prefer:</source>
        <translation>Предпочитаемый &amp;устный перевод:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="81"/>
        <source>Interface &amp;language (after a restart):</source>
        <translation>&amp;Язык интерфейса (после перезапуска):</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="82"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="89"/>
        <source>Start with the &amp;demo conference</source>
        <translation>Начать с &amp;демонстрационной конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="91"/>
        <source>PP-Demo: four bodies sitting now, with interpretation and documents</source>
        <translation>PP-Demo: четыре органа заседают сейчас, с синхронным переводом и документами</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="93"/>
        <source>O&amp;pen my conference…</source>
        <translation>О&amp;ткрыть мою конференцию…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="95"/>
        <source>Paths or addresses of your conference&apos;s schedule, streams and documents</source>
        <translation>Пути или адреса программы, трансляций и документов вашей конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="97"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="98"/>
        <source>Keep the demo open; this page will not come back</source>
        <translation>Оставить демонстрацию открытой; эта страница больше не появится</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="17"/>
        <source>Supports</source>
        <extracomment>A delegation&apos;s stance in a note: it supports the proposal (fr « Soutient »).</extracomment>
        <translation>Поддерживает</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="18"/>
        <source>Opposes</source>
        <translation>Возражает</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="20"/>
        <source>Concern</source>
        <extracomment>A delegation&apos;s stance in a note: it raises a concern (a noun, like Question).</extracomment>
        <translation>Озабоченность</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="21"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="22"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="27"/>
        <source>Floor</source>
        <extracomment>Audio channel: the room&apos;s own sound, speakers in their original language (UN: fr « Original », not a wooden floor). Glossary: resources/i18n/glossary.json.</extracomment>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="30"/>
        <source>Arabic</source>
        <extracomment>Language names stand alone (audio channels, &quot;Channel not in this stream: Arabic&quot;): write them as a label, in the form a list item takes.</extracomment>
        <translation>Арабский</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="31"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="32"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="33"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="34"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="35"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
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
        <translation>Веб-страница (HTML)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="42"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="43"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="45"/>
        <source>JSON (for platforms)</source>
        <extracomment>A report format: JSON for the organisers&apos; platforms to read.</extracomment>
        <translation>JSON (для платформ)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="46"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Электронная таблица (CSV)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="48"/>
        <source>Subtitles over the recording (WebVTT)</source>
        <extracomment>A report format: the notes as subtitles shown over the session&apos;s recording.</extracomment>
        <translation>Субтитры к записи (WebVTT)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="49"/>
        <source>Subtitles over the recording (SRT)</source>
        <translation>Субтитры к записи (SRT)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="51"/>
        <source>Plain text (e-mail body)</source>
        <extracomment>A report format: plain text to paste into the body of an e-mail.</extracomment>
        <translation>Обычный текст (для тела письма)</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="23"/>
        <source>Schedule</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="24"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="25"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="26"/>
        <source>Document viewer</source>
        <translation>Просмотр документов</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="27"/>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="31"/>
        <source>&amp;Schedule pane</source>
        <translation>Панель п&amp;рограммы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="32"/>
        <source>N&amp;otes pane</source>
        <translation>Панель зам&amp;еток</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="33"/>
        <source>&amp;Documents pane</source>
        <translation>Панель &amp;документов</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="34"/>
        <source>Document &amp;viewer pane</source>
        <translation>Панель просмотра доку&amp;ментов</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="35"/>
        <source>Tr&amp;anscript pane</source>
        <translation>Панель расши&amp;фровки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="64"/>
        <source>Watch</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="65"/>
        <source>Wa&amp;tch layout</source>
        <translation>Макет для &amp;просмотра</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="66"/>
        <source>The video large, the notes and the schedule beside it</source>
        <translation>Видео крупно, рядом заметки и программа</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="80"/>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="81"/>
        <source>&amp;Read layout</source>
        <translation>Макет для &amp;чтения</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="82"/>
        <source>A document page at reading size, the video and the document list beside it</source>
        <translation>Страница документа в размере для чтения, рядом видео и список документов</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="94"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="95"/>
        <source>Re&amp;port layout</source>
        <translation>Макет для о&amp;тчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="96"/>
        <source>The notes wide to review and write, the video small</source>
        <translation>Заметки во всю ширину, чтобы просматривать и писать, видео маленькое</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="195"/>
        <source>Panes</source>
        <translation>Панели</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="38"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="39"/>
        <source>&amp;Playback</source>
        <translation>&amp;Воспроизведение</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="40"/>
        <source>&amp;View</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="41"/>
        <source>&amp;Schedule</source>
        <translation>П&amp;рограмма</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="42"/>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="175"/>
        <source>&amp;Open conference…</source>
        <translation>&amp;Открыть конференцию…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="183"/>
        <source>&amp;Export feedback…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="191"/>
        <source>Sent and out&amp;box…</source>
        <translation>Отправленные и &amp;исходящие…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="205"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="235"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Воспроизведение / пауза</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="243"/>
        <source>&amp;Back 5 seconds</source>
        <translation>&amp;Назад на 5 секунд</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="252"/>
        <source>&amp;Forward 5 seconds</source>
        <translation>Вп&amp;ерёд на 5 секунд</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="261"/>
        <source>Back &amp;30 seconds</source>
        <translation>Назад на &amp;30 секунд</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="270"/>
        <source>Forward 3&amp;0 seconds</source>
        <translation>Вперёд на 3&amp;0 секунд</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="279"/>
        <source>Volume &amp;up</source>
        <translation>&amp;Громче</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="288"/>
        <source>Volume &amp;down</source>
        <translation>&amp;Тише</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="297"/>
        <source>&amp;Mute</source>
        <translation>&amp;Без звука</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="305"/>
        <source>Go &amp;live</source>
        <translation>К &amp;прямому эфиру</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="313"/>
        <source>&amp;Audio only (save bandwidth)</source>
        <translation>Только &amp;звук (экономия трафика)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="321"/>
        <source>&amp;Slower</source>
        <translation>&amp;Медленнее</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="330"/>
        <source>Fas&amp;ter</source>
        <translation>Б&amp;ыстрее</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="339"/>
        <source>Full scr&amp;een</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="347"/>
        <source>Leave full screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="355"/>
        <source>&amp;Retry the connection</source>
        <translation>Повторить под&amp;ключение</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="363"/>
        <source>Open &amp;captions file…</source>
        <translation>Открыть файл &amp;субтитров…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="371"/>
        <source>&amp;Follow the selected body or session</source>
        <translation>&amp;Отслеживать выбранный орган или заседание</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="379"/>
        <source>&amp;Day timeline</source>
        <translation>&amp;Расписание дня</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="387"/>
        <source>E&amp;xport followed sessions (.ics)…</source>
        <translation>&amp;Экспорт отслеживаемых заседаний (.ics)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="396"/>
        <source>&amp;Watch in a new tile (selected body)</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>&amp;Смотреть в новом окне (выбранный орган)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="404"/>
        <source>&amp;Close the tile that has the sound</source>
        <translation>&amp;Закрыть окно со звуком</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="412"/>
        <source>&amp;Next tile gets the sound</source>
        <translation>Звук в следующее &amp;окно</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="420"/>
        <source>&amp;New note at this moment</source>
        <translation>&amp;Новая заметка в этот момент</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="428"/>
        <source>Go to the notes &amp;list</source>
        <translation>К &amp;списку заметок</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="436"/>
        <source>&amp;Search notes</source>
        <translation>&amp;Поиск по заметкам</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="444"/>
        <source>Show or hide the note &amp;filters</source>
        <translation>Показать или скрыть &amp;фильтры заметок</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="452"/>
        <source>Next note &amp;private / for feedback</source>
        <translation>Следующая заметка — &amp;личная / для отчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="460"/>
        <source>Clear the carried-over spea&amp;ker and agenda item</source>
        <translation>&amp;Очистить перенесённые поля «Выступающий» и «Пункт повестки дня»</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="468"/>
        <source>Mark a &amp;briefing now</source>
        <translation>Отметить &amp;брифинг сейчас</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="476"/>
        <source>&amp;Export a team bundle…</source>
        <translation>&amp;Экспорт пакета команды…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="484"/>
        <source>&amp;Import a team bundle…</source>
        <translation>&amp;Импорт пакета команды…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="492"/>
        <source>S&amp;ync with the team folder</source>
        <translation>Син&amp;хронизировать с папкой команды</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="506"/>
        <source>&amp;About Observer</source>
        <translation>&amp;О программе Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="251"/>
        <source>Refresh failed, showing the last version: {reason}</source>
        <translation>Обновление не удалось, показана последняя версия: {reason}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="315"/>
        <source>Conference feed</source>
        <translation>Источник конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="329"/>
        <source>The conference could be read again.</source>
        <translation>Конференцию снова удалось прочитать.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="333"/>
        <source>The conference was updated.</source>
        <translation>Конференция обновлена.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="406"/>
        <source>Nothing to play there: no stream, or no recording yet.</source>
        <translation>Здесь нечего воспроизводить: нет трансляции или ещё нет записи.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="421"/>
        <source>{symbol} is not among this conference&apos;s documents.</source>
        <translation>{symbol} нет среди документов этой конференции.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="448"/>
        <source>Opening {source}…</source>
        <translation>Открывается {source}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="159"/>
        <source>Unexpected error: {error}</source>
        <translation>Непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="460"/>
        <source>Cannot open this conference</source>
        <translation>Не удаётся открыть эту конференцию</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="461"/>
        <source>The current conference stays open.</source>
        <translation>Текущая конференция остаётся открытой.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="63"/>
        <location filename="../../observer_app/ui/window_menus.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="67"/>
        <location filename="../../observer_app/ui/window_menus.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="211"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Изменить заметку…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="219"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Удалить заметку</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="227"/>
        <source>Note &amp;private / for feedback</source>
        <translation>Заметка &amp;личная / для отчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="139"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/controller.py" line="108"/>
        <source>Outbox: %n report(s) delivered</source>
        <translation>
            <numerusform>Исходящие: доставлен %n отчёт</numerusform>
            <numerusform>Исходящие: доставлено %n отчёта</numerusform>
            <numerusform>Исходящие: доставлено %n отчётов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="92"/>
        <source>⚠ Backup failed: {error}</source>
        <translation>⚠ Ошибка резервного копирования: {error}</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="128"/>
        <source>Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.</source>
        <translation>Начните печатать, чтобы создать заметку (Ctrl+N). Enter сохраняет, Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="130"/>
        <source>Note stamp</source>
        <translation>Отметка времени заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="133"/>
        <source>Note editor</source>
        <translation>Редактор заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="137"/>
        <source>What was said? Cite documents like DT/33 or 67(Rev.1).</source>
        <extracomment>Keep the example symbols DT/33 and 67(Rev.1) exactly: notes are searched for these forms. Cite: refer to a document.</extracomment>
        <translation>Что было сказано? Ссылайтесь на документы, например DT/33 или 67(Rev.1).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="143"/>
        <source>Speaker / delegation</source>
        <translation>Выступающий / делегация</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="144"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="148"/>
        <source>Agenda item / document</source>
        <translation>Пункт повестки дня / документ</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="149"/>
        <source>Agenda item</source>
        <translation>Пункт повестки дня</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="153"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="154"/>
        <source>No stance</source>
        <translation>Без позиции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="158"/>
        <source>tags, comma-separated</source>
        <translation>метки через запятую</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="159"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="162"/>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="164"/>
        <source>For feedback</source>
        <translation>Для отчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="166"/>
        <source>Unticked: a private note that never leaves this machine unless you say so</source>
        <translation>Без флажка: личная заметка, которая не покидает этот компьютер без вашего решения</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="171"/>
        <source>Filed under</source>
        <translation>Привязка заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="181"/>
        <source>Stance:</source>
        <translation>Позиция:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="258"/>
        <source>speaker {speaker}</source>
        <translation>выступающий {speaker}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="260"/>
        <source>agenda item {item}</source>
        <translation>пункт повестки дня {item}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="262"/>
        <source>Filed under: {fields}  (Ctrl+K clears)</source>
        <translation>Заметка относится к: {fields}  (Ctrl+K — очистить)</translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="16"/>
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="20"/>
        <source>Edit the text and fields; Enter or OK saves, Shift+Enter: new line.</source>
        <translation>Измените текст и поля; Enter или OK сохраняет, Shift+Enter — новая строка.</translation>
    </message>
</context>
<context>
    <name>NoteFilterBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="50"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Поиск по заметкам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Поиск по заметкам</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>Filter by body</source>
        <translation>Фильтр по органу</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="55"/>
        <source>Filter by stance</source>
        <translation>Фильтр по позиции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="56"/>
        <source>Any stance</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Filter by day</source>
        <translation>Фильтр по дню</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Any day</source>
        <translation>Любой день</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Filter by speaker</source>
        <translation>Фильтр по выступающему</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Any speaker</source>
        <translation>Любой выступающий</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Filter by document</source>
        <translation>Фильтр по документу</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Any document</source>
        <translation>Любой документ</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="63"/>
        <source>Since last briefing</source>
        <translation>После последнего брифинга</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="65"/>
        <source>Only notes since the last briefing</source>
        <translation>Только заметки после последнего брифинга</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="67"/>
        <source>Briefing now</source>
        <extracomment>Button: mark that a civil-society briefing (fr « séance d’information ») happens now.</extracomment>
        <translation>Брифинг сейчас</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="68"/>
        <source>Mark a briefing now</source>
        <translation>Отметить брифинг сейчас</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="71"/>
        <source>Mark that a civil-society briefing happens now: &apos;since last briefing&apos; starts here</source>
        <translation>Отметить, что сейчас проходит брифинг для гражданского общества: отсюда начинается «после последнего брифинга»</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="80"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters</source>
        <extracomment>Button: show or hide the filters by body, day, speaker... (&quot;Filters (2)&quot;: 2 active).</extracomment>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="82"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Show the filters</source>
        <translation>Показать фильтры</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="88"/>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="89"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="90"/>
        <source>Speaker:</source>
        <translation>Выступающий:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="91"/>
        <source>Stance:</source>
        <translation>Позиция:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="92"/>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="93"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Hide the filters</source>
        <translation>Скрыть фильтры</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Фильтры (%n)</numerusform>
            <numerusform>Фильтры (%n)</numerusform>
            <numerusform>Фильтры (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="28"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="29"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="30"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="31"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="32"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="253"/>
        <source>(⚠ conflicting edit by {who}, {when})</source>
        <translation>(⚠ конфликтующая правка: {who}, {when})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="293"/>
        <source>(private)</source>
        <translation>(личная)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="305"/>
        <source>, video {position}</source>
        <translation>, видео {position}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="27"/>
        <source>Replay this moment</source>
        <translation>Посмотреть этот момент ещё раз</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="30"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="31"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="40"/>
        <source>Open document {symbol}</source>
        <translation>Открыть документ {symbol}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="95"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="189"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="177"/>
        <source>Draft restored</source>
        <translation>Черновик восстановлен</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="238"/>
        <source>, video {position}</source>
        <translation>, видео {position}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="245"/>
        <source>Enter saves.</source>
        <translation>Enter сохраняет.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="104"/>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="207"/>
        <source>Note not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="121"/>
        <source>&amp;Undo adding the note</source>
        <translation>&amp;Отменить добавление заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="125"/>
        <source>&amp;Redo adding the note</source>
        <translation>&amp;Повторить добавление заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="143"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="149"/>
        <source>Saved. %n note(s). Type to start the next one.</source>
        <translation>
            <numerusform>Сохранено. %n заметка. Печатайте, чтобы начать следующую.</numerusform>
            <numerusform>Сохранено. %n заметки. Печатайте, чтобы начать следующую.</numerusform>
            <numerusform>Сохранено. %n заметок. Печатайте, чтобы начать следующую.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="202"/>
        <source>⚠ Note not saved: {error}</source>
        <translation>⚠ Заметка не сохранена: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="263"/>
        <source>&amp;Undo deleting the note</source>
        <translation>&amp;Отменить удаление заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="267"/>
        <source>&amp;Redo deleting the note</source>
        <translation>&amp;Повторить удаление заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="270"/>
        <source>Note deleted</source>
        <translation>Заметка удалена</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="291"/>
        <source>&amp;Undo editing the note</source>
        <translation>&amp;Отменить изменение заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="295"/>
        <source>&amp;Redo editing the note</source>
        <translation>&amp;Повторить изменение заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="305"/>
        <source>&amp;Undo marking for feedback</source>
        <translation>&amp;Отменить пометку «для отчёта»</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="306"/>
        <source>&amp;Redo marking for feedback</source>
        <translation>&amp;Повторить пометку «для отчёта»</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Undo marking private</source>
        <translation>&amp;Отменить пометку «личная»</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Redo marking private</source>
        <translation>&amp;Повторить пометку «личная»</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="332"/>
        <source>Briefing marked at {time}: &apos;Since last briefing&apos; starts here.</source>
        <translation>Брифинг отмечен в {time}: отсюда начинается «после последнего брифинга».</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="410"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="430"/>
        <source>⚠ Draft not saved: {error}</source>
        <translation>⚠ Черновик не сохранён: {error}</translation>
    </message>
</context>
<context>
    <name>OpenConferenceDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="23"/>
        <source>Conference sources (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation>Источники конференции (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="34"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
            <numerusform>(ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="44"/>
        <source>Open conference</source>
        <translation>Открыть конференцию</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="47"/>
        <source>Sources, one per line</source>
        <translation>Источники, по одному в строке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="54"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="57"/>
        <source>Recent conferences</source>
        <translation>Недавние конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="69"/>
        <source>Paths or addresses of the conference&apos;s sources, &lt;b&gt;one per line&lt;/b&gt;: the conference&apos;s &lt;b&gt;web pages&lt;/b&gt; (their document tables, webcast and linked schedules are read), an Observer feed or profile, M3U playlists, XMLTV guides, iCalendar schedules, Indico or pretalx exports, RSS/Atom document feeds. They are combined into one conference.</source>
        <translation>Пути или адреса источников конференции, &lt;b&gt;по одному в строке&lt;/b&gt;: &lt;b&gt;веб-страницы&lt;/b&gt; конференции (читаются их таблицы документов, веб-трансляция и связанные расписания), источник или профиль Observer, плейлисты M3U, телепрограммы XMLTV, расписания iCalendar, экспорт из Indico или pretalx, ленты документов RSS/Atom. Они объединяются в одну конференцию.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="80"/>
        <source>&amp;Recent (double-click or Enter to open):</source>
        <translation>&amp;Недавние (двойной щелчок или Enter, чтобы открыть):</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="95"/>
        <source>Add conference sources</source>
        <translation>Добавить источники конференции</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="23"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="25"/>
        <source>Channel</source>
        <extracomment>Column header: how a report is sent, e-mail or HTTPS platform (not an audio channel).</extracomment>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="27"/>
        <source>To</source>
        <extracomment>Column header: the recipient of a report.</extracomment>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="28"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="29"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="30"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="31"/>
        <source>Answer or last error</source>
        <translation>Ответ или последняя ошибка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="34"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="35"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="36"/>
        <source>needs your attention</source>
        <translation>требует вашего внимания</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="68"/>
        <source>sent {when}</source>
        <translation>отправлено {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="70"/>
        <source>next try {when}</source>
        <translation>следующая попытка {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="91"/>
        <source>Sent and outbox</source>
        <translation>Отправленные и исходящие</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="94"/>
        <source>Sent and waiting reports</source>
        <translation>Отправленные и ожидающие отчёты</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="101"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="102"/>
        <source>Retry the selected report now</source>
        <translation>Повторить отправку выбранного отчёта сейчас</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="103"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="41"/>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="42"/>
        <source>this is not a readable PDF (damaged, or another kind of file)</source>
        <translation>это не читаемый PDF (повреждён или файл другого типа)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="45"/>
        <source>the PDF is password-protected</source>
        <translation>PDF защищён паролем</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="46"/>
        <source>the PDF uses an encryption this viewer does not support</source>
        <translation>PDF использует шифрование, которое этот просмотрщик не поддерживает</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="89"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="223"/>
        <source>Document page</source>
        <translation>Страница документа</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="91"/>
        <source>Select a document.</source>
        <translation>Выберите документ.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="93"/>
        <source>Document status</source>
        <translation>Состояние документа</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="108"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="110"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="298"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="366"/>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit the page width</source>
        <translation>Подогнать по ширине страницы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="119"/>
        <source>Document language</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="123"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="124"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="130"/>
        <source>Cite</source>
        <extracomment>Button: insert a reference to this document page into the note being written (ar «إحالة», never «استشهاد»).</extracomment>
        <translation>Сослаться</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="131"/>
        <source>Cite this page in the note</source>
        <translation>Сослаться на эту страницу в заметке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="132"/>
        <source>Insert this document, language and page into the note</source>
        <translation>Вставить в заметку этот документ, язык и страницу</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="136"/>
        <source>Open in the system viewer</source>
        <translation>Открыть в системном просмотрщике</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="137"/>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>Открыть в системном просмотрщике PDF</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="150"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="281"/>
        <source>{document}: wrong password. {path}</source>
        <translation>{document}: неверный пароль. {path}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="291"/>
        <source>the PDF could not be opened ({error})</source>
        <translation>не удалось открыть PDF ({error})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="340"/>
        <source>{count} found</source>
        <translation>найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="373"/>
        <source>Password-protected document</source>
        <translation>Документ, защищённый паролем</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="374"/>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} зашифрован. Пароль:</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="93"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="94"/>
        <source>Play or pause</source>
        <translation>Воспроизведение или пауза</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="95"/>
        <source>Play / pause (Space)</source>
        <translation>Воспроизведение / пауза (пробел)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="100"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="101"/>
        <source>Go live</source>
        <extracomment>Button: jump to the newest moment of the live webcast (not: put on air).</extracomment>
        <translation>К эфиру</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="102"/>
        <source>Jump to the live edge (Ctrl+G)</source>
        <translation>Перейти к прямому эфиру (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="105"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the recording</source>
        <translation>Позиция в записи</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="107"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="110"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="111"/>
        <source>Playback speed (recordings)</source>
        <translation>Скорость воспроизведения (записи)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="116"/>
        <source>Audio channel</source>
        <translation>Звуковой канал</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="117"/>
        <source>Floor or interpretation channel</source>
        <translation>Зал или канал устного перевода</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="118"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="119"/>
        <source>Audio only</source>
        <translation>Только звук</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="120"/>
        <source>Save bandwidth: no video (Ctrl+Shift+A)</source>
        <translation>Экономия трафика: без видео (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="122"/>
        <source>Video quality</source>
        <translation>Качество видео</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="123"/>
        <source>Auto quality</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="124"/>
        <source>Lowest quality</source>
        <translation>Минимальное</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="126"/>
        <source>Captions</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="127"/>
        <source>Subtitle/caption track</source>
        <translation>Дорожка субтитров</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="130"/>
        <source>Open captions…</source>
        <translation>Субтитры…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="131"/>
        <source>Open a captions file</source>
        <translation>Открыть файл субтитров</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="132"/>
        <source>Open a WebVTT or SRT file over this stream (Ctrl+Shift+C)</source>
        <translation>Открыть файл WebVTT или SRT поверх этой трансляции (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="135"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="136"/>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="137"/>
        <source>Mute (Ctrl+M)</source>
        <translation>Без звука (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="142"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="146"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="147"/>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="148"/>
        <source>Full screen (F11)</source>
        <translation>Во весь экран (F11)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="154"/>
        <source>Stream information</source>
        <translation>Сведения о трансляции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="164"/>
        <source>Speed:</source>
        <translation>Скорость:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="173"/>
        <source>Captions:</source>
        <translation>Субтитры:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="175"/>
        <source>Audio:</source>
        <translation>Звук:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="177"/>
        <source>Picture:</source>
        <translation>Изображение:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the live window</source>
        <translation>Позиция в окне прямого эфира</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="274"/>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="275"/>
        <source>Playing</source>
        <translation>Воспроизводится</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="276"/>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="277"/>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="278"/>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="279"/>
        <source>Not playing</source>
        <translation>Не воспроизводится</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="295"/>
        <source>● live</source>
        <translation>● эфир</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="297"/>
        <source>−{time} behind live</source>
        <translation>−{time} от прямого эфира</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="342"/>
        <source>Channel not in this stream: {wanted}. Playing: {heard}.</source>
        <translation>Канала нет в этой трансляции: {wanted}. Звучит: {heard}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="344"/>
        <source>Channel not in this stream: {wanted}. Playing the default audio.</source>
        <translation>Канала нет в этой трансляции: {wanted}. Звучит канал по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="370"/>
        <source>buffer ok</source>
        <translation>буфер в порядке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="372"/>
        <source>buffering {percent}%</source>
        <translation>буферизация {percent}%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player_controls.py" line="376"/>
        <source>%n frame(s) lost</source>
        <translation>
            <numerusform>потерян %n кадр</numerusform>
            <numerusform>потеряно %n кадра</numerusform>
            <numerusform>потеряно %n кадров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="414"/>
        <source>No captions</source>
        <translation>Без субтитров</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Open captions</source>
        <translation>Открыть субтитры</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Captions (*.vtt *.srt);;All files (*)</source>
        <translation>Субтитры (*.vtt *.srt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="438"/>
        <source>Captions loaded: {name}</source>
        <translation>Субтитры загружены: {name}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="440"/>
        <source>⚠ cannot load captions {path}</source>
        <translation>⚠ не удаётся загрузить субтитры {path}</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="59"/>
        <source>Choose a body in the schedule.</source>
        <translation>Выберите орган в программе.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="66"/>
        <source>Player status</source>
        <translation>Состояние проигрывателя</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="79"/>
        <source>Player</source>
        <translation>Проигрыватель</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="203"/>
        <source>⚠ cannot open another player: {error}</source>
        <translation>⚠ не удаётся открыть ещё один проигрыватель: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player.py" line="261"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n вариант</numerusform>
            <numerusform>%n варианта</numerusform>
            <numerusform>%n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="268"/>
        <source>clock from the stream (started {time})</source>
        <translation>время по трансляции (начало в {time})</translation>
    </message>
</context>
<context>
    <name>PlayerTile</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="45"/>
        <source>Choose a body in the schedule</source>
        <translation>Выберите орган в программе</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="50"/>
        <source>Now showing</source>
        <translation>Сейчас на экране</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="52"/>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="54"/>
        <source>Live or archive</source>
        <translation>Эфир или архив</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="60"/>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="62"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="63"/>
        <source>Retry connecting</source>
        <translation>Повторить подключение</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="86"/>
        <source>Audio only: video needs an X11 display.</source>
        <translation>Только звук: для видео нужен дисплей X11.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="129"/>
        <source>Audio only: no picture, to save bandwidth</source>
        <translation>Только звук: без изображения, для экономии трафика</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>● LIVE</source>
        <translation>● ЭФИР</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>ARCHIVE</source>
        <translation>АРХИВ</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>This tile has the sound</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>У этого окна есть звук</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>Click the tile to hear it</source>
        <translation>Щёлкните по окну, чтобы его слушать</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="58"/>
        <source>Notes database restored</source>
        <translation>База заметок восстановлена</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="99"/>
        <source>Notes database damaged</source>
        <translation>База заметок повреждена</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="32"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="35"/>
        <source>&amp;Watch</source>
        <translation>&amp;Смотреть</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="36"/>
        <source>Watch the reminded session</source>
        <translation>Смотреть заседание из напоминания</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="37"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="38"/>
        <source>Dismiss the reminder</source>
        <translation>Скрыть напоминание</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="118"/>
        <source>Observer: session starting</source>
        <translation>Observer: начинается заседание</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="119"/>
        <source>Click to watch.</source>
        <translation>Щёлкните, чтобы смотреть.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="107"/>
        <source>Export feedback</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="110"/>
        <source>Only notes since the last briefing</source>
        <translation>Только заметки после последнего брифинга</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="164"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="117"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="165"/>
        <source>Session</source>
        <extracomment>One sitting of a body in the schedule (a meeting; zh 场次), not the whole conference.</extracomment>
        <translation>Заседание</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="118"/>
        <source>All sessions</source>
        <translation>Все заседания</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="128"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="166"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="129"/>
        <source>All speakers</source>
        <translation>Все выступающие</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="167"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <source>Any stance</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="168"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="138"/>
        <source>Include private notes</source>
        <translation>Включить личные заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="143"/>
        <source>Feedback on {conference}</source>
        <translation>Отчёт: {conference}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="148"/>
        <source>A few sentences before the notes (optional)</source>
        <translation>Несколько фраз перед заметками (необязательно)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="156"/>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="159"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="160"/>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="161"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="162"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="163"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="171"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="177"/>
        <source>Report preview</source>
        <translation>Предпросмотр отчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="180"/>
        <source>‹ Previous notes</source>
        <translation>‹ Предыдущие заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="181"/>
        <source>Next notes ›</source>
        <translation>Следующие заметки ›</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="187"/>
        <source>Saving the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="207"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="208"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="213"/>
        <source>Send by e-mail</source>
        <translation>Отправить по почте</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="209"/>
        <source>Send to platform</source>
        <translation>Отправить на платформу</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="210"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="215"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="212"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="346"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="214"/>
        <source>Send to the contribution platform</source>
        <translation>Отправить на платформу для предложений</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="221"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="298"/>
        <source>Updating the preview…</source>
        <translation>Обновление предпросмотра…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="305"/>
        <source>Export feedback — %n note(s)</source>
        <translation>
            <numerusform>Экспорт отчёта — %n заметка</numerusform>
            <numerusform>Экспорт отчёта — %n заметки</numerusform>
            <numerusform>Экспорт отчёта — %n заметок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="322"/>
        <source>Notes {first}–{last} of {total}</source>
        <translation>Заметки {first}–{last} из {total}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="336"/>
        <source>The preview cannot be shown: {error}</source>
        <translation>Не удаётся показать предпросмотр: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="406"/>
        <source>Reading the notes…</source>
        <translation>Чтение заметок…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="407"/>
        <source>Writing the {format}…</source>
        <translation>Формирование в формате {format}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="408"/>
        <source>Saving the file…</source>
        <translation>Сохранение файла…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="409"/>
        <source>Sending the report…</source>
        <translation>Отправка отчёта…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="426"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="511"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="427"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="513"/>
        <source>Your notes are safe in Observer.</source>
        <translation>Ваши заметки в безопасности в Observer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="415"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="517"/>
        <source>Saved %n note(s) to {path}</source>
        <translation>
            <numerusform>%n заметка сохранена в {path}</numerusform>
            <numerusform>%n заметки сохранены в {path}</numerusform>
            <numerusform>%n заметок сохранено в {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="493"/>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="480"/>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="481"/>
        <source>Not sent yet; it is in the outbox and will be retried.</source>
        <translation>Ещё не отправлено; отчёт в исходящих, попытка будет повторена.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="482"/>
        <source>Refused.</source>
        <translation>Отклонено.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="483"/>
        <source>Opened a draft in your mail program.</source>
        <translation>В почтовой программе открыт черновик.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="488"/>
        <source>Feedback</source>
        <extracomment>Title of a message box: the observer&apos;s report to the organisers (fr « observations », ru «отчёт»).</extracomment>
        <translation>Отчёт</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="24"/>
        <source>Body / session</source>
        <translation>Орган / заседание</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="25"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="26"/>
        <source>Conference time</source>
        <translation>Время конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="27"/>
        <source>Your time</source>
        <translation>Ваше время</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="294"/>
        <source>You ({zone})</source>
        <translation>Вы ({zone})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="351"/>
        <source>● LIVE until {time}</source>
        <translation>● ЭФИР до {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="355"/>
        <source>next {when}</source>
        <translation>далее {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="374"/>
        <source>Now: {title}</source>
        <translation>Сейчас: {title}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="377"/>
        <source>Next: {title}, {when}</source>
        <translation>Далее: {title}, {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="395"/>
        <source>● LIVE</source>
        <translation>● ЭФИР</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="416"/>
        <source>Agenda:</source>
        <translation>Повестка дня:</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="90"/>
        <source>Conference clock</source>
        <translation>Часы конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>Show the schedule of</source>
        <translation>Показать программу</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="97"/>
        <source>Schedule</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="119"/>
        <source>● LIVE until {time}</source>
        <translation>● ЭФИР до {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="131"/>
        <source>Double-click (or Enter) a body to watch it live, a past session to replay it; with Ctrl, in a second player tile.</source>
        <translation>Дважды щёлкните (или нажмите Enter) по органу, чтобы смотреть прямой эфир, по прошедшему заседанию — чтобы посмотреть запись; с Ctrl — во втором окне проигрывателя.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="152"/>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="153"/>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="158"/>
        <source>{action} (Page Up / Page Down in the timeline)</source>
        <translation>{action} (Page Up / Page Down в расписании)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="180"/>
        <source>Schedule views</source>
        <translation>Виды программы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="181"/>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="182"/>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>All bodies</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="187"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/schedule.py" line="255"/>
        <source>%Ln bodies without sessions are not shown here; they are in the List.</source>
        <translation>
            <numerusform>%Ln орган без заседаний здесь не показан; он есть в Списке.</numerusform>
            <numerusform>%Ln органа без заседаний здесь не показаны; они есть в Списке.</numerusform>
            <numerusform>%Ln органов без заседаний здесь не показаны; они есть в Списке.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="302"/>
        <source>The conference is {hours} h ahead of you.</source>
        <translation>Время конференции опережает ваше на {hours} ч.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="304"/>
        <source>The conference is {hours} h behind you.</source>
        <translation>Время конференции отстаёт от вашего на {hours} ч.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="312"/>
        <source>Now: {when}</source>
        <translation>Сейчас: {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="330"/>
        <source>Watch</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="336"/>
        <source>Watch in a new tile</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>Смотреть в новом окне</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="342"/>
        <source>Follow {body} (every session)</source>
        <translation>Отслеживать {body} (все заседания)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="346"/>
        <source>Follow this session</source>
        <translation>Отслеживать это заседание</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="349"/>
        <source>Mark as a civil-society briefing</source>
        <translation>Отметить как брифинг для гражданского общества</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="370"/>
        <source>Select a body or a session to follow it.</source>
        <translation>Выберите орган или заседание, чтобы отслеживать его.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="32"/>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="33"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="34"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="128"/>
        <source>transcript, {session}</source>
        <translation>расшифровка, {session}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="129"/>
        <source>your note</source>
        <translation>ваша заметка</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../observer_app/core/settings.py" line="40"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="41"/>
        <source>Shown as the author of feedback reports.</source>
        <translation>Указывается как автор отчётов.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="47"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="48"/>
        <source>The organisation you observe for; shown in reports.</source>
        <translation>Организация, от имени которой вы наблюдаете; указывается в отчётах.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="54"/>
        <source>Contact e-mail</source>
        <translation>Контактный адрес</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="55"/>
        <source>Where organisers can reach you about your feedback.</source>
        <translation>Адрес, по которому организаторы могут связаться с вами по поводу вашего отчёта.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="61"/>
        <source>Preferred interpretation</source>
        <translation>Предпочитаемый устный перевод</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="62"/>
        <source>Audio channel picked automatically when a stream offers it: floor, ar, zh, en, fr, ru or es.</source>
        <translation>Звуковой канал, выбираемый автоматически, если трансляция его предлагает: floor (зал), ar, zh, en, fr, ru или es.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="72"/>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="73"/>
        <source>Player volume, 0 to 100.</source>
        <translation>Громкость проигрывателя, от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="79"/>
        <source>Mail server (SMTP)</source>
        <translation>Почтовый сервер (SMTP)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="80"/>
        <source>The outgoing mail server, e.g. smtp.example.org. Empty: sending by e-mail opens a draft in your mail program instead (without attachments).</source>
        <translation>Сервер исходящей почты, например smtp.example.org. Пусто: при отправке по почте вместо этого открывается черновик в вашей почтовой программе (без вложений).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="90"/>
        <source>Mail server port</source>
        <translation>Порт почтового сервера</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="91"/>
        <source>0: the usual port for the security chosen (587 for starttls, 465 for ssl).</source>
        <translation>0: обычный порт для выбранной защиты (587 для starttls, 465 для ssl).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="99"/>
        <source>Mail server security</source>
        <translation>Защита почтового сервера</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="100"/>
        <source>starttls (usually port 587) or ssl (usually port 465). Observer never sends a password or a report over an unencrypted connection.</source>
        <translation>starttls (обычно порт 587) или ssl (обычно порт 465). Observer никогда не отправляет пароль или отчёт по незашифрованному соединению.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="111"/>
        <source>Mail server user</source>
        <translation>Пользователь почтового сервера</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="112"/>
        <source>User name for the mail server; empty if it needs no login. The password is kept in the keyring (observer-app secret set smtp.password).</source>
        <translation>Имя пользователя почтового сервера; пусто, если вход не нужен. Пароль хранится в связке ключей (observer-app secret set smtp.password).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="122"/>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="123"/>
        <source>The From address of report e-mails. Empty: your contact e-mail (author.contact).</source>
        <translation>Адрес «От» в письмах с отчётами. Пусто: ваш контактный адрес (author.contact).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="132"/>
        <source>Send reports to</source>
        <translation>Отправлять отчёты</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="133"/>
        <source>E-mail addresses that receive feedback reports, separated by commas.</source>
        <translation>Адреса электронной почты, на которые отправляются отчёты, через запятую.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="141"/>
        <source>Mail server CA file</source>
        <translation>Файл ЦС почтового сервера</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="142"/>
        <source>A PEM file with the certificate authority of a mail server that uses its own. Empty: the system&apos;s authorities.</source>
        <translation>Файл PEM с центром сертификации почтового сервера, использующего собственный. Пусто: системные центры сертификации.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="152"/>
        <source>Report receiver (HTTPS)</source>
        <translation>Получатель отчётов (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="153"/>
        <source>An https:// address that accepts feedback reports as JSON (see docs/submission.md). The token is kept in the keyring (observer-app secret set http.token).</source>
        <translation>Адрес https://, принимающий отчёты в формате JSON (см. docs/submission.md). Токен хранится в связке ключей (observer-app secret set http.token).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="163"/>
        <source>Receiver CA file</source>
        <translation>Файл ЦС получателя</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="164"/>
        <source>A PEM file with the certificate authority of a receiver that uses its own; it replaces the system&apos;s authorities for the receiver. Empty: the system&apos;s.</source>
        <translation>Файл PEM с центром сертификации получателя, использующего собственный; для этого получателя он заменяет системные центры сертификации. Пусто: системные.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="174"/>
        <source>Team folder (WebDAV)</source>
        <translation>Папка команды (WebDAV)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="175"/>
        <source>A shared WebDAV folder (Nextcloud and others) where the team&apos;s note bundles meet, e.g. https://cloud.example.org/remote.php/dav/files/me/observer/. The password is kept in the keyring (observer-app secret set sync.webdav_password).</source>
        <translation>Общая папка WebDAV (Nextcloud и др.), где собираются пакеты заметок команды, например https://cloud.example.org/remote.php/dav/files/me/observer/. Пароль хранится в связке ключей (observer-app secret set sync.webdav_password).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="186"/>
        <source>Team folder user</source>
        <translation>Пользователь папки команды</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="187"/>
        <source>User name for the WebDAV folder.</source>
        <translation>Имя пользователя папки WebDAV.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="193"/>
        <source>Team folder CA file</source>
        <translation>Файл ЦС папки команды</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="194"/>
        <source>A PEM file with the certificate authority of a team server that uses its own; it replaces the system&apos;s authorities for the team folder. Empty: the system&apos;s.</source>
        <translation>Файл PEM с центром сертификации сервера команды, использующего собственный; для папки команды он заменяет системные центры сертификации. Пусто: системные.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="204"/>
        <source>Last conference</source>
        <translation>Последняя конференция</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="205"/>
        <source>The feed opened last; reopened on start.</source>
        <translation>Последний открытый источник; открывается снова при запуске.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="211"/>
        <source>Recent conferences</source>
        <translation>Недавние конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="212"/>
        <source>The conferences opened recently (a JSON list of sources, newest first), offered by File &gt; Open conference.</source>
        <translation>Недавно открытые конференции (список источников в JSON, новые первыми), предлагаемые в меню Файл &gt; Открыть конференцию.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="221"/>
        <source>Refresh the conference every (minutes)</source>
        <translation>Обновлять конференцию каждые (минут)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="222"/>
        <source>How often the conference&apos;s sources are read again (conditional requests: cheap when unchanged); 0 turns it off.</source>
        <translation>Как часто заново читаются источники конференции (условные запросы: дёшево, если ничего не изменилось); 0 отключает.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="232"/>
        <source>Last body</source>
        <translation>Последний орган</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="233"/>
        <source>The body watched last; played again on start.</source>
        <translation>Орган, который вы смотрели последним; воспроизводится снова при запуске.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="239"/>
        <source>Remind me before a followed session (minutes)</source>
        <translation>Напоминать до отслеживаемого заседания (минут)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="240"/>
        <source>A desktop notification this many minutes before a session you follow starts; 0 turns reminders off.</source>
        <translation>Уведомление на рабочем столе за столько минут до начала отслеживаемого заседания; 0 отключает напоминания.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="249"/>
        <source>Caption size (%)</source>
        <translation>Размер субтитров (%)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="250"/>
        <source>Size of captions and subtitles over the video, in percent of libVLC&apos;s normal size.</source>
        <translation>Размер субтитров поверх видео в процентах от обычного размера libVLC.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="260"/>
        <source>Colours</source>
        <translation>Цвета</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="261"/>
        <source>system follows the desktop&apos;s palette; dark and high-contrast are built in (light text on dark, and white on black with yellow highlights).</source>
        <translation>system следует палитре рабочего стола; dark и high-contrast встроены (светлый текст на тёмном и белый на чёрном с жёлтым выделением).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="272"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="273"/>
        <source>Language of Observer&apos;s menus and messages: one of the six UN languages, or the system&apos;s. A change applies when Observer is started again.</source>
        <translation>Язык меню и сообщений Observer: один из шести языков ООН или язык системы. Изменение вступает в силу при следующем запуске Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="284"/>
        <source>Welcome page done</source>
        <translation>Страница приветствия пройдена</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="285"/>
        <source>False: the welcome page (name, organisation, languages) is shown at the next start.</source>
        <translation>Ложь (false): страница приветствия (имя, организация, языки) показывается при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="294"/>
        <source>Transcription model</source>
        <translation>Модель расшифровки</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="295"/>
        <source>Whisper model for the live transcript: tiny, base, small, medium, large-v3 (multilingual) or tiny.en, base.en, small.en, medium.en (English only). Downloaded once, then offline.</source>
        <translation>Модель Whisper для расшифровки в прямом эфире: tiny, base, small, medium, large-v3 (многоязычные) или tiny.en, base.en, small.en, medium.en (только английский). Скачивается один раз, затем работает без сети.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="316"/>
        <source>Live captions under the video</source>
        <translation>Субтитры в прямом эфире под видео</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="317"/>
        <source>Show the last transcript lines in large type under the video, for those who cannot hear.</source>
        <translation>Показывает последние строки расшифровки крупным шрифтом под видео — для тех, кто не слышит.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="327"/>
        <source>Live caption size (%)</source>
        <translation>Размер субтитров в прямом эфире (%)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="328"/>
        <source>Size of the live captions under the video, in percent of the window&apos;s text.</source>
        <translation>Размер субтитров в прямом эфире под видео, в процентах от текста окна.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="338"/>
        <source>Transcription model folder</source>
        <translation>Папка модели расшифровки</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="339"/>
        <source>A faster-whisper (CTranslate2) model folder you already have; used instead of downloading.</source>
        <translation>Папка с моделью faster-whisper (CTranslate2), которая у вас уже есть; используется вместо скачивания.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="34"/>
        <source>Mail server password</source>
        <translation>Пароль почтового сервера</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="35"/>
        <source>Platform token</source>
        <translation>Токен платформы</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="36"/>
        <source>Team folder password</source>
        <translation>Пароль папки команды</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="54"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="55"/>
        <source>Watching</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="56"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="58"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="62"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="63"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="64"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="67"/>
        <source>Same as the desktop</source>
        <translation>Как на рабочем столе</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="68"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="69"/>
        <source>High contrast (white on black)</source>
        <translation>Высокая контрастность (белое на чёрном)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="85"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="108"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="193"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="113"/>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="154"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="161"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="175"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="170"/>
        <source>unchanged if left empty</source>
        <translation>не изменится, если оставить пустым</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="173"/>
        <source>Kept in the system keyring; never written to a file</source>
        <translation>Хранится в системной связке ключей; никогда не записывается в файл</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="208"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="209"/>
        <source>The new interface language is used when you start Observer again.</source>
        <translation>Новый язык интерфейса будет использован при следующем запуске Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="221"/>
        <source>No keyring</source>
        <translation>Нет связки ключей</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="222"/>
        <source>No working keyring ({why}): {names} will be kept until you quit Observer, and never written to disk. Start your desktop&apos;s keyring to keep it.</source>
        <translation>Нет работающей связки ключей ({why}): {names} будет храниться до выхода из Observer и никогда не будет записан на диск. Чтобы сохранить его, запустите связку ключей вашего рабочего стола.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="187"/>
        <source>Save the note being typed</source>
        <translation>Сохранить набираемую заметку</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="188"/>
        <source>New line in a note</source>
        <translation>Новая строка в заметке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="190"/>
        <source>Alt+letter</source>
        <translation>Alt+буква</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="191"/>
        <source>Open a menu (the underlined letter)</source>
        <translation>Открыть меню (подчёркнутая буква)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="193"/>
        <source>Next / previous control</source>
        <translation>Следующий / предыдущий элемент</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/widgets/source_status.py" line="39"/>
        <source>%n message(s) about the sources</source>
        <translation>
            <numerusform>%n сообщение об источниках</numerusform>
            <numerusform>%n сообщения об источниках</numerusform>
            <numerusform>%n сообщений об источниках</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="44"/>
        <source>Click for every message.</source>
        <translation>Нажмите, чтобы увидеть все сообщения.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="50"/>
        <source>Conference sources</source>
        <translation>Источники конференции</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="29"/>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="58"/>
        <source>Messages about the sources</source>
        <translation>Сообщения об источниках</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="65"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="40"/>
        <source>Export a team bundle</source>
        <translation>Экспорт пакета команды</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="42"/>
        <location filename="../../observer_app/ui/dialogs/team.py" line="68"/>
        <source>Notes bundles (*.json)</source>
        <translation>Пакеты заметок (*.json)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="49"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="52"/>
        <source>Exported %n note(s) to {path}</source>
        <translation>
            <numerusform>%n заметка экспортирована в {path}</numerusform>
            <numerusform>%n заметки экспортированы в {path}</numerusform>
            <numerusform>%n заметок экспортировано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="66"/>
        <source>Import a teammate&apos;s bundle</source>
        <translation>Импорт пакета коллеги</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="77"/>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="78"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="83"/>
        <source>Bundle imported</source>
        <translation>Пакет импортирован</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="100"/>
        <source>Conflicting edits</source>
        <translation>Конфликтующие правки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="101"/>
        <source>%n note(s) were edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</source>
        <translation>
            <numerusform>%n заметку одновременно изменили вы и участник команды. Сохранены обе версии: версия автора заметки остаётся заметкой, другая помечена «⚠ конфликтующая правка» с указанием, кто и когда её внёс.</numerusform>
            <numerusform>%n заметки одновременно изменили вы и участник команды. Для каждой сохранены обе версии: версия автора заметки остаётся заметкой, другая помечена «⚠ конфликтующая правка» с указанием, кто и когда её внёс.</numerusform>
            <numerusform>%n заметок одновременно изменили вы и участник команды. Для каждой сохранены обе версии: версия автора заметки остаётся заметкой, другая помечена «⚠ конфликтующая правка» с указанием, кто и когда её внёс.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="212"/>
        <source>Synced with the team folder: nothing new.</source>
        <translation>Синхронизировано с папкой команды: ничего нового.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="213"/>
        <source>Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation>Синхронизировано с папкой команды: добавлено — {added}, обновлено — {updated}, удалено — {deleted}, конфликтов — {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="131"/>
        <source>Sync failed</source>
        <translation>Ошибка синхронизации</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="120"/>
        <source>Syncing with the team folder…</source>
        <translation>Синхронизация с папкой команды…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="44"/>
        <source>Day timeline</source>
        <translation>Расписание дня</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="47"/>
        <source>Sessions of the day per body. Arrows move, Enter watches, F follows, Page Up and Page Down change the day.</source>
        <translation>Заседания дня по органам. Стрелки — перемещение, Enter — смотреть, F — отслеживать, Page Up и Page Down — сменить день.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="231"/>
        <source>you: {zone}</source>
        <translation>вы: {zone}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="288"/>
        <source>(live)</source>
        <translation>(эфир)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="290"/>
        <source>(ended)</source>
        <translation>(завершено)</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Larger live captions</source>
        <translation>Крупнее субтитры в прямом эфире</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Smaller live captions</source>
        <translation>Мельче субтитры в прямом эфире</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="166"/>
        <source>The model {name} knows English only: choose a multilingual model in Settings to transcribe this channel.</source>
        <translation>Модель {name} знает только английский: выберите многоязычную модель в настройках, чтобы расшифровывать этот канал.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="250"/>
        <source>This line has no recording to replay.</source>
        <translation>У этой строки нет записи для повторного просмотра.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="261"/>
        <source>Play something first.</source>
        <translation>Сначала включите воспроизведение.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="271"/>
        <source>Looking for the stream&apos;s captions…</source>
        <translation>Поиск субтитров потока…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="295"/>
        <source>Showing the stream&apos;s own captions (written by people), not transcribing.</source>
        <translation>Показываются собственные субтитры потока (написанные людьми); расшифровка не ведётся.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="308"/>
        <source>{name} has no WebVTT or SRT cues.</source>
        <translation>В {name} нет субтитров WebVTT или SRT.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="327"/>
        <source>The transcript is the captions of {name} (written by people).</source>
        <translation>Расшифровка — это субтитры из {name} (написанные людьми).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="362"/>
        <source>Downloading the {name} model…</source>
        <translation>Скачивание модели {name}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="364"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="366"/>
        <source>Transcript model</source>
        <translation>Модель расшифровки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="392"/>
        <source>Downloading {file}: {done} of {total} MB</source>
        <translation>Загрузка {file}: {done} из {total} МБ</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="399"/>
        <source>Cancelling the download…</source>
        <translation>Отмена загрузки…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="436"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Загрузка отменена; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="442"/>
        <source>Transcribing on this computer.</source>
        <translation>Идёт расшифровка на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="18"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="19"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="20"/>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="21"/>
        <source>Said</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="62"/>
        <source>captions</source>
        <translation>субтитры</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="57"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Not transcribing.</source>
        <translation>Расшифровка не идёт.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="58"/>
        <source>Transcript status</source>
        <translation>Состояние расшифровки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="59"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Transcribe</source>
        <translation>Расшифровывать</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="61"/>
        <source>Transcribe what is playing</source>
        <translation>Расшифровывать то, что воспроизводится</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="66"/>
        <source>Transcript lines</source>
        <translation>Строки расшифровки</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="80"/>
        <source>Line to quote</source>
        <translation>Строка для цитаты</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="82"/>
        <source>Click a line, select words here, then Quote in note.</source>
        <translation>Щёлкните строку, выделите здесь слова и нажмите «Цитировать в заметке».</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="84"/>
        <source>Quote in note</source>
        <translation>Цитировать в заметке</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="85"/>
        <source>Quote the selected words in the note</source>
        <translation>Вставить выделенные слова в заметку как цитату</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="90"/>
        <source>Captions under the video</source>
        <translation>Субтитры под видео</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="91"/>
        <source>Show live captions under the video</source>
        <translation>Показывать субтитры в прямом эфире под видео</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="93"/>
        <source>Larger: Ctrl+Shift++, smaller: Ctrl+Shift+- (or the setting)</source>
        <translation>Крупнее: Ctrl+Shift++, мельче: Ctrl+Shift+- (или параметр)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="167"/>
        <source>Speech is turned into text on this computer; nothing is sent while you transcribe. The transcript is kept in your profile and goes to your team folder ({host}) each time you sync with your team.</source>
        <translation>Речь преобразуется в текст на этом компьютере; во время расшифровки ничего не отправляется. Стенограмма хранится в вашем профиле и при каждой синхронизации с командой попадает в папку команды ({host}).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="173"/>
        <source>Nothing leaves this machine: speech is turned into text on this computer, and the transcript stays in your profile (no team folder is set up; a team bundle you export carries it).</source>
        <translation>Ничто не покидает этот компьютер: речь преобразуется в текст здесь, и стенограмма остаётся в вашем профиле (папка команды не настроена; её переносит экспортированный вами пакет команды).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Stop transcribing</source>
        <translation>Остановить расшифровку</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Loading the model…</source>
        <translation>Загрузка модели…</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="26"/>
        <source>Notes message</source>
        <translation>Сообщение о заметках</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="28"/>
        <source>Undo the deletion</source>
        <translation>Отменить удаление</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../../observer_app/ui/widgets/video_surface.py" line="24"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
</context>
</TS>
