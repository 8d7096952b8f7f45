<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Factsheet</source>
        <translation>Über Factsheet</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Offline fact sheets for news articles: actors, organisations, places, sanctions, dates and sources, each pointing at its words in the text.</source>
        <translation>Faktenblätter zu Nachrichtenartikeln, ganz ohne Internet: Akteure, Organisationen, Orte, Sanktionen, Datumsangaben und Quellen – jeweils mit Verweis auf die Stelle im Text.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Verarbeitungskette</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Loading the language pipelines…</source>
        <translation>Sprachmodelle werden geladen …</translation>
    </message>
    <message>
        <source>Sample articles from Wikinews, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/2.5/&quot;&gt;CC BY 2.5&lt;/a&gt;. Built with Qt (PySide6), spaCy and SQLAlchemy.</source>
        <translation>Beispielartikel von Wikinews, lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by/2.5/deed.de&quot;&gt;CC BY 2.5&lt;/a&gt;. Erstellt mit Qt (PySide6), spaCy und SQLAlchemy.</translation>
    </message>
    <message>
        <source>Language pipelines</source>
        <translation>Sprachmodelle</translation>
    </message>
    <message>
        <source>statistical</source>
        <translation>statistisch</translation>
    </message>
    <message>
        <source>rules only</source>
        <translation>nur Regeln</translation>
    </message>
    <message numerus="yes">
        <source>%n language pipeline(s) available.</source>
        <translation>
            <numerusform>%n Sprachmodell verfügbar.</numerusform>
            <numerusform>%n Sprachmodelle verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>A&amp;ffiliation:</source>
        <translation>&amp;Zugehörigkeit:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Verhängt von:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Gegen:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Source &amp;kind:</source>
        <translation>&amp;Quellenart:</translation>
    </message>
    <message>
        <source>e.g. President, spokesperson</source>
        <translation>z. B. Präsident, Sprecherin</translation>
    </message>
    <message>
        <source>country, party or employer</source>
        <translation>Land, Partei oder Arbeitgeber</translation>
    </message>
    <message>
        <source>who imposes the measure</source>
        <translation>wer die Maßnahme verhängt</translation>
    </message>
    <message>
        <source>whom it is aimed at</source>
        <translation>gegen wen sie sich richtet</translation>
    </message>
    <message>
        <source>e.g. oil, finance</source>
        <translation>z. B. Öl, Finanzen</translation>
    </message>
    <message>
        <source>e.g. in_force, lifted, threatened</source>
        <translation>z. B. in_force, lifted, threatened</translation>
    </message>
    <message>
        <source>ISO date: 2026-11-29, 2026-11 or 2026</source>
        <translation>ISO-Datum: 2026-11-29, 2026-11 oder 2026</translation>
    </message>
    <message>
        <source>e.g. agency, government, anonymous</source>
        <translation>z. B. agency, government, anonymous</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) in the article: {0}</source>
        <translation>
            <numerusform>%n Erwähnung im Artikel: {0}</numerusform>
            <numerusform>%n Erwähnungen im Artikel: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Fact cards</source>
        <translation>Faktenkarten</translation>
    </message>
    <message>
        <source>Show re&amp;jected</source>
        <translation>&amp;Verworfene zeigen</translation>
    </message>
    <message>
        <source>List rejected cards too, so they can be restored</source>
        <translation>Auch verworfene Karten auflisten, damit sie wiederhergestellt werden können</translation>
    </message>
    <message>
        <source>Extracting facts…</source>
        <translation>Fakten werden erkannt …</translation>
    </message>
    <message>
        <source>Select an article to see its fact cards.</source>
        <translation>Wählen Sie einen Artikel aus, um seine Faktenkarten zu sehen.</translation>
    </message>
    <message>
        <source>Extraction is limited for language {0} (rule layers only).</source>
        <translation>Für die Sprache {0} ist die Erkennung eingeschränkt (nur Regeln).</translation>
    </message>
    <message>
        <source>No facts found in this article.</source>
        <translation>In diesem Artikel wurden keine Fakten gefunden.</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>What was checked, and how</source>
        <translation>Was geprüft wurde und wie</translation>
    </message>
    <message>
        <source>comma-separated, e.g. economy, sanctions</source>
        <translation>durch Kommas getrennt, z. B. Wirtschaft, Sanktionen</translation>
    </message>
    <message>
        <source>(set your name in Edit → Preferences…)</source>
        <translation>(Namen unter Bearbeiten → Einstellungen … eintragen)</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Claimant:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Bele&amp;ge:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Geprüft von:</translation>
    </message>
    <message>
        <source>Pick a source or actor, or type a name</source>
        <translation>Quelle oder Akteur auswählen oder einen Namen eingeben</translation>
    </message>
    <message>
        <source>URL or citation</source>
        <translation>URL oder Quellenangabe</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Marked {0} · last changed {1}</source>
        <translation>Markiert am {0} · zuletzt geändert am {1}</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>No claims yet. Select a passage in the article and press Ctrl+M to mark it.</source>
        <translation>Noch keine Behauptungen. Markieren Sie eine Textstelle im Artikel und drücken Sie Strg+M.</translation>
    </message>
    <message>
        <source>Claims ({0})</source>
        <translation>Behauptungen ({0})</translation>
    </message>
    <message>
        <source>Suggested from sources ({0})</source>
        <translation>Vorschläge aus Quellen ({0})</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Edit Card…</source>
        <translation>Karte &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Merge Cards</source>
        <translation>Karten &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Reject Card</source>
        <translation>Karte &amp;verwerfen</translation>
    </message>
    <message>
        <source>Re&amp;store Card</source>
        <translation>Karte wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Show Re&amp;jected Cards</source>
        <translation>Verworfene Karten &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>&amp;Nächste Erwähnung</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>V&amp;orherige Erwähnung</translation>
    </message>
    <message>
        <source>Add as {0}</source>
        <translation>Als {0} hinzufügen</translation>
    </message>
    <message>
        <source>Add as Mention of Selected Card</source>
        <translation>Als Erwähnung der ausgewählten Karte hinzufügen</translation>
    </message>
    <message>
        <source>Mark as &amp;Claim</source>
        <translation>Als &amp;Behauptung markieren</translation>
    </message>
    <message>
        <source>Edit C&amp;laim…</source>
        <translation>Behauptung be&amp;arbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>Behauptung &amp;löschen</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>Wiederherstellen: {0}</translation>
    </message>
    <message>
        <source>&amp;Add Selection as</source>
        <translation>Auswahl hinzufügen a&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Merge {0} Cards</source>
        <translation>{0} Karten &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Gespeichert: {0}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Select a passage of the article first.</source>
        <translation>Markieren Sie zuerst eine Textstelle im Artikel.</translation>
    </message>
    <message>
        <source>Add {0} “{1}”</source>
        <translation>{0} „{1}“ hinzufügen</translation>
    </message>
    <message>
        <source>Select a passage of the article and a card first.</source>
        <translation>Markieren Sie zuerst eine Textstelle im Artikel und wählen Sie eine Karte aus.</translation>
    </message>
    <message>
        <source>Add Mention “{0}” to “{1}”</source>
        <translation>Erwähnung „{0}“ zu „{1}“ hinzufügen</translation>
    </message>
    <message>
        <source>Move Mention “{0}” to “{1}”</source>
        <translation>Erwähnung „{0}“ nach „{1}“ verschieben</translation>
    </message>
    <message>
        <source>Edit Card “{0}”</source>
        <translation>Karte „{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Select two or more cards to merge (Ctrl+click).</source>
        <translation>Wählen Sie zwei oder mehr Karten zum Zusammenführen aus (Strg+Klick).</translation>
    </message>
    <message>
        <source>Merge {0} Cards</source>
        <translation>{0} Karten zusammenführen</translation>
    </message>
    <message>
        <source>Reject Card “{0}”</source>
        <translation>Karte „{0}“ verwerfen</translation>
    </message>
    <message>
        <source>Reject {0} Cards</source>
        <translation>{0} Karten verwerfen</translation>
    </message>
    <message>
        <source>Restore Card “{0}”</source>
        <translation>Karte „{0}“ wiederherstellen</translation>
    </message>
    <message>
        <source>Restore {0} Cards</source>
        <translation>{0} Karten wiederherstellen</translation>
    </message>
    <message>
        <source>“{0}”: mention {1} of {2}</source>
        <translation>„{0}“: Erwähnung {1} von {2}</translation>
    </message>
    <message>
        <source>Select the passage that makes the claim first.</source>
        <translation>Markieren Sie zuerst die Textstelle mit der Behauptung.</translation>
    </message>
    <message>
        <source>Mark Claim “{0}”</source>
        <translation>Behauptung „{0}“ markieren</translation>
    </message>
    <message>
        <source>Mark Claim by “{0}”</source>
        <translation>Behauptung von „{0}“ markieren</translation>
    </message>
    <message>
        <source>Edit Claim “{0}”</source>
        <translation>Behauptung „{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete Claim “{0}”</source>
        <translation>Behauptung „{0}“ löschen</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Hinzufügen als</translation>
    </message>
    <message>
        <source>Edit Claim…</source>
        <translation>Behauptung bearbeiten …</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Behauptung löschen</translation>
    </message>
    <message>
        <source>Add as Mention of</source>
        <translation>Als Erwähnung hinzufügen zu</translation>
    </message>
    <message>
        <source>Move Mention “{0}” to</source>
        <translation>Erwähnung „{0}“ verschieben nach</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>PDF fact sheet (*.pdf)</source>
        <translation>PDF-Faktenblatt (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown-Datei (*.md)</translation>
    </message>
    <message>
        <source>JSON-LD annotations (*.jsonld)</source>
        <translation>JSON-LD-Annotationen (*.jsonld)</translation>
    </message>
    <message>
        <source>Export Fact Sheet</source>
        <translation>Faktenblatt exportieren</translation>
    </message>
    <message>
        <source>Export Fact &amp;Sheet…</source>
        <translation>Faktenblatt e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Select an article to export.</source>
        <translation>Wählen Sie einen Artikel zum Exportieren aus.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Exporting fact sheet…</source>
        <translation>Faktenblatt wird exportiert …</translation>
    </message>
    <message>
        <source>Exporting fact sheet: {0}</source>
        <translation>Faktenblatt wird exportiert: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Fact sheet saved to {0} (%n page(s))</source>
        <translation>
            <numerusform>Faktenblatt gespeichert unter {0} (%n Seite)</numerusform>
            <numerusform>Faktenblatt gespeichert unter {0} (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheet saved to {0}</source>
        <translation>Faktenblatt gespeichert unter {0}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Export fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Factsheet Log</source>
        <translation>Factsheet-Protokoll</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>The log is empty so far.</source>
        <translation>Das Protokoll ist noch leer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles ({0})</source>
        <translation>Artikel ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Factsheet</source>
        <translation>Factsheet</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fact cards</source>
        <translation>Faktenkarten</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>&amp;Metadaten bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;About Factsheet</source>
        <translation>&amp;Über Factsheet</translation>
    </message>
    <message>
        <source>Fin&amp;d…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>In der Bibliothek s&amp;uchen …</translation>
    </message>
    <message>
        <source>&amp;Entities…</source>
        <translation>&amp;Entitäten …</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Zeitleiste …</translation>
    </message>
    <message>
        <source>View &amp;Log</source>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>F&amp;acts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>Beha&amp;uptungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Library ({0})</source>
        <translation>Bibliothek ({0})</translation>
    </message>
    <message>
        <source>{0} — Factsheet</source>
        <translation>{0} – Factsheet</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>The library is empty. Open articles with File → Open, drop files here, or paste text with Ctrl+Shift+V.</source>
        <translation>Die Bibliothek ist leer. Öffnen Sie Artikel über Datei → Öffnen, ziehen Sie Dateien hierher oder fügen Sie Text mit Strg+Umschalt+V ein.</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Von {0}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Language: {0}</source>
        <translation>Sprache: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Extraction added %n new card(s).</source>
        <translation>
            <numerusform>Die Erkennung hat %n neue Karte hinzugefügt.</numerusform>
            <numerusform>Die Erkennung hat %n neue Karten hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {0} of %n file(s).</source>
        <translation>
            <numerusform>{0} von %n Datei importiert.</numerusform>
            <numerusform>{0} von %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample article(s) to the library.</source>
        <translation>
            <numerusform>%n Beispielartikel zur Bibliothek hinzugefügt.</numerusform>
            <numerusform>%n Beispielartikel zur Bibliothek hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The facts could not be extracted.</source>
        <translation>Die Fakten konnten nicht erkannt werden.</translation>
    </message>
    <message>
        <source>Re-r&amp;un Extraction</source>
        <translation>Erkennung &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Claims ({0})</source>
        <translation>Behauptungen ({0})</translation>
    </message>
    <message>
        <source>Metadata saved.</source>
        <translation>Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>An import is already running; please wait for it to finish.</source>
        <translation>Es läuft bereits ein Import; bitte warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Importing {0} ({1} of {2})…</source>
        <translation>{0} wird importiert ({1} von {2}) …</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as an article.</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Artikel eingefügt werden könnte.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>No importable files found (.txt, .md, .html, .htm, .pdf).</source>
        <translation>Keine importierbaren Dateien gefunden (.txt, .md, .html, .htm, .pdf).</translation>
    </message>
    <message>
        <source>Imported “{0}”.</source>
        <translation>„{0}“ importiert.</translation>
    </message>
    <message>
        <source>Already in the library as “{0}”.</source>
        <translation>Bereits in der Bibliothek als „{0}“.</translation>
    </message>
    <message>
        <source>Adding the sample articles…</source>
        <translation>Beispielartikel werden hinzugefügt …</translation>
    </message>
    <message>
        <source>The language pipelines could not be loaded; see the log.</source>
        <translation>Die Sprachmodelle konnten nicht geladen werden; Einzelheiten im Protokoll.</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Edit Metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gentur:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>Quellen-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The article text itself cannot be changed.</source>
        <translation>Der Artikeltext selbst kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>The source URL must start with http:// or https://.</source>
        <translation>Die Quellen-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The language is a two- or three-letter code such as de or en.</source>
        <translation>Die Sprache ist ein Kürzel aus zwei oder drei Buchstaben, etwa de oder en.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name, as claims are signed</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Saved with every claim you mark or edit.</source>
        <translation>Steht bei jeder Behauptung, die Sie markieren oder bearbeiten.</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>Die Sprache der Oberfläche wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Name des Prüfers:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Wie im System eingestellt</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>Claim</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Mark this statement as a claim by {0}</source>
        <translation>Diese Aussage als Behauptung von {0} markieren</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>Importiert: {0}</translation>
    </message>
    <message>
        <source>Already in the library: {0}</source>
        <translation>Bereits in der Bibliothek: {0}</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>…and {0} more (see details).</source>
        <translation>… und {0} weitere (siehe Details).</translation>
    </message>
    <message>
        <source>Factsheet ran into an unexpected problem. Your library is safe: every change is saved when it is made. If this keeps happening, the details are in the log:
{0}</source>
        <translation>In Factsheet ist ein unerwarteter Fehler aufgetreten. Ihre Bibliothek ist sicher: Jede Änderung wird sofort gespeichert. Wenn das wiederholt passiert, finden Sie die Einzelheiten im Protokoll:
{0}</translation>
    </message>
</context>
<context>
    <name>entity_view</name>
    <message>
        <source>Across the Library</source>
        <translation>Bibliotheksweit</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Named as</source>
        <translation>Genannt als</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Choose an entity to see its mentions.</source>
        <translation>Wählen Sie eine Entität, um ihre Erwähnungen zu sehen.</translation>
    </message>
    <message>
        <source>Mentions of {0}</source>
        <translation>Erwähnungen von {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Im Text</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <source>Save Import List</source>
        <translation>Importliste speichern</translation>
    </message>
    <message>
        <source>about {0} s left</source>
        <translation>noch etwa {0} s</translation>
    </message>
    <message>
        <source>about {0} min left</source>
        <translation>noch etwa {0} min</translation>
    </message>
    <message>
        <source>about {0} h left</source>
        <translation>noch etwa {0} h</translation>
    </message>
    <message>
        <source>Importing Articles</source>
        <translation>Artikel werden importiert</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Artikel werden gesucht …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{0} of {1} files</source>
        <translation>{0} von {1} Dateien</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation>Liste speichern …</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>Importiert: {0}</translation>
    </message>
    <message>
        <source>Already in the library: {0}</source>
        <translation>Bereits in der Bibliothek: {0}</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>The import was cancelled after {0} of {1} files.</source>
        <translation>Der Import wurde nach {0} von {1} Dateien abgebrochen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Claims marked in this article</source>
        <translation>In diesem Artikel markierte Behauptungen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>{0} (year unknown)</source>
        <translation>{0} (Jahr unbekannt)</translation>
    </message>
    <message>
        <source> (+{0} more)</source>
        <translation> (+{0} weitere)</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanktion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>sanction</source>
        <translation>Sanktion</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanktionen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>Mostly true</source>
        <translation>Größtenteils wahr</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Teils/teils</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>imposed</source>
        <translation>verhängt</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <source>eased</source>
        <translation>gelockert</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>refused to lift</source>
        <translation>Aufhebung abgelehnt</translation>
    </message>
    <message>
        <source>considered</source>
        <translation>erwogen</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>capital</source>
        <translation>Hauptstadt</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>international organisation</source>
        <translation>internationale Organisation</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>armed group</source>
        <translation>bewaffnete Gruppe</translation>
    </message>
    <message>
        <source>sports body</source>
        <translation>Sportverband</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>threatened</source>
        <translation>angedroht</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>official</source>
        <translation>Amtsperson</translation>
    </message>
    <message>
        <source>government</source>
        <translation>Regierung</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>news agency</source>
        <translation>Nachrichtenagentur</translation>
    </message>
    <message>
        <source>news outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Search the library — words, &quot;phrases&quot;, prefix*, actor:, source:, verdict:</source>
        <translation>Bibliothek durchsuchen – Wörter, „Wortfolgen“, Anfang*, actor:, source:, verdict:</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>Keine passenden Artikel.</translation>
    </message>
    <message>
        <source>Any claims</source>
        <translation>Mit und ohne Behauptungen</translation>
    </message>
    <message>
        <source>With claims</source>
        <translation>Mit Behauptungen</translation>
    </message>
    <message>
        <source>Without claims</source>
        <translation>Ohne Behauptungen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jede Bewertung</translation>
    </message>
</context>
</TS>
