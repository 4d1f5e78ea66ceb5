<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="130"/>
        <source>About {app}</source>
        <translation>À propos d’{app}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="134"/>
        <source>Follow intergovernmental conferences from afar: webcasts with interpretation, documents, stamped notes and feedback reports.</source>
        <translation>Suivre à distance les conférences intergouvernementales&#x202f;: webdiffusions avec interprétation, documents, notes horodatées et rapports d’observations.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="138"/>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="144"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="145"/>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="149"/>
        <source>Licences of the main dependencies</source>
        <translation>Licences des principales dépendances</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="150"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="153"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="154"/>
        <source>Copy versions and licences</source>
        <translation>Copier les versions et les licences</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="156"/>
        <source>Copy the versions and licences as text, for a bug report</source>
        <translation>Copier les versions et les licences en texte, pour un rapport de bogue</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="159"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="168"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="170"/>
        <source>&amp;Licences:</source>
        <translation>&amp;Licences&#x202f;:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../observer_app/ui/app.py" line="101"/>
        <source>Player unavailable</source>
        <translation>Lecteur indisponible</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="163"/>
        <location filename="../../observer_app/ui/app.py" line="180"/>
        <source>{app} cannot start</source>
        <translation>{app} ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/app.py" line="181"/>
        <source>The demo conference is damaged: {error}</source>
        <translation>La conférence de démonstration est endommagée&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="26"/>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="37"/>
        <source>Export followed sessions</source>
        <translation>Exporter les séances suivies</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="27"/>
        <source>You follow no session yet: right-click a body or a session in the schedule and choose Follow (or press Ctrl+D).</source>
        <translation>Vous ne suivez encore aucune séance&#x202f;: cliquez avec le bouton droit sur un organe ou une séance du programme et choisissez Suivre (ou appuyez sur Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="39"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="60"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="62"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d’écrire {path}&#x202f;: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/calendar.py" line="68"/>
        <source>%n session(s) written to {path}</source>
        <translation>
            <numerusform>%n séance écrite dans {path}</numerusform>
            <numerusform>%n séances écrites dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionStrip</name>
    <message>
        <location filename="../../observer_app/ui/widgets/caption_strip.py" line="30"/>
        <source>Live captions</source>
        <translation>Sous-titres en direct</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="37"/>
        <source>Observer: unexpected error</source>
        <translation>Observer&#x202f;: erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="46"/>
        <source>Error report</source>
        <translation>Rapport d’erreur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="48"/>
        <source>Traceback and versions, without passwords or tokens</source>
        <translation>Trace d’appels et versions, sans mots de passe ni jetons</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="52"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="54"/>
        <source>Copy the report to the clipboard, to paste into a bug report or an e-mail</source>
        <translation>Copier le rapport dans le presse-papiers, pour le coller dans un rapport de bogue ou un courriel</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="57"/>
        <source>&amp;Quit Observer</source>
        <translation>&amp;Quitter Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="58"/>
        <source>Close Observer (your notes are saved)</source>
        <translation>Fermer Observer (vos notes sont enregistrées)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="60"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="61"/>
        <source>Close this message and keep working</source>
        <translation>Fermer ce message et continuer à travailler</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="78"/>
        <source>Something went wrong inside Observer.</source>
        <translation>Un problème est survenu dans Observer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/crash.py" line="81"/>
        <source>It happened %n time(s).</source>
        <translation>
            <numerusform>C’est arrivé %n fois.</numerusform>
            <numerusform>C’est arrivé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="87"/>
        <source>Your saved notes are safe and you can keep working; if something looks wrong, restart Observer.</source>
        <translation>Vos notes enregistrées sont en sécurité et vous pouvez continuer&#x202f;; si quelque chose semble anormal, redémarrez Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="92"/>
        <source>The report was also saved to {path}.</source>
        <translation>Le rapport a aussi été enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="94"/>
        <source>The report could not be saved to the log folder.</source>
        <translation>Le rapport n’a pas pu être enregistré dans le dossier des journaux.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/crash.py" line="97"/>
        <source>Please send the report to the developers: it contains no passwords or tokens.</source>
        <translation>Merci d’envoyer le rapport aux développeurs&#x202f;: il ne contient ni mot de passe ni jeton.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="14"/>
        <source>Symbol</source>
        <extracomment>Column header: a document symbol such as DT/33 or 67(Rev.1) (UN: fr « Cote », ru «Обозначение»). Keep it short.</extracomment>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="15"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="16"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="18"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="19"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="105"/>
        <source>New since you last looked</source>
        <translation>Nouveau depuis votre dernière visite</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="108"/>
        <source>On this computer: {languages}</source>
        <translation>Sur cet ordinateur&#x202f;: {languages}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/documents.py" line="112"/>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="69"/>
        <source>Find a document (DT/33, 67 Rev 1…); Enter searches all text and notes</source>
        <extracomment>Keep the example symbols DT/33 and 67 Rev 1 exactly: they are what the search understands (not « Rév. »).</extracomment>
        <translation>Trouver un document (DT/33, 67 Rev 1…)&#x202f;; Entrée cherche dans tous les textes et les notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="71"/>
        <source>Find a document</source>
        <translation>Trouver un document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="76"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="113"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="128"/>
        <source>Mark all seen</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="131"/>
        <source>Mark all documents as seen</source>
        <translation>Marquer tous les documents comme vus</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="133"/>
        <source>● marks documents and revisions that appeared since you last looked</source>
        <translation>● signale les documents et révisions parus depuis votre dernière visite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="165"/>
        <source>%n document(s). Select one to read it.</source>
        <translation>
            <numerusform>%n document. Sélectionnez-le pour le lire.</numerusform>
            <numerusform>%n documents. Sélectionnez-en un pour le lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/documents.py" line="231"/>
        <source>%n result(s) for “{query}”</source>
        <translation>
            <numerusform>%n résultat pour «&#x202f;{query}&#x202f;»</numerusform>
            <numerusform>%n résultats pour «&#x202f;{query}&#x202f;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="234"/>
        <source>: download the documents to search their text.</source>
        <translation>&#x202f;: téléchargez les documents pour chercher dans leur texte.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="262"/>
        <source>Compare with the previous version</source>
        <translation>Comparer avec la version précédente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="270"/>
        <source>Nothing to compare: {reason}.</source>
        <translation>Rien à comparer&#x202f;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="273"/>
        <source>{symbol}: changes since {previous}</source>
        <translation>{symbol}&#x202f;: modifications depuis {previous}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="279"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="281"/>
        <source>Text differences</source>
        <translation>Différences de texte</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="313"/>
        <source>{symbol}: no file is listed for this document.</source>
        <translation>{symbol}&#x202f;: aucun fichier n’est indiqué pour ce document.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/documents.py" line="333"/>
        <source>{symbol}: online only ({url}). Use Download below to read it offline.</source>
        <translation>{symbol}&#x202f;: en ligne seulement ({url}). Utilisez Télécharger ci-dessous pour le lire hors ligne.</translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>Documents to download</source>
        <translation>Documents à télécharger</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="39"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="41"/>
        <source>Download the documents for offline reading</source>
        <translation>Télécharger les documents pour les lire hors ligne</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="43"/>
        <source>Download the documents for offline reading (and index their text for search)</source>
        <translation>Télécharger les documents pour les lire hors ligne (et indexer leur texte pour la recherche)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="45"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="46"/>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="48"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="38"/>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="52"/>
        <source>Get:</source>
        <translation>Obtenir&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="67"/>
        <source>{body} only</source>
        <translation>{body} seulement</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="105"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="112"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="130"/>
        <source>Fetched {fetched}, unchanged {unchanged}, on this computer {local}, failed {failed}</source>
        <translation>Récupérés {fetched}, inchangés {unchanged}, sur cet ordinateur {local}, échecs {failed}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="138"/>
        <source>, cancelled {count}</source>
        <translation>, annulés {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/doc_download.py" line="147"/>
        <source>Download stopped: {error}</source>
        <translation>Téléchargement interrompu&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="58"/>
        <source>Welcome to Observer</source>
        <translation>Bienvenue dans Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="62"/>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Observer follows a conference&apos;s sessions with you: the webcast with interpretation, the documents, and notes stamped with the moment they refer to.&lt;/p&gt;&lt;p&gt;Tell it who you are (feedback reports are signed with it) and which languages you prefer. Everything can be changed later in File &amp;gt; Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue&lt;/h3&gt;&lt;p&gt;Observer suit avec vous les séances d’une conférence&#x202f;: la webdiffusion avec interprétation, les documents et des notes horodatées au moment auquel elles se rapportent.&lt;/p&gt;&lt;p&gt;Indiquez qui vous êtes (les rapports d’observations sont signés de ce nom) et les langues que vous préférez. Tout peut être modifié plus tard dans Fichier &amp;gt; Paramètres.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="70"/>
        <source>e.g. Ana Pereira</source>
        <translation>p. ex. Ana Pereira</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="72"/>
        <source>e.g. Digital Rights Coalition</source>
        <translation>p. ex. Coalition pour les droits numériques</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="78"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="79"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="80"/>
        <source>&amp;Interpretation you prefer:</source>
        <translation>&amp;Interprétation préférée&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="81"/>
        <source>Interface &amp;language (after a restart):</source>
        <translation>&amp;Langue de l’interface (après redémarrage)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="82"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="89"/>
        <source>Start with the &amp;demo conference</source>
        <translation>Commencer avec la conférence de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="91"/>
        <source>PP-Demo: four bodies sitting now, with interpretation and documents</source>
        <translation>PP-Demo&#x202f;: quatre organes en séance maintenant, avec interprétation et documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="93"/>
        <source>O&amp;pen my conference…</source>
        <translation>O&amp;uvrir ma conférence…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="95"/>
        <source>Paths or addresses of your conference&apos;s schedule, streams and documents</source>
        <translation>Chemins ou adresses du programme, des flux et des documents de votre conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="97"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/first_run.py" line="98"/>
        <source>Keep the demo open; this page will not come back</source>
        <translation>Garder la démonstration ouverte&#x202f;; cette page ne reviendra pas</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="17"/>
        <source>Supports</source>
        <extracomment>A delegation&apos;s stance in a note: it supports the proposal (fr « Soutient »).</extracomment>
        <translation>Soutient</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="18"/>
        <source>Opposes</source>
        <translation>S’oppose</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="20"/>
        <source>Concern</source>
        <extracomment>A delegation&apos;s stance in a note: it raises a concern (a noun, like Question).</extracomment>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="21"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="22"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="27"/>
        <source>Floor</source>
        <extracomment>Audio channel: the room&apos;s own sound, speakers in their original language (UN: fr « Original », not a wooden floor). Glossary: resources/i18n/glossary.json.</extracomment>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="30"/>
        <source>Arabic</source>
        <extracomment>Language names stand alone (audio channels, &quot;Channel not in this stream: Arabic&quot;): write them as a label, in the form a list item takes.</extracomment>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="31"/>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="32"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="33"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="34"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="35"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
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
        <translation>Page web (HTML)</translation>
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
        <translation>JSON (pour les plateformes)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="46"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="48"/>
        <source>Subtitles over the recording (WebVTT)</source>
        <extracomment>A report format: the notes as subtitles shown over the session&apos;s recording.</extracomment>
        <translation>Sous-titres sur l’enregistrement (WebVTT)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="49"/>
        <source>Subtitles over the recording (SRT)</source>
        <translation>Sous-titres sur l’enregistrement (SRT)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/labels.py" line="51"/>
        <source>Plain text (e-mail body)</source>
        <extracomment>A report format: plain text to paste into the body of an e-mail.</extracomment>
        <translation>Texte brut (corps du courriel)</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="23"/>
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="24"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="25"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="26"/>
        <source>Document viewer</source>
        <translation>Visionneuse de documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="27"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="31"/>
        <source>&amp;Schedule pane</source>
        <translation>Panneau du &amp;programme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="32"/>
        <source>N&amp;otes pane</source>
        <translation>Panneau des &amp;notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="33"/>
        <source>&amp;Documents pane</source>
        <translation>Panneau des &amp;documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="34"/>
        <source>Document &amp;viewer pane</source>
        <translation>Panneau de la &amp;visionneuse de documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="35"/>
        <source>Tr&amp;anscript pane</source>
        <translation>Panneau de la &amp;transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="64"/>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="65"/>
        <source>Wa&amp;tch layout</source>
        <translation>Disposition pour re&amp;garder</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="66"/>
        <source>The video large, the notes and the schedule beside it</source>
        <translation>La vidéo en grand, les notes et le programme à côté</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="80"/>
        <source>Read</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="81"/>
        <source>&amp;Read layout</source>
        <translation>Disposition pour &amp;consulter</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="82"/>
        <source>A document page at reading size, the video and the document list beside it</source>
        <translation>Une page de document à taille de lecture, la vidéo et la liste des documents à côté</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="94"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="95"/>
        <source>Re&amp;port layout</source>
        <translation>Disposition pour le r&amp;apport</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="96"/>
        <source>The notes wide to review and write, the video small</source>
        <translation>Les notes en largeur pour relire et rédiger, la vidéo en petit</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/layouts.py" line="195"/>
        <source>Panes</source>
        <translation>Panneaux</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="38"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="39"/>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="40"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="41"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="42"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="175"/>
        <source>&amp;Open conference…</source>
        <translation>&amp;Ouvrir une conférence…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="183"/>
        <source>&amp;Export feedback…</source>
        <translation>&amp;Exporter des observations…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="191"/>
        <source>Sent and out&amp;box…</source>
        <translation>Envoyés et boîte d’en&amp;voi…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="199"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="205"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="235"/>
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="243"/>
        <source>&amp;Back 5 seconds</source>
        <translation>&amp;Reculer de 5 secondes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="252"/>
        <source>&amp;Forward 5 seconds</source>
        <translation>&amp;Avancer de 5 secondes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="261"/>
        <source>Back &amp;30 seconds</source>
        <translation>Reculer de &amp;30 secondes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="270"/>
        <source>Forward 3&amp;0 seconds</source>
        <translation>Avancer de 3&amp;0 secondes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="279"/>
        <source>Volume &amp;up</source>
        <translation>&amp;Monter le volume</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="288"/>
        <source>Volume &amp;down</source>
        <translation>&amp;Baisser le volume</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="297"/>
        <source>&amp;Mute</source>
        <translation>Cou&amp;per le son</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="305"/>
        <source>Go &amp;live</source>
        <translation>Passer au &amp;direct</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="313"/>
        <source>&amp;Audio only (save bandwidth)</source>
        <translation>Son &amp;uniquement (économiser la bande passante)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="321"/>
        <source>&amp;Slower</source>
        <translation>Plus le&amp;nt</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="330"/>
        <source>Fas&amp;ter</source>
        <translation>Plus vi&amp;te</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="339"/>
        <source>Full scr&amp;een</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="347"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="355"/>
        <source>&amp;Retry the connection</source>
        <translation>Ré&amp;essayer la connexion</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="363"/>
        <source>Open &amp;captions file…</source>
        <translation>&amp;Ouvrir un fichier de sous-titres…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="371"/>
        <source>&amp;Follow the selected body or session</source>
        <translation>&amp;Suivre l’organe ou la séance sélectionnés</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="379"/>
        <source>&amp;Day timeline</source>
        <translation>Chronologie de la &amp;journée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="387"/>
        <source>E&amp;xport followed sessions (.ics)…</source>
        <translation>E&amp;xporter les séances suivies (.ics)…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="396"/>
        <source>&amp;Watch in a new tile (selected body)</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>&amp;Regarder dans un nouveau volet (organe sélectionné)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="404"/>
        <source>&amp;Close the tile that has the sound</source>
        <translation>&amp;Fermer le volet qui a le son</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="412"/>
        <source>&amp;Next tile gets the sound</source>
        <translation>Le son passe au volet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="420"/>
        <source>&amp;New note at this moment</source>
        <translation>&amp;Nouvelle note à cet instant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="428"/>
        <source>Go to the notes &amp;list</source>
        <translation>Aller à la &amp;liste des notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="436"/>
        <source>&amp;Search notes</source>
        <translation>&amp;Chercher dans les notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="444"/>
        <source>Show or hide the note &amp;filters</source>
        <translation>Afficher ou masquer les &amp;filtres des notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="452"/>
        <source>Next note &amp;private / for feedback</source>
        <translation>Note suivante &amp;privée / pour les observations</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="460"/>
        <source>Clear the carried-over spea&amp;ker and agenda item</source>
        <translation>Effacer l’&amp;orateur et le point de l’ordre du jour reportés</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="468"/>
        <source>Mark a &amp;briefing now</source>
        <translation>Marquer une &amp;séance d’information maintenant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="476"/>
        <source>&amp;Export a team bundle…</source>
        <translation>&amp;Exporter un lot d’équipe…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="484"/>
        <source>&amp;Import a team bundle…</source>
        <translation>&amp;Importer un lot d’équipe…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="492"/>
        <source>S&amp;ync with the team folder</source>
        <translation>S&amp;ynchroniser avec le dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="500"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="506"/>
        <source>&amp;About Observer</source>
        <translation>À &amp;propos d’Observer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="251"/>
        <source>Refresh failed, showing the last version: {reason}</source>
        <translation>Échec de l’actualisation, dernière version affichée&#x202f;: {reason}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="315"/>
        <source>Conference feed</source>
        <translation>Flux de la conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="329"/>
        <source>The conference could be read again.</source>
        <translation>La conférence a pu être relue.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="333"/>
        <source>The conference was updated.</source>
        <translation>La conférence a été mise à jour.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="406"/>
        <source>Nothing to play there: no stream, or no recording yet.</source>
        <translation>Rien à lire ici&#x202f;: pas de flux, ou pas encore d’enregistrement.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="421"/>
        <source>{symbol} is not among this conference&apos;s documents.</source>
        <translation>{symbol} ne fait pas partie des documents de cette conférence.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="448"/>
        <source>Opening {source}…</source>
        <translation>Ouverture de {source}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="159"/>
        <source>Unexpected error: {error}</source>
        <translation>Erreur inattendue&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="460"/>
        <source>Cannot open this conference</source>
        <translation>Impossible d’ouvrir cette conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/main_window.py" line="461"/>
        <source>The current conference stays open.</source>
        <translation>La conférence actuelle reste ouverte.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="63"/>
        <location filename="../../observer_app/ui/window_menus.py" line="92"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="67"/>
        <location filename="../../observer_app/ui/window_menus.py" line="96"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="211"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="219"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/actions.py" line="227"/>
        <source>Note &amp;private / for feedback</source>
        <translation>Note &amp;privée / pour les observations</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/window_menus.py" line="139"/>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/controller.py" line="108"/>
        <source>Outbox: %n report(s) delivered</source>
        <translation>
            <numerusform>Boîte d’envoi&#x202f;: %n rapport remis</numerusform>
            <numerusform>Boîte d’envoi&#x202f;: %n rapports remis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="92"/>
        <source>⚠ Backup failed: {error}</source>
        <translation>⚠ Échec de la sauvegarde&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="128"/>
        <source>Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.</source>
        <translation>Tapez pour commencer une note (Ctrl+N). Entrée enregistre, Maj+Entrée&#x202f;: nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="130"/>
        <source>Note stamp</source>
        <translation>Horodatage de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="133"/>
        <source>Note editor</source>
        <translation>Éditeur de note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="137"/>
        <source>What was said? Cite documents like DT/33 or 67(Rev.1).</source>
        <extracomment>Keep the example symbols DT/33 and 67(Rev.1) exactly: notes are searched for these forms. Cite: refer to a document.</extracomment>
        <translation>Qu’a-t-on dit&#x202f;? Citez des documents comme DT/33 ou 67(Rev.1).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="143"/>
        <source>Speaker / delegation</source>
        <translation>Orateur / délégation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="144"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="148"/>
        <source>Agenda item / document</source>
        <translation>Point de l’ordre du jour / document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="149"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="153"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="154"/>
        <source>No stance</source>
        <translation>Sans position</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="158"/>
        <source>tags, comma-separated</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="159"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="162"/>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="164"/>
        <source>For feedback</source>
        <translation>Pour les observations</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="166"/>
        <source>Unticked: a private note that never leaves this machine unless you say so</source>
        <translation>Décoché&#x202f;: une note privée qui ne quitte jamais cet ordinateur sans votre accord</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="171"/>
        <source>Filed under</source>
        <translation>Rattachement de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="181"/>
        <source>Stance:</source>
        <translation>Position&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="258"/>
        <source>speaker {speaker}</source>
        <translation>orateur {speaker}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="260"/>
        <source>agenda item {item}</source>
        <translation>point de l’ordre du jour {item}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/note_composer.py" line="262"/>
        <source>Filed under: {fields}  (Ctrl+K clears)</source>
        <translation>Rattachée à&#x202f;: {fields}  (Ctrl+K pour effacer)</translation>
    </message>
</context>
<context>
    <name>NoteEditDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="16"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/note_edit.py" line="20"/>
        <source>Edit the text and fields; Enter or OK saves, Shift+Enter: new line.</source>
        <translation>Modifiez le texte et les champs&#x202f;; Entrée ou OK enregistre, Maj+Entrée&#x202f;: nouvelle ligne.</translation>
    </message>
</context>
<context>
    <name>NoteFilterBar</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="50"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Chercher dans les notes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="52"/>
        <source>Search notes</source>
        <translation>Chercher dans les notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>Filter by body</source>
        <translation>Filtrer par organe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="53"/>
        <source>All bodies</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="55"/>
        <source>Filter by stance</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="56"/>
        <source>Any stance</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Filter by day</source>
        <translation>Filtrer par jour</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="59"/>
        <source>Any day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Filter by speaker</source>
        <translation>Filtrer par orateur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="60"/>
        <source>Any speaker</source>
        <translation>Tous les orateurs</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="61"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Filter by document</source>
        <translation>Filtrer par document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="62"/>
        <source>Any document</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="63"/>
        <source>Since last briefing</source>
        <translation>Depuis la séance d’information</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="65"/>
        <source>Only notes since the last briefing</source>
        <translation>Seulement les notes depuis la dernière séance d’information</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="67"/>
        <source>Briefing now</source>
        <extracomment>Button: mark that a civil-society briefing (fr « séance d’information ») happens now.</extracomment>
        <translation>Séance d’information</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="68"/>
        <source>Mark a briefing now</source>
        <translation>Marquer une séance d’information maintenant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="71"/>
        <source>Mark that a civil-society briefing happens now: &apos;since last briefing&apos; starts here</source>
        <translation>Marquer qu’une séance d’information de la société civile a lieu maintenant&#x202f;: «&#x202f;depuis la dernière séance d’information&#x202f;» commence ici</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="80"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters</source>
        <extracomment>Button: show or hide the filters by body, day, speaker... (&quot;Filters (2)&quot;: 2 active).</extracomment>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="82"/>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Show the filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="88"/>
        <source>Body:</source>
        <translation>Organe&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="89"/>
        <source>Day:</source>
        <translation>Jour&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="90"/>
        <source>Speaker:</source>
        <translation>Orateur&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="91"/>
        <source>Stance:</source>
        <translation>Position&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="92"/>
        <source>Tag:</source>
        <translation>Étiquette&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="93"/>
        <source>Document:</source>
        <translation>Document&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_filters.py" line="141"/>
        <source>Hide the filters</source>
        <translation>Masquer les filtres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_filters.py" line="147"/>
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filtres (%n)</numerusform>
            <numerusform>Filtres (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="28"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="29"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="30"/>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="31"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="32"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="253"/>
        <source>(⚠ conflicting edit by {who}, {when})</source>
        <translation>(⚠ modification en conflit de {who}, {when})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="293"/>
        <source>(private)</source>
        <translation>(privée)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/notes.py" line="305"/>
        <source>, video {position}</source>
        <translation>, vidéo {position}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="27"/>
        <source>Replay this moment</source>
        <translation>Revoir ce moment</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="30"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="31"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_menu.py" line="40"/>
        <source>Open document {symbol}</source>
        <translation>Ouvrir le document {symbol}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="95"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="189"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="177"/>
        <source>Draft restored</source>
        <translation>Brouillon restauré</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="238"/>
        <source>, video {position}</source>
        <translation>, vidéo {position}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="245"/>
        <source>Enter saves.</source>
        <translation>Entrée enregistre.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="104"/>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="207"/>
        <source>Note not saved</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="121"/>
        <source>&amp;Undo adding the note</source>
        <translation>&amp;Annuler l’ajout de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="125"/>
        <source>&amp;Redo adding the note</source>
        <translation>&amp;Rétablir l’ajout de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="143"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="149"/>
        <source>Saved. %n note(s). Type to start the next one.</source>
        <translation>
            <numerusform>Enregistrée. %n note. Tapez pour commencer la suivante.</numerusform>
            <numerusform>Enregistrée. %n notes. Tapez pour commencer la suivante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_hand_off.py" line="202"/>
        <source>⚠ Note not saved: {error}</source>
        <translation>⚠ Note non enregistrée&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="263"/>
        <source>&amp;Undo deleting the note</source>
        <translation>&amp;Annuler la suppression de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="267"/>
        <source>&amp;Redo deleting the note</source>
        <translation>&amp;Rétablir la suppression de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="270"/>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="291"/>
        <source>&amp;Undo editing the note</source>
        <translation>&amp;Annuler la modification de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="295"/>
        <source>&amp;Redo editing the note</source>
        <translation>&amp;Rétablir la modification de la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="305"/>
        <source>&amp;Undo marking for feedback</source>
        <translation>&amp;Annuler le marquage pour les observations</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="306"/>
        <source>&amp;Redo marking for feedback</source>
        <translation>&amp;Rétablir le marquage pour les observations</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Undo marking private</source>
        <translation>&amp;Annuler le marquage comme privée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="309"/>
        <source>&amp;Redo marking private</source>
        <translation>&amp;Rétablir le marquage comme privée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="332"/>
        <source>Briefing marked at {time}: &apos;Since last briefing&apos; starts here.</source>
        <translation>Séance d’information marquée à {time}&#x202f;: «&#x202f;Depuis la dernière séance d’information&#x202f;» commence ici.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/notes.py" line="410"/>
        <location filename="../../observer_app/ui/panels/notes.py" line="430"/>
        <source>⚠ Draft not saved: {error}</source>
        <translation>⚠ Brouillon non enregistré&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>OpenConferenceDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="23"/>
        <source>Conference sources (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;All files (*)</source>
        <translation>Sources de conférence (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="34"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="44"/>
        <source>Open conference</source>
        <translation>Ouvrir une conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="47"/>
        <source>Sources, one per line</source>
        <translation>Sources, une par ligne</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="54"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="57"/>
        <source>Recent conferences</source>
        <translation>Conférences récentes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="69"/>
        <source>Paths or addresses of the conference&apos;s sources, &lt;b&gt;one per line&lt;/b&gt;: the conference&apos;s &lt;b&gt;web pages&lt;/b&gt; (their document tables, webcast and linked schedules are read), an Observer feed or profile, M3U playlists, XMLTV guides, iCalendar schedules, Indico or pretalx exports, RSS/Atom document feeds. They are combined into one conference.</source>
        <translation>Chemins ou adresses des sources de la conférence, &lt;b&gt;une par ligne&lt;/b&gt;&#x202f;: les &lt;b&gt;pages web&lt;/b&gt; de la conférence (leurs tableaux de documents, leur webdiffusion et les programmes liés sont lus), un flux ou profil Observer, des listes de lecture M3U, des guides XMLTV, des programmes iCalendar, des exports Indico ou pretalx, des flux de documents RSS/Atom. Elles sont combinées en une seule conférence.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="80"/>
        <source>&amp;Recent (double-click or Enter to open):</source>
        <translation>&amp;Récentes (double-clic ou Entrée pour ouvrir)&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/open_conference.py" line="95"/>
        <source>Add conference sources</source>
        <translation>Ajouter des sources de conférence</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="23"/>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="28"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="29"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="30"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="31"/>
        <source>Answer or last error</source>
        <translation>Réponse ou dernière erreur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="34"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="35"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="36"/>
        <source>needs your attention</source>
        <translation>demande votre attention</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="68"/>
        <source>sent {when}</source>
        <translation>envoyé le {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="70"/>
        <source>next try {when}</source>
        <translation>prochain essai le {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="91"/>
        <source>Sent and outbox</source>
        <translation>Envoyés et boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="94"/>
        <source>Sent and waiting reports</source>
        <translation>Rapports envoyés et en attente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="101"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="102"/>
        <source>Retry the selected report now</source>
        <translation>Réessayer maintenant le rapport sélectionné</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/outbox.py" line="103"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="41"/>
        <source>the file is missing</source>
        <translation>le fichier est manquant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="42"/>
        <source>this is not a readable PDF (damaged, or another kind of file)</source>
        <translation>ce n’est pas un PDF lisible (endommagé, ou un autre type de fichier)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="45"/>
        <source>the PDF is password-protected</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="46"/>
        <source>the PDF uses an encryption this viewer does not support</source>
        <translation>le PDF utilise un chiffrement que cette visionneuse ne prend pas en charge</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="89"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="223"/>
        <source>Document page</source>
        <translation>Page du document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="91"/>
        <source>Select a document.</source>
        <translation>Sélectionnez un document.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="93"/>
        <source>Document status</source>
        <translation>État du document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="101"/>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="104"/>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="108"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="110"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="298"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="366"/>
        <source>of {count}</source>
        <translation>sur {count}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="112"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="114"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="116"/>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="119"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="123"/>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="124"/>
        <source>Find in document</source>
        <translation>Chercher dans le document</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="130"/>
        <source>Cite</source>
        <extracomment>Button: insert a reference to this document page into the note being written (ar «إحالة», never «استشهاد»).</extracomment>
        <translation>Citer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="131"/>
        <source>Cite this page in the note</source>
        <translation>Citer cette page dans la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="132"/>
        <source>Insert this document, language and page into the note</source>
        <translation>Insérer ce document, cette langue et cette page dans la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="136"/>
        <source>Open in the system viewer</source>
        <translation>Ouvrir dans la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="137"/>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF du système</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="150"/>
        <source>Language:</source>
        <translation>Langue&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="281"/>
        <source>{document}: wrong password. {path}</source>
        <translation>{document}&#x202f;: mot de passe incorrect. {path}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="291"/>
        <source>the PDF could not be opened ({error})</source>
        <translation>le PDF n’a pas pu être ouvert ({error})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="340"/>
        <source>{count} found</source>
        <translation>{count} trouvé(s)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="373"/>
        <source>Password-protected document</source>
        <translation>Document protégé par mot de passe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/pdf_viewer.py" line="374"/>
        <source>{name} is encrypted. Password:</source>
        <translation>{name} est chiffré. Mot de passe&#x202f;:</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="93"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="94"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="95"/>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="100"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="101"/>
        <source>Go live</source>
        <extracomment>Button: jump to the newest moment of the live webcast (not: put on air).</extracomment>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="102"/>
        <source>Jump to the live edge (Ctrl+G)</source>
        <translation>Rejoindre le direct (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="105"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the recording</source>
        <translation>Position dans l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="107"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="110"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="111"/>
        <source>Playback speed (recordings)</source>
        <translation>Vitesse de lecture (enregistrements)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="116"/>
        <source>Audio channel</source>
        <translation>Canal audio</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="117"/>
        <source>Floor or interpretation channel</source>
        <translation>Original ou canal d’interprétation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="118"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="119"/>
        <source>Audio only</source>
        <translation>Son uniquement</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="120"/>
        <source>Save bandwidth: no video (Ctrl+Shift+A)</source>
        <translation>Économiser la bande passante&#x202f;: pas de vidéo (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="122"/>
        <source>Video quality</source>
        <translation>Qualité vidéo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="123"/>
        <source>Auto quality</source>
        <translation>Qualité auto</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="124"/>
        <source>Lowest quality</source>
        <translation>Qualité minimale</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="126"/>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="127"/>
        <source>Subtitle/caption track</source>
        <translation>Piste de sous-titres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="130"/>
        <source>Open captions…</source>
        <translation>Sous-titres…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="131"/>
        <source>Open a captions file</source>
        <translation>Ouvrir un fichier de sous-titres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="132"/>
        <source>Open a WebVTT or SRT file over this stream (Ctrl+Shift+C)</source>
        <translation>Ouvrir un fichier WebVTT ou SRT sur ce flux (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="135"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="136"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="137"/>
        <source>Mute (Ctrl+M)</source>
        <translation>Couper le son (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="142"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="146"/>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="147"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="148"/>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="154"/>
        <source>Stream information</source>
        <translation>Informations sur le flux</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="164"/>
        <source>Speed:</source>
        <translation>Vitesse&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="173"/>
        <source>Captions:</source>
        <translation>Sous-titres&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="175"/>
        <source>Audio:</source>
        <translation>Audio&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="177"/>
        <source>Picture:</source>
        <translation>Image&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="258"/>
        <source>Position in the live window</source>
        <translation>Position dans la fenêtre du direct</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="270"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="274"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="275"/>
        <source>Playing</source>
        <translation>Lecture en cours</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="276"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="277"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="278"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="279"/>
        <source>Not playing</source>
        <translation>Pas de lecture</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="295"/>
        <source>● live</source>
        <translation>● direct</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="297"/>
        <source>−{time} behind live</source>
        <translation>−{time} de retard sur le direct</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="342"/>
        <source>Channel not in this stream: {wanted}. Playing: {heard}.</source>
        <translation>Canal absent de ce flux&#x202f;: {wanted}. Lecture&#x202f;: {heard}.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="344"/>
        <source>Channel not in this stream: {wanted}. Playing the default audio.</source>
        <translation>Canal absent de ce flux&#x202f;: {wanted}. Lecture du son par défaut.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="370"/>
        <source>buffer ok</source>
        <translation>tampon correct</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="372"/>
        <source>buffering {percent}%</source>
        <translation>mise en tampon {percent} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/player_controls.py" line="376"/>
        <source>%n frame(s) lost</source>
        <translation>
            <numerusform>%n image perdue</numerusform>
            <numerusform>%n images perdues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="414"/>
        <source>No captions</source>
        <translation>Sans sous-titres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Open captions</source>
        <translation>Ouvrir des sous-titres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="432"/>
        <source>Captions (*.vtt *.srt);;All files (*)</source>
        <translation>Sous-titres (*.vtt *.srt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="438"/>
        <source>Captions loaded: {name}</source>
        <translation>Sous-titres chargés&#x202f;: {name}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_controls.py" line="440"/>
        <source>⚠ cannot load captions {path}</source>
        <translation>⚠ impossible de charger les sous-titres {path}</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="59"/>
        <source>Choose a body in the schedule.</source>
        <translation>Choisissez un organe dans le programme.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="66"/>
        <source>Player status</source>
        <translation>État du lecteur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="79"/>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player.py" line="203"/>
        <source>⚠ cannot open another player: {error}</source>
        <translation>⚠ impossible d’ouvrir un autre lecteur&#x202f;: {error}</translation>
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
        <translation>horloge du flux (début à {time})</translation>
    </message>
</context>
<context>
    <name>PlayerTile</name>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="45"/>
        <source>Choose a body in the schedule</source>
        <translation>Choisissez un organe dans le programme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="50"/>
        <source>Now showing</source>
        <translation>À l’écran</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="52"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="54"/>
        <source>Live or archive</source>
        <translation>Direct ou archive</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="60"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="62"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="63"/>
        <source>Retry connecting</source>
        <translation>Réessayer la connexion</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="86"/>
        <source>Audio only: video needs an X11 display.</source>
        <translation>Son uniquement&#x202f;: la vidéo nécessite un affichage X11.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="129"/>
        <source>Audio only: no picture, to save bandwidth</source>
        <translation>Son uniquement&#x202f;: pas d’image, pour économiser la bande passante</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>● LIVE</source>
        <translation>● DIRECT</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="154"/>
        <source>ARCHIVE</source>
        <translation>ARCHIVE</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>This tile has the sound</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>Ce volet a le son</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/player_tile.py" line="193"/>
        <source>Click the tile to hear it</source>
        <translation>Cliquez sur le volet pour l’écouter</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="58"/>
        <source>Notes database restored</source>
        <translation>Base de notes restaurée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/recovery_notice.py" line="99"/>
        <source>Notes database damaged</source>
        <translation>Base de notes endommagée</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="32"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="35"/>
        <source>&amp;Watch</source>
        <translation>&amp;Regarder</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="36"/>
        <source>Watch the reminded session</source>
        <translation>Regarder la séance rappelée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="37"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="38"/>
        <source>Dismiss the reminder</source>
        <translation>Ignorer le rappel</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="118"/>
        <source>Observer: session starting</source>
        <translation>Observer&#x202f;: début de séance</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/reminders.py" line="119"/>
        <source>Click to watch.</source>
        <translation>Cliquez pour regarder.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="107"/>
        <source>Export feedback</source>
        <translation>Exporter des observations</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="110"/>
        <source>Only notes since the last briefing</source>
        <translation>Seulement les notes depuis la dernière séance d’information</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="164"/>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="113"/>
        <source>All bodies</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="117"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="165"/>
        <source>Session</source>
        <extracomment>One sitting of a body in the schedule (a meeting; zh 场次), not the whole conference.</extracomment>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="118"/>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="128"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="166"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="129"/>
        <source>All speakers</source>
        <translation>Tous les orateurs</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="167"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="133"/>
        <source>Any stance</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="168"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="136"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="138"/>
        <source>Include private notes</source>
        <translation>Inclure les notes privées</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="143"/>
        <source>Feedback on {conference}</source>
        <translation>Observations sur {conference}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="148"/>
        <source>A few sentences before the notes (optional)</source>
        <translation>Quelques phrases avant les notes (facultatif)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="156"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="159"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="160"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="161"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="162"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="163"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="171"/>
        <source>{label}:</source>
        <translation>{label}&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="177"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="180"/>
        <source>‹ Previous notes</source>
        <translation>‹ Notes précédentes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="181"/>
        <source>Next notes ›</source>
        <translation>Notes suivantes ›</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="187"/>
        <source>Saving the report</source>
        <translation>Enregistrement du rapport</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="207"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="208"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="213"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="209"/>
        <source>Send to platform</source>
        <translation>Envoyer à la plateforme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="210"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="215"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="212"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="346"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="214"/>
        <source>Send to the contribution platform</source>
        <translation>Envoyer à la plateforme de contributions</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="221"/>
        <source>Format:</source>
        <translation>Format&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="298"/>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="305"/>
        <source>Export feedback — %n note(s)</source>
        <translation>
            <numerusform>Exporter des observations — %n note</numerusform>
            <numerusform>Exporter des observations — %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="322"/>
        <source>Notes {first}–{last} of {total}</source>
        <translation>Notes {first} à {last} sur {total}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="336"/>
        <source>The preview cannot be shown: {error}</source>
        <translation>Impossible d’afficher l’aperçu&#x202f;: {error}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="406"/>
        <source>Reading the notes…</source>
        <translation>Lecture des notes…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="407"/>
        <source>Writing the {format}…</source>
        <translation>Rédaction au format {format}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="408"/>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="409"/>
        <source>Sending the report…</source>
        <translation>Envoi du rapport…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="426"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="511"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="427"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="513"/>
        <source>Your notes are safe in Observer.</source>
        <translation>Vos notes sont en sécurité dans Observer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/export.py" line="415"/>
        <location filename="../../observer_app/ui/dialogs/export.py" line="517"/>
        <source>Saved %n note(s) to {path}</source>
        <translation>
            <numerusform>%n note enregistrée dans {path}</numerusform>
            <numerusform>%n notes enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="493"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="480"/>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="481"/>
        <source>Not sent yet; it is in the outbox and will be retried.</source>
        <translation>Pas encore envoyé&#x202f;; il est dans la boîte d’envoi et sera réessayé.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="482"/>
        <source>Refused.</source>
        <translation>Refusé.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="483"/>
        <source>Opened a draft in your mail program.</source>
        <translation>Un brouillon a été ouvert dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/export.py" line="488"/>
        <source>Feedback</source>
        <extracomment>Title of a message box: the observer&apos;s report to the organisers (fr « observations », ru «отчёт»).</extracomment>
        <translation>Observations</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="24"/>
        <source>Body / session</source>
        <translation>Organe / séance</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="25"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="26"/>
        <source>Conference time</source>
        <translation>Heure de la conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="27"/>
        <source>Your time</source>
        <translation>Votre heure</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="294"/>
        <source>You ({zone})</source>
        <translation>Vous ({zone})</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="351"/>
        <source>● LIVE until {time}</source>
        <translation>● DIRECT jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="355"/>
        <source>next {when}</source>
        <translation>prochaine {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="374"/>
        <source>Now: {title}</source>
        <translation>En cours&#x202f;: {title}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="377"/>
        <source>Next: {title}, {when}</source>
        <translation>Prochaine&#x202f;: {title}, {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="395"/>
        <source>● LIVE</source>
        <translation>● DIRECT</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="397"/>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/schedule.py" line="416"/>
        <source>Agenda:</source>
        <translation>Ordre du jour&#x202f;:</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="90"/>
        <source>Conference clock</source>
        <translation>Horloge de la conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>Show the schedule of</source>
        <translation>Afficher le programme de</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="97"/>
        <source>Schedule</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="119"/>
        <source>● LIVE until {time}</source>
        <translation>● DIRECT jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="131"/>
        <source>Double-click (or Enter) a body to watch it live, a past session to replay it; with Ctrl, in a second player tile.</source>
        <translation>Double-cliquez (ou Entrée) sur un organe pour le suivre en direct, sur une séance passée pour la revoir&#x202f;; avec Ctrl, dans un deuxième volet.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="152"/>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="153"/>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="158"/>
        <source>{action} (Page Up / Page Down in the timeline)</source>
        <translation>{action} (Page préc. / Page suiv. dans la chronologie)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="180"/>
        <source>Schedule views</source>
        <translation>Vues du programme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="181"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="182"/>
        <source>&amp;Day</source>
        <translation>&amp;Journée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="92"/>
        <source>All bodies</source>
        <translation>Tous les organes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="187"/>
        <source>Show:</source>
        <translation>Afficher&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/panels/schedule.py" line="255"/>
        <source>%Ln bodies without sessions are not shown here; they are in the List.</source>
        <translation>
            <numerusform>%Ln organe sans séance n’est pas affiché ici&#x202f;; il figure dans la Liste.</numerusform>
            <numerusform>%Ln organes sans séance ne sont pas affichés ici&#x202f;; ils figurent dans la Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="302"/>
        <source>The conference is {hours} h ahead of you.</source>
        <translation>La conférence a {hours} h d’avance sur vous.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="304"/>
        <source>The conference is {hours} h behind you.</source>
        <translation>La conférence a {hours} h de retard sur vous.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="312"/>
        <source>Now: {when}</source>
        <translation>Maintenant&#x202f;: {when}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="330"/>
        <source>Watch</source>
        <translation>Regarder</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="336"/>
        <source>Watch in a new tile</source>
        <extracomment>A tile is one of up to four video players side by side in the window (not a thumbnail).</extracomment>
        <translation>Regarder dans un nouveau volet</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="342"/>
        <source>Follow {body} (every session)</source>
        <translation>Suivre {body} (toutes les séances)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="346"/>
        <source>Follow this session</source>
        <translation>Suivre cette séance</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="349"/>
        <source>Mark as a civil-society briefing</source>
        <translation>Marquer comme séance d’information de la société civile</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/schedule.py" line="370"/>
        <source>Select a body or a session to follow it.</source>
        <translation>Sélectionnez un organe ou une séance pour le suivre.</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="32"/>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="33"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="34"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="128"/>
        <source>transcript, {session}</source>
        <translation>transcription, {session}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/search.py" line="129"/>
        <source>your note</source>
        <translation>votre note</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../observer_app/core/settings.py" line="40"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="41"/>
        <source>Shown as the author of feedback reports.</source>
        <translation>Affiché comme auteur des rapports d’observations.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="47"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="48"/>
        <source>The organisation you observe for; shown in reports.</source>
        <translation>L’organisation pour laquelle vous observez&#x202f;; affichée dans les rapports.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="54"/>
        <source>Contact e-mail</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="55"/>
        <source>Where organisers can reach you about your feedback.</source>
        <translation>Où les organisateurs peuvent vous joindre au sujet de vos observations.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="61"/>
        <source>Preferred interpretation</source>
        <translation>Interprétation préférée</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="62"/>
        <source>Audio channel picked automatically when a stream offers it: floor, ar, zh, en, fr, ru or es.</source>
        <translation>Canal audio choisi automatiquement quand un flux le propose&#x202f;: floor (original), ar, zh, en, fr, ru ou es.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="72"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="73"/>
        <source>Player volume, 0 to 100.</source>
        <translation>Volume du lecteur, de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="79"/>
        <source>Mail server (SMTP)</source>
        <translation>Serveur de courrier (SMTP)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="80"/>
        <source>The outgoing mail server, e.g. smtp.example.org. Empty: sending by e-mail opens a draft in your mail program instead (without attachments).</source>
        <translation>Le serveur de courrier sortant, p. ex. smtp.example.org. Vide&#x202f;: l’envoi par courriel ouvre plutôt un brouillon dans votre logiciel de messagerie (sans pièces jointes).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="90"/>
        <source>Mail server port</source>
        <translation>Port du serveur de courrier</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="91"/>
        <source>0: the usual port for the security chosen (587 for starttls, 465 for ssl).</source>
        <translation>0&#x202f;: le port habituel pour la sécurité choisie (587 pour starttls, 465 pour ssl).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="99"/>
        <source>Mail server security</source>
        <translation>Sécurité du serveur de courrier</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="100"/>
        <source>starttls (usually port 587) or ssl (usually port 465). Observer never sends a password or a report over an unencrypted connection.</source>
        <translation>starttls (en général port 587) ou ssl (en général port 465). Observer n’envoie jamais de mot de passe ni de rapport sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="111"/>
        <source>Mail server user</source>
        <translation>Utilisateur du serveur de courrier</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="112"/>
        <source>User name for the mail server; empty if it needs no login. The password is kept in the keyring (observer-app secret set smtp.password).</source>
        <translation>Nom d’utilisateur pour le serveur de courrier&#x202f;; vide s’il ne demande pas d’identification. Le mot de passe est conservé dans le trousseau (observer-app secret set smtp.password).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="122"/>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="123"/>
        <source>The From address of report e-mails. Empty: your contact e-mail (author.contact).</source>
        <translation>L’adresse d’expéditeur des courriels de rapport. Vide&#x202f;: votre courriel de contact (author.contact).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="132"/>
        <source>Send reports to</source>
        <translation>Envoyer les rapports à</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="133"/>
        <source>E-mail addresses that receive feedback reports, separated by commas.</source>
        <translation>Adresses électroniques qui reçoivent les rapports d’observations, séparées par des virgules.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="141"/>
        <source>Mail server CA file</source>
        <translation>Fichier d’AC du serveur de courrier</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="142"/>
        <source>A PEM file with the certificate authority of a mail server that uses its own. Empty: the system&apos;s authorities.</source>
        <translation>Un fichier PEM avec l’autorité de certification d’un serveur de courrier qui utilise la sienne. Vide&#x202f;: les autorités du système.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="152"/>
        <source>Report receiver (HTTPS)</source>
        <translation>Destinataire des rapports (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="153"/>
        <source>An https:// address that accepts feedback reports as JSON (see docs/submission.md). The token is kept in the keyring (observer-app secret set http.token).</source>
        <translation>Une adresse https:// qui accepte les rapports d’observations en JSON (voir docs/submission.md). Le jeton est conservé dans le trousseau (observer-app secret set http.token).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="163"/>
        <source>Receiver CA file</source>
        <translation>Fichier d’AC du destinataire</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="164"/>
        <source>A PEM file with the certificate authority of a receiver that uses its own; it replaces the system&apos;s authorities for the receiver. Empty: the system&apos;s.</source>
        <translation>Un fichier PEM avec l’autorité de certification d’un destinataire qui utilise la sienne&#x202f;; il remplace les autorités du système pour ce destinataire. Vide&#x202f;: celles du système.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="174"/>
        <source>Team folder (WebDAV)</source>
        <translation>Dossier d’équipe (WebDAV)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="175"/>
        <source>A shared WebDAV folder (Nextcloud and others) where the team&apos;s note bundles meet, e.g. https://cloud.example.org/remote.php/dav/files/me/observer/. The password is kept in the keyring (observer-app secret set sync.webdav_password).</source>
        <translation>Un dossier WebDAV partagé (Nextcloud et autres) où se retrouvent les lots de notes de l’équipe, p. ex. https://cloud.example.org/remote.php/dav/files/me/observer/. Le mot de passe est conservé dans le trousseau (observer-app secret set sync.webdav_password).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="186"/>
        <source>Team folder user</source>
        <translation>Utilisateur du dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="187"/>
        <source>User name for the WebDAV folder.</source>
        <translation>Nom d’utilisateur pour le dossier WebDAV.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="193"/>
        <source>Team folder CA file</source>
        <translation>Fichier d’AC du dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="194"/>
        <source>A PEM file with the certificate authority of a team server that uses its own; it replaces the system&apos;s authorities for the team folder. Empty: the system&apos;s.</source>
        <translation>Un fichier PEM avec l’autorité de certification d’un serveur d’équipe qui utilise la sienne&#x202f;; il remplace les autorités du système pour le dossier d’équipe. Vide&#x202f;: celles du système.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="204"/>
        <source>Last conference</source>
        <translation>Dernière conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="205"/>
        <source>The feed opened last; reopened on start.</source>
        <translation>Le flux ouvert en dernier, rouvert au démarrage.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="211"/>
        <source>Recent conferences</source>
        <translation>Conférences récentes</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="212"/>
        <source>The conferences opened recently (a JSON list of sources, newest first), offered by File &gt; Open conference.</source>
        <translation>Les conférences ouvertes récemment (une liste JSON de sources, la plus récente d’abord), proposées par Fichier &gt; Ouvrir une conférence.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="221"/>
        <source>Refresh the conference every (minutes)</source>
        <translation>Actualiser la conférence toutes les (minutes)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="222"/>
        <source>How often the conference&apos;s sources are read again (conditional requests: cheap when unchanged); 0 turns it off.</source>
        <translation>Fréquence de relecture des sources de la conférence (requêtes conditionnelles&#x202f;: peu coûteuses sans changement)&#x202f;; 0 désactive.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="232"/>
        <source>Last body</source>
        <translation>Dernier organe</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="233"/>
        <source>The body watched last; played again on start.</source>
        <translation>L’organe suivi en dernier, relu au démarrage.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="239"/>
        <source>Remind me before a followed session (minutes)</source>
        <translation>Me rappeler avant une séance suivie (minutes)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="240"/>
        <source>A desktop notification this many minutes before a session you follow starts; 0 turns reminders off.</source>
        <translation>Une notification de bureau ce nombre de minutes avant le début d’une séance suivie&#x202f;; 0 désactive les rappels.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="249"/>
        <source>Caption size (%)</source>
        <translation>Taille des sous-titres (%)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="250"/>
        <source>Size of captions and subtitles over the video, in percent of libVLC&apos;s normal size.</source>
        <translation>Taille des sous-titres sur la vidéo, en pourcentage de la taille normale de libVLC.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="260"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="261"/>
        <source>system follows the desktop&apos;s palette; dark and high-contrast are built in (light text on dark, and white on black with yellow highlights).</source>
        <translation>system suit la palette du bureau&#x202f;; dark et high-contrast sont intégrés (texte clair sur fond sombre, et blanc sur noir avec surlignage jaune).</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="272"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="273"/>
        <source>Language of Observer&apos;s menus and messages: one of the six UN languages, or the system&apos;s. A change applies when Observer is started again.</source>
        <translation>Langue des menus et messages d’Observer&#x202f;: l’une des six langues de l’ONU, ou celle du système. Un changement s’applique au prochain démarrage d’Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="284"/>
        <source>Welcome page done</source>
        <translation>Page d’accueil vue</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="285"/>
        <source>False: the welcome page (name, organisation, languages) is shown at the next start.</source>
        <translation>Faux (false)&#x202f;: la page d’accueil (nom, organisation, langues) s’affiche au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="294"/>
        <source>Transcription model</source>
        <translation>Modèle de transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="295"/>
        <source>Whisper model for the live transcript: tiny, base, small, medium, large-v3 (multilingual) or tiny.en, base.en, small.en, medium.en (English only). Downloaded once, then offline.</source>
        <translation>Modèle Whisper de la transcription en direct&#x202f;: tiny, base, small, medium, large-v3 (multilingues) ou tiny.en, base.en, small.en, medium.en (anglais seulement). Téléchargé une fois, puis utilisé hors ligne.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="316"/>
        <source>Live captions under the video</source>
        <translation>Sous-titres en direct sous la vidéo</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="317"/>
        <source>Show the last transcript lines in large type under the video, for those who cannot hear.</source>
        <translation>Affiche les dernières lignes de la transcription en grands caractères sous la vidéo, pour les personnes qui n’entendent pas.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="327"/>
        <source>Live caption size (%)</source>
        <translation>Taille des sous-titres en direct (%)</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="328"/>
        <source>Size of the live captions under the video, in percent of the window&apos;s text.</source>
        <translation>Taille des sous-titres en direct sous la vidéo, en pourcentage du texte de la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="338"/>
        <source>Transcription model folder</source>
        <translation>Dossier du modèle de transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/core/settings.py" line="339"/>
        <source>A faster-whisper (CTranslate2) model folder you already have; used instead of downloading.</source>
        <translation>Un dossier de modèle faster-whisper (CTranslate2) que vous avez déjà, utilisé au lieu d’un téléchargement.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="34"/>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de courrier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="35"/>
        <source>Platform token</source>
        <translation>Jeton de la plateforme</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="36"/>
        <source>Team folder password</source>
        <translation>Mot de passe du dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="54"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="55"/>
        <source>Watching</source>
        <translation>Visionnage</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="56"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="58"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="62"/>
        <source>Team</source>
        <translation>Dossier d’équipe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="63"/>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="64"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="67"/>
        <source>Same as the desktop</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="68"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="69"/>
        <source>High contrast (white on black)</source>
        <translation>Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="85"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="108"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="193"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="113"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="154"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="161"/>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="175"/>
        <source>{label}:</source>
        <translation>{label}&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="170"/>
        <source>unchanged if left empty</source>
        <translation>inchangé si laissé vide</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="173"/>
        <source>Kept in the system keyring; never written to a file</source>
        <translation>Conservé dans le trousseau du système&#x202f;; jamais écrit dans un fichier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="208"/>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="209"/>
        <source>The new interface language is used when you start Observer again.</source>
        <translation>La nouvelle langue de l’interface sera utilisée au prochain démarrage d’Observer.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="221"/>
        <source>No keyring</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/settings.py" line="222"/>
        <source>No working keyring ({why}): {names} will be kept until you quit Observer, and never written to disk. Start your desktop&apos;s keyring to keep it.</source>
        <translation>Aucun trousseau fonctionnel ({why})&#x202f;: {names} sera conservé jusqu’à ce que vous quittiez Observer, et jamais écrit sur le disque. Démarrez le trousseau de votre bureau pour le garder.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="187"/>
        <source>Save the note being typed</source>
        <translation>Enregistrer la note en cours</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="188"/>
        <source>New line in a note</source>
        <translation>Nouvelle ligne dans une note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="190"/>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="191"/>
        <source>Open a menu (the underlined letter)</source>
        <translation>Ouvrir un menu (la lettre soulignée)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="193"/>
        <source>Next / previous control</source>
        <translation>Contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/about.py" line="205"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <location filename="../../observer_app/ui/widgets/source_status.py" line="39"/>
        <source>%n message(s) about the sources</source>
        <translation>
            <numerusform>%n message sur les sources</numerusform>
            <numerusform>%n messages sur les sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="44"/>
        <source>Click for every message.</source>
        <translation>Cliquez pour voir tous les messages.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="50"/>
        <source>Conference sources</source>
        <translation>Sources de la conférence</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="29"/>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="58"/>
        <source>Messages about the sources</source>
        <translation>Messages sur les sources</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/widgets/source_status.py" line="65"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="40"/>
        <source>Export a team bundle</source>
        <translation>Exporter un lot d’équipe</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="42"/>
        <location filename="../../observer_app/ui/dialogs/team.py" line="68"/>
        <source>Notes bundles (*.json)</source>
        <translation>Lots de notes (*.json)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="49"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="52"/>
        <source>Exported %n note(s) to {path}</source>
        <translation>
            <numerusform>%n note exportée dans {path}</numerusform>
            <numerusform>%n notes exportées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="66"/>
        <source>Import a teammate&apos;s bundle</source>
        <translation>Importer le lot d’un coéquipier</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="77"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="78"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="83"/>
        <source>Bundle imported</source>
        <translation>Lot importé</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/dialogs/team.py" line="100"/>
        <source>Conflicting edits</source>
        <translation>Modifications en conflit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../observer_app/ui/dialogs/team.py" line="101"/>
        <source>%n note(s) were edited by you and a teammate at the same time. Both versions are kept: the note&apos;s author&apos;s version stays the note, the other is marked “⚠ conflicting edit” with who made it and when.</source>
        <translation>
            <numerusform>%n note a été modifiée en même temps par vous et par un membre de l’équipe. Les deux versions sont conservées&#x202f;: celle de l’auteur de la note reste la note, l’autre est marquée «&#x202f;⚠ modification en conflit&#x202f;» avec son auteur et l’heure.</numerusform>
            <numerusform>%n notes ont été modifiées en même temps par vous et par un membre de l’équipe. Les deux versions sont conservées&#x202f;: celle de l’auteur de la note reste la note, l’autre est marquée «&#x202f;⚠ modification en conflit&#x202f;» avec son auteur et l’heure.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="212"/>
        <source>Synced with the team folder: nothing new.</source>
        <translation>Synchronisé avec le dossier d’équipe&#x202f;: rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="213"/>
        <source>Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation>Synchronisé avec le dossier d’équipe&#x202f;: {added} ajout(s), {updated} mise(s) à jour, {deleted} suppression(s), {conflicts} conflit(s).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="131"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/controller.py" line="120"/>
        <source>Syncing with the team folder…</source>
        <translation>Synchronisation avec le dossier d’équipe…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="44"/>
        <source>Day timeline</source>
        <translation>Chronologie de la journée</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="47"/>
        <source>Sessions of the day per body. Arrows move, Enter watches, F follows, Page Up and Page Down change the day.</source>
        <translation>Séances du jour par organe. Les flèches déplacent, Entrée regarde, F suit, Page préc. et Page suiv. changent de jour.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="231"/>
        <source>you: {zone}</source>
        <translation>vous&#x202f;: {zone}</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="288"/>
        <source>(live)</source>
        <translation>(direct)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/timeline.py" line="290"/>
        <source>(ended)</source>
        <translation>(terminée)</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Larger live captions</source>
        <translation>Sous-titres en direct plus grands</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="114"/>
        <source>Smaller live captions</source>
        <translation>Sous-titres en direct plus petits</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="166"/>
        <source>The model {name} knows English only: choose a multilingual model in Settings to transcribe this channel.</source>
        <translation>Le modèle {name} ne connaît que l’anglais&#x202f;: choisissez un modèle multilingue dans les Paramètres pour transcrire ce canal.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="250"/>
        <source>This line has no recording to replay.</source>
        <translation>Cette ligne n’a pas d’enregistrement à revoir.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="261"/>
        <source>Play something first.</source>
        <translation>Lancez d’abord une lecture.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="271"/>
        <source>Looking for the stream&apos;s captions…</source>
        <translation>Recherche des sous-titres du flux…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="295"/>
        <source>Showing the stream&apos;s own captions (written by people), not transcribing.</source>
        <translation>Affichage des sous-titres du flux (écrits par des personnes)&#x202f;; pas de transcription automatique.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="308"/>
        <source>{name} has no WebVTT or SRT cues.</source>
        <translation>{name} ne contient aucun sous-titre WebVTT ou SRT.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="327"/>
        <source>The transcript is the captions of {name} (written by people).</source>
        <translation>La transcription est celle des sous-titres de {name} (écrits par des personnes).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="362"/>
        <source>Downloading the {name} model…</source>
        <translation>Téléchargement du modèle {name}…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="364"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="366"/>
        <source>Transcript model</source>
        <translation>Modèle de transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="392"/>
        <source>Downloading {file}: {done} of {total} MB</source>
        <translation>Téléchargement de {file}&#x202f;: {done} sur {total}&#x202f;Mo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="399"/>
        <source>Cancelling the download…</source>
        <translation>Annulation du téléchargement…</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="436"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Téléchargement annulé&#x202f;; rien n’a été conservé.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/transcript_dock.py" line="442"/>
        <source>Transcribing on this computer.</source>
        <translation>Transcription en cours sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="18"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="19"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="20"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="21"/>
        <source>Said</source>
        <translation>Propos</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/models/transcript.py" line="62"/>
        <source>captions</source>
        <translation>sous-titres</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="57"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Not transcribing.</source>
        <translation>Pas de transcription en cours.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="58"/>
        <source>Transcript status</source>
        <translation>État de la transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="59"/>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Transcribe</source>
        <translation>Transcrire</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="61"/>
        <source>Transcribe what is playing</source>
        <translation>Transcrire ce qui est en lecture</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="66"/>
        <source>Transcript lines</source>
        <translation>Lignes de la transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="80"/>
        <source>Line to quote</source>
        <translation>Ligne à citer</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="82"/>
        <source>Click a line, select words here, then Quote in note.</source>
        <translation>Cliquez sur une ligne, sélectionnez ici des mots, puis «&#x202f;Citer dans la note&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="84"/>
        <source>Quote in note</source>
        <translation>Citer dans la note</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="85"/>
        <source>Quote the selected words in the note</source>
        <translation>Citer dans la note les mots sélectionnés</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="90"/>
        <source>Captions under the video</source>
        <translation>Sous-titres sous la vidéo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="91"/>
        <source>Show live captions under the video</source>
        <translation>Afficher les sous-titres en direct sous la vidéo</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="93"/>
        <source>Larger: Ctrl+Shift++, smaller: Ctrl+Shift+- (or the setting)</source>
        <translation>Plus grand&#x202f;: Ctrl+Maj++, plus petit&#x202f;: Ctrl+Maj+- (ou le paramètre)</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="167"/>
        <source>Speech is turned into text on this computer; nothing is sent while you transcribe. The transcript is kept in your profile and goes to your team folder ({host}) each time you sync with your team.</source>
        <translation>La parole est transcrite sur cet ordinateur&#x202f;; rien n’est envoyé pendant la transcription. La transcription est conservée dans votre profil et part vers le dossier d’équipe ({host}) à chaque synchronisation avec votre équipe.</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="173"/>
        <source>Nothing leaves this machine: speech is turned into text on this computer, and the transcript stays in your profile (no team folder is set up; a team bundle you export carries it).</source>
        <translation>Rien ne quitte cette machine&#x202f;: la parole est transcrite sur cet ordinateur et la transcription reste dans votre profil (aucun dossier d’équipe n’est configuré&#x202f;; un paquet d’équipe que vous exportez l’emporte).</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="181"/>
        <source>Stop transcribing</source>
        <translation>Arrêter la transcription</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/transcript.py" line="182"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="26"/>
        <source>Notes message</source>
        <translation>Message des notes</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="27"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../observer_app/ui/panels/note_toast.py" line="28"/>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
</context>
<context>
    <name>VideoSurface</name>
    <message>
        <location filename="../../observer_app/ui/widgets/video_surface.py" line="24"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
</TS>
