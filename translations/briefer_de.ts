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
        <source>&amp;Copy Read-ahead Text</source>
        <translation>Vorab-Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Den Text für eine E-Mail an das Büro vor dem Termin kopieren</translation>
    </message>
    <message>
        <source>Import &amp;Legislators…</source>
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
        <translation>Fenster &amp;schließen</translation>
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
        <translation>&amp;Ganze Seite</translation>
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
        <translation>Forma&amp;t</translation>
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
        <source>&lt;i&gt;Claim: “{claim}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;Behauptung: „{claim}“&lt;/i&gt;</translation>
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
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Exported {name} ({label}, one page at {size} pt)</source>
        <translation>{name} exportiert ({label}, eine Seite mit {size} pt)</translation>
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
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
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
        <source>Choose a Logo</source>
        <translation>Ein Logo wählen</translation>
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
        <source>e.g. Jeanne Shaheen</source>
        <translation>z. B. Jeanne Shaheen</translation>
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
        <source>Staffer:</source>
        <translation>Mitarbeiter(in):</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Mitarbeiter(in)</translation>
    </message>
    <message>
        <source>Who you meet</source>
        <translation>Wen Sie treffen</translation>
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
        <source>QR code address</source>
        <translation>Adresse des QR-Codes</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-Code:</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>{name} eintragen</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>The meeting has a date</source>
        <translation>Der Termin hat ein Datum</translation>
    </message>
    <message>
        <source>Untick to leave the date off the page</source>
        <translation>Haken entfernen, um das Datum nicht auf die Seite zu setzen</translation>
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
        <source>Change template</source>
        <translation>Vorlage ändern</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Papier ändern</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Nicht aktualisiert: Die Seite ist zu lang — gezeigt wird die letzte Fassung, die passte.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Nicht aktualisiert: Die Seite lässt sich nicht erstellen — gezeigt wird die letzte erstellte Fassung.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
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
        <source>Too long:</source>
        <translation>Zu lang:</translation>
    </message>
    <message>
        <source>remove a point or shorten an edit</source>
        <translation>entfernen Sie einen Punkt oder kürzen Sie einen eigenen Text</translation>
    </message>
    <message>
        <source>shorten the ask (with the meeting details it takes {share} of the page), or remove a point</source>
        <translation>kürzen Sie die Bitte (mit den Termindaten nimmt sie {share} der Seite ein) oder entfernen Sie einen Punkt</translation>
    </message>
    <message>
        <source>candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
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
</context>
</TS>
