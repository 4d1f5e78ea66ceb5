<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="130"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="134"/>
        <source>Follow intergovernmental conferences from afar: webcasts with interpretation, documents, stamped notes and feedback reports.</source>
        <translation>Siga a distancia las conferencias intergubernamentales: transmisiones web con interpretación, documentos, notas con marca de tiempo e informes de observaciones.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="138"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="144"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="149"/>
        <source>Licences of the main dependencies</source>
        <translation>Licencias de las dependencias principales</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="153"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="154"/>
        <source>Copy versions and licences</source>
        <translation>Copiar versiones y licencias</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="156"/>
        <source>Copy the versions and licences as text, for a bug report</source>
        <translation>Copiar las versiones y licencias como texto, para un informe de error</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="159"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="168"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versiones:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="170"/>
        <source>&amp;Licences:</source>
        <translation>&amp;Licencias:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../observer_app/ui/app.py" line="101"/>
        <source>Player unavailable</source>
        <translation>Reproductor no disponible</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="163"/>
        <location filename="../../observer_app/ui/app.py" line="180"/>
        <source>{app} cannot start</source>
        <translation>{app} no puede iniciarse</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="181"/>
        <source>The demo conference is damaged: {error}</source>
        <translation>La conferencia de demostración está dañada: {error}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="26"/>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="37"/>
        <source>Export followed sessions</source>
        <translation>Exportar las sesiones seguidas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="27"/>
        <source>You follow no session yet: right-click a body or a session in the schedule and choose Follow (or press Ctrl+D).</source>
        <translation>Todavía no sigue ninguna sesión: haga clic derecho en un órgano o una sesión del programa y elija Seguir (o pulse Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="39"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="60"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="62"/>
        <source>Cannot write {path}: {error}</source>
        <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="68"/>
        <source>%n session(s) written to {path}</source>
        <translation>
            <numerusform>%n sesión escrita en {path}</numerusform>
            <numerusform>%n sesiones escritas en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <location filename="../../observer_app/ui/widgets/caption_strip.py" line="30"/>
        <source>Live captions</source>
        <translation>Subtítulos en directo</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="37"/>
        <source>Observer: unexpected error</source>
        <translation>Observer: error inesperado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="46"/>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="48"/>
        <source>Traceback and versions, without passwords or tokens</source>
        <translation>Traza y versiones, sin contraseñas ni tokens</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="52"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="54"/>
        <source>Copy the report to the clipboard, to paste into a bug report or an e-mail</source>
        <translation>Copiar el informe al portapapeles, para pegarlo en un informe de error o un correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="57"/>
        <source>&amp;Quit Observer</source>
        <translation>&amp;Salir de Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="58"/>
        <source>Close Observer (your notes are saved)</source>
        <translation>Cerrar Observer (sus notas están guardadas)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="60"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="61"/>
        <source>Close this message and keep working</source>
        <translation>Cerrar este mensaje y seguir trabajando</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="78"/>
        <source>Something went wrong inside Observer.</source>
        <translation>Algo falló dentro de Observer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/crash.py" line="81"/>
        <source>It happened %n time(s).</source>
        <translation>
            <numerusform>Ocurrió %n vez.</numerusform>
            <numerusform>Ocurrió %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="87"/>
        <source>Your saved notes are safe and you can keep working; if something looks wrong, restart Observer.</source>
        <translation>Sus notas guardadas están a salvo y puede seguir trabajando; si algo parece incorrecto, reinicie Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="92"/>
        <source>The report was also saved to {path}.</source>
        <translation>El informe también se guardó en {path}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="94"/>
        <source>The report could not be saved to the log folder.</source>
        <translation>No se pudo guardar el informe en la carpeta de registros.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="97"/>
        <source>Please send the report to the developers: it contains no passwords or tokens.</source>
        <translation>Envíe el informe a los desarrolladores: no contiene contraseñas ni tokens.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="14"/>
        <source>Symbol</source>
        <extracomment>Column header: a document symbol such as DT/33 or 67(Rev.1) (UN: fr « Cote », ru «Обозначение»). Keep it short.</extracomment>
        <translation>Signatura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="15"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="16"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="17"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="18"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="19"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="105"/>
        <source>New since you last looked</source>
        <translation>Nuevo desde su última visita</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="108"/>
        <source>On this computer: {languages}</source>
        <translation>En este equipo: {languages}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="112"/>
        <source>Not downloaded</source>
        <translation>No descargado</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="69"/>
        <source>Find a document (DT/33, 67 Rev 1…); Enter searches all text and notes</source>
        <extracomment>Keep the example symbols DT/33 and 67 Rev 1 exactly: they are what the search understands (not « Rév. »).</extracomment>
        <translation>Buscar un documento (DT/33, 67 Rev 1…); Intro busca en todo el texto y las notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="71"/>
        <source>Find a document</source>
        <translation>Buscar un documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="76"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="113"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="128"/>
        <source>Mark all seen</source>
        <translation>Marcar todo como visto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="131"/>
        <source>Mark all documents as seen</source>
        <translation>Marcar todos los documentos como vistos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="133"/>
        <source>● marks documents and revisions that appeared since you last looked</source>
        <translation>● señala los documentos y revisiones aparecidos desde su última visita</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="165"/>
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>%n documento. Selecciónelo para leerlo.</numerusform>
            <numerusform>%n documentos. Seleccione uno para leerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="231"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n resultado para «{query}»</numerusform>
            <numerusform>%n resultados para «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="234"/>
        <source>: download the documents to search their text.</source>
        <translation>: descargue los documentos para buscar en su texto.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="262"/>
        <source>Compare with the previous version</source>
        <translation>Comparar con la versión anterior</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="270"/>
        <source>Nothing to compare: {reason}.</source>
        <translation>Nada que comparar: {reason}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="273"/>
        <source>{symbol}: changes since {previous}</source>
        <translation>{symbol}: cambios desde {previous}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="279"/>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="281"/>
        <source>Text differences</source>
        <translation>Diferencias de texto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="313"/>
        <source>{symbol}: no file is listed for this document.</source>
        <translation>{symbol}: no figura ningún archivo para este documento.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="333"/>
        <source>{symbol}: online only ({url}). Use Download below to read it offline.</source>
        <translation>{symbol}: solo en línea ({url}). Use Descargar, abajo, para leerlo sin conexión.</translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>Documents to download</source>
        <translation>Documentos que descargar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="39"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="41"/>
        <source>Download the documents for offline reading</source>
        <translation>Descargar los documentos para leerlos sin conexión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="43"/>
        <source>Download the documents for offline reading (and index their text for search)</source>
        <translation>Descargar los documentos para leerlos sin conexión (e indexar su texto para la búsqueda)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="45"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="46"/>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="48"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="52"/>
        <source>Get:</source>
        <translation>Obtener:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="67"/>
        <source>{body} only</source>
        <translation>Solo {body}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="105"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="112"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="130"/>
        <source>Fetched {fetched}, unchanged {unchanged}, on this computer {local}, failed {failed}</source>
        <translation>Descargados {fetched}, sin cambios {unchanged}, en este equipo {local}, fallidos {failed}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="138"/>
        <source>, cancelled {count}</source>
        <translation>, cancelados {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="147"/>
        <source>Download stopped: {error}</source>
        <translation>Descarga detenida: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="58"/>
        <source>Welcome to Observer</source>
        <translation>Bienvenido a Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="62"/>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Observer follows a conference&apos;s sessions with you: the webcast with interpretation, the documents, and notes stamped with the moment they refer to.&lt;/p&gt;&lt;p&gt;Tell it who you are (feedback reports are signed with it) and which languages you prefer. Everything can be changed later in File &amp;gt; Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenida&lt;/h3&gt;&lt;p&gt;Observer sigue con usted las sesiones de una conferencia: la transmisión web con interpretación, los documentos y notas marcadas con el momento al que se refieren.&lt;/p&gt;&lt;p&gt;Indique quién es (los informes de observaciones se firman con ello) y qué idiomas prefiere. Todo se puede cambiar después en Archivo &amp;gt; Configuración.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="70"/>
        <source>e.g. Ana Pereira</source>
        <translation>p. ej. Ana Pereira</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="72"/>
        <source>e.g. Digital Rights Coalition</source>
        <translation>p. ej. Coalición por los Derechos Digitales</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="80"/>
        <source>&amp;Interpretation you prefer:</source>
        <translation>&amp;Interpretación preferida:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="81"/>
        <source>Interface &amp;language (after a restart):</source>
        <translation>Idioma de la in&amp;terfaz (tras reiniciar):</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="82"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="89"/>
        <source>Start with the &amp;demo conference</source>
        <translation>Empezar con la conferencia de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="91"/>
        <source>PP-Demo: four bodies sitting now, with interpretation and documents</source>
        <translation>PP-Demo: cuatro órganos reunidos ahora, con interpretación y documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="93"/>
        <source>O&amp;pen my conference…</source>
        <translation>A&amp;brir mi conferencia…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="95"/>
        <source>Paths or addresses of your conference&apos;s schedule, streams and documents</source>
        <translation>Rutas o direcciones del programa, las transmisiones y los documentos de su conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="97"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="98"/>
        <source>Keep the demo open; this page will not come back</source>
        <translation>Mantener abierta la demostración; esta página no volverá a aparecer</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="17"/>
        <source>Supports</source>
        <extracomment>A delegation&apos;s stance in a note: it supports the proposal (fr « Soutient »).</extracomment>
        <translation>Apoya</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="18"/>
        <source>Opposes</source>
        <translation>Se opone</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="20"/>
        <source>Concern</source>
        <extracomment>A delegation&apos;s stance in a note: it raises a concern (a noun, like Question).</extracomment>
        <translation>Preocupación</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="21"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="22"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="27"/>
        <source>Floor</source>
        <extracomment>Audio channel: the room&apos;s own sound, speakers in their original language (UN: fr « Original », not a wooden floor). Glossary: resources/i18n/glossary.json.</extracomment>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="30"/>
        <source>Arabic</source>
        <extracomment>Language names stand alone (audio channels, &quot;Channel not in this stream: Arabic&quot;): write them as a label, in the form a list item takes.</extracomment>
        <translation>Árabe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="31"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="32"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="33"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="34"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="35"/>
        <source>Spanish</source>
        <translation>Español</translation>
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
        <translation>Página web (HTML)</translation>
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
        <translation>JSON (para plataformas)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="46"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="48"/>
        <source>Subtitles over the recording (WebVTT)</source>
        <extracomment>A report format: the notes as subtitles shown over the session&apos;s recording.</extracomment>
        <translation>Subtítulos sobre la grabación (WebVTT)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="49"/>
        <source>Subtitles over the recording (SRT)</source>
        <translation>Subtítulos sobre la grabación (SRT)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="51"/>
        <source>Plain text (e-mail body)</source>
        <extracomment>A report format: plain text to paste into the body of an e-mail.</extracomment>
        <translation>Texto sin formato (cuerpo del correo)</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="23"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="24"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="25"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="26"/>
        <source>Document viewer</source>
        <translation>Visor de documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="27"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="31"/>
        <source>&amp;Schedule pane</source>
        <translation>Sección del &amp;programa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="32"/>
        <source>N&amp;otes pane</source>
        <translation>Sección de &amp;notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="33"/>
        <source>&amp;Documents pane</source>
        <translation>Sección de &amp;documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="34"/>
        <source>Document &amp;viewer pane</source>
        <translation>Sección del vis&amp;or de documentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="35"/>
        <source>Tr&amp;anscript pane</source>
        <translation>Sección de &amp;transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="64"/>
        <source>Watch</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="65"/>
        <source>Wa&amp;tch layout</source>
        <translation>Disposición para v&amp;er</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="66"/>
        <source>The video large, the notes and the schedule beside it</source>
        <translation>El vídeo en grande, las notas y el programa al lado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="80"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="81"/>
        <source>&amp;Read layout</source>
        <translation>Disposición para &amp;leer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="82"/>
        <source>A document page at reading size, the video and the document list beside it</source>
        <translation>Una página del documento a tamaño de lectura, el vídeo y la lista de documentos al lado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="94"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="95"/>
        <source>Re&amp;port layout</source>
        <translation>Disposición para el &amp;informe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="96"/>
        <source>The notes wide to review and write, the video small</source>
        <translation>Las notas a lo ancho para revisar y redactar, el vídeo en pequeño</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="195"/>
        <source>Panes</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="38"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="39"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="40"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="41"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="42"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="175"/>
        <source>&amp;Open conference…</source>
        <translation>&amp;Abrir una conferencia…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="183"/>
        <source>&amp;Export feedback…</source>
        <translation>&amp;Exportar observaciones…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="191"/>
        <source>Sent and out&amp;box…</source>
        <translation>Enviados y &amp;bandeja de salida…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="205"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="235"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="243"/>
        <source>&amp;Back 5 seconds</source>
        <translation>Retr&amp;oceder 5 segundos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="252"/>
        <source>&amp;Forward 5 seconds</source>
        <translation>&amp;Avanzar 5 segundos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="261"/>
        <source>Back &amp;30 seconds</source>
        <translation>Retroceder &amp;30 segundos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="270"/>
        <source>Forward 3&amp;0 seconds</source>
        <translation>Avanzar 3&amp;0 segundos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="279"/>
        <source>Volume &amp;up</source>
        <translation>Subir el &amp;volumen</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="288"/>
        <source>Volume &amp;down</source>
        <translation>&amp;Bajar el volumen</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="297"/>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="305"/>
        <source>Go &amp;live</source>
        <translation>Ir al &amp;directo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="313"/>
        <source>&amp;Audio only (save bandwidth)</source>
        <translation>Solo a&amp;udio (ahorrar ancho de banda)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="321"/>
        <source>&amp;Slower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="330"/>
        <source>Fas&amp;ter</source>
        <translation>Más rá&amp;pido</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="339"/>
        <source>Full scr&amp;een</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="347"/>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="355"/>
        <source>&amp;Retry the connection</source>
        <translation>Reintentar la co&amp;nexión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="363"/>
        <source>Open &amp;captions file…</source>
        <translation>Abrir archivo de sub&amp;títulos…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="371"/>
        <source>&amp;Follow the selected body or session</source>
        <translation>&amp;Seguir el órgano o la sesión seleccionados</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="379"/>
        <source>&amp;Day timeline</source>
        <translation>Cronología del &amp;día</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="387"/>
        <source>E&amp;xport followed sessions (.ics)…</source>
        <translation>E&amp;xportar las sesiones seguidas (.ics)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="396"/>
        <source>&amp;Watch in a new tile (selected body)</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>&amp;Ver en un nuevo panel (órgano seleccionado)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="404"/>
        <source>&amp;Close the tile that has the sound</source>
        <translation>&amp;Cerrar el panel que tiene el sonido</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="412"/>
        <source>&amp;Next tile gets the sound</source>
        <translation>El sonido pasa al panel &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="420"/>
        <source>&amp;New note at this moment</source>
        <translation>&amp;Nueva nota en este momento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="428"/>
        <source>Go to the notes &amp;list</source>
        <translation>Ir a la &amp;lista de notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="436"/>
        <source>&amp;Search notes</source>
        <translation>&amp;Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="444"/>
        <source>Show or hide the note &amp;filters</source>
        <translation>Mostrar u ocultar los &amp;filtros de notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="452"/>
        <source>Next note &amp;private / for feedback</source>
        <translation>Siguiente nota &amp;privada / para observaciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="460"/>
        <source>Clear the carried-over spea&amp;ker and agenda item</source>
        <translation>Borrar el &amp;orador y el punto del orden del día mantenidos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="468"/>
        <source>Mark a &amp;briefing now</source>
        <translation>Marcar una &amp;reunión informativa ahora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="476"/>
        <source>&amp;Export a team bundle…</source>
        <translation>&amp;Exportar un paquete del equipo…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="484"/>
        <source>&amp;Import a team bundle…</source>
        <translation>&amp;Importar un paquete del equipo…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="492"/>
        <source>S&amp;ync with the team folder</source>
        <translation>Sincroni&amp;zar con la carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="506"/>
        <source>&amp;About Observer</source>
        <translation>A&amp;cerca de Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="251"/>
        <source>Refresh failed, showing the last version: {reason}</source>
        <translation>La actualización falló; se muestra la última versión: {reason}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="315"/>
        <source>Conference feed</source>
        <translation>Fuente de la conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="329"/>
        <source>The conference could be read again.</source>
        <translation>La conferencia se pudo leer de nuevo.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="333"/>
        <source>The conference was updated.</source>
        <translation>La conferencia se actualizó.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="406"/>
        <source>Nothing to play there: no stream, or no recording yet.</source>
        <translation>Nada que reproducir: no hay transmisión o aún no hay grabación.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="421"/>
        <source>{symbol} is not among this conference&apos;s documents.</source>
        <translation>{symbol} no figura entre los documentos de esta conferencia.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="448"/>
        <source>Opening {source}…</source>
        <translation>Abriendo {source}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="159"/>
        <source>Unexpected error: {error}</source>
        <translation>Error inesperado: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="460"/>
        <source>Cannot open this conference</source>
        <translation>No se puede abrir esta conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="461"/>
        <source>The current conference stays open.</source>
        <translation>La conferencia actual sigue abierta.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="63"/>
        <location filename="../../observer_app/ui/window_menus.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="67"/>
        <location filename="../../observer_app/ui/window_menus.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="211"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Editar la nota…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="219"/>
        <source>&amp;Delete note</source>
        <translation>Eli&amp;minar la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="227"/>
        <source>Note &amp;private / for feedback</source>
        <translation>Nota &amp;privada / para observaciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="139"/>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/controller.py" line="108"/>
        <source>Outbox: %n report(s) delivered</source>
        <translation>
            <numerusform>Bandeja de salida: %n informe entregado</numerusform>
            <numerusform>Bandeja de salida: %n informes entregados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="92"/>
        <source>⚠ Backup failed: {error}</source>
        <translation>⚠ Falló la copia de seguridad: {error}</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="128"/>
        <source>Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.</source>
        <translation>Escriba para empezar una nota (Ctrl+N). Intro guarda, Mayús+Intro: nueva línea.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="130"/>
        <source>Note stamp</source>
        <translation>Marca de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="133"/>
        <source>Note editor</source>
        <translation>Editor de notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="137"/>
        <source>What was said? Cite documents like DT/33 or 67(Rev.1).</source>
        <extracomment>Keep the example symbols DT/33 and 67(Rev.1) exactly: notes are searched for these forms. Cite: refer to a document.</extracomment>
        <translation>¿Qué se dijo? Cite documentos como DT/33 o 67(Rev.1).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="143"/>
        <source>Speaker / delegation</source>
        <translation>Orador / delegación</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="144"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="148"/>
        <source>Agenda item / document</source>
        <translation>Punto del orden del día / documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="149"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="153"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="154"/>
        <source>No stance</source>
        <translation>Sin postura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="158"/>
        <source>tags, comma-separated</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="159"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="162"/>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="164"/>
        <source>For feedback</source>
        <translation>Para observaciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="166"/>
        <source>Unticked: a private note that never leaves this machine unless you say so</source>
        <translation>Sin marcar: una nota privada que nunca sale de este equipo salvo que usted lo decida</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="171"/>
        <source>Filed under</source>
        <translation>Clasificación de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="181"/>
        <source>Stance:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="258"/>
        <source>speaker {speaker}</source>
        <translation>orador {speaker}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="260"/>
        <source>agenda item {item}</source>
        <translation>punto del orden del día {item}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="262"/>
        <source>Filed under: {fields}  (Ctrl+K clears)</source>
        <translation>Se clasificará en: {fields}  (Ctrl+K para borrar)</translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="16"/>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="20"/>
        <source>Edit the text and fields; Enter or OK saves, Shift+Enter: new line.</source>
        <translation>Edite el texto y los campos; Intro o Aceptar guarda, Mayús+Intro: nueva línea.</translation>
    </message>
</context>
<context>
    <name>NoteFilterBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="50"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Buscar en las notas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>Filter by body</source>
        <translation>Filtrar por órgano</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>All bodies</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="55"/>
        <source>Filter by stance</source>
        <translation>Filtrar por postura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="56"/>
        <source>Any stance</source>
        <translation>Cualquier postura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Filter by day</source>
        <translation>Filtrar por día</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Filter by speaker</source>
        <translation>Filtrar por orador</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Any speaker</source>
        <translation>Cualquier orador</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Filter by document</source>
        <translation>Filtrar por documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Any document</source>
        <translation>Cualquier documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="63"/>
        <source>Since last briefing</source>
        <translation>Desde la última reunión informativa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="65"/>
        <source>Only notes since the last briefing</source>
        <translation>Solo las notas desde la última reunión informativa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="67"/>
        <source>Briefing now</source>
        <extracomment>Button: mark that a civil-society briefing (fr « séance d’information ») happens now.</extracomment>
        <translation>Reunión informativa ahora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="68"/>
        <source>Mark a briefing now</source>
        <translation>Marcar una reunión informativa ahora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="71"/>
        <source>Mark that a civil-society briefing happens now: &apos;since last briefing&apos; starts here</source>
        <translation>Marcar que ahora hay una reunión informativa de la sociedad civil: «desde la última reunión informativa» empieza aquí</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="80"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters</source>
        <extracomment>Button: show or hide the filters by body, day, speaker... (&quot;Filters (2)&quot;: 2 active).</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="82"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Show the filters</source>
        <translation>Mostrar los filtros</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="88"/>
        <source>Body:</source>
        <translation>Órgano:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="89"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="90"/>
        <source>Speaker:</source>
        <translation>Orador:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="91"/>
        <source>Stance:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="92"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="93"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Hide the filters</source>
        <translation>Ocultar los filtros</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filtros (%n)</numerusform>
            <numerusform>Filtros (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="28"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="29"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="30"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="31"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="32"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="253"/>
        <source>(⚠ conflicting edit by {who}, {when})</source>
        <translation>(⚠ edición en conflicto de {who}, {when})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="293"/>
        <source>(private)</source>
        <translation>(privada)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="305"/>
        <source>, video {position}</source>
        <translation>, vídeo {position}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="27"/>
        <source>Replay this moment</source>
        <translation>Volver a ver este momento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="30"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="31"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="40"/>
        <source>Open document {symbol}</source>
        <translation>Abrir el documento {symbol}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="95"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="189"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="177"/>
        <source>Draft restored</source>
        <translation>Borrador restaurado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="238"/>
        <source>, video {position}</source>
        <translation>, vídeo {position}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="245"/>
        <source>Enter saves.</source>
        <translation>Intro guarda.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="104"/>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="207"/>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="121"/>
        <source>&amp;Undo adding the note</source>
        <translation>&amp;Deshacer la adición de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="125"/>
        <source>&amp;Redo adding the note</source>
        <translation>&amp;Rehacer la adición de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="143"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="149"/>
        <source>Saved. %n note(s). Type to start the next one.</source>
        <translation>
            <numerusform>Guardada. %n nota. Escriba para empezar la siguiente.</numerusform>
            <numerusform>Guardada. %n notas. Escriba para empezar la siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="202"/>
        <source>⚠ Note not saved: {error}</source>
        <translation>⚠ Nota no guardada: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="263"/>
        <source>&amp;Undo deleting the note</source>
        <translation>&amp;Deshacer la eliminación de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="267"/>
        <source>&amp;Redo deleting the note</source>
        <translation>&amp;Rehacer la eliminación de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="270"/>
        <source>Note deleted</source>
        <translation>Nota eliminada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="291"/>
        <source>&amp;Undo editing the note</source>
        <translation>&amp;Deshacer la edición de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="295"/>
        <source>&amp;Redo editing the note</source>
        <translation>&amp;Rehacer la edición de la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="305"/>
        <source>&amp;Undo marking for feedback</source>
        <translation>&amp;Deshacer el marcado para observaciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="306"/>
        <source>&amp;Redo marking for feedback</source>
        <translation>&amp;Rehacer el marcado para observaciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Undo marking private</source>
        <translation>&amp;Deshacer el marcado como privada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Redo marking private</source>
        <translation>&amp;Rehacer el marcado como privada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="332"/>
        <source>Briefing marked at {time}: &apos;Since last briefing&apos; starts here.</source>
        <translation>Reunión informativa marcada a las {time}: «Desde la última reunión informativa» empieza aquí.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="410"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="430"/>
        <source>⚠ Draft not saved: {error}</source>
        <translation>⚠ Borrador no guardado: {error}</translation>
    </message>
</context>
<context>
    <name>OpenConferenceDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="23"/>
        <source>Conference sources (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation>Fuentes de la conferencia (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="34"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n más)</numerusform>
            <numerusform>(+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="44"/>
        <source>Open conference</source>
        <translation>Abrir una conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="47"/>
        <source>Sources, one per line</source>
        <translation>Fuentes, una por línea</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="54"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="57"/>
        <source>Recent conferences</source>
        <translation>Conferencias recientes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="69"/>
        <source>Paths or addresses of the conference&apos;s sources, &lt;b&gt;one per line&lt;/b&gt;: the conference&apos;s &lt;b&gt;web pages&lt;/b&gt; (their document tables, webcast and linked schedules are read), an Observer feed or profile, M3U playlists, XMLTV guides, iCalendar schedules, Indico or pretalx exports, RSS/Atom document feeds. They are combined into one conference.</source>
        <translation>Rutas o direcciones de las fuentes de la conferencia, &lt;b&gt;una por línea&lt;/b&gt;: las &lt;b&gt;páginas web&lt;/b&gt; de la conferencia (se leen sus tablas de documentos, su transmisión web y los programas enlazados), una fuente o perfil de Observer, listas de reproducción M3U, guías XMLTV, programas iCalendar, exportaciones de Indico o pretalx, fuentes de documentos RSS/Atom. Se combinan en una sola conferencia.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="80"/>
        <source>&amp;Recent (double-click or Enter to open):</source>
        <translation>&amp;Recientes (doble clic o Intro para abrir):</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="95"/>
        <source>Add conference sources</source>
        <translation>Añadir fuentes de la conferencia</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="23"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="25"/>
        <source>Channel</source>
        <extracomment>Column header: how a report is sent, e-mail or HTTPS platform (not an audio channel).</extracomment>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="27"/>
        <source>To</source>
        <extracomment>Column header: the recipient of a report.</extracomment>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="28"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="29"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="30"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="31"/>
        <source>Answer or last error</source>
        <translation>Respuesta o último error</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="34"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="35"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="36"/>
        <source>needs your attention</source>
        <translation>requiere su atención</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="68"/>
        <source>sent {when}</source>
        <translation>enviado el {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="70"/>
        <source>next try {when}</source>
        <translation>próximo intento el {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="91"/>
        <source>Sent and outbox</source>
        <translation>Enviados y bandeja de salida</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="94"/>
        <source>Sent and waiting reports</source>
        <translation>Informes enviados y en espera</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="101"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="102"/>
        <source>Retry the selected report now</source>
        <translation>Reintentar ahora el informe seleccionado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="103"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="41"/>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="42"/>
        <source>this is not a readable PDF (damaged, or another kind of file)</source>
        <translation>no es un PDF legible (dañado, u otro tipo de archivo)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="45"/>
        <source>the PDF is password-protected</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="46"/>
        <source>the PDF uses an encryption this viewer does not support</source>
        <translation>el PDF usa un cifrado que este visor no admite</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="89"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="223"/>
        <source>Document page</source>
        <translation>Página del documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="91"/>
        <source>Select a document.</source>
        <translation>Seleccione un documento.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="93"/>
        <source>Document status</source>
        <translation>Estado del documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (RePág)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (AvPág)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="108"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="110"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="298"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="366"/>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit the page width</source>
        <translation>Ajustar al ancho de la página</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="119"/>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="123"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="124"/>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="130"/>
        <source>Cite</source>
        <extracomment>Button: insert a reference to this document page into the note being written (ar «إحالة», never «استشهاد»).</extracomment>
        <translation>Citar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="131"/>
        <source>Cite this page in the note</source>
        <translation>Citar esta página en la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="132"/>
        <source>Insert this document, language and page into the note</source>
        <translation>Insertar este documento, idioma y página en la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="136"/>
        <source>Open in the system viewer</source>
        <translation>Abrir en el visor del sistema</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="137"/>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>Abrir en el visor de PDF del sistema</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="150"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="281"/>
        <source>{document}: wrong password. {path}</source>
        <translation>{document}: contraseña incorrecta. {path}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="291"/>
        <source>the PDF could not be opened ({error})</source>
        <translation>no se pudo abrir el PDF ({error})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="340"/>
        <source>{count} found</source>
        <translation>{count} encontrados</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="373"/>
        <source>Password-protected document</source>
        <translation>Documento protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="374"/>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} está cifrado. Contraseña:</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="93"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="94"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="95"/>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="100"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="101"/>
        <source>Go live</source>
        <extracomment>Button: jump to the newest moment of the live webcast (not: put on air).</extracomment>
        <translation>Directo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="102"/>
        <source>Jump to the live edge (Ctrl+G)</source>
        <translation>Saltar al directo (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="105"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="107"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="110"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="111"/>
        <source>Playback speed (recordings)</source>
        <translation>Velocidad de reproducción (grabaciones)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="116"/>
        <source>Audio channel</source>
        <translation>Canal de audio</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="117"/>
        <source>Floor or interpretation channel</source>
        <translation>Sala o canal de interpretación</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="118"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="119"/>
        <source>Audio only</source>
        <translation>Solo audio</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="120"/>
        <source>Save bandwidth: no video (Ctrl+Shift+A)</source>
        <translation>Ahorrar ancho de banda: sin vídeo (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="122"/>
        <source>Video quality</source>
        <translation>Calidad de vídeo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="123"/>
        <source>Auto quality</source>
        <translation>Calidad auto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="124"/>
        <source>Lowest quality</source>
        <translation>Calidad mínima</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="126"/>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="127"/>
        <source>Subtitle/caption track</source>
        <translation>Pista de subtítulos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="130"/>
        <source>Open captions…</source>
        <translation>Subtítulos…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="131"/>
        <source>Open a captions file</source>
        <translation>Abrir un archivo de subtítulos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="132"/>
        <source>Open a WebVTT or SRT file over this stream (Ctrl+Shift+C)</source>
        <translation>Abrir un archivo WebVTT o SRT sobre esta transmisión (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="135"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="136"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="137"/>
        <source>Mute (Ctrl+M)</source>
        <translation>Silenciar (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="142"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="146"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="147"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="148"/>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="154"/>
        <source>Stream information</source>
        <translation>Información de la transmisión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="164"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="173"/>
        <source>Captions:</source>
        <translation>Subtítulos:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="175"/>
        <source>Audio:</source>
        <translation>Audio:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="177"/>
        <source>Picture:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the live window</source>
        <translation>Posición en la ventana del directo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="274"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="275"/>
        <source>Playing</source>
        <translation>Reproduciendo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="276"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="277"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="278"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="279"/>
        <source>Not playing</source>
        <translation>Sin reproducción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="295"/>
        <source>● live</source>
        <translation>● directo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="297"/>
        <source>−{time} behind live</source>
        <translation>−{time} por detrás del directo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="342"/>
        <source>Channel not in this stream: {wanted}. Playing: {heard}.</source>
        <translation>Canal no disponible en esta transmisión: {wanted}. Se reproduce: {heard}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="344"/>
        <source>Channel not in this stream: {wanted}. Playing the default audio.</source>
        <translation>Canal no disponible en esta transmisión: {wanted}. Se reproduce el audio predeterminado.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="370"/>
        <source>buffer ok</source>
        <translation>búfer correcto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="372"/>
        <source>buffering {percent}%</source>
        <translation>almacenando en búfer {percent} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player_controls.py" line="376"/>
        <source>%n frame(s) lost</source>
        <translation>
            <numerusform>%n fotograma perdido</numerusform>
            <numerusform>%n fotogramas perdidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="414"/>
        <source>No captions</source>
        <translation>Sin subtítulos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Open captions</source>
        <translation>Abrir subtítulos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Captions (*.vtt *.srt);;All files (*)</source>
        <translation>Subtítulos (*.vtt *.srt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="438"/>
        <source>Captions loaded: {name}</source>
        <translation>Subtítulos cargados: {name}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="440"/>
        <source>⚠ cannot load captions {path}</source>
        <translation>⚠ no se pueden cargar los subtítulos {path}</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="59"/>
        <source>Choose a body in the schedule.</source>
        <translation>Elija un órgano en el programa.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="66"/>
        <source>Player status</source>
        <translation>Estado del reproductor</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="79"/>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="203"/>
        <source>⚠ cannot open another player: {error}</source>
        <translation>⚠ no se puede abrir otro reproductor: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player.py" line="261"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variante</numerusform>
            <numerusform>%n variantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="268"/>
        <source>clock from the stream (started {time})</source>
        <translation>reloj de la transmisión (inicio a las {time})</translation>
    </message>
</context>
<context>
    <name>PlayerTile</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="45"/>
        <source>Choose a body in the schedule</source>
        <translation>Elija un órgano en el programa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="50"/>
        <source>Now showing</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="52"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="54"/>
        <source>Live or archive</source>
        <translation>Directo o archivo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="60"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="62"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="63"/>
        <source>Retry connecting</source>
        <translation>Reintentar la conexión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="86"/>
        <source>Audio only: video needs an X11 display.</source>
        <translation>Solo audio: el vídeo necesita una pantalla X11.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="129"/>
        <source>Audio only: no picture, to save bandwidth</source>
        <translation>Solo audio: sin imagen, para ahorrar ancho de banda</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>● LIVE</source>
        <translation>● EN DIRECTO</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>ARCHIVE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>This tile has the sound</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>Este panel tiene el sonido</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>Click the tile to hear it</source>
        <translation>Haga clic en el panel para escucharlo</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="58"/>
        <source>Notes database restored</source>
        <translation>Base de datos de notas restaurada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="99"/>
        <source>Notes database damaged</source>
        <translation>Base de datos de notas dañada</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="32"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="35"/>
        <source>&amp;Watch</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="36"/>
        <source>Watch the reminded session</source>
        <translation>Ver la sesión recordada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="37"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="38"/>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="118"/>
        <source>Observer: session starting</source>
        <translation>Observer: empieza una sesión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="119"/>
        <source>Click to watch.</source>
        <translation>Haga clic para verla.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="107"/>
        <source>Export feedback</source>
        <translation>Exportar observaciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="110"/>
        <source>Only notes since the last briefing</source>
        <translation>Solo las notas desde la última reunión informativa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="164"/>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <source>All bodies</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="117"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="165"/>
        <source>Session</source>
        <extracomment>One sitting of a body in the schedule (a meeting; zh 场次), not the whole conference.</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="118"/>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="128"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="166"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="129"/>
        <source>All speakers</source>
        <translation>Todos los oradores</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="167"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <source>Any stance</source>
        <translation>Cualquier postura</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="168"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="138"/>
        <source>Include private notes</source>
        <translation>Incluir las notas privadas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="143"/>
        <source>Feedback on {conference}</source>
        <translation>Observaciones sobre {conference}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="148"/>
        <source>A few sentences before the notes (optional)</source>
        <translation>Unas frases antes de las notas (opcional)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="156"/>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="159"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="160"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="161"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="162"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="163"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="171"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="177"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="180"/>
        <source>‹ Previous notes</source>
        <translation>‹ Notas anteriores</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="181"/>
        <source>Next notes ›</source>
        <translation>Notas siguientes ›</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="187"/>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="207"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="208"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="213"/>
        <source>Send by e-mail</source>
        <translation>Enviar por correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="209"/>
        <source>Send to platform</source>
        <translation>Enviar a la plataforma</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="210"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="215"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="212"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="346"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="214"/>
        <source>Send to the contribution platform</source>
        <translation>Enviar a la plataforma de contribuciones</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="221"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="298"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="305"/>
        <source>Export feedback — %n note(s)</source>
        <translation>
            <numerusform>Exportar observaciones — %n nota</numerusform>
            <numerusform>Exportar observaciones — %n notas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="322"/>
        <source>Notes {first}–{last} of {total}</source>
        <translation>Notas {first}–{last} de {total}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="336"/>
        <source>The preview cannot be shown: {error}</source>
        <translation>No se puede mostrar la vista previa: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="406"/>
        <source>Reading the notes…</source>
        <translation>Leyendo las notas…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="407"/>
        <source>Writing the {format}…</source>
        <translation>Generando el formato {format}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="408"/>
        <source>Saving the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="409"/>
        <source>Sending the report…</source>
        <translation>Enviando el informe…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="426"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="511"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="427"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="513"/>
        <source>Your notes are safe in Observer.</source>
        <translation>Sus notas están a salvo en Observer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="415"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="517"/>
        <source>Saved %n note(s) to {path}</source>
        <translation>
            <numerusform>%n nota guardada en {path}</numerusform>
            <numerusform>%n notas guardadas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="493"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="480"/>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="481"/>
        <source>Not sent yet; it is in the outbox and will be retried.</source>
        <translation>Aún no enviado; está en la bandeja de salida y se reintentará.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="482"/>
        <source>Refused.</source>
        <translation>Rechazado.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="483"/>
        <source>Opened a draft in your mail program.</source>
        <translation>Se abrió un borrador en su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="488"/>
        <source>Feedback</source>
        <extracomment>Title of a message box: the observer&apos;s report to the organisers (fr « observations », ru «отчёт»).</extracomment>
        <translation>Observaciones</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="24"/>
        <source>Body / session</source>
        <translation>Órgano / sesión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="25"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="26"/>
        <source>Conference time</source>
        <translation>Hora de la conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="27"/>
        <source>Your time</source>
        <translation>Su hora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="294"/>
        <source>You ({zone})</source>
        <translation>Usted ({zone})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="351"/>
        <source>● LIVE until {time}</source>
        <translation>● EN DIRECTO hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="355"/>
        <source>next {when}</source>
        <translation>próxima {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="374"/>
        <source>Now: {title}</source>
        <translation>Ahora: {title}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="377"/>
        <source>Next: {title}, {when}</source>
        <translation>Próxima: {title}, {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="395"/>
        <source>● LIVE</source>
        <translation>● EN DIRECTO</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>archive</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="416"/>
        <source>Agenda:</source>
        <translation>Orden del día:</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="90"/>
        <source>Conference clock</source>
        <translation>Reloj de la conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>Show the schedule of</source>
        <translation>Mostrar el programa de</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="97"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="119"/>
        <source>● LIVE until {time}</source>
        <translation>● EN DIRECTO hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="131"/>
        <source>Double-click (or Enter) a body to watch it live, a past session to replay it; with Ctrl, in a second player tile.</source>
        <translation>Doble clic (o Intro) en un órgano para verlo en directo, en una sesión pasada para volver a verla; con Ctrl, en un segundo panel.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="152"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="153"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="158"/>
        <source>{action} (Page Up / Page Down in the timeline)</source>
        <translation>{action} (RePág / AvPág en la cronología)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="180"/>
        <source>Schedule views</source>
        <translation>Vistas del programa</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="181"/>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="182"/>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>All bodies</source>
        <translation>Todos los órganos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="187"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/schedule.py" line="255"/>
        <source>%Ln bodies without sessions are not shown here; they are in the List.</source>
        <translation>
            <numerusform>%Ln órgano sin sesiones no se muestra aquí; está en la Lista.</numerusform>
            <numerusform>%Ln órganos sin sesiones no se muestran aquí; están en la Lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="302"/>
        <source>The conference is {hours} h ahead of you.</source>
        <translation>La conferencia va {hours} h por delante de usted.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="304"/>
        <source>The conference is {hours} h behind you.</source>
        <translation>La conferencia va {hours} h por detrás de usted.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="312"/>
        <source>Now: {when}</source>
        <translation>Ahora: {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="330"/>
        <source>Watch</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="336"/>
        <source>Watch in a new tile</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>Ver en un nuevo panel</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="342"/>
        <source>Follow {body} (every session)</source>
        <translation>Seguir {body} (todas las sesiones)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="346"/>
        <source>Follow this session</source>
        <translation>Seguir esta sesión</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="349"/>
        <source>Mark as a civil-society briefing</source>
        <translation>Marcar como reunión informativa de la sociedad civil</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="370"/>
        <source>Select a body or a session to follow it.</source>
        <translation>Seleccione un órgano o una sesión para seguirlo.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="32"/>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="33"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="34"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="128"/>
        <source>transcript, {session}</source>
        <translation>transcripción, {session}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="129"/>
        <source>your note</source>
        <translation>su nota</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../observer_app/core/settings.py" line="40"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="41"/>
        <source>Shown as the author of feedback reports.</source>
        <translation>Aparece como autor de los informes de observaciones.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="47"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="48"/>
        <source>The organisation you observe for; shown in reports.</source>
        <translation>La organización para la que observa; aparece en los informes.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="54"/>
        <source>Contact e-mail</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="55"/>
        <source>Where organisers can reach you about your feedback.</source>
        <translation>Donde los organizadores pueden contactarle sobre sus observaciones.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="61"/>
        <source>Preferred interpretation</source>
        <translation>Interpretación preferida</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="62"/>
        <source>Audio channel picked automatically when a stream offers it: floor, ar, zh, en, fr, ru or es.</source>
        <translation>Canal de audio elegido automáticamente cuando una transmisión lo ofrece: floor (sala), ar, zh, en, fr, ru o es.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="72"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="73"/>
        <source>Player volume, 0 to 100.</source>
        <translation>Volumen del reproductor, de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="79"/>
        <source>Mail server (SMTP)</source>
        <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="80"/>
        <source>The outgoing mail server, e.g. smtp.example.org. Empty: sending by e-mail opens a draft in your mail program instead (without attachments).</source>
        <translation>El servidor de correo saliente, p. ej. smtp.example.org. Vacío: el envío por correo abre en su lugar un borrador en su programa de correo (sin adjuntos).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="90"/>
        <source>Mail server port</source>
        <translation>Puerto del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="91"/>
        <source>0: the usual port for the security chosen (587 for starttls, 465 for ssl).</source>
        <translation>0: el puerto habitual para la seguridad elegida (587 para starttls, 465 para ssl).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="99"/>
        <source>Mail server security</source>
        <translation>Seguridad del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="100"/>
        <source>starttls (usually port 587) or ssl (usually port 465). Observer never sends a password or a report over an unencrypted connection.</source>
        <translation>starttls (normalmente puerto 587) o ssl (normalmente puerto 465). Observer nunca envía una contraseña ni un informe por una conexión sin cifrar.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="111"/>
        <source>Mail server user</source>
        <translation>Usuario del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="112"/>
        <source>User name for the mail server; empty if it needs no login. The password is kept in the keyring (observer-app secret set smtp.password).</source>
        <translation>Nombre de usuario del servidor de correo; vacío si no requiere inicio de sesión. La contraseña se guarda en el llavero (observer-app secret set smtp.password).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="122"/>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="123"/>
        <source>The From address of report e-mails. Empty: your contact e-mail (author.contact).</source>
        <translation>La dirección De de los correos de informe. Vacío: su correo de contacto (author.contact).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="132"/>
        <source>Send reports to</source>
        <translation>Enviar los informes a</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="133"/>
        <source>E-mail addresses that receive feedback reports, separated by commas.</source>
        <translation>Direcciones de correo que reciben los informes de observaciones, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="141"/>
        <source>Mail server CA file</source>
        <translation>Archivo de CA del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="142"/>
        <source>A PEM file with the certificate authority of a mail server that uses its own. Empty: the system&apos;s authorities.</source>
        <translation>Un archivo PEM con la autoridad de certificación de un servidor de correo que usa la suya. Vacío: las autoridades del sistema.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="152"/>
        <source>Report receiver (HTTPS)</source>
        <translation>Receptor de informes (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="153"/>
        <source>An https:// address that accepts feedback reports as JSON (see docs/submission.md). The token is kept in the keyring (observer-app secret set http.token).</source>
        <translation>Una dirección https:// que acepta informes de observaciones en JSON (véase docs/submission.md). El token se guarda en el llavero (observer-app secret set http.token).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="163"/>
        <source>Receiver CA file</source>
        <translation>Archivo de CA del receptor</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="164"/>
        <source>A PEM file with the certificate authority of a receiver that uses its own; it replaces the system&apos;s authorities for the receiver. Empty: the system&apos;s.</source>
        <translation>Un archivo PEM con la autoridad de certificación de un receptor que usa la suya; sustituye a las autoridades del sistema para ese receptor. Vacío: las del sistema.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="174"/>
        <source>Team folder (WebDAV)</source>
        <translation>Carpeta del equipo (WebDAV)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="175"/>
        <source>A shared WebDAV folder (Nextcloud and others) where the team&apos;s note bundles meet, e.g. https://cloud.example.org/remote.php/dav/files/me/observer/. The password is kept in the keyring (observer-app secret set sync.webdav_password).</source>
        <translation>Una carpeta WebDAV compartida (Nextcloud y otros) donde se reúnen los paquetes de notas del equipo, p. ej. https://cloud.example.org/remote.php/dav/files/me/observer/. La contraseña se guarda en el llavero (observer-app secret set sync.webdav_password).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="186"/>
        <source>Team folder user</source>
        <translation>Usuario de la carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="187"/>
        <source>User name for the WebDAV folder.</source>
        <translation>Nombre de usuario de la carpeta WebDAV.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="193"/>
        <source>Team folder CA file</source>
        <translation>Archivo de CA de la carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="194"/>
        <source>A PEM file with the certificate authority of a team server that uses its own; it replaces the system&apos;s authorities for the team folder. Empty: the system&apos;s.</source>
        <translation>Un archivo PEM con la autoridad de certificación de un servidor del equipo que usa la suya; sustituye a las autoridades del sistema para la carpeta del equipo. Vacío: las del sistema.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="204"/>
        <source>Last conference</source>
        <translation>Última conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="205"/>
        <source>The feed opened last; reopened on start.</source>
        <translation>La fuente abierta por última vez; se vuelve a abrir al iniciar.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="211"/>
        <source>Recent conferences</source>
        <translation>Conferencias recientes</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="212"/>
        <source>The conferences opened recently (a JSON list of sources, newest first), offered by File &gt; Open conference.</source>
        <translation>Las conferencias abiertas recientemente (una lista JSON de fuentes, la más reciente primero), ofrecidas en Archivo &gt; Abrir una conferencia.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="221"/>
        <source>Refresh the conference every (minutes)</source>
        <translation>Actualizar la conferencia cada (minutos)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="222"/>
        <source>How often the conference&apos;s sources are read again (conditional requests: cheap when unchanged); 0 turns it off.</source>
        <translation>Cada cuánto se vuelven a leer las fuentes de la conferencia (solicitudes condicionales: baratas si no hay cambios); 0 lo desactiva.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="232"/>
        <source>Last body</source>
        <translation>Último órgano</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="233"/>
        <source>The body watched last; played again on start.</source>
        <translation>El órgano seguido por última vez; se vuelve a reproducir al iniciar.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="239"/>
        <source>Remind me before a followed session (minutes)</source>
        <translation>Recordarme antes de una sesión seguida (minutos)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="240"/>
        <source>A desktop notification this many minutes before a session you follow starts; 0 turns reminders off.</source>
        <translation>Una notificación de escritorio estos minutos antes de que empiece una sesión que sigue; 0 desactiva los recordatorios.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="249"/>
        <source>Caption size (%)</source>
        <translation>Tamaño de los subtítulos (%)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="250"/>
        <source>Size of captions and subtitles over the video, in percent of libVLC&apos;s normal size.</source>
        <translation>Tamaño de los subtítulos sobre el vídeo, en porcentaje del tamaño normal de libVLC.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="260"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="261"/>
        <source>system follows the desktop&apos;s palette; dark and high-contrast are built in (light text on dark, and white on black with yellow highlights).</source>
        <translation>system sigue la paleta del escritorio; dark y high-contrast están integrados (texto claro sobre oscuro, y blanco sobre negro con resaltado amarillo).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="272"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="273"/>
        <source>Language of Observer&apos;s menus and messages: one of the six UN languages, or the system&apos;s. A change applies when Observer is started again.</source>
        <translation>Idioma de los menús y mensajes de Observer: uno de los seis idiomas de la ONU, o el del sistema. Un cambio se aplica al volver a iniciar Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="284"/>
        <source>Welcome page done</source>
        <translation>Página de bienvenida vista</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="285"/>
        <source>False: the welcome page (name, organisation, languages) is shown at the next start.</source>
        <translation>Falso (false): la página de bienvenida (nombre, organización, idiomas) se muestra en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="294"/>
        <source>Transcription model</source>
        <translation>Modelo de transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="295"/>
        <source>Whisper model for the live transcript: tiny, base, small, medium, large-v3 (multilingual) or tiny.en, base.en, small.en, medium.en (English only). Downloaded once, then offline.</source>
        <translation>Modelo Whisper para la transcripción en directo: tiny, base, small, medium, large-v3 (multilingües) o tiny.en, base.en, small.en, medium.en (solo inglés). Se descarga una vez y luego funciona sin conexión.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="316"/>
        <source>Live captions under the video</source>
        <translation>Subtítulos en directo bajo el vídeo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="317"/>
        <source>Show the last transcript lines in large type under the video, for those who cannot hear.</source>
        <translation>Muestra las últimas líneas de la transcripción en letra grande bajo el vídeo, para quienes no pueden oír.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="327"/>
        <source>Live caption size (%)</source>
        <translation>Tamaño de los subtítulos en directo (%)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="328"/>
        <source>Size of the live captions under the video, in percent of the window&apos;s text.</source>
        <translation>Tamaño de los subtítulos en directo bajo el vídeo, en porcentaje del texto de la ventana.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="338"/>
        <source>Transcription model folder</source>
        <translation>Carpeta del modelo de transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="339"/>
        <source>A faster-whisper (CTranslate2) model folder you already have; used instead of downloading.</source>
        <translation>Una carpeta de modelo faster-whisper (CTranslate2) que ya tiene; se usa en lugar de descargarlo.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="34"/>
        <source>Mail server password</source>
        <translation>Contraseña del servidor de correo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="35"/>
        <source>Platform token</source>
        <translation>Token de la plataforma</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="36"/>
        <source>Team folder password</source>
        <translation>Contraseña de la carpeta del equipo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="54"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="55"/>
        <source>Watching</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="56"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="58"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="62"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="63"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="64"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="67"/>
        <source>Same as the desktop</source>
        <translation>Igual que el escritorio</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="68"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="69"/>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="85"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="108"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="193"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="113"/>
        <source>Settings pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="154"/>
        <source>default</source>
        <translation>predeterminado</translation>
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
        <translation>sin cambios si se deja vacío</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="173"/>
        <source>Kept in the system keyring; never written to a file</source>
        <translation>Se guarda en el llavero del sistema; nunca se escribe en un archivo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="208"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="209"/>
        <source>The new interface language is used when you start Observer again.</source>
        <translation>El nuevo idioma de la interfaz se usará cuando vuelva a iniciar Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="221"/>
        <source>No keyring</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="222"/>
        <source>No working keyring ({why}): {names} will be kept until you quit Observer, and never written to disk. Start your desktop&apos;s keyring to keep it.</source>
        <translation>No hay ningún llavero que funcione ({why}): {names} se conservará hasta que salga de Observer y nunca se escribirá en el disco. Inicie el llavero de su escritorio para guardarlo.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="187"/>
        <source>Save the note being typed</source>
        <translation>Guardar la nota que se está escribiendo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="188"/>
        <source>New line in a note</source>
        <translation>Nueva línea en una nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="190"/>
        <source>Alt+letter</source>
        <translation>Alt+letra</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="191"/>
        <source>Open a menu (the underlined letter)</source>
        <translation>Abrir un menú (la letra subrayada)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="193"/>
        <source>Next / previous control</source>
        <translation>Control siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/widgets/source_status.py" line="39"/>
        <source>%n message(s) about the sources</source>
        <translation>
            <numerusform>%n mensaje sobre las fuentes</numerusform>
            <numerusform>%n mensajes sobre las fuentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="44"/>
        <source>Click for every message.</source>
        <translation>Haga clic para ver todos los mensajes.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="50"/>
        <source>Conference sources</source>
        <translation>Fuentes de la conferencia</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="29"/>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="58"/>
        <source>Messages about the sources</source>
        <translation>Mensajes sobre las fuentes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="65"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="40"/>
        <source>Export a team bundle</source>
        <translation>Exportar un paquete del equipo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="42"/>
        <location filename="../../observer_app/ui/dialogs/team.py" line="68"/>
        <source>Notes bundles (*.json)</source>
        <translation>Paquetes de notas (*.json)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="49"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="52"/>
        <source>Exported %n note(s) to {path}</source>
        <translation>
            <numerusform>%n nota exportada a {path}</numerusform>
            <numerusform>%n notas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="66"/>
        <source>Import a teammate&apos;s bundle</source>
        <translation>Importar el paquete de un compañero</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="77"/>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="78"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="83"/>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="100"/>
        <source>Conflicting edits</source>
        <translation>Ediciones en conflicto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="101"/>
        <source>%n note(s) were edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</source>
        <translation>
            <numerusform>%n nota fue editada al mismo tiempo por usted y por un compañero de equipo. Se conservan ambas versiones: la del autor de la nota sigue siendo la nota y la otra se marca «⚠ edición en conflicto», con quién la hizo y cuándo.</numerusform>
            <numerusform>%n notas fueron editadas al mismo tiempo por usted y por un compañero de equipo. Se conservan ambas versiones: la del autor de la nota sigue siendo la nota y la otra se marca «⚠ edición en conflicto», con quién la hizo y cuándo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="212"/>
        <source>Synced with the team folder: nothing new.</source>
        <translation>Sincronizado con la carpeta del equipo: nada nuevo.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="213"/>
        <source>Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation>Sincronizado con la carpeta del equipo: {added} añadida(s), {updated} actualizada(s), {deleted} eliminada(s), {conflicts} conflicto(s).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="131"/>
        <source>Sync failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="120"/>
        <source>Syncing with the team folder…</source>
        <translation>Sincronizando con la carpeta del equipo…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="44"/>
        <source>Day timeline</source>
        <translation>Cronología del día</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="47"/>
        <source>Sessions of the day per body. Arrows move, Enter watches, F follows, Page Up and Page Down change the day.</source>
        <translation>Sesiones del día por órgano. Las flechas mueven, Intro muestra, F sigue, RePág y AvPág cambian de día.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="231"/>
        <source>you: {zone}</source>
        <translation>usted: {zone}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="288"/>
        <source>(live)</source>
        <translation>(en directo)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="290"/>
        <source>(ended)</source>
        <translation>(terminada)</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Larger live captions</source>
        <translation>Subtítulos en directo más grandes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Smaller live captions</source>
        <translation>Subtítulos en directo más pequeños</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="166"/>
        <source>The model {name} knows English only: choose a multilingual model in Settings to transcribe this channel.</source>
        <translation>El modelo {name} solo conoce el inglés: elija un modelo multilingüe en Configuración para transcribir este canal.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="250"/>
        <source>This line has no recording to replay.</source>
        <translation>Esta línea no tiene grabación que reproducir.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="261"/>
        <source>Play something first.</source>
        <translation>Primero reproduzca algo.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="271"/>
        <source>Looking for the stream&apos;s captions…</source>
        <translation>Buscando los subtítulos de la transmisión…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="295"/>
        <source>Showing the stream&apos;s own captions (written by people), not transcribing.</source>
        <translation>Se muestran los subtítulos propios de la transmisión (escritos por personas); no se transcribe.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="308"/>
        <source>{name} has no WebVTT or SRT cues.</source>
        <translation>{name} no contiene subtítulos WebVTT ni SRT.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="327"/>
        <source>The transcript is the captions of {name} (written by people).</source>
        <translation>La transcripción son los subtítulos de {name} (escritos por personas).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="362"/>
        <source>Downloading the {name} model…</source>
        <translation>Descargando el modelo {name}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="364"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="366"/>
        <source>Transcript model</source>
        <translation>Modelo de transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="392"/>
        <source>Downloading {file}: {done} of {total} MB</source>
        <translation>Descargando {file}: {done} de {total} MB</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="399"/>
        <source>Cancelling the download…</source>
        <translation>Cancelando la descarga…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="436"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Descarga cancelada; no se ha conservado nada.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="442"/>
        <source>Transcribing on this computer.</source>
        <translation>Transcribiendo en este equipo.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="18"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="19"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="20"/>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="21"/>
        <source>Said</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="62"/>
        <source>captions</source>
        <translation>subtítulos</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="57"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Not transcribing.</source>
        <translation>No se está transcribiendo.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="58"/>
        <source>Transcript status</source>
        <translation>Estado de la transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="59"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Transcribe</source>
        <translation>Transcribir</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="61"/>
        <source>Transcribe what is playing</source>
        <translation>Transcribir lo que se está reproduciendo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="66"/>
        <source>Transcript lines</source>
        <translation>Líneas de la transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="80"/>
        <source>Line to quote</source>
        <translation>Línea para citar</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="82"/>
        <source>Click a line, select words here, then Quote in note.</source>
        <translation>Haga clic en una línea, seleccione aquí unas palabras y pulse «Citar en la nota».</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="84"/>
        <source>Quote in note</source>
        <translation>Citar en la nota</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="85"/>
        <source>Quote the selected words in the note</source>
        <translation>Citar en la nota las palabras seleccionadas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="90"/>
        <source>Captions under the video</source>
        <translation>Subtítulos bajo el vídeo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="91"/>
        <source>Show live captions under the video</source>
        <translation>Mostrar los subtítulos en directo bajo el vídeo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="93"/>
        <source>Larger: Ctrl+Shift++, smaller: Ctrl+Shift+- (or the setting)</source>
        <translation>Más grande: Ctrl+Mayús++, más pequeño: Ctrl+Mayús+- (o el ajuste)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="167"/>
        <source>Speech is turned into text on this computer; nothing is sent while you transcribe. The transcript is kept in your profile and goes to your team folder ({host}) each time you sync with your team.</source>
        <translation>La voz se convierte en texto en este ordenador; no se envía nada mientras transcribe. La transcripción se guarda en su perfil y va a la carpeta del equipo ({host}) cada vez que sincroniza con su equipo.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="173"/>
        <source>Nothing leaves this machine: speech is turned into text on this computer, and the transcript stays in your profile (no team folder is set up; a team bundle you export carries it).</source>
        <translation>Nada sale de esta máquina: la voz se convierte en texto en este ordenador y la transcripción se queda en su perfil (no hay carpeta del equipo configurada; un paquete de equipo que exporte la lleva consigo).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Stop transcribing</source>
        <translation>Detener la transcripción</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="26"/>
        <source>Notes message</source>
        <translation>Mensaje de las notas</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="28"/>
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../../observer_app/ui/widgets/video_surface.py" line="24"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
</context>
</TS>
