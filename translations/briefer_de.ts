<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Briefer ran into an unexpected problem. Your brief is kept for recovery; saving or exporting again usually works.</source>
        <translation>Briefer ist auf ein unerwartetes Problem gestoßen. Ihr Briefing bleibt zur Wiederherstellung erhalten; erneutes Speichern oder Exportieren gelingt meist.</translation>
    </message>
    <message>
        <source>{summary}

Details were written to {log}</source>
        <translation>{summary}

Einzelheiten stehen in {log}</translation>
    </message>
    <message>
        <source>Briefer briefs (*.yaml *.yml);;All files (*)</source>
        <translation>Briefer-Briefings (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Änderungen an „{name}“ speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A file outside the brief’s folder</source>
        <translation>Eine Datei außerhalb des Briefing-Ordners</translation>
    </message>
    <message>
        <source>This brief’s {field} points outside its folder: {path}. Use it?</source>
        <translation>{field} dieses Briefings verweist aus seinem Ordner hinaus: {path}. Verwenden?</translation>
    </message>
    <message>
        <source>Say Yes only if you trust whoever made the brief: a brief from someone else could put a file from your computer on the page. Yes allows it for this brief only.</source>
        <translation>Wählen Sie Ja nur, wenn Sie der Person vertrauen, die das Briefing erstellt hat: Ein fremdes Briefing könnte eine Datei von Ihrem Computer auf die Seite bringen. Ja erlaubt es nur für dieses Briefing.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Datei: {file}</translation>
    </message>
    <message>
        <source>Line: {line}</source>
        <translation>Zeile: {line}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Feld: {field}</translation>
    </message>
    <message>
        <source>Print leave-behind</source>
        <translation>Handout drucken</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new brief</source>
        <translation>Ein neues Briefing beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a brief</source>
        <translation>Ein Briefing öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>Das Briefing speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the brief under a new name</source>
        <translation>Das Briefing unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the page as a PDF</source>
        <translation>Die Seite als PDF exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>&amp;Word-Dokument exportieren…</translation>
    </message>
    <message>
        <source>Export the page as a Word document (DOCX)</source>
        <translation>Die Seite als Word-Dokument (DOCX) exportieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Die Seite drucken</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Den Text für eine E-Mail an das Büro vor dem Termin kopieren</translation>
    </message>
    <message>
        <source>Copy Read-ahead &amp;Text</source>
        <translation>Vorab-Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Import Legislators…</source>
        <translation>&amp;Abgeordnete importieren…</translation>
    </message>
    <message>
        <source>Import the members and their committees, to look them up by name</source>
        <translation>Die Abgeordneten und ihre Ausschüsse importieren, um sie nach Namen zu finden</translation>
    </message>
    <message>
        <source>&amp;Lobby Day…</source>
        <translation>&amp;Lobbytag…</translation>
    </message>
    <message>
        <source>Build a leave-behind for every meeting in a CSV, and the day&apos;s schedule</source>
        <translation>Für jeden Termin einer CSV-Datei ein Handout erstellen, dazu den Tagesplan</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Gan&amp;ze Seite</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Seiten&amp;breite</translation>
    </message>
    <message>
        <source>Briefer &amp;Guide</source>
        <translation>Briefer-&amp;Handbuch</translation>
    </message>
    <message>
        <source>Open the user guide (it is part of Briefer: no internet needed)</source>
        <translation>Das Handbuch öffnen (es gehört zu Briefer: kein Internet nötig)</translation>
    </message>
    <message>
        <source>&amp;About Briefer</source>
        <translation>Ü&amp;ber Briefer</translation>
    </message>
    <message>
        <source>Template &amp;Gallery…</source>
        <translation>Vorlagen&amp;galerie…</translation>
    </message>
    <message>
        <source>Every template with this brief</source>
        <translation>Jede Vorlage mit diesem Briefing</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent briefs</source>
        <translation>Keine zuletzt geöffneten Briefings</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Select a talking point to see and edit its text.</source>
        <translation>Wählen Sie einen Gesprächspunkt, um seinen Text zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>This point uses your own text</source>
        <translation>Dieser Punkt verwendet Ihren eigenen Text</translation>
    </message>
    <message>
        <source>Words for the audience</source>
        <translation>Worte für das Publikum</translation>
    </message>
    <message>
        <source>Words for:</source>
        <translation>Worte für:</translation>
    </message>
    <message>
        <source>Write this point’s words for the audience in your own pack (opens the pack editor; nothing changes until you save)</source>
        <translation>Die Worte dieses Punkts für das Publikum in Ihrem eigenen Paket schreiben (öffnet den Paket-Editor; nichts ändert sich, bevor Sie speichern)</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Die Behauptung</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Kurzer Text</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Langer Text</translation>
    </message>
    <message>
        <source>Your text for this meeting</source>
        <translation>Ihr Text für diesen Termin</translation>
    </message>
    <message>
        <source>Empty: the pack’s text is used. Type here to use your own words for this meeting.</source>
        <translation>Leer: Der Text des Pakets wird verwendet. Schreiben Sie hier, um für diesen Termin eigene Worte zu verwenden.</translation>
    </message>
    <message>
        <source>Start from the pack’s text</source>
        <translation>Mit dem Text des Pakets beginnen</translation>
    </message>
    <message>
        <source>Copy the long text into your text, to shorten or adapt it</source>
        <translation>Den langen Text in Ihren Text kopieren, um ihn zu kürzen oder anzupassen</translation>
    </message>
    <message>
        <source>Reset to original</source>
        <translation>Auf das Original zurücksetzen</translation>
    </message>
    <message>
        <source>Remove your text and use the pack’s again</source>
        <translation>Ihren Text entfernen und wieder den des Pakets verwenden</translation>
    </message>
    <message>
        <source>Keep in My Pack</source>
        <translation>In meinem Paket behalten</translation>
    </message>
    <message>
        <source>Keep this wording for the next meetings: in your own pack, as this point’s short or long text or as a new point (opens the pack editor; nothing changes until you save)</source>
        <translation>Diese Formulierung für die nächsten Termine behalten: in Ihrem eigenen Paket, als kurzen oder langen Text dieses Punkts oder als neuen Punkt (öffnet den Paket-Editor; nichts ändert sich, bevor Sie speichern)</translation>
    </message>
    <message>
        <source>As This Point’s Long Text</source>
        <translation>Als langer Text dieses Punkts</translation>
    </message>
    <message>
        <source>As This Point’s Short Text</source>
        <translation>Als kurzer Text dieses Punkts</translation>
    </message>
    <message>
        <source>As a New Point</source>
        <translation>Als neuer Punkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text for this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Text für diesen Termin&lt;/b&gt;</translation>
    </message>
    <message>
        <source>on the page</source>
        <translation>auf der Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>Auf der Seite</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>your text is used</source>
        <translation>Ihr Text wird verwendet</translation>
    </message>
    <message>
        <source>the fit uses the short text</source>
        <translation>die Seite nutzt den kurzen Text</translation>
    </message>
    <message>
        <source>the fit uses the long text</source>
        <translation>die Seite nutzt den langen Text</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (the pack’s long texts keep to {limit})</source>
        <translation>
            <numerusform>%n Wort (die langen Texte des Pakets haben höchstens {limit})</numerusform>
            <numerusform>%n Wörter (die langen Texte des Pakets haben höchstens {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own words for {audience}.</source>
        <translation>Eigene Worte für {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}.</source>
        <translation>Verwendet den Standardtext für {audience}.</translation>
    </message>
    <message>
        <source>Edit Words for {audience}…</source>
        <translation>Worte für {audience} bearbeiten…</translation>
    </message>
    <message>
        <source>Write Words for {audience}…</source>
        <translation>Worte für {audience} schreiben…</translation>
    </message>
    <message>
        <source>Edit text of “{title}”</source>
        <translation>Text von „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Reset “{title}”</source>
        <translation>„{title}“ zurücksetzen</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Gesprächspunkt</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected point up within its section (Alt+Up)</source>
        <translation>Den gewählten Punkt in seinem Abschnitt nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move the selected point down within its section (Alt+Down)</source>
        <translation>Den gewählten Punkt in seinem Abschnitt nach unten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Tick the points for this meeting; drag to reorder within a section.</source>
        <translation>Haken Sie die Punkte für diesen Termin an; ziehen Sie sie, um sie im Abschnitt umzuordnen.</translation>
    </message>
    <message>
        <source>{chosen} of {all}</source>
        <translation>{chosen} von {all}</translation>
    </message>
    <message>
        <source>too long: cut?</source>
        <translation>zu lang: streichen?</translation>
    </message>
    <message>
        <source>The page is too long: leaving it out helps.</source>
        <translation>Die Seite ist zu lang: Ohne diesen Punkt passt sie eher.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Not on the page. Your text:</source>
        <translation>Nicht auf der Seite. Ihr Text:</translation>
    </message>
    <message>
        <source>Not on the page. Short text:</source>
        <translation>Nicht auf der Seite. Kurzer Text:</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>Ihr Text</translation>
    </message>
    <message>
        <source>On the page, in your text for this meeting:</source>
        <translation>Auf der Seite, in Ihrem Text für diesen Termin:</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>short</source>
        <translation>kurz</translation>
    </message>
    <message>
        <source>On the page, in its long text:</source>
        <translation>Auf der Seite, im langen Text:</translation>
    </message>
    <message>
        <source>On the page, in its short text:</source>
        <translation>Auf der Seite, im kurzen Text:</translation>
    </message>
    <message>
        <source>Chosen (the preview is being updated):</source>
        <translation>Gewählt (die Vorschau wird aktualisiert):</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht gezeigt</translation>
    </message>
    <message>
        <source>Chosen, but this template has no place for it:</source>
        <translation>Gewählt, aber diese Vorlage hat keinen Platz dafür:</translation>
    </message>
    <message>
        <source>Chosen, but the page could not be built:</source>
        <translation>Gewählt, aber die Seite konnte nicht erstellt werden:</translation>
    </message>
    <message>
        <source>Uses its default words for {audience}.</source>
        <translation>Verwendet seine Standardworte für {audience}.</translation>
    </message>
    <message>
        <source>They name another body: “{names}”.</source>
        <translation>Sie nennen eine andere Institution: „{names}“.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) chosen</source>
        <translation>
            <numerusform>%n Punkt gewählt</numerusform>
            <numerusform>%n Punkte gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the page</source>
        <translation>
            <numerusform>%n auf der Seite</numerusform>
            <numerusform>%n auf der Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>A leave-behind needs at least one talking point.</source>
        <translation>Ein Handout braucht mindestens einen Gesprächspunkt.</translation>
    </message>
    <message>
        <source>Choose “{title}”</source>
        <translation>„{title}“ wählen</translation>
    </message>
    <message>
        <source>Leave out “{title}”</source>
        <translation>„{title}“ weglassen</translation>
    </message>
    <message>
        <source>Only chosen points can be moved.</source>
        <translation>Nur gewählte Punkte lassen sich verschieben.</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <source>Reorder {section}</source>
        <translation>{section} umordnen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot copy the text</source>
        <translation>Text kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>Print without your details?</source>
        <translation>Ohne Ihre Kontaktdaten drucken?</translation>
    </message>
    <message>
        <source>Export without your details?</source>
        <translation>Ohne Ihre Kontaktdaten exportieren?</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Exported {name} ({label}, one page at {size} pt).</source>
        <translation>{name} exportiert ({label}, eine Seite mit {size} pt).</translation>
    </message>
    <message>
        <source>Once you leave it with the office: Meetings › Mark the Page as Given.</source>
        <translation>Sobald Sie sie im Büro lassen: Termine › Seite als übergeben markieren.</translation>
    </message>
    <message>
        <source>Lobby Day</source>
        <translation>Lobbytag</translation>
    </message>
    <message>
        <source>Meetings built</source>
        <translation>Erstellte Termine</translation>
    </message>
    <message>
        <source>%v of %m meetings</source>
        <translation>%v von %m Terminen</translation>
    </message>
    <message>
        <source>Meetings that could not be built</source>
        <translation>Termine, die nicht erstellt werden konnten</translation>
    </message>
    <message>
        <source>After fixing the CSV: build only the lines that failed</source>
        <translation>Nach dem Korrigieren der CSV-Datei: nur die fehlgeschlagenen Zeilen erstellen</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with the files</source>
        <translation>Den Ordner mit den Dateien zeigen</translation>
    </message>
    <message>
        <source>Open Sc&amp;hedule</source>
        <translation>Tagesp&amp;lan öffnen</translation>
    </message>
    <message>
        <source>Open the day&apos;s schedule ({INDEX_NAME}) to print it</source>
        <translation>Den Tagesplan ({INDEX_NAME}) zum Drucken öffnen</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot build the lobby day</source>
        <translation>Der Lobbytag lässt sich nicht erstellen</translation>
    </message>
    <message>
        <source>Cannot use the base brief</source>
        <translation>Das Basis-Briefing ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The base brief</source>
        <translation>Das Basis-Briefing</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Die Dateien ersetzen?</translation>
    </message>
    <message>
        <source>{name} already holds a lobby day ({v0}). Replace its files?</source>
        <translation>{name} enthält schon einen Lobbytag ({v0}). Seine Dateien ersetzen?</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Termine werden gelesen…</translation>
    </message>
    <message>
        <source>Cancelling after the meetings in progress…</source>
        <translation>Abbruch nach den laufenden Terminen…</translation>
    </message>
    <message>
        <source>No leave-behind for this meeting</source>
        <translation>Kein Handout für diesen Termin</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Kein Tagesplan</translation>
    </message>
    <message>
        <source>{path} is not there: build the lobby day first.</source>
        <translation>{path} ist nicht da: Erstellen Sie zuerst den Lobbytag.</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>Die Datei kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: this computer has no program set to open {v0} files. Show the folder that holds it?</source>
        <translation>„{name}“ kann nicht angezeigt werden: Dieser Computer hat kein Programm für {v0}-Dateien. Den Ordner zeigen, der sie enthält?</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Der Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{parent} cannot be shown.</source>
        <translation>{parent} kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>{folder} cannot be shown.</source>
        <translation>{folder} kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Add your organisation, name, email or phone on the Sender tab.</source>
        <translation>Tragen Sie auf dem Reiter Absender Ihre Organisation, Ihren Namen, Ihre E-Mail oder Telefonnummer ein.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be printed yet.</source>
        <translation>Das Handout passt nicht auf eine Seite und kann daher noch nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be exported yet.</source>
        <translation>Das Handout passt nicht auf eine Seite und kann daher noch nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation>{label} exportieren</translation>
    </message>
    <message>
        <source>Cannot export the {label}</source>
        <translation>{label} kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Copied the read-ahead text to the clipboard.</source>
        <translation>Der Vorab-Text ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Printed to {name} in {parent} (a PDF, text kept as text).</source>
        <translation>In {name} in {parent} gedruckt (ein PDF, Text bleibt Text).</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where}.</source>
        <translation>Das Handout ging an {where}.</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where} as a picture of the page (no print system here to take the PDF itself).</source>
        <translation>Das Handout ging als Bild der Seite an {where} (hier gibt es kein Drucksystem, das das PDF selbst annimmt).</translation>
    </message>
    <message>
        <source>New brief.</source>
        <translation>Neues Briefing.</translation>
    </message>
    <message>
        <source>Open brief</source>
        <translation>Briefing öffnen</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a brief.</source>
        <translation>„{name}“ ist {kind}, kein Briefing.</translation>
    </message>
    <message>
        <source>“{name}” is not a brief: it is {kind}.</source>
        <translation>„{name}“ ist kein Briefing, sondern {kind}.</translation>
    </message>
    <message>
        <source>Briefer opens briefs: the .yaml files it saves.</source>
        <translation>Briefer öffnet Briefings: die .yaml-Dateien, die es speichert.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>{name} kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} geöffnet.</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Briefing speichern</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>{name} kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Briefer Guide</source>
        <translation>Briefer-Handbuch</translation>
    </message>
    <message>
        <source>Briefer user guide</source>
        <translation>Briefer-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing: {path} was not found.</source>
        <translation>Das Handbuch fehlt: {path} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Briefer speaks {language} from its next start.</source>
        <translation>Briefer spricht ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Logos (*.png *.jpg *.jpeg *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SVG: stays sharp at any size.</source>
        <translation>SVG: bleibt in jeder Größe scharf.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: prints sharply.</source>
        <translation>{kind}, {width} × {height} Pixel: wird scharf gedruckt.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: may print blurred: use a larger one.</source>
        <translation>{kind}, {width} × {height} Pixel: wird womöglich unscharf gedruckt: nehmen Sie ein größeres.</translation>
    </message>
    <message>
        <source>Meetings CSV</source>
        <translation>Termine-CSV</translation>
    </message>
    <message>
        <source>The meetings of the day, one per row</source>
        <translation>Die Termine des Tages, einer pro Zeile</translation>
    </message>
    <message>
        <source>Base brief</source>
        <translation>Basis-Briefing</translation>
    </message>
    <message>
        <source>Every meeting starts from this brief: its sender, ask, template</source>
        <translation>Jeder Termin beginnt mit diesem Briefing: Absender, Bitte, Vorlage</translation>
    </message>
    <message>
        <source>The open brief ({name})</source>
        <translation>Das offene Briefing ({name})</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>The folder for the files (created)</source>
        <translation>Der Ordner für die Dateien (wird angelegt)</translation>
    </message>
    <message>
        <source>&amp;Suggested for each member’s committees</source>
        <translation>&amp;Vorschläge für die Ausschüsse jeder Person</translation>
    </message>
    <message>
        <source>As “Apply suggestions” does; a row’s own blocks column wins</source>
        <translation>Wie „Vorschläge übernehmen“; die Spalte blocks einer Zeile hat Vorrang</translation>
    </message>
    <message>
        <source>The base brief’s points for e&amp;very meeting</source>
        <translation>Die Punkte des Basis-Briefings für &amp;jeden Termin</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist in the folder</source>
        <translation>Im Ordner vorhandene Dateien e&amp;rsetzen</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Datumsangaben in Ziffern</translation>
    </message>
    <message>
        <source>How to read a date like 3/12/2026 in the CSV</source>
        <translation>Wie ein Datum wie 3/12/2026 in der CSV-Datei zu lesen ist</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>Ter&amp;mine:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anderes…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>B&amp;ase brief:</source>
        <translation>&amp;Basis-Briefing:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <source>From Roster…</source>
        <translation>Aus Teilnehmerliste…</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster</source>
        <translation>Die Termine aus einer Teilnehmerliste planen</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>Choose the meetings CSV</source>
        <translation>Die Termine-CSV wählen</translation>
    </message>
    <message>
        <source>Choose the base brief</source>
        <translation>Das Basis-Briefing wählen</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Den Ordner für die Dateien wählen</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Choose light logo</source>
        <translation>Helles Logo wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Remove light logo</source>
        <translation>Helles Logo entfernen</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
    <message>
        <source>Choose a Light Logo</source>
        <translation>Ein helles Logo wählen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>This logo cannot be used: {exc}.</source>
        <translation>Dieses Logo ist nicht verwendbar: {exc}.</translation>
    </message>
    <message>
        <source>  No light logo</source>
        <translation>  Kein helles Logo</translation>
    </message>
    <message>
        <source>Optional: a light version for coloured bands (the sidebar, the bold banner); without it a dark logo is printed there on a white plate.</source>
        <translation>Optional: eine helle Fassung für farbige Flächen (die Seitenleiste, das Banner von „bold“); ohne sie wird ein dunkles Logo dort auf einer weißen Fläche gedruckt.</translation>
    </message>
    <message>
        <source>  No logo</source>
        <translation>  Kein Logo</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG; shown in the page&apos;s header.</source>
        <translation>PNG, JPEG oder SVG; im Kopf der Seite gezeigt.</translation>
    </message>
    <message>
        <source>  Cannot be shown</source>
        <translation>  Kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>{problem} (looked for {path}): the page is made without it. Choose it again, or remove it.</source>
        <translation>{problem} (gesucht: {path}): Die Seite entsteht ohne das Logo. Wählen Sie es erneut oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Abgeordnete(r)</translation>
    </message>
    <message>
        <source>Type a name, a state (NH) or a seat (CA-12), then pick the member</source>
        <translation>Namen, Bundesstaat (NH) oder Sitz (CA-12) eingeben, dann die Person wählen</translation>
    </message>
    <message>
        <source>e.g. Jeanne Shaheen</source>
        <translation>z. B. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>To fill in a member’s title, seat, party and committees from their name, &lt;a href=&quot;import&quot;&gt;import legislators…&lt;/a&gt;</source>
        <translation>Um Titel, Sitz, Partei und Ausschüsse nach dem Namen einzutragen, &lt;a href=&quot;import&quot;&gt;Abgeordnete importieren…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The legislator list could not be read. &lt;a href=&quot;import&quot;&gt;Import legislators…&lt;/a&gt; again.</source>
        <translation>Die Liste der Abgeordneten ist nicht lesbar. &lt;a href=&quot;import&quot;&gt;Abgeordnete erneut importieren…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import legislators</source>
        <translation>Abgeordnete importieren</translation>
    </message>
    <message>
        <source>Matching legislators</source>
        <translation>Passende Abgeordnete</translation>
    </message>
    <message>
        <source>Pick a member from the list to fill in their details</source>
        <translation>Wählen Sie eine Person aus der Liste, um ihre Angaben einzutragen</translation>
    </message>
    <message>
        <source>Your members (ZIP {home_zip})</source>
        <translation>Ihre Abgeordneten (ZIP {home_zip})</translation>
    </message>
    <message>
        <source>From the ZIP data of {v0}</source>
        <translation>Aus den ZIP-Daten vom {v0}</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Weitere Abgeordnete</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Senator</source>
        <translation>z. B. Senator</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>e.g. Senate</source>
        <translation>z. B. Senate</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Chamber:</source>
        <translation>Kammer:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>e.g. NH</source>
        <translation>z. B. NH</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wahlbezirk</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>z. B. 12</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesstaat:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Wahlbezirk:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partei:</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Ausschüsse</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Foreign Relations, Banking</source>
        <translation>Durch Kommas getrennt, z. B. Foreign Relations, Banking</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Ausschüsse:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Whom you meet: their name</source>
        <translation>Wen Sie treffen: der Name</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Funktion des Mitarbeiters</translation>
    </message>
    <message>
        <source>e.g. foreign policy LA</source>
        <translation>z. B. Referent für Außenpolitik</translation>
    </message>
    <message>
        <source>Staffer:</source>
        <translation>Mitarbeiter(in):</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>e.g. 10:30</source>
        <translation>z. B. 10:30</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>e.g. Russell 506</source>
        <translation>z. B. Russell 506</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>Die Bitte</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Bitte:</translation>
    </message>
    <message>
        <source>One explicit sentence: what you ask this office to do</source>
        <translation>Ein klarer Satz: worum Sie dieses Büro bitten</translation>
    </message>
    <message>
        <source>Bill:</source>
        <translation>Gesetzentwurf:</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Gesetzentwurf</translation>
    </message>
    <message>
        <source>e.g. S. 1234 (if there is one)</source>
        <translation>z. B. S. 1234 (falls es einen gibt)</translation>
    </message>
    <message>
        <source>Bill title:</source>
        <translation>Titel des Gesetzentwurfs:</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Titel des Gesetzentwurfs</translation>
    </message>
    <message>
        <source>e.g. Belarus Democracy Act</source>
        <translation>z. B. Belarus Democracy Act</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Warum dieses Büro</translation>
    </message>
    <message>
        <source>Empty: the line built from the committees</source>
        <translation>Leer: die aus den Ausschüssen gebildete Zeile</translation>
    </message>
    <message>
        <source>Leave out this line</source>
        <translation>Diese Zeile weglassen</translation>
    </message>
    <message>
        <source>Print no line on why this office matters to the ask</source>
        <translation>Keine Zeile dazu drucken, warum dieses Büro für die Bitte wichtig ist</translation>
    </message>
    <message>
        <source>Why this office:</source>
        <translation>Warum dieses Büro:</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Adresse des QR-Codes</translation>
    </message>
    <message>
        <source>https://… printed as a QR code (optional)</source>
        <translation>https://… wird als QR-Code gedruckt (optional)</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-Code:</translation>
    </message>
    <message>
        <source>Leave out why this office</source>
        <translation>„Warum dieses Büro“ weglassen</translation>
    </message>
    <message>
        <source>Print why this office</source>
        <translation>„Warum dieses Büro“ drucken</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>{name} eintragen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>e.g. Belarus Freedom Forum</source>
        <translation>z. B. Belarus Freedom Forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown in the footer and as the author</source>
        <translation>In der Fußzeile und als Autor gezeigt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Über uns</translation>
    </message>
    <message>
        <source>Who you are, in one line</source>
        <translation>Wer Sie sind, in einer Zeile</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>EU Transparency Register id, for EU meetings</source>
        <translation>Nummer im EU-Transparenzregister, für Termine bei der EU</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Light logo:</source>
        <translation>Helles Logo:</translation>
    </message>
    <message>
        <source>Your details are remembered on this computer and filled in for every new brief.</source>
        <translation>Ihre Angaben bleiben auf diesem Computer gespeichert und werden in jedes neue Briefing eingetragen.</translation>
    </message>
    <message>
        <source>{template} (yours)</source>
        <translation>{template} (Ihre)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>How the leave-behind looks</source>
        <translation>Wie das Handout aussieht</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter for US offices, A4 for European ones</source>
        <translation>Letter für US-Büros, A4 für europäische</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Page &amp;Language</source>
        <translation>&amp;Sprache der Seite</translation>
    </message>
    <message>
        <source>Print the Pack’s Own Text Where It Has None in This Language</source>
        <translation>Eigenen Text des Pakets drucken, wo diese Sprache keinen hat</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Vorlage ändern</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Papier ändern</translation>
    </message>
    <message>
        <source>Change the page’s language</source>
        <translation>Sprache der Seite ändern</translation>
    </message>
    <message>
        <source>Change what prints where a point has no text in the page’s language</source>
        <translation>Ändern, was gedruckt wird, wo ein Punkt keinen Text in der Sprache der Seite hat</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Nicht aktualisiert: Die Seite ist zu lang — gezeigt wird die letzte Fassung, die passte.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Nicht aktualisiert: Die Seite lässt sich nicht erstellen — gezeigt wird die letzte erstellte Fassung.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) use their default words for {audience}, which name another body:</source>
        <translation>
            <numerusform>%n Punkt verwendet seine Standardworte für {audience}, die eine andere Institution nennen:</numerusform>
            <numerusform>%n Punkte verwenden ihre Standardworte für {audience}, die eine andere Institution nennen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in short form</source>
        <translation>
            <numerusform>%n in Kurzform</numerusform>
            <numerusform>%n in Kurzform</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits on one page at {size} pt</source>
        <translation>Passt auf eine Seite mit {size} pt</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>the page could not be built</source>
        <translation>die Seite konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot build the page</source>
        <translation>Die Seite lässt sich nicht erstellen</translation>
    </message>
    <message>
        <source>Preview of the leave-behind</source>
        <translation>Vorschau des Handouts</translation>
    </message>
    <message>
        <source>The preview is not up to date</source>
        <translation>Die Vorschau ist nicht aktuell</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Fit on the page</source>
        <translation>Passt auf die Seite</translation>
    </message>
    <message>
        <source>Name a legislator on the Meeting tab, or their committees, to see the points that fit.</source>
        <translation>Nennen Sie auf dem Reiter Termin eine(n) Abgeordnete(n) oder deren Ausschüsse, um die passenden Punkte zu sehen.</translation>
    </message>
    <message>
        <source>No suggestions for “{name}”: the name is not in the legislator list. Pick the member from the list on the Meeting tab, or type their committees there.</source>
        <translation>Keine Vorschläge für „{name}“: Der Name steht nicht in der Liste der Abgeordneten. Wählen Sie die Person aus der Liste auf dem Reiter Termin oder tragen Sie dort ihre Ausschüsse ein.</translation>
    </message>
    <message>
        <source>No suggestions yet: import legislators (File menu), or type the member’s committees on the Meeting tab.</source>
        <translation>Noch keine Vorschläge: Importieren Sie Abgeordnete (Menü Datei) oder tragen Sie die Ausschüsse auf dem Reiter Termin ein.</translation>
    </message>
    <message>
        <source>No suggestions: none of the member’s committees match a topic of this pack.</source>
        <translation>Keine Vorschläge: Keiner der Ausschüsse dieser Person passt zu einem Thema dieses Pakets.</translation>
    </message>
    <message>
        <source>No suggestions: none of the listed committees match a topic of this pack.</source>
        <translation>Keine Vorschläge: Keiner der genannten Ausschüsse passt zu einem Thema dieses Pakets.</translation>
    </message>
    <message>
        <source>✓ on the page now. Apply puts these and the framing in place of the current choice.</source>
        <translation>✓ steht schon auf der Seite. Übernehmen setzt diese Punkte und den Einstieg an die Stelle der jetzigen Wahl.</translation>
    </message>
    <message>
        <source>Suggested for this office</source>
        <translation>Vorschläge für dieses Büro</translation>
    </message>
    <message>
        <source>Apply suggestions</source>
        <translation>Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>Suggested points and why</source>
        <translation>Vorgeschlagene Punkte und warum</translation>
    </message>
    <message>
        <source>Hide the suggested points</source>
        <translation>Vorgeschlagene Punkte ausblenden</translation>
    </message>
    <message>
        <source>Show the suggested points</source>
        <translation>Vorgeschlagene Punkte zeigen</translation>
    </message>
    <message>
        <source>These points are on the page</source>
        <translation>Diese Punkte stehen auf der Seite</translation>
    </message>
    <message>
        <source>Choose the suggested points and the opening framing instead of the current choice (Undo brings it back)</source>
        <translation>Die vorgeschlagenen Punkte und den Einstieg statt der jetzigen Wahl nehmen (Rückgängig holt sie zurück)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) for {who}</source>
        <translation>
            <numerusform>%n Punkt für {who}</numerusform>
            <numerusform>%n Punkte für {who}</numerusform>
        </translation>
    </message>
    <message>
        <source>From: </source>
        <translation>Aus: </translation>
    </message>
    <message>
        <source>the committees on the Meeting tab</source>
        <translation>die Ausschüsse auf dem Reiter Termin</translation>
    </message>
    <message>
        <source>these committees</source>
        <translation>diese Ausschüsse</translation>
    </message>
    <message>
        <source>Apply suggestions for {who}</source>
        <translation>Vorschläge für {who} übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Chose %n point(s) suggested for {who}.</source>
        <translation>
            <numerusform>%n für {who} vorgeschlagener Punkt gewählt.</numerusform>
            <numerusform>%n für {who} vorgeschlagene Punkte gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (from the chamber and the paper)</source>
        <translation>Automatisch (nach Kammer und Papier)</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <translation>kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Template Gallery</source>
        <translation>Vorlagengalerie</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Adressaten</translation>
    </message>
    <message>
        <source>Whom the page addresses: the headings&apos; wording, the date style and the default paper</source>
        <translation>An wen sich die Seite richtet: Wortlaut der Überschriften, Datumsformat und Standardpapier</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Adressaten:</translation>
    </message>
    <message>
        <source>Use This Template</source>
        <translation>Diese Vorlage verwenden</translation>
    </message>
    <message>
        <source>Each page is drawn with this brief. Double-click one to use it.</source>
        <translation>Jede Seite ist mit diesem Briefing gezeichnet. Doppelklicken Sie eine, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezeichnet…</translation>
    </message>
    <message>
        <source>Does not fit this brief:
{image}</source>
        <translation>Passt nicht zu diesem Briefing:
{image}</translation>
    </message>
    <message>
        <source>Headings name {legislature}; dates read “{shown}”.</source>
        <translation>Überschriften nennen {legislature}; Daten lauten „{shown}“.</translation>
    </message>
    <message>
        <source>Change audience</source>
        <translation>Adressaten ändern</translation>
    </message>
    <message>
        <source>{name}[*] — Briefer</source>
        <translation>{name}[*] — Briefer</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>Über Briefer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Tailored one-page leave-behinds for meetings with legislators.&lt;/p&gt;&lt;p&gt;Choose the talking points for this office, see the page as you edit, and export a PDF or Word document that always fits on one page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Maßgeschneiderte einseitige Handouts für Termine mit Abgeordneten.&lt;/p&gt;&lt;p&gt;Wählen Sie die Gesprächspunkte für dieses Büro, sehen Sie die Seite beim Bearbeiten und exportieren Sie ein PDF oder Word-Dokument, das immer auf eine Seite passt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an untitled brief</source>
        <translation>ein unbenanntes Briefing</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Briefer did not close properly last time. Restore the unsaved changes to {name}?</source>
        <translation>Briefer wurde beim letzten Mal nicht richtig beendet. Die ungespeicherten Änderungen an {name} wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Constituents attending</source>
        <translation>Anwesende Wähler(innen)</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add M&amp;yself</source>
        <translation>&amp;Mich hinzufügen</translation>
    </message>
    <message>
        <source>Add yourself, with the ZIP from the Sender tab</source>
        <translation>Sich selbst hinzufügen, mit der ZIP vom Reiter Absender</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Advocates at this meeting who live in the member’s state (for a representative, the district). The page names them as constituents only when the ZIP data agrees.</source>
        <translation>Teilnehmende, die im Bundesstaat der Person wohnen (bei Abgeordneten des Repräsentantenhauses: im Wahlbezirk). Die Seite nennt sie nur dann Wähler, wenn die ZIP-Daten es bestätigen.</translation>
    </message>
    <message>
        <source>ZIP: {value}</source>
        <translation>ZIP: {value}</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Namen eingeben</translation>
    </message>
    <message>
        <source>Checked against the ZIP data of {v0}.</source>
        <translation>Geprüft mit den ZIP-Daten vom {v0}.</translation>
    </message>
    <message>
        <source>No ZIP data imported: the people are taken as given, not checked (File → Import Legislators, the ZIP-to-district file).</source>
        <translation>Keine ZIP-Daten importiert: Die Angaben werden übernommen, nicht geprüft (Datei → Abgeordnete importieren, die ZIP-zu-Wahlbezirk-Datei).</translation>
    </message>
    <message>
        <source>Edit constituents</source>
        <translation>Wähler(innen) bearbeiten</translation>
    </message>
    <message>
        <source>Add me</source>
        <translation>Mich hinzufügen</translation>
    </message>
    <message>
        <source>Add {name} ({code})</source>
        <translation>{name} ({code}) hinzufügen</translation>
    </message>
    <message>
        <source>Fill in your name and your ZIP on the Sender tab to add yourself</source>
        <translation>Tragen Sie auf dem Reiter Absender Ihren Namen und Ihre ZIP ein, um sich hinzuzufügen</translation>
    </message>
    <message>
        <source>Remove constituents</source>
        <translation>Wähler(innen) entfernen</translation>
    </message>
    <message>
        <source>✓ Constituent ({place})</source>
        <translation>✓ Wähler(in) ({place})</translation>
    </message>
    <message>
        <source>May be: the ZIP spans {codes}</source>
        <translation>Vielleicht: Die ZIP umfasst {codes}</translation>
    </message>
    <message>
        <source>another state</source>
        <translation>anderer Bundesstaat</translation>
    </message>
    <message>
        <source>Lives in {where}: not a constituent</source>
        <translation>Wohnt in {where}: kein(e) Wähler(in)</translation>
    </message>
    <message>
        <source>Confirm if they live in {place}</source>
        <translation>Bestätigen, wenn sie in {place} wohnen</translation>
    </message>
    <message>
        <source>Not checked: no ZIP data</source>
        <translation>Nicht geprüft: keine ZIP-Daten</translation>
    </message>
    <message>
        <source>Not checked: choose the legislator</source>
        <translation>Nicht geprüft: Abgeordnete(n) wählen</translation>
    </message>
    <message>
        <source>Not checked: no ZIP</source>
        <translation>Nicht geprüft: keine ZIP</translation>
    </message>
    <message>
        <source>Not checked: ZIP not in the data</source>
        <translation>Nicht geprüft: ZIP nicht in den Daten</translation>
    </message>
    <message>
        <source>the member’s state</source>
        <translation>der Bundesstaat der Person</translation>
    </message>
    <message>
        <source>No constituents listed for {name} yet. Offices give the most weight to the people they represent: if anyone coming lives in {place}, add them here and the page will say so.</source>
        <translation>Noch keine Wähler(innen) für {name} eingetragen. Büros geben den Menschen, die sie vertreten, das meiste Gewicht: Wohnt jemand, der mitkommt, in {place}, tragen Sie ihn hier ein, und die Seite sagt es.</translation>
    </message>
    <message>
        <source>No one listed lives in {place}, so the page calls no one a constituent. If someone from {place} can join, this meeting will carry more weight.</source>
        <translation>Niemand der Eingetragenen wohnt in {place}, daher nennt die Seite niemanden Wähler(in). Kann jemand aus {place} mitkommen, hat der Termin mehr Gewicht.</translation>
    </message>
    <message>
        <source>To see your members, &lt;a href=&quot;import&quot;&gt;import the legislators and the ZIP-to-district file…&lt;/a&gt;</source>
        <translation>Um Ihre Abgeordneten zu sehen, &lt;a href=&quot;import&quot;&gt;importieren Sie die Abgeordneten und die ZIP-zu-Wahlbezirk-Datei…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Wo Sie wohnen</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Ihre ZIP</translation>
    </message>
    <message>
        <source>e.g. 03301</source>
        <translation>z. B. 03301</translation>
    </message>
    <message>
        <source>Your members</source>
        <translation>Ihre Abgeordneten</translation>
    </message>
    <message>
        <source>Used on this computer only, to find your members and whether you are their constituent. It is never printed on a page.</source>
        <translation>Nur auf diesem Computer verwendet, um Ihre Abgeordneten zu finden und ob Sie zu ihren Wähler(inne)n gehören. Sie steht nie auf einer Seite.</translation>
    </message>
    <message>
        <source>Your ZIP:</source>
        <translation>Ihre ZIP:</translation>
    </message>
    <message>
        <source>Your members:</source>
        <translation>Ihre Abgeordneten:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your ZIP code to see your two senators and your representative.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geben Sie Ihre ZIP ein, um Ihre zwei Senator(inn)en und Ihre(n) Abgeordnete(n) zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;ZIP data of {value}.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;ZIP-Daten vom {value}.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>ZIP {home_zip} is not in the ZIP data (PO-box-only ZIPs are missing): try the ZIP of your home address.{dated}</source>
        <translation>ZIP {home_zip} steht nicht in den ZIP-Daten (reine Postfach-ZIPs fehlen): Versuchen Sie die ZIP Ihrer Wohnadresse.{dated}</translation>
    </message>
    <message>
        <source> — &lt;i&gt;may be yours&lt;/i&gt;</source>
        <translation> — &lt;i&gt;vielleicht Ihre(r)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No member in the directory for {seat}</source>
        <translation>Keine Person im Verzeichnis für {seat}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Your ZIP spans {codes}: which of them is yours depends on your street address.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Ihre ZIP umfasst {codes}: Welcher davon Ihrer ist, hängt von Ihrer Straßenadresse ab.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Legislator files (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;HowTheyVote.eu export, MEPs (*.zip *.csv.gz *.csv);;CSV files (*.csv);;All files (*)</source>
        <translation>Abgeordnetendateien (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;HowTheyVote.eu-Export, MdEP (*.zip *.csv.gz *.csv);;CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import the members of Congress and their committees from the public &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt; files. Choose the folder that holds them:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (optional: the members’ offices)&lt;/li&gt;&lt;/ul&gt;For another legislature, choose a CSV file whose first line names the columns: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;To find each advocate’s members from their ZIP code, also choose the public &lt;b&gt;ZIP-to-district&lt;/b&gt; file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District maps change, so the app shows the date of the data you import: give it below (where you got the file says when it was published).&lt;/p&gt;</source>
        <translation>Importieren Sie die Mitglieder des Kongresses und ihre Ausschüsse aus den öffentlichen &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt;-Dateien. Wählen Sie den Ordner, der sie enthält:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (optional: die Büros der Abgeordneten)&lt;/li&gt;&lt;/ul&gt;Für ein anderes Parlament wählen Sie eine CSV-Datei, deren erste Zeile die Spalten nennt: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;Um die Abgeordneten jeder Person nach ihrer ZIP zu finden, wählen Sie auch die öffentliche &lt;b&gt;ZIP-zu-Wahlbezirk&lt;/b&gt;-Datei (zccd.csv, Spalten state_fips, state_abbr, zcta, cd). Wahlkreise ändern sich, daher zeigt die App das Datum der importierten Daten: Geben Sie es unten an (die Quelle der Datei nennt, wann sie veröffentlicht wurde).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State legislators&lt;/b&gt;: choose a checkout of Open States’ openstates/people data, or one state’s folder. &lt;b&gt;Members of the European Parliament&lt;/b&gt;: choose HowTheyVote.eu’s export (the zip archive, or a folder of its tables). Each import adds to what is there and replaces only its own part.</source>
        <translation>&lt;b&gt;Abgeordnete der US-Bundesstaaten&lt;/b&gt;: Wählen Sie einen Checkout der Daten openstates/people von Open States oder den Ordner eines Bundesstaats. &lt;b&gt;Mitglieder des Europäischen Parlaments&lt;/b&gt;: Wählen Sie den Export von HowTheyVote.eu (das ZIP-Archiv oder einen Ordner mit seinen Tabellen). Jeder Import ergänzt das Vorhandene und ersetzt nur seinen eigenen Teil.</translation>
    </message>
    <message>
        <source>When the ZIP-to-district data was published (not when the file was copied): the app and the page say which data the constituents were checked against</source>
        <translation>Wann die ZIP-zu-Wahlbezirk-Daten veröffentlicht wurden (nicht wann die Datei kopiert wurde): App und Seite sagen, mit welchen Daten die Wähler(innen) geprüft wurden</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation>Abgeordnete importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Choose, type or paste the folder and the files (;)</source>
        <translation>Ordner und Dateien wählen, eintippen oder einfügen (;)</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose F&amp;iles…</source>
        <translation>&amp;Dateien wählen…</translation>
    </message>
    <message>
        <source>ZIP data published on</source>
        <translation>ZIP-Daten veröffentlicht am</translation>
    </message>
    <message>
        <source>e.g. {plain}</source>
        <translation>z. B. {plain}</translation>
    </message>
    <message>
        <source>ZIP data &amp;published:</source>
        <translation>ZIP-Daten &amp;veröffentlicht:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Now imported: {value}.</source>
        <translation>Jetzt importiert: {value}.</translation>
    </message>
    <message>
        <source>No legislators imported yet.</source>
        <translation>Noch keine Abgeordneten importiert.</translation>
    </message>
    <message>
        <source> ZIP data of {value}.</source>
        <translation> ZIP-Daten vom {value}.</translation>
    </message>
    <message>
        <source>Choose the congress-legislators folder</source>
        <translation>Den congress-legislators-Ordner wählen</translation>
    </message>
    <message>
        <source>Choose legislator files</source>
        <translation>Abgeordnetendateien wählen</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>“{path}” was not found.</source>
        <translation>„{path}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>give the date the ZIP data was published (where you got the file says it)</source>
        <translation>geben Sie das Datum an, an dem die ZIP-Daten veröffentlicht wurden (die Quelle der Datei nennt es)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Legislators imported</source>
        <translation>Abgeordnete importiert</translation>
    </message>
    <message>
        <source>Cannot import the legislators</source>
        <translation>Abgeordnete können nicht importiert werden</translation>
    </message>
    <message>
        <source>choose one ZIP-to-district file at a time</source>
        <translation>wählen Sie jeweils nur eine ZIP-zu-Wahlbezirk-Datei</translation>
    </message>
    <message>
        <source>{zips:,} ZIP codes (data of {value})</source>
        <translation>{zips:,} ZIP-Codes (Daten vom {value})</translation>
    </message>
    <message>
        <source>Imported </source>
        <translation>Importiert: </translation>
    </message>
    <message>
        <source>Warning: {value}</source>
        <translation>Warnung: {value}</translation>
    </message>
    <message>
        <source>1 entry was left out:</source>
        <translation>1 Eintrag wurde ausgelassen:</translation>
    </message>
    <message>
        <source>{value} entries were left out:</source>
        <translation>{value} Einträge wurden ausgelassen:</translation>
    </message>
    <message>
        <source>… and {value} more.</source>
        <translation>… und {value} weitere.</translation>
    </message>
    <message>
        <source>Washington, DC</source>
        <translation>Washington, DC</translation>
    </message>
    <message>
        <source>{city} office</source>
        <translation>Büro {city}</translation>
    </message>
    <message>
        <source>Choose one of the member’s offices</source>
        <translation>Eines der Büros der Person wählen</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>Wahlkreisbüros</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Washington</translation>
    </message>
    <message>
        <source>Choose one of {who}’s offices</source>
        <translation>Eines der Büros von {who} wählen</translation>
    </message>
    <message>
        <source>Meetings of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> um {time}</translation>
    </message>
    <message>
        <source>The meeting is still ahead</source>
        <translation>Der Termin steht noch bevor</translation>
    </message>
    <message>
        <source>The meeting with {v0} is on {v1}{at}. A thank-you written now thanks them for a meeting that has not happened yet.</source>
        <translation>Der Termin mit {v0} ist am {v1}{at}. Ein Dank, der jetzt geschrieben wird, dankt für einen Termin, der noch nicht stattgefunden hat.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>dem Büro</translation>
    </message>
    <message>
        <source>Write It Anyway</source>
        <translation>Trotzdem schreiben</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Terminbericht</translation>
    </message>
    <message>
        <source>Write the Meeting Report…</source>
        <translation>Terminbericht schreiben…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Meetings &amp;Log…</source>
        <translation>&amp;Terminprotokoll…</translation>
    </message>
    <message>
        <source>Every meeting, what each office was given, reports, follow-ups</source>
        <translation>Alle Termine, was jedes Büro bekam, Berichte, Nachfassen</translation>
    </message>
    <message>
        <source>Write the Meeting &amp;Report…</source>
        <translation>Termin&amp;bericht schreiben…</translation>
    </message>
    <message>
        <source>Whom you met, where the office stands, what each side promised</source>
        <translation>Wen Sie trafen, wo das Büro steht, was jede Seite versprach</translation>
    </message>
    <message>
        <source>&amp;Copy Thank-you Text</source>
        <translation>&amp;Danktext kopieren</translation>
    </message>
    <message>
        <source>A thank-you message for the staffer, on the clipboard</source>
        <translation>Eine Dankesnachricht für die Mitarbeiterin oder den Mitarbeiter, in der Zwischenablage</translation>
    </message>
    <message>
        <source>Thank-you &amp;Email…</source>
        <translation>Dankes-&amp;E-Mail…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer with the page attached</source>
        <translation>Ein E-Mail-Entwurf (.eml) an die Mitarbeiterin oder den Mitarbeiter, mit der Seite im Anhang</translation>
    </message>
    <message>
        <source>Mark the Page as &amp;Given</source>
        <translation>Seite als &amp;übergeben markieren</translation>
    </message>
    <message>
        <source>You left the page you exported with the office</source>
        <translation>Sie haben die exportierte Seite im Büro gelassen</translation>
    </message>
    <message>
        <source>Record &amp;Pages in the Meeting Log</source>
        <translation>&amp;Seiten im Terminprotokoll festhalten</translation>
    </message>
    <message>
        <source>Keep a record of each page exported or printed for a legislator</source>
        <translation>Jede für Abgeordnete exportierte oder gedruckte Seite festhalten</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>Pages you export or print are recorded in the meeting log.</source>
        <translation>Exportierte oder gedruckte Seiten werden im Terminprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Pages are no longer recorded in the meeting log.</source>
        <translation>Seiten werden nicht mehr im Terminprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Your meeting with {name} was on {v0}. How did it go? Write the report while it is fresh — it stays on this computer.</source>
        <translation>Ihr Termin mit {name} war am {v0}. Wie lief es? Schreiben Sie den Bericht, solange er frisch ist — er bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Saved the meeting report in your meeting log.</source>
        <translation>Terminbericht im Terminprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Copied the thank-you text to the clipboard.</source>
        <translation>Der Dankestext ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Cannot write the thank-you</source>
        <translation>Der Dank kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save Thank-you Email</source>
        <translation>Dankes-E-Mail speichern</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>E-Mail-Entwürfe (*.eml)</translation>
    </message>
    <message>
        <source>Cannot save the thank-you</source>
        <translation>Der Dank kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>with the page attached</source>
        <translation>mit der Seite im Anhang</translation>
    </message>
    <message>
        <source>(no page was recorded to attach)</source>
        <translation>(keine Seite zum Anhängen festgehalten)</translation>
    </message>
    <message>
        <source> to {to}</source>
        <translation> an {to}</translation>
    </message>
    <message>
        <source>; add the staffer’s address</source>
        <translation>; tragen Sie die Adresse der Mitarbeiterin oder des Mitarbeiters ein</translation>
    </message>
    <message>
        <source>Saved {name} {attached}{hint}. Open it to edit and send.</source>
        <translation>{name} gespeichert, {attached}{hint}. Öffnen Sie sie zum Bearbeiten und Senden.</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <source>Leaning yes</source>
        <translation>Eher dafür</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Leaning no</source>
        <translation>Eher dagegen</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Abgeordnete(r)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The follow-up is overdue</source>
        <translation>Das Nachfassen ist überfällig</translation>
    </message>
    <message>
        <source>The follow-up is due in the next two days</source>
        <translation>Das Nachfassen ist in den nächsten zwei Tagen fällig</translation>
    </message>
    <message>
        <source>The meeting is over: write its report while it is fresh</source>
        <translation>Der Termin ist vorbei: Schreiben Sie den Bericht, solange er frisch ist</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <comment>a meeting</comment>
        <translation>Steht bevor</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>{count} ({given} given)</source>
        <translation>{count} ({given} übergeben)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>{done}, but {warning}</source>
        <translation>{done}, aber {warning}</translation>
    </message>
    <message>
        <source>The meeting at {time} ({id})</source>
        <translation>Der Termin um {time} ({id})</translation>
    </message>
    <message>
        <source>The meeting with no time ({id})</source>
        <translation>Der Termin ohne Uhrzeit ({id})</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Welcher Termin?</translation>
    </message>
    <message>
        <source>The meeting log has {count} meetings with {name} that day. Which one is this page for? (Giving the brief the meeting&apos;s time also tells them apart.)</source>
        <translation>Das Terminprotokoll hat an diesem Tag {count} Termine mit {name}. Für welchen ist diese Seite? (Auch die Uhrzeit des Termins im Briefing unterscheidet sie.)</translation>
    </message>
    <message>
        <source>Mark the Page as Given</source>
        <translation>Seite als übergeben markieren</translation>
    </message>
    <message>
        <source>Which page did you leave with the office?</source>
        <translation>Welche Seite haben Sie im Büro gelassen?</translation>
    </message>
    <message>
        <source>No page was marked as given.</source>
        <translation>Keine Seite wurde als übergeben markiert.</translation>
    </message>
    <message>
        <source>The page was not marked: {why}</source>
        <translation>Die Seite wurde nicht markiert: {why}</translation>
    </message>
    <message>
        <source>No page of this meeting is in the meeting log yet: export or print it first.</source>
        <translation>Im Terminprotokoll ist noch keine Seite dieses Termins: exportieren oder drucken Sie sie zuerst.</translation>
    </message>
    <message>
        <source>{name} is marked as left with the office.</source>
        <translation>{name} ist als im Büro übergeben markiert.</translation>
    </message>
    <message>
        <source>The printed page</source>
        <translation>Die gedruckte Seite</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>Wen wir trafen</translation>
    </message>
    <message>
        <source>Staffer’s email</source>
        <translation>E-Mail der Mitarbeiterin oder des Mitarbeiters</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Ihre Haltung</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>They asked of us</source>
        <translation>Sie baten uns um</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>Wir versprachen</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Sie versprachen</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Nachfassen bis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Our answer (leave empty if we owe one)</source>
        <translation>Unsere Antwort (leer lassen, wenn wir sie schulden)</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(keine Frage)</translation>
    </message>
    <message>
        <source>Meeting report — {who}</source>
        <translation>Terminbericht — {who}</translation>
    </message>
    <message>
        <source>The meeting is still ahead: note what you know now, and finish the report after it. It stays on this computer, in your meeting log.</source>
        <translation>Der Termin steht noch bevor: Notieren Sie, was Sie jetzt wissen, und vervollständigen Sie den Bericht danach. Er bleibt auf diesem Computer, in Ihrem Terminprotokoll.</translation>
    </message>
    <message>
        <source>Write it while it is fresh: it stays on this computer, in your meeting log, and feeds the thank-you email.</source>
        <translation>Schreiben Sie ihn, solange er frisch ist: Er bleibt auf diesem Computer, in Ihrem Terminprotokoll, und fließt in die Dankes-E-Mail ein.</translation>
    </message>
    <message>
        <source>e.g. Jesús García, foreign policy adviser</source>
        <translation>z. B. Jesús García, außenpolitischer Berater</translation>
    </message>
    <message>
        <source>for the thank-you, e.g. jesus.garcia@senate.gov</source>
        <translation>für den Dank, z. B. jesus.garcia@senate.gov</translation>
    </message>
    <message>
        <source>who of us went, separated by commas</source>
        <translation>wer von uns dabei war, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>one per line: what the office asked us for</source>
        <translation>eins pro Zeile: worum das Büro uns bat</translation>
    </message>
    <message>
        <source>one per line: what we said we would do</source>
        <translation>eins pro Zeile: was wir zusagten</translation>
    </message>
    <message>
        <source>one per line: what they offered to do</source>
        <translation>eins pro Zeile: was sie anboten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>anything else worth remembering: mood, names, next steps</source>
        <translation>alles Weitere, das man sich merken sollte: Stimmung, Namen, nächste Schritte</translation>
    </message>
    <message>
        <source>Copy Thank-you Text</source>
        <translation>Dankestext kopieren</translation>
    </message>
    <message>
        <source>Save the report, then copy a thank-you message to paste into your email</source>
        <translation>Bericht speichern, dann eine Dankesnachricht zum Einfügen in Ihre E-Mail kopieren</translation>
    </message>
    <message>
        <source>Thank-you Email…</source>
        <translation>Dankes-E-Mail…</translation>
    </message>
    <message>
        <source>Save the report, then write an email draft (.eml) with the leave-behind attached</source>
        <translation>Bericht speichern, dann einen E-Mail-Entwurf (.eml) mit dem Handout im Anhang schreiben</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>der Bericht</translation>
    </message>
    <message>
        <source>Report saved; the thank-you text is on the clipboard.</source>
        <translation>Bericht gespeichert; der Dankestext ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>{count} words — {v0} over the {most} allowed</source>
        <translation>{count} Wörter — {v0} über den erlaubten {most}</translation>
    </message>
    <message>
        <source>{count} / {most} words (aim for {aim})</source>
        <translation>{count} / {most} Wörter (Ziel: {aim})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your own talking points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ihre eigenen Gesprächspunkte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start from a pack and make it yours: change the wording that works for your offices, add a point for a new bill, keep a rebuttal that worked. The pack that comes with Briefer stays as it is; your copy keeps its point ids, so briefs that use them keep working.</source>
        <translation>Beginnen Sie mit einem Paket und machen Sie es zu Ihrem: Ändern Sie die Formulierungen für Ihre Büros, fügen Sie einen Punkt für einen neuen Gesetzentwurf hinzu, behalten Sie eine Erwiderung, die gewirkt hat. Das mitgelieferte Paket bleibt, wie es ist; Ihre Kopie behält die Kennungen der Punkte, sodass Briefings, die sie nutzen, weiter funktionieren.</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Mit „{title}“ beginnen</translation>
    </message>
    <message>
        <source>A copy of the {points} points, to change as you like</source>
        <translation>Eine Kopie der {points} Punkte, nach Belieben zu ändern</translation>
    </message>
    <message>
        <source>Open your pack “{title}” ({id})</source>
        <translation>Ihr Paket „{title}“ ({id}) öffnen</translation>
    </message>
    <message>
        <source>Install a Pack File a Teammate Sent…</source>
        <translation>Paketdatei aus dem Team installieren…</translation>
    </message>
    <message>
        <source>The page’s headline</source>
        <translation>Die Überschrift der Seite</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>One line under it (optional)</source>
        <translation>Eine Zeile darunter (optional)</translation>
    </message>
    <message>
        <source>Source: title</source>
        <translation>Quelle: Titel</translation>
    </message>
    <message>
        <source>The article or report’s title</source>
        <translation>Der Titel des Artikels oder Berichts</translation>
    </message>
    <message>
        <source>Source: publisher</source>
        <translation>Quelle: Herausgeber</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Wer es veröffentlicht hat</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Printed in every page’s footer. Write the points in your own words and credit where the arguments come from.</source>
        <translation>Steht in der Fußzeile jeder Seite. Schreiben Sie die Punkte in eigenen Worten und nennen Sie, woher die Argumente stammen.</translation>
    </message>
    <message>
        <source>Source: web address</source>
        <translation>Quelle: Webadresse</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Paketkennung</translation>
    </message>
    <message>
        <source>Briefs name the pack by this id (lower-case letters, digits, hyphens).</source>
        <translation>Briefings nennen das Paket mit dieser Kennung (Kleinbuchstaben, Ziffern, Bindestriche).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The document language: en, de…</source>
        <translation>Die Sprache des Dokuments: en, de…</translation>
    </message>
    <message>
        <source>Label of a claim</source>
        <translation>Bezeichnung einer Behauptung</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Claim”</source>
        <translation>Leer: die der Vorlage, sonst „Behauptung“</translation>
    </message>
    <message>
        <source>Printed over a misconception’s claim (“They say”, “Claim”).</source>
        <translation>Über der Behauptung eines Irrtums gedruckt („Sie sagen“, „Behauptung“).</translation>
    </message>
    <message>
        <source>Label of a response</source>
        <translation>Bezeichnung einer Antwort</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Response”</source>
        <translation>Leer: die der Vorlage, sonst „Antwort“</translation>
    </message>
    <message>
        <source>Printed over the response to it (“In fact”, “Response”).</source>
        <translation>Über der Antwort darauf gedruckt („Tatsächlich“, „Antwort“).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;About this pack&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Über dieses Paket&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Four to eight words</source>
        <translation>Vier bis acht Wörter</translation>
    </message>
    <message>
        <source>The claim, as critics put it</source>
        <translation>Die Behauptung, wie Kritiker sie vorbringen</translation>
    </message>
    <message>
        <source>The misconception this point answers</source>
        <translation>Das Missverständnis, auf das dieser Punkt antwortet</translation>
    </message>
    <message>
        <source>Used when the page is full.</source>
        <translation>Wird verwendet, wenn die Seite voll ist.</translation>
    </message>
    <message>
        <source>Point id</source>
        <translation>Punktkennung</translation>
    </message>
    <message>
        <source>Briefs name the point by its id: change it only for a new point.</source>
        <translation>Briefings nennen den Punkt mit seiner Kennung: Ändern Sie sie nur bei einem neuen Punkt.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;Point {v0} of {v1}&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Punkt {v0} von {v1}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <source>&amp;Edit Your Packs…</source>
        <translation>Eigene Pakete &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the talking points, add your own, keep what worked</source>
        <translation>Gesprächspunkte ändern, eigene hinzufügen, Bewährtes behalten</translation>
    </message>
    <message>
        <source>&amp;Use in This Brief</source>
        <translation>In diesem Briefing &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Install Pack File…</source>
        <translation>Paketdatei &amp;installieren…</translation>
    </message>
    <message>
        <source>Install a pack a teammate sent you (.brieferpack)</source>
        <translation>Ein Paket installieren, das Ihnen jemand aus dem Team geschickt hat (.brieferpack)</translation>
    </message>
    <message>
        <source>&amp;Share This Brief’s Pack…</source>
        <translation>Paket dieses Briefings &amp;teilen…</translation>
    </message>
    <message>
        <source>Write the pack to one file to send to a teammate</source>
        <translation>Das Paket in eine Datei schreiben, um es jemandem aus dem Team zu schicken</translation>
    </message>
    <message>
        <source>&amp;New Pack from “{title}”</source>
        <translation>&amp;Neues Paket aus „{title}“</translation>
    </message>
    <message>
        <source>comes with Briefer</source>
        <translation>gehört zu Briefer</translation>
    </message>
    <message>
        <source>Saved the pack “{pack_id}”.</source>
        <translation>Paket „{pack_id}“ gespeichert.</translation>
    </message>
    <message>
        <source>Cannot use the pack</source>
        <translation>Das Paket ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Use the pack “{title}”</source>
        <translation>Paket „{title}“ verwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen point(s) it does not have were left out.</source>
        <translation>
            <numerusform>%n gewählter Punkt, den es nicht hat, wurde ausgelassen.</numerusform>
            <numerusform>%n gewählte Punkte, die es nicht hat, wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This brief now uses “{title}” ({pack_id}).{note}</source>
        <translation>Dieses Briefing verwendet jetzt „{title}“ ({pack_id}).{note}</translation>
    </message>
    <message>
        <source>Install a pack</source>
        <translation>Ein Paket installieren</translation>
    </message>
    <message>
        <source>Cannot install {name}</source>
        <translation>{name} kann nicht installiert werden</translation>
    </message>
    <message>
        <source>“{id}” is the id of a pack that comes with Briefer; ask whoever made this file to give their pack its own id.</source>
        <translation>„{id}“ ist die Kennung eines Pakets, das zu Briefer gehört; bitten Sie die Person, die diese Datei erstellt hat, ihrem Paket eine eigene Kennung zu geben.</translation>
    </message>
    <message>
        <source>Install the pack “{title}” ({value} talking points, from {publisher})? Briefs can then use it by its id, “{id}”.</source>
        <translation>Das Paket „{title}“ installieren ({value} Gesprächspunkte, von {publisher})? Briefings können es dann mit seiner Kennung „{id}“ verwenden.</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with the one in {name} (“{title}”, {value} talking points)?</source>
        <translation>Sie haben schon ein Paket mit der Kennung „{id}“. Durch das aus {name} ersetzen („{title}“, {value} Gesprächspunkte)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Installed “{title}” ({id}). Packs › Use in This Brief builds the brief with it.</source>
        <translation>„{title}“ ({id}) installiert. Pakete › In diesem Briefing verwenden baut das Briefing damit.</translation>
    </message>
    <message>
        <source>Share a pack</source>
        <translation>Ein Paket teilen</translation>
    </message>
    <message>
        <source>Cannot share the pack</source>
        <translation>Das Paket kann nicht geteilt werden</translation>
    </message>
    <message>
        <source>Wrote {name}: send it to a teammate, who opens it with Briefer.</source>
        <translation>{name} geschrieben: Schicken Sie die Datei jemandem aus dem Team, der sie mit Briefer öffnet.</translation>
    </message>
    <message>
        <source>Kept in “{name}” ({v0}). Save the pack to keep it for the next meetings.</source>
        <translation>In „{name}“ ({v0}) übernommen. Speichern Sie das Paket, um es für die nächsten Termine zu behalten.</translation>
    </message>
    <message>
        <source>a new pack</source>
        <translation>ein neues Paket</translation>
    </message>
    <message>
        <source>Briefer did not close properly while you were editing the pack “{name}”. Restore your unsaved changes to it?</source>
        <translation>Briefer wurde beim Bearbeiten des Pakets „{name}“ nicht richtig beendet. Ihre ungespeicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>The pack’s talking points</source>
        <translation>Die Gesprächspunkte des Pakets</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Add a talking point after the selected one</source>
        <translation>Einen Gesprächspunkt nach dem gewählten hinzufügen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the point up (Alt+Up)</source>
        <translation>Den Punkt nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the point down (Alt+Down)</source>
        <translation>Den Punkt nach unten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt; (each section of the page keeps this order)</source>
        <translation>&lt;b&gt;Punkte&lt;/b&gt; (jeder Abschnitt der Seite behält diese Reihenfolge)</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Über dieses Paket</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n Punkt.</numerusform>
            <numerusform>%n Punkte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (marked ⚠).</source>
        <translation>
            <numerusform>%n Problem vor dem Speichern zu beheben (mit ⚠ markiert).</numerusform>
            <numerusform>%n Probleme vor dem Speichern zu beheben (mit ⚠ markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — your open brief with this pack’s texts</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; — Ihr offenes Briefing mit den Texten dieses Pakets</translation>
    </message>
    <message>
        <source>Preview of the page with this pack</source>
        <translation>Vorschau der Seite mit diesem Paket</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not updated:&lt;/b&gt; the page below is the last one that could be built. Fix the problems marked in red to see your changes.</source>
        <translation>&lt;b&gt;Nicht aktualisiert:&lt;/b&gt; Die Seite unten ist die letzte, die sich erstellen ließ. Beheben Sie die rot markierten Probleme, um Ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>e.g. {date} or {iso}</source>
        <translation>z. B. {date} oder {iso}</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Das Datum im Kalender wählen (Alt+Runter)</translation>
    </message>
    <message>
        <source>{label}: calendar</source>
        <translation>{label}: Kalender</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Missverständnisse</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Missverständnis</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>US-Kongress</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Parlament eines US-Bundesstaats</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Europäisches Parlament</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Nationales Parlament</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Jedes Datum</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Meetings — Briefer</source>
        <translation>Termine — Briefer</translation>
    </message>
    <message>
        <source>Filter by member…</source>
        <translation>Nach Person filtern…</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fälliges Nachfassen</translation>
    </message>
    <message>
        <source>Only meetings whose follow-up is overdue or due in the next two days</source>
        <translation>Nur Termine, deren Nachfassen überfällig ist oder in den nächsten zwei Tagen ansteht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meetings yet&lt;/h3&gt;&lt;p&gt;Every page you export, print or build for a lobby day is recorded here against its meeting — so you can see what each office was given, write the report after the meeting and send the thank-you.&lt;/p&gt;&lt;p&gt;The log stays on this computer. File → Export a brief that names a legislator to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Termine&lt;/h3&gt;&lt;p&gt;Jede Seite, die Sie exportieren, drucken oder für einen Lobbytag erstellen, wird hier bei ihrem Termin festgehalten — so sehen Sie, was jedes Büro bekam, schreiben nach dem Termin den Bericht und schicken den Dank.&lt;/p&gt;&lt;p&gt;Das Protokoll bleibt auf diesem Computer. Exportieren Sie zum Beginn (Datei → Exportieren) ein Briefing, das eine(n) Abgeordnete(n) nennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write Report…</source>
        <translation>Bericht schreiben…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer, the page attached</source>
        <translation>Ein E-Mail-Entwurf (.eml) an die Mitarbeiterin oder den Mitarbeiter, mit der Seite im Anhang</translation>
    </message>
    <message>
        <source>Reprint Page…</source>
        <translation>Seite neu drucken…</translation>
    </message>
    <message>
        <source>Save the newest page this office was given, exactly as it was</source>
        <translation>Die neueste Seite, die dieses Büro bekam, genau so speichern</translation>
    </message>
    <message>
        <source>Mark Page &amp;Given</source>
        <translation>Seite &amp;übergeben</translation>
    </message>
    <message>
        <source>You left the newest page with the office: the thank-you will say so</source>
        <translation>Sie haben die neueste Seite im Büro gelassen: der Dank erwähnt es</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Write every meeting to a CSV or JSON file for your coordinator</source>
        <translation>Alle Termine in eine CSV- oder JSON-Datei für Ihre Koordination schreiben</translation>
    </message>
    <message>
        <source>Import Log…</source>
        <translation>Protokoll importieren…</translation>
    </message>
    <message>
        <source>Merge another team&apos;s exported log</source>
        <translation>Das exportierte Protokoll eines anderen Teams einfügen</translation>
    </message>
    <message>
        <source>Not &amp;Given</source>
        <translation>&amp;Nicht übergeben</translation>
    </message>
    <message>
        <source>Reprint Page</source>
        <translation>Seite neu drucken</translation>
    </message>
    <message>
        <source>Cannot reprint the page</source>
        <translation>Die Seite kann nicht neu gedruckt werden</translation>
    </message>
    <message>
        <source>exactly as given</source>
        <translation>genau wie übergeben</translation>
    </message>
    <message>
        <source>rebuilt (this Briefer makes it differently)</source>
        <translation>neu erstellt (dieses Briefer erstellt sie anders)</translation>
    </message>
    <message>
        <source>Saved {name}: {same}.</source>
        <translation>{name} gespeichert: {same}.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete the meeting with {who} and its report? The pages already made are kept; only the log forgets them.</source>
        <translation>Den Termin mit {who} und seinen Bericht löschen? Die schon erstellten Seiten bleiben; nur das Protokoll vergisst sie.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Der Termin kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot mark the page</source>
        <translation>Die Seite kann nicht markiert werden</translation>
    </message>
    <message>
        <source>{name} is marked as exported only, not given.</source>
        <translation>{name} ist nur als exportiert markiert, nicht übergeben.</translation>
    </message>
    <message>
        <source>Export Meeting Log</source>
        <translation>Terminprotokoll exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Everything, for another Briefer (*.json)</source>
        <translation>Tabelle (*.csv);;Alles, für ein anderes Briefer (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the log</source>
        <translation>Das Protokoll kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote {count} meetings to {name}: it holds your reports — share it only with your team.</source>
        <translation>{count} Termine in {name} geschrieben: Die Datei enthält Ihre Berichte — teilen Sie sie nur mit Ihrem Team.</translation>
    </message>
    <message>
        <source>Import Meeting Log</source>
        <translation>Terminprotokoll importieren</translation>
    </message>
    <message>
        <source>Meeting logs (*.csv *.json)</source>
        <translation>Terminprotokolle (*.csv *.json)</translation>
    </message>
    <message>
        <source>Cannot import the log</source>
        <translation>Das Protokoll kann nicht importiert werden</translation>
    </message>
    <message>
        <source>{added} new meetings, {updated} updated, {unchanged} already here; {reports} reports added.</source>
        <translation>{added} neue Termine, {updated} aktualisiert, {unchanged} schon vorhanden; {reports} Berichte hinzugefügt.</translation>
    </message>
    <message>
        <source>Imported the meeting log</source>
        <translation>Terminprotokoll importiert</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>Your Packs — Briefer</source>
        <translation>Ihre Pakete — Briefer</translation>
    </message>
    <message>
        <source>{name} ({v0})[*] — Pack Editor — Briefer</source>
        <translation>{name} ({v0})[*] — Paket-Editor — Briefer</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine Kennung</translation>
    </message>
    <message>
        <source>The open brief uses this pack</source>
        <translation>Das offene Briefing verwendet dieses Paket</translation>
    </message>
    <message>
        <source>Save the pack first, then build the open brief with it</source>
        <translation>Speichern Sie zuerst das Paket und bauen Sie dann das offene Briefing damit</translation>
    </message>
    <message>
        <source>Build the open brief with this pack</source>
        <translation>Das offene Briefing mit diesem Paket bauen</translation>
    </message>
    <message>
        <source>A copy of “{title}”: change it, then Save.</source>
        <translation>Eine Kopie von „{title}“: Ändern Sie sie, dann Speichern.</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Das Paket kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>das Paket</translation>
    </message>
    <message>
        <source>This point prints its &lt;b&gt;{variant}&lt;/b&gt; text.</source>
        <translation>Dieser Punkt druckt seinen &lt;b&gt;{variant}&lt;/b&gt; Text.</translation>
    </message>
    <message>
        <source>This point is not on the page.</source>
        <translation>Dieser Punkt steht nicht auf der Seite.</translation>
    </message>
    <message>
        <source>&lt;i&gt;On the preview page:&lt;/i&gt; {note}</source>
        <translation>&lt;i&gt;Auf der Vorschauseite:&lt;/i&gt; {note}</translation>
    </message>
    <message>
        <source>Edit the pack’s {v0}</source>
        <translation>{v0} des Pakets bearbeiten</translation>
    </message>
    <message>
        <source>point {value}</source>
        <translation>Punkt {value}</translation>
    </message>
    <message>
        <source>Edit {v0} of “{title}”</source>
        <translation>{v0} von „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit {v0} for {audience} of “{title}”</source>
        <translation>{v0} für {audience} von „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Make “{title}” a {v0}</source>
        <translation>„{title}“ zu {v0} machen</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Einen Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>„{title}“ entfernen</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as the {how} text of “{name}”</source>
        <translation>Den Text des Termins als {how} Text von „{name}“ behalten</translation>
    </message>
    <message>
        <source>{value} (our wording)</source>
        <translation>{value} (unsere Formulierung)</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as a new point “{title}”</source>
        <translation>Den Text des Termins als neuen Punkt „{title}“ behalten</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n problem(s) marked in red first.</source>
        <translation>
            <numerusform>Nicht gespeichert: Beheben Sie zuerst das %n rot markierte Problem.</numerusform>
            <numerusform>Nicht gespeichert: Beheben Sie zuerst die %n rot markierten Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a pack</source>
        <translation>Ein Paket ersetzen</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with this one?</source>
        <translation>Sie haben schon ein Paket mit der Kennung „{id}“. Durch dieses ersetzen?</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <source>Cannot save the pack</source>
        <translation>Das Paket kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved “{title}” in your packs ({id}).</source>
        <translation>„{title}“ in Ihren Paketen gespeichert ({id}).</translation>
    </message>
    <message>
        <source>Pack toolbar</source>
        <translation>Paket-Werkzeugleiste</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Neues Paket</translation>
    </message>
    <message>
        <source>Start a pack from a copy of another one</source>
        <translation>Ein Paket als Kopie eines anderen beginnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open one of your packs</source>
        <translation>Eines Ihrer Pakete öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check the pack and save it in your packs (Ctrl+S)</source>
        <translation>Das Paket prüfen und in Ihren Paketen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Use in This Brief</source>
        <translation>In diesem Briefing verwenden</translation>
    </message>
    <message>
        <source>Start from “{title}” ({id})</source>
        <translation>Mit „{title}“ ({id}) beginnen</translation>
    </message>
    <message>
        <source>No packs of your own yet</source>
        <translation>Noch keine eigenen Pakete</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes more than the whole page.</source>
        <translation>Kürzen Sie zuerst die Bitte: Mit den Angaben zum Treffen nimmt sie mehr als die ganze Seite ein.</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes {share} of the page.</source>
        <translation>Kürzen Sie zuerst die Bitte: Mit den Angaben zum Treffen nimmt sie {share} der Seite ein.</translation>
    </message>
    <message numerus="yes">
        <source>Or leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Oder lassen Sie diesen Punkt weg, damit die Seite passt: {points}.</numerusform>
            <numerusform>Oder lassen Sie diese %n Punkte weg, damit die Seite passt: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Lassen Sie diesen Punkt weg, damit die Seite passt: {points}.</numerusform>
            <numerusform>Lassen Sie diese %n Punkte weg, damit die Seite passt: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or shorten your text for them.</source>
        <translation>
            <numerusform>Oder kürzen Sie Ihren Text dazu.</numerusform>
            <numerusform>Oder kürzen Sie Ihre Texte dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long:</source>
        <translation>Zu lang:</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Inhaltspaket</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Helles Logo</translation>
    </message>
    <message>
        <source>{field} left out: {path}: {why}.</source>
        <translation>{field} weggelassen: {path}: {why}.</translation>
    </message>
    <message>
        <source>{field} left out: {path} is outside the brief’s folder.</source>
        <translation>{field} weggelassen: {path} liegt außerhalb des Briefing-Ordners.</translation>
    </message>
    <message>
        <source>{name} was opened without some files</source>
        <translation>{name} wurde ohne einige Dateien geöffnet</translation>
    </message>
    <message>
        <source>To use a file, copy it into the brief’s folder and choose it there.</source>
        <translation>Um eine Datei zu verwenden, kopieren Sie sie in den Briefing-Ordner und wählen Sie sie dort aus.</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Texte auf</translation>
    </message>
    <message>
        <source>{language} (the pack’s own)</source>
        <translation>{language} (die des Pakets)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to write in {language} (marked ○).</source>
        <translation>
            <numerusform>%n Text fehlt noch ({language}, markiert ○).</numerusform>
            <numerusform>%n Texte fehlen noch ({language}, markiert ○).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every text is written in {language}.</source>
        <translation>Alle Texte liegen vor: {language}.</translation>
    </message>
    <message>
        <source>Edit the {language} text</source>
        <translation>Text bearbeiten ({language})</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster of who comes (CSV: name, zip, town, and state_district for the state seats they live in, like IL House 11): their members of Congress and state legislators, one meeting each</source>
        <translation>Die Termine aus einer Liste der Teilnehmenden planen (CSV: name, zip, town und state_district für die Wahlkreise im Bundesstaat, in denen sie wohnen, etwa IL House 11): ihre Kongressmitglieder und Abgeordneten des Bundesstaats, je ein Termin</translation>
    </message>
    <message>
        <source>Rosters (*.csv);;All files (*)</source>
        <translation>Teilnehmerlisten (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No ZIP data is imported, so the roster’s ZIP codes cannot be matched to members. Use File → Import Legislators… with the ZIP-to-district file first.</source>
        <translation>Es sind keine ZIP-Daten importiert, daher lassen sich die ZIP-Codes der Liste keinen Abgeordneten zuordnen. Zuerst Datei → Abgeordnete importieren… mit der ZIP-zu-Wahlkreis-Datei verwenden.</translation>
    </message>
    <message>
        <source>Planned {meetings} meetings for {people} people ({state} with state legislators) into {file}. Fill in the dates and times, then Build.</source>
        <translation>{meetings} Termine für {people} Personen geplant ({state} mit Abgeordneten des Bundesstaats), gespeichert in {file}. Daten und Uhrzeiten eintragen, dann Erstellen.</translation>
    </message>
    <message>
        <source>Cannot plan the meetings</source>
        <translation>Die Termine können nicht geplant werden</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Die Teilnehmerliste wählen</translation>
    </message>
    <message>
        <source>No one on the roster could be planned.</source>
        <translation>Für niemanden auf der Liste ließ sich ein Termin planen.</translation>
    </message>
    <message>
        <source>Save the planned meetings</source>
        <translation>Die geplanten Termine speichern</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>Termine geplant</translation>
    </message>
    <message>
        <source>Claim (what its proponents conclude)</source>
        <translation>Behauptung (was ihre Vertreter folgern)</translation>
    </message>
    <message>
        <source>Response, short</source>
        <translation>Antwort, kurz</translation>
    </message>
    <message>
        <source>Response, long</source>
        <translation>Antwort, lang</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Its own words for {audience}. Clear a field to use the default text.</source>
        <translation>Eigene Worte für {audience}. Leeren Sie ein Feld, um den Standardtext zu verwenden.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}. Type in a field to write its words for {audience}.</source>
        <translation>Verwendet den Standardtext für {audience}. Schreiben Sie in ein Feld, um seine Worte für {audience} zu verfassen.</translation>
    </message>
    <message>
        <source>Uses the default text: {text}</source>
        <translation>Verwendet den Standardtext: {text}</translation>
    </message>
    <message>
        <source>the default text: {count} words</source>
        <translation>der Standardtext: {count} Wörter</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>the print system did not take the page ({exc})</source>
        <translation>das Drucksystem hat die Seite nicht angenommen ({exc})</translation>
    </message>
    <message>
        <source>lp exited with {code}</source>
        <translation>lp endete mit {code}</translation>
    </message>
    <message>
        <source>the printer “{name}” did not take the page: {detail}</source>
        <translation>der Drucker „{name}“ hat die Seite nicht angenommen: {detail}</translation>
    </message>
    <message>
        <source>briefer build</source>
        <translation>briefer build</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>lobby day</source>
        <translation>Lobbytag</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {all} shown</source>
        <translation>
            <numerusform>%n von {all} angezeigt</numerusform>
            <numerusform>%n von {all} angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n Nachfassen überfällig</numerusform>
            <numerusform>%n Nachfassen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n bald fällig</numerusform>
            <numerusform>%n bald fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a report</source>
        <translation>
            <numerusform>%n ohne Bericht</numerusform>
            <numerusform>%n ohne Bericht</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <source>We met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>({count}, {given} given to the office)</source>
        <translation>({count}, {given} dem Büro übergeben)</translation>
    </message>
    <message>
        <source>given</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>not marked given</source>
        <translation>nicht als übergeben markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n kurz</numerusform>
            <numerusform>%n kurz</numerusform>
        </translation>
    </message>
    <message>
        <source>Follows the audience: the pack&apos;s ask for {audience}, as the page prints it. Edit it to write your own.</source>
        <translation>Folgt dem Publikum: die Bitte des Pakets für {audience}, so wie die Seite sie druckt. Ändern Sie sie, um Ihre eigene zu schreiben.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Kongress</translation>
    </message>
    <message>
        <source>Other legislators (CSV)</source>
        <translation>Andere Abgeordnete (CSV)</translation>
    </message>
    <message>
        <source>{members} and {committees}</source>
        <translation>{members} und {committees}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Abgeordnete(r)</numerusform>
            <numerusform>%n Abgeordnete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n Ausschuss</numerusform>
            <numerusform>%n Ausschüsse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Member(s) of the European Parliament from {source}</source>
        <translation>
            <numerusform>%n Mitglied des Europäischen Parlaments aus {source}</numerusform>
            <numerusform>%n Mitglieder des Europäischen Parlaments aus {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>States: {names}</source>
        <translation>Bundesstaaten: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n member(s), imported {date}</source>
        <translation>
            <numerusform>{label}: %n Abgeordnete(r), importiert am {date}</numerusform>
            <numerusform>{label}: %n Abgeordnete, importiert am {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>, data of {date}</source>
        <translation>, Daten vom {date}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the page has no way to reach you: no organisation, name, email or phone</source>
        <translation>die Seite nennt keinen Weg, Sie zu erreichen: keine Organisation, kein Name, keine E-Mail, kein Telefon</translation>
    </message>
    <message>
        <source>Add at least one on the Sender tab, so the office knows whom to call back.</source>
        <translation>Tragen Sie mindestens eines davon auf dem Reiter Absender ein, damit das Büro weiß, wen es zurückrufen kann.</translation>
    </message>
    <message>
        <source>the brief has no ask: a leave-behind without an explicit ask is weak</source>
        <translation>das Briefing enthält keine Bitte: ein Handout ohne ausdrückliche Bitte ist schwach</translation>
    </message>
    <message>
        <source>unknown block id &apos;{id}&apos;</source>
        <translation>unbekannte Punkt-ID „{id}“</translation>
    </message>
    <message>
        <source>block &apos;{id}&apos; is chosen twice</source>
        <translation>der Punkt „{id}“ ist zweimal gewählt</translation>
    </message>
    <message>
        <source>edit for unknown block id &apos;{id}&apos;</source>
        <translation>eigener Text für eine unbekannte Punkt-ID „{id}“</translation>
    </message>
    <message>
        <source>unknown paper &apos;{paper}&apos; (letter or a4)</source>
        <translation>unbekanntes Papierformat „{paper}“ (letter oder a4)</translation>
    </message>
    <message numerus="yes">
        <source>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</source>
        <translation>
            <numerusform>die Vorlage „{name}“ zeigt %n Punkt, zuerst einen jeder Art (eine Entgegnung, eine Empfehlung, die Belege); weggelassen: {left_out}</numerusform>
            <numerusform>die Vorlage „{name}“ zeigt %n Punkte, zuerst einen jeder Art (eine Entgegnung, eine Empfehlung, die Belege); weggelassen: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</source>
        <translation>
            <numerusform>die Bitte hat %n Wort: ein Satz von bis zu etwa {most} Wörtern wird gelesen und behalten; die Gründe gehören in die Punkte</numerusform>
            <numerusform>die Bitte hat %n Wörter: ein Satz von bis zu etwa {most} Wörtern wird gelesen und behalten; die Gründe gehören in die Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>template &apos;{name}&apos; has no place for: {points}</source>
        <translation>die Vorlage „{name}“ hat keinen Platz für: {points}</translation>
    </message>
    <message>
        <source>use a date like 2026-12-03 or Dec 3, 2026</source>
        <translation>geben Sie ein Datum wie 2026-12-03 oder Dec 3, 2026 ein</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: {why}</source>
        <translation>„{raw}“ ist kein Datum: {why}</translation>
    </message>
    <message>
        <source>unknown month &apos;{name}&apos;</source>
        <translation>unbekannter Monat „{name}“</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>es gibt keinen Monat {month}</translation>
    </message>
    <message>
        <source>that month has no day {day}</source>
        <translation>dieser Monat hat keinen Tag {day}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a meeting&apos;s date: the year must be from {first} to {last}</source>
        <translation>„{raw}“ ist kein Datum für einen Termin: das Jahr muss zwischen {first} und {last} liegen</translation>
    </message>
    <message>
        <source>unknown date order &apos;{order}&apos;: use mdy or dmy</source>
        <translation>unbekannte Datumsreihenfolge „{order}“: mdy oder dmy angeben</translation>
    </message>
    <message>
        <source>the date is empty: {example}</source>
        <translation>das Datum ist leer: {example}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not agree: {date} is a {weekday}</source>
        <translation>„{raw}“ stimmt nicht: {date} ist ein {weekday}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date in {order} order</source>
        <translation>„{raw}“ ist kein Datum in der Reihenfolge {order}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads two ways: {mdy} (month first) or {dmy} (day first); write {first} or {second}</source>
        <translation>„{raw}“ lässt sich zweifach lesen: {mdy} (Monat zuerst) oder {dmy} (Tag zuerst); schreiben Sie {first} oder {second}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>Monat/Tag/Jahr</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>Tag/Monat/Jahr</translation>
    </message>
    <message>
        <source>use a time like 10:30, 2:30 pm or 14:30</source>
        <translation>geben Sie eine Uhrzeit wie 10:30, 2:30 pm oder 14:30 ein</translation>
    </message>
    <message>
        <source>with am/pm the hour is 1 to 12</source>
        <translation>mit am/pm geht die Stunde von 1 bis 12</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a time: {why}</source>
        <translation>„{raw}“ ist keine Uhrzeit: {why}</translation>
    </message>
    <message>
        <source>the time is empty: {example}</source>
        <translation>die Uhrzeit ist leer: {example}</translation>
    </message>
    <message>
        <source>minutes go up to 59</source>
        <translation>die Minuten gehen bis 59</translation>
    </message>
    <message>
        <source>hours go up to 23</source>
        <translation>die Stunden gehen bis 23</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads as {time} AM: write {time} pm, or {early} for the early morning</source>
        <translation>„{raw}“ wird als {time} Uhr nachts (AM) gelesen: schreiben Sie {time} pm, oder {early} für den frühen Morgen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Abgeordnete(r)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wahlbezirk</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Ausschüsse</translation>
    </message>
    <message>
        <source>Subcommittees</source>
        <translation>Unterausschüsse</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Funktion des Mitarbeiters</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Filled from the directory</source>
        <translation>Aus dem Verzeichnis ausgefüllt</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefon des Büros</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Name (sender)</source>
        <translation>Name (Absender)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Über uns</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Helles Logo</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Bitte</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Gesetzentwurf</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Titel des Gesetzentwurfs</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Warum dieses Büro</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Adresse des QR-Codes</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Adressaten</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Sprache der Seite</translation>
    </message>
    <message>
        <source>Text where the page&apos;s language has none</source>
        <translation>Text, wo die Sprache der Seite keinen hat</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Inhaltspaket</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>Your texts for the talking points</source>
        <translation>Ihre Texte für die Gesprächspunkte</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>Briefer format version</source>
        <translation>Version des Briefer-Formats</translation>
    </message>
    <message>
        <source>(--template {name}; in the app, Format › Template Gallery)</source>
        <translation>(Format › Vorlagengalerie, „{name}“)</translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; template prints the ask with a response, a recommendation and the evidence in large type {how}</source>
        <translation>die Vorlage „{name}“ druckt die Bitte mit einer Entgegnung, einer Empfehlung und den Belegen in großer Schrift {how}</translation>
    </message>
    <message>
        <source>the text is set at {size} pt, small for a busy reader: {offer}</source>
        <translation>der Text ist in {size} pt gesetzt, klein für eilige Leser: {offer}</translation>
    </message>
    <message>
        <source>the logo has no organisation name to describe it to a screen reader (it is read as &apos;Logo&apos;): fill in sender.organization</source>
        <translation>das Logo hat keinen Organisationsnamen, mit dem ein Screenreader es beschreibt (es wird als „Logo“ vorgelesen): tragen Sie auf dem Reiter Absender die Organisation ein</translation>
    </message>
    <message>
        <source>banner&apos;s colour</source>
        <translation>Farbe des Banners</translation>
    </message>
    <message>
        <source>sidebar&apos;s colour</source>
        <translation>Farbe der Seitenleiste</translation>
    </message>
    <message>
        <source>the light version of the logo has too little contrast with the {where} ({background}): it is printed on a white plate</source>
        <translation>die helle Version des Logos hebt sich zu wenig von der {where} ({background}) ab: sie wird auf einer weißen Fläche gedruckt</translation>
    </message>
    <message>
        <source>the logo has too little contrast with the {where} ({background}): it is printed on a white plate; a light version of the logo (sender.logo_light) would print without one</source>
        <translation>das Logo hebt sich zu wenig von der {where} ({background}) ab: es wird auf einer weißen Fläche gedruckt; eine helle Version des Logos (Helles Logo auf dem Reiter Absender) käme ohne sie aus</translation>
    </message>
    <message>
        <source>the logo {name} prints at {dpi} dpi and will look blurred: use one at least {need} pixels wide (or an SVG)</source>
        <translation>das Logo {name} wird mit {dpi} dpi gedruckt und wirkt unscharf: nehmen Sie eines mit mindestens {need} Pixeln Breite (oder ein SVG)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address: write it in full, such as https://example.org/report</source>
        <translation>„{url}“ ist keine Webadresse: schreiben Sie sie vollständig, etwa https://example.org/report</translation>
    </message>
    <message>
        <source>the QR code&apos;s address is too long: use a shorter link</source>
        <translation>die Adresse des QR-Codes ist zu lang: nehmen Sie einen kürzeren Link</translation>
    </message>
    <message numerus="yes">
        <source>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</source>
        <translation>
            <numerusform>die Seitenleiste ist um etwa %n Zeile zu lang: kürzen Sie die Bitte oder die Angaben zum Treffen, oder wählen Sie eine andere Vorlage</numerusform>
            <numerusform>die Seitenleiste ist um etwa %n Zeilen zu lang: kürzen Sie die Bitte oder die Angaben zum Treffen, oder wählen Sie eine andere Vorlage</numerusform>
        </translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>US-Kongress</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Parlament eines US-Bundesstaats</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Europäisches Parlament</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Nationales Parlament</translation>
    </message>
    <message>
        <source>the audience is {audience} ({id}), but {who} sits in {body}: the headings, dates and paper speak to the wrong body; choose {found}, or no audience to follow the meeting</source>
        <translation>die Zielgruppe ist {audience} ({id}), aber {who} gehört zu: {body}; Überschriften, Daten und Papier sprechen die falsche Körperschaft an; wählen Sie {found} oder keine Zielgruppe, damit der Termin sie bestimmt</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>das Mitglied</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Abgeordnete(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pack, or why there is none</source>
        <translation>Unterlagen, oder warum es keine gibt</translation>
    </message>
    <message>
        <source>Run &amp;Failed Lines Again</source>
        <translation>&amp;Fehlgeschlagene Zeilen erneut erstellen</translation>
    </message>
    <message numerus="yes">
        <source>Built {built} of %n meeting(s)</source>
        <translation>
            <numerusform>{built} von %n Termin erstellt</numerusform>
            <numerusform>{built} von %n Terminen erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>{meetings}, {files}, the schedule ({index}) and the calendar ({calendar}).</source>
        <translation>{meetings}, {files}, der Tagesplan ({index}) und der Kalender ({calendar}).</translation>
    </message>
    <message>
        <source>{meetings}, {files}.</source>
        <translation>{meetings}, {files}.</translation>
    </message>
    <message>
        <source>Cancelled. {text} The schedule ({index}) was not written; meetings already under way when you cancelled may have been written too.</source>
        <translation>Abgebrochen. {text} Der Tagesplan ({index}) wurde nicht geschrieben; Termine, die beim Abbrechen schon in Arbeit waren, können trotzdem geschrieben worden sein.</translation>
    </message>
    <message>
        <source>{text} {failed}</source>
        <translation>{text} {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) could not be built:</source>
        <translation>
            <numerusform>%n Termin konnte nicht erstellt werden:</numerusform>
            <numerusform>%n Termine konnten nicht erstellt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {stem} ({kinds})</source>
        <translation>Zeile {line}: {stem} ({kinds})</translation>
    </message>
    <message>
        <source>Line {line}: not built — {reason}</source>
        <translation>Zeile {line}: nicht erstellt — {reason}</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht gelaufen</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>nicht in diesem Durchlauf</translation>
    </message>
    <message>
        <source>{status} — check</source>
        <translation>{status} — prüfen</translation>
    </message>
    <message>
        <source>no legislator</source>
        <translation>kein Abgeordneter</translation>
    </message>
    <message>
        <source>Line {line}: {who}</source>
        <translation>Zeile {line}: {who}</translation>
    </message>
    <message>
        <source>Built: {files} (double-click to open)</source>
        <translation>Erstellt: {files} (Doppelklick öffnet)</translation>
    </message>
    <message>
        <source>Not built: {reason}</source>
        <translation>Nicht erstellt: {reason}</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Prüfen: {warning}</translation>
    </message>
    <message>
        <source>an attendee is empty</source>
        <translation>ein Teilnehmer ist leer</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write an attendee as Name (ZIP), like Anna Kowalska (03301)</source>
        <translation>„{value}“: Teilnehmer als Name (PLZ) schreiben, etwa Anna Kowalska (03301)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no name before the ZIP</source>
        <translation>„{value}“ hat keinen Namen vor der PLZ</translation>
    </message>
    <message>
        <source>{person} may live in {where} (the ZIP spans {spans}): not named on the page; check the street address (then confirmed: true names them)</source>
        <translation>{person} wohnt vielleicht in {where} (die PLZ reicht über {spans}): nicht auf der Seite genannt; prüfen Sie die Straßenadresse (danach nennt confirmed: true die Person)</translation>
    </message>
    <message>
        <source>constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); their town and state are used as given</source>
        <translation>Wähler nicht geprüft: keine PLZ-Daten importiert (briefer legislators import zccd.csv); Ort und Bundesstaat werden wie angegeben verwendet</translation>
    </message>
    <message>
        <source>constituents not checked: the meeting names no state and chamber</source>
        <translation>Wähler nicht geprüft: der Termin nennt weder Bundesstaat noch Kammer</translation>
    </message>
    <message>
        <source>{person} gives {given}, not {state}: not named as a constituent</source>
        <translation>{person} gibt {given} an, nicht {state}: nicht als Wähler genannt</translation>
    </message>
    <message>
        <source>{person} has no ZIP: not checked as a constituent</source>
        <translation>{person} hat keine PLZ: nicht als Wähler geprüft</translation>
    </message>
    <message>
        <source>{person}: ZIP {zip} is not in the ZIP data (PO-box ZIPs are missing): not checked</source>
        <translation>{person}: die PLZ {zip} fehlt in den PLZ-Daten (Postfach-PLZ fehlen): nicht geprüft</translation>
    </message>
    <message>
        <source>{person} lives in {places}, not {seat}: not named as a constituent</source>
        <translation>{person} wohnt in {places}, nicht in {seat}: nicht als Wähler genannt</translation>
    </message>
    <message>
        <source>{person} lives in {state}, but a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person} wohnt in {state}, aber die PLZ verrät den Wahlkreis für {place} nicht: bestätigen Sie die Person als Wähler, um sie auf der Seite zu nennen</translation>
    </message>
    <message>
        <source>{person} a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person}: die PLZ verrät den Wahlkreis für {place} nicht: bestätigen Sie die Person als Wähler, um sie auf der Seite zu nennen</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{state} senator</source>
        <translation>Senator von {state}</translation>
    </message>
    <message numerus="yes">
        <source>too long for one page by about %n lines even at {size} pt with short texts</source>
        <translation>
            <numerusform>um etwa %n Zeile zu lang für eine Seite, selbst bei {size} pt und mit kurzen Texten</numerusform>
            <numerusform>um etwa %n Zeilen zu lang für eine Seite, selbst bei {size} pt und mit kurzen Texten</numerusform>
        </translation>
    </message>
    <message>
        <source>{head}: shorten the ask, the edits or the contact details</source>
        <translation>{head}: kürzen Sie die Bitte, Ihre Änderungen oder die Kontaktangaben</translation>
    </message>
</context>
</TS>
