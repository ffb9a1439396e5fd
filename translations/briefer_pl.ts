<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>Briefer ran into an unexpected problem. Your brief is kept for recovery; saving or exporting again usually works.</source>
        <translation>Briefer napotkał nieoczekiwany problem. Twój brief jest zachowany do odzyskania; ponowne zapisanie lub eksport zwykle się udaje.</translation>
    </message>
    <message>
        <source>{summary}

Details were written to {log}</source>
        <translation>{summary}

Szczegóły zapisano w {log}</translation>
    </message>
    <message>
        <source>Briefer briefs (*.yaml *.yml);;All files (*)</source>
        <translation>Briefy Briefera (*.yaml *.yml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Zapisać zmiany w „{name}”?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Zmiany przepadną, jeśli ich nie zapiszesz.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>A file outside the brief’s folder</source>
        <translation>Plik spoza folderu briefu</translation>
    </message>
    <message>
        <source>This brief’s {field} points outside its folder: {path}. Use it?</source>
        <translation>{field} tego briefu wskazuje poza jego folder: {path}. Użyć?</translation>
    </message>
    <message>
        <source>Say Yes only if you trust whoever made the brief: a brief from someone else could put a file from your computer on the page. Yes allows it for this brief only.</source>
        <translation>Wybierz Tak tylko wtedy, gdy ufasz autorowi briefu: cudzy brief mógłby umieścić na stronie plik z Twojego komputera. Tak zezwala na to tylko dla tego briefu.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Plik: {file}</translation>
    </message>
    <message>
        <source>Line: {line}</source>
        <translation>Wiersz: {line}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Pole: {field}</translation>
    </message>
    <message>
        <source>Print leave-behind</source>
        <translation>Drukuj notatkę</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>Start a new brief</source>
        <translation>Zacznij nowy brief</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open a brief</source>
        <translation>Otwórz brief</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>Zapisz brief</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>Save the brief under a new name</source>
        <translation>Zapisz brief pod nową nazwą</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Export the page as a PDF</source>
        <translation>Eksportuj stronę jako PDF</translation>
    </message>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>Eksportuj dokument &amp;Word…</translation>
    </message>
    <message>
        <source>Export the page as a Word document (DOCX)</source>
        <translation>Eksportuj stronę jako dokument Word (DOCX)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Drukuj stronę</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Kopiuj tekst do e-maila do biura przed spotkaniem</translation>
    </message>
    <message>
        <source>Copy Read-ahead &amp;Text</source>
        <translation>&amp;Kopiuj tekst do wysłania</translation>
    </message>
    <message>
        <source>&amp;Import Legislators…</source>
        <translation>Importuj &amp;parlamentarzystów…</translation>
    </message>
    <message>
        <source>Import the members and their committees, to look them up by name</source>
        <translation>Importuj parlamentarzystów i ich komisje, by wyszukiwać ich po nazwisku</translation>
    </message>
    <message>
        <source>&amp;Lobby Day…</source>
        <translation>Dzień &amp;lobbingu…</translation>
    </message>
    <message>
        <source>Build a leave-behind for every meeting in a CSV, and the day&apos;s schedule</source>
        <translation>Przygotuj notatkę na każde spotkanie z pliku CSV i plan dnia</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Za&amp;mknij okno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Cała s&amp;trona</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Do s&amp;zerokości</translation>
    </message>
    <message>
        <source>Briefer &amp;Guide</source>
        <translation>&amp;Podręcznik Briefera</translation>
    </message>
    <message>
        <source>Open the user guide (it is part of Briefer: no internet needed)</source>
        <translation>Otwórz podręcznik (jest częścią Briefera: internet niepotrzebny)</translation>
    </message>
    <message>
        <source>&amp;About Briefer</source>
        <translation>&amp;O Brieferze</translation>
    </message>
    <message>
        <source>Template &amp;Gallery…</source>
        <translation>&amp;Galeria szablonów…</translation>
    </message>
    <message>
        <source>Every template with this brief</source>
        <translation>Każdy szablon z tym briefem</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz ost&amp;atnie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormatowanie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>No recent briefs</source>
        <translation>Brak ostatnich briefów</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Wyczyść menu</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Select a talking point to see and edit its text.</source>
        <translation>Wybierz punkt rozmowy, aby zobaczyć i edytować jego tekst.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Zmieniony</translation>
    </message>
    <message>
        <source>This point uses your own text</source>
        <translation>Ten punkt używa twojego tekstu</translation>
    </message>
    <message>
        <source>Words for the audience</source>
        <translation>Słowa dla odbiorców</translation>
    </message>
    <message>
        <source>Words for:</source>
        <translation>Słowa dla:</translation>
    </message>
    <message>
        <source>Write this point’s words for the audience in your own pack (opens the pack editor; nothing changes until you save)</source>
        <translation>Napisz słowa tego punktu dla odbiorców we własnym pakiecie (otwiera edytor pakietów; nic się nie zmieni, dopóki nie zapiszesz)</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Teza</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Krótki tekst</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Długi tekst</translation>
    </message>
    <message>
        <source>Your text for this meeting</source>
        <translation>Twój tekst na to spotkanie</translation>
    </message>
    <message>
        <source>Empty: the pack’s text is used. Type here to use your own words for this meeting.</source>
        <translation>Puste: używany jest tekst pakietu. Pisz tutaj, by użyć własnych słów na to spotkanie.</translation>
    </message>
    <message>
        <source>Start from the pack’s text</source>
        <translation>Zacznij od tekstu pakietu</translation>
    </message>
    <message>
        <source>Copy the long text into your text, to shorten or adapt it</source>
        <translation>Skopiuj długi tekst do swojego, by go skrócić lub dostosować</translation>
    </message>
    <message>
        <source>Reset to original</source>
        <translation>Przywróć oryginał</translation>
    </message>
    <message>
        <source>Remove your text and use the pack’s again</source>
        <translation>Usuń swój tekst i wróć do tekstu pakietu</translation>
    </message>
    <message>
        <source>Keep in My Pack</source>
        <translation>Zachowaj w moim pakiecie</translation>
    </message>
    <message>
        <source>Keep this wording for the next meetings: in your own pack, as this point’s short or long text or as a new point (opens the pack editor; nothing changes until you save)</source>
        <translation>Zachowaj to sformułowanie na kolejne spotkania: w swoim pakiecie, jako krótki lub długi tekst tego punktu albo jako nowy punkt (otwiera edytor pakietów; nic się nie zmieni, dopóki nie zapiszesz)</translation>
    </message>
    <message>
        <source>As This Point’s Long Text</source>
        <translation>Jako długi tekst tego punktu</translation>
    </message>
    <message>
        <source>As This Point’s Short Text</source>
        <translation>Jako krótki tekst tego punktu</translation>
    </message>
    <message>
        <source>As a New Point</source>
        <translation>Jako nowy punkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text for this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twój tekst na to spotkanie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>on the page</source>
        <translation>na stronie</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n słowo</numerusform>
            <numerusform>%n słowa</numerusform>
            <numerusform>%n słów</numerusform>
        </translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>Na stronie</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nie wybrany</translation>
    </message>
    <message>
        <source>your text is used</source>
        <translation>używany jest twój tekst</translation>
    </message>
    <message>
        <source>the fit uses the short text</source>
        <translation>strona używa krótkiego tekstu</translation>
    </message>
    <message>
        <source>the fit uses the long text</source>
        <translation>strona używa długiego tekstu</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (the pack’s long texts keep to {limit})</source>
        <translation>
            <numerusform>%n słowo (długie teksty pakietu mają najwyżej {limit})</numerusform>
            <numerusform>%n słowa (długie teksty pakietu mają najwyżej {limit})</numerusform>
            <numerusform>%n słów (długie teksty pakietu mają najwyżej {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own words for {audience}.</source>
        <translation>Własne słowa dla: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}.</source>
        <translation>Używa domyślnego tekstu dla: {audience}.</translation>
    </message>
    <message>
        <source>Edit Words for {audience}…</source>
        <translation>Edytuj słowa dla: {audience}…</translation>
    </message>
    <message>
        <source>Write Words for {audience}…</source>
        <translation>Napisz słowa dla: {audience}…</translation>
    </message>
    <message>
        <source>Edit text of “{title}”</source>
        <translation>Edycja tekstu „{title}”</translation>
    </message>
    <message>
        <source>Reset “{title}”</source>
        <translation>Przywrócenie „{title}”</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Punkt rozmowy</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Punkty rozmowy</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the selected point up within its section (Alt+Up)</source>
        <translation>Przesuń wybrany punkt w górę w jego sekcji (Alt+Góra)</translation>
    </message>
    <message>
        <source>Move the selected point down within its section (Alt+Down)</source>
        <translation>Przesuń wybrany punkt w dół w jego sekcji (Alt+Dół)</translation>
    </message>
    <message>
        <source>Tick the points for this meeting; drag to reorder within a section.</source>
        <translation>Zaznacz punkty na to spotkanie; przeciągnij, by zmienić kolejność w sekcji.</translation>
    </message>
    <message>
        <source>{chosen} of {all}</source>
        <translation>{chosen} z {all}</translation>
    </message>
    <message>
        <source>too long: cut?</source>
        <translation>za długo: wyciąć?</translation>
    </message>
    <message>
        <source>The page is too long: leaving it out helps.</source>
        <translation>Strona jest za długa: pominięcie tego punktu pomoże.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>zmieniony</translation>
    </message>
    <message>
        <source>Not on the page. Your text:</source>
        <translation>Nie ma go na stronie. Twój tekst:</translation>
    </message>
    <message>
        <source>Not on the page. Short text:</source>
        <translation>Nie ma go na stronie. Krótki tekst:</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>twój tekst</translation>
    </message>
    <message>
        <source>On the page, in your text for this meeting:</source>
        <translation>Na stronie, w twoim tekście na to spotkanie:</translation>
    </message>
    <message>
        <source>long</source>
        <translation>długi</translation>
    </message>
    <message>
        <source>short</source>
        <translation>krótki</translation>
    </message>
    <message>
        <source>On the page, in its long text:</source>
        <translation>Na stronie, w długim tekście:</translation>
    </message>
    <message>
        <source>On the page, in its short text:</source>
        <translation>Na stronie, w krótkim tekście:</translation>
    </message>
    <message>
        <source>Chosen (the preview is being updated):</source>
        <translation>Wybrany (podgląd się odświeża):</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nie pokazany</translation>
    </message>
    <message>
        <source>Chosen, but this template has no place for it:</source>
        <translation>Wybrany, ale ten szablon nie ma na niego miejsca:</translation>
    </message>
    <message>
        <source>Chosen, but the page could not be built:</source>
        <translation>Wybrany, ale nie udało się zbudować strony:</translation>
    </message>
    <message>
        <source>Uses its default words for {audience}.</source>
        <translation>Używa swoich domyślnych słów dla: {audience}.</translation>
    </message>
    <message>
        <source>They name another body: “{names}”.</source>
        <translation>Wymieniają inną instytucję: „{names}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) chosen</source>
        <translation>
            <numerusform>%n punkt wybrany</numerusform>
            <numerusform>%n punkty wybrane</numerusform>
            <numerusform>%n punktów wybranych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the page</source>
        <translation>
            <numerusform>%n na stronie</numerusform>
            <numerusform>%n na stronie</numerusform>
            <numerusform>%n na stronie</numerusform>
        </translation>
    </message>
    <message>
        <source>A leave-behind needs at least one talking point.</source>
        <translation>Notatka potrzebuje co najmniej jednego punktu.</translation>
    </message>
    <message>
        <source>Choose “{title}”</source>
        <translation>Wybór „{title}”</translation>
    </message>
    <message>
        <source>Leave out “{title}”</source>
        <translation>Pominięcie „{title}”</translation>
    </message>
    <message>
        <source>Only chosen points can be moved.</source>
        <translation>Przesuwać można tylko wybrane punkty.</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Przesunięcie „{title}”</translation>
    </message>
    <message>
        <source>Reorder {section}</source>
        <translation>Zmiana kolejności: {section}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>dokument Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dokumenty Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Nie można drukować</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Nie można wyeksportować</translation>
    </message>
    <message>
        <source>Cannot copy the text</source>
        <translation>Nie można skopiować tekstu</translation>
    </message>
    <message>
        <source>Print without your details?</source>
        <translation>Drukować bez twoich danych?</translation>
    </message>
    <message>
        <source>Export without your details?</source>
        <translation>Eksportować bez twoich danych?</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Drukuj mimo to</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Eksportuj mimo to</translation>
    </message>
    <message>
        <source>Exported {name} ({label}, one page at {size} pt).</source>
        <translation>Wyeksportowano {name} ({label}, jedna strona, {size} pt).</translation>
    </message>
    <message>
        <source>Once you leave it with the office: Meetings › Mark the Page as Given.</source>
        <translation>Gdy zostawisz ją w biurze: Spotkania › Oznacz stronę jako przekazaną.</translation>
    </message>
    <message>
        <source>Lobby Day</source>
        <translation>Dzień lobbingu</translation>
    </message>
    <message>
        <source>Meetings built</source>
        <translation>Przygotowane spotkania</translation>
    </message>
    <message>
        <source>%v of %m meetings</source>
        <translation>%v z %m spotkań</translation>
    </message>
    <message>
        <source>Meetings that could not be built</source>
        <translation>Spotkania, których nie udało się przygotować</translation>
    </message>
    <message>
        <source>After fixing the CSV: build only the lines that failed</source>
        <translation>Po poprawieniu CSV: przygotuj tylko wiersze, które się nie udały</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Show the folder with the files</source>
        <translation>Pokaż folder z plikami</translation>
    </message>
    <message>
        <source>Open Sc&amp;hedule</source>
        <translation>Otwórz p&amp;lan</translation>
    </message>
    <message>
        <source>Open the day&apos;s schedule ({INDEX_NAME}) to print it</source>
        <translation>Otwórz plan dnia ({INDEX_NAME}), by go wydrukować</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>Przy&amp;gotuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cannot build the lobby day</source>
        <translation>Nie można przygotować dnia lobbingu</translation>
    </message>
    <message>
        <source>Cannot use the base brief</source>
        <translation>Nie można użyć briefu bazowego</translation>
    </message>
    <message>
        <source>The base brief</source>
        <translation>Brief bazowy</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Zastąpić pliki?</translation>
    </message>
    <message>
        <source>{name} already holds a lobby day ({v0}). Replace its files?</source>
        <translation>{name} zawiera już dzień lobbingu ({v0}). Zastąpić jego pliki?</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Wczytywanie spotkań…</translation>
    </message>
    <message>
        <source>Cancelling after the meetings in progress…</source>
        <translation>Anulowanie po spotkaniach w toku…</translation>
    </message>
    <message>
        <source>No leave-behind for this meeting</source>
        <translation>Brak notatki na to spotkanie</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Brak planu</translation>
    </message>
    <message>
        <source>{path} is not there: build the lobby day first.</source>
        <translation>Nie ma {path}: najpierw przygotuj dzień lobbingu.</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>Nie można pokazać pliku</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: this computer has no program set to open {v0} files. Show the folder that holds it?</source>
        <translation>Nie można pokazać „{name}”: ten komputer nie ma programu do otwierania plików {v0}. Pokazać folder, w którym jest?</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Nie można otworzyć folderu</translation>
    </message>
    <message>
        <source>{parent} cannot be shown.</source>
        <translation>Nie można pokazać {parent}.</translation>
    </message>
    <message>
        <source>{folder} cannot be shown.</source>
        <translation>Nie można pokazać {folder}.</translation>
    </message>
    <message>
        <source>Add your organisation, name, email or phone on the Sender tab.</source>
        <translation>Dodaj organizację, imię i nazwisko, e-mail lub telefon na karcie Nadawca.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be printed yet.</source>
        <translation>Notatka nie mieści się na jednej stronie, więc nie można jej jeszcze wydrukować.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be exported yet.</source>
        <translation>Notatka nie mieści się na jednej stronie, więc nie można jej jeszcze wyeksportować.</translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation>Eksport: {label}</translation>
    </message>
    <message>
        <source>Cannot export the {label}</source>
        <translation>Nie można wyeksportować: {label}</translation>
    </message>
    <message>
        <source>Copied the read-ahead text to the clipboard.</source>
        <translation>Skopiowano tekst do wysłania do schowka.</translation>
    </message>
    <message>
        <source>Printed to {name} in {parent} (a PDF, text kept as text).</source>
        <translation>Wydrukowano do {name} w {parent} (PDF, tekst pozostaje tekstem).</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where}.</source>
        <translation>Wysłano notatkę do {where}.</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where} as a picture of the page (no print system here to take the PDF itself).</source>
        <translation>Wysłano notatkę do {where} jako obraz strony (brak systemu druku, który przyjąłby sam PDF).</translation>
    </message>
    <message>
        <source>New brief.</source>
        <translation>Nowy brief.</translation>
    </message>
    <message>
        <source>Open brief</source>
        <translation>Otwórz brief</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a brief.</source>
        <translation>„{name}” to {kind}, a nie brief.</translation>
    </message>
    <message>
        <source>“{name}” is not a brief: it is {kind}.</source>
        <translation>„{name}” nie jest briefem: to {kind}.</translation>
    </message>
    <message>
        <source>Briefer opens briefs: the .yaml files it saves.</source>
        <translation>Briefer otwiera briefy: pliki .yaml, które sam zapisuje.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Nie można otworzyć {name}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Otwarto {name}.</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Zapisz brief</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Nie można zapisać {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Zapisano {name}.</translation>
    </message>
    <message>
        <source>Briefer Guide</source>
        <translation>Podręcznik Briefera</translation>
    </message>
    <message>
        <source>Briefer user guide</source>
        <translation>Podręcznik użytkownika Briefera</translation>
    </message>
    <message>
        <source>The user guide is missing: {path} was not found.</source>
        <translation>Brak podręcznika: nie znaleziono {path}.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Briefer speaks {language} from its next start.</source>
        <translation>Od następnego uruchomienia Briefer mówi: {language}.</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Logo (*.png *.jpg *.jpeg *.svg);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>SVG: stays sharp at any size.</source>
        <translation>SVG: ostre w każdym rozmiarze.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: prints sharply.</source>
        <translation>{kind}, {width} × {height} pikseli: drukuje się ostro.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: may print blurred: use a larger one.</source>
        <translation>{kind}, {width} × {height} pikseli: wydruk może być nieostry: użyj większego.</translation>
    </message>
    <message>
        <source>Meetings CSV</source>
        <translation>CSV ze spotkaniami</translation>
    </message>
    <message>
        <source>The meetings of the day, one per row</source>
        <translation>Spotkania dnia, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Base brief</source>
        <translation>Brief bazowy</translation>
    </message>
    <message>
        <source>Every meeting starts from this brief: its sender, ask, template</source>
        <translation>Każde spotkanie zaczyna się od tego briefu: nadawca, prośba, szablon</translation>
    </message>
    <message>
        <source>The open brief ({name})</source>
        <translation>Otwarty brief ({name})</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Folder docelowy</translation>
    </message>
    <message>
        <source>The folder for the files (created)</source>
        <translation>Folder na pliki (zostanie utworzony)</translation>
    </message>
    <message>
        <source>&amp;Suggested for each member’s committees</source>
        <translation>P&amp;ropozycje dla komisji każdej osoby</translation>
    </message>
    <message>
        <source>As “Apply suggestions” does; a row’s own blocks column wins</source>
        <translation>Jak „Zastosuj propozycje”; kolumna blocks wiersza ma pierwszeństwo</translation>
    </message>
    <message>
        <source>The base brief’s points for e&amp;very meeting</source>
        <translation>Punkty briefu bazowego na &amp;każde spotkanie</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist in the folder</source>
        <translation>&amp;Zastąp pliki, które już są w folderze</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Daty liczbowe</translation>
    </message>
    <message>
        <source>How to read a date like 3/12/2026 in the CSV</source>
        <translation>Jak czytać datę w rodzaju 3/12/2026 w CSV</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Spotkania:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Inny…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>B&amp;ase brief:</source>
        <translation>&amp;Brief bazowy:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Folder doc&amp;elowy:</translation>
    </message>
    <message>
        <source>From Roster…</source>
        <translation>Z listy uczestników…</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster</source>
        <translation>Zaplanuj spotkania z listy uczestników</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkty:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formaty:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Daty:</translation>
    </message>
    <message>
        <source>Choose the meetings CSV</source>
        <translation>Wybierz CSV ze spotkaniami</translation>
    </message>
    <message>
        <source>Choose the base brief</source>
        <translation>Wybierz brief bazowy</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Wybierz folder na pliki</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Choose light logo</source>
        <translation>Wybierz jasne logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <source>Remove light logo</source>
        <translation>Usuń jasne logo</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Choose a Light Logo</source>
        <translation>Wybierz jasne logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>This logo cannot be used: {exc}.</source>
        <translation>Tego logo nie można użyć: {exc}.</translation>
    </message>
    <message>
        <source>  No light logo</source>
        <translation>  Brak jasnego logo</translation>
    </message>
    <message>
        <source>Optional: a light version for coloured bands (the sidebar, the bold banner); without it a dark logo is printed there on a white plate.</source>
        <translation>Opcjonalnie: jasna wersja na kolorowe pasy (kolumna boczna, baner szablonu „bold”); bez niej ciemne logo jest tam drukowane na białym podkładzie.</translation>
    </message>
    <message>
        <source>  No logo</source>
        <translation>  Brak logo</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG; shown in the page&apos;s header.</source>
        <translation>PNG, JPEG lub SVG; widoczne w nagłówku strony.</translation>
    </message>
    <message>
        <source>  Cannot be shown</source>
        <translation>  Nie można pokazać</translation>
    </message>
    <message>
        <source>{problem} (looked for {path}): the page is made without it. Choose it again, or remove it.</source>
        <translation>{problem} (szukano: {path}): strona powstaje bez niego. Wybierz je ponownie albo usuń.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edycja: {field}</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Parlamentarzysta</translation>
    </message>
    <message>
        <source>Type a name, a state (NH) or a seat (CA-12), then pick the member</source>
        <translation>Wpisz nazwisko, stan (NH) lub okręg (CA-12), a potem wybierz osobę</translation>
    </message>
    <message>
        <source>e.g. Jeanne Shaheen</source>
        <translation>np. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>To fill in a member’s title, seat, party and committees from their name, &lt;a href=&quot;import&quot;&gt;import legislators…&lt;/a&gt;</source>
        <translation>Aby uzupełniać tytuł, okręg, partię i komisje po nazwisku, &lt;a href=&quot;import&quot;&gt;zaimportuj parlamentarzystów…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The legislator list could not be read. &lt;a href=&quot;import&quot;&gt;Import legislators…&lt;/a&gt; again.</source>
        <translation>Nie można odczytać listy parlamentarzystów. &lt;a href=&quot;import&quot;&gt;Zaimportuj parlamentarzystów…&lt;/a&gt; ponownie.</translation>
    </message>
    <message>
        <source>Import legislators</source>
        <translation>Importuj parlamentarzystów</translation>
    </message>
    <message>
        <source>Matching legislators</source>
        <translation>Pasujący parlamentarzyści</translation>
    </message>
    <message>
        <source>Pick a member from the list to fill in their details</source>
        <translation>Wybierz osobę z listy, aby uzupełnić jej dane</translation>
    </message>
    <message>
        <source>Your members (ZIP {home_zip})</source>
        <translation>Twoi przedstawiciele (ZIP {home_zip})</translation>
    </message>
    <message>
        <source>From the ZIP data of {v0}</source>
        <translation>Z danych ZIP z {v0}</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Pozostali</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>e.g. Senator</source>
        <translation>np. Senator</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Izba</translation>
    </message>
    <message>
        <source>e.g. Senate</source>
        <translation>np. Senate</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Chamber:</source>
        <translation>Izba:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>e.g. NH</source>
        <translation>np. NH</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Okręg</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>np. 12</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Okręg:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Partia:</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Komisje</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Foreign Relations, Banking</source>
        <translation>Oddzielone przecinkami, np. Foreign Relations, Banking</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Komisje:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Whom you meet: their name</source>
        <translation>Z kim się spotykasz: imię i nazwisko</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Stanowisko pracownika</translation>
    </message>
    <message>
        <source>e.g. foreign policy LA</source>
        <translation>np. doradca ds. polityki zagranicznej</translation>
    </message>
    <message>
        <source>Staffer:</source>
        <translation>Asystent:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Asystent</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Godzina:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>e.g. 10:30</source>
        <translation>np. 10:30</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>e.g. Russell 506</source>
        <translation>np. Russell 506</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Prośba:</translation>
    </message>
    <message>
        <source>One explicit sentence: what you ask this office to do</source>
        <translation>Jedno wyraźne zdanie: o co prosisz to biuro</translation>
    </message>
    <message>
        <source>Bill:</source>
        <translation>Projekt ustawy:</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Projekt ustawy</translation>
    </message>
    <message>
        <source>e.g. S. 1234 (if there is one)</source>
        <translation>np. S. 1234 (jeśli jest)</translation>
    </message>
    <message>
        <source>Bill title:</source>
        <translation>Tytuł projektu ustawy:</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Tytuł projektu ustawy</translation>
    </message>
    <message>
        <source>e.g. Belarus Democracy Act</source>
        <translation>np. Belarus Democracy Act</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Dlaczego to biuro</translation>
    </message>
    <message>
        <source>Empty: the line built from the committees</source>
        <translation>Puste: wiersz utworzony z komisji</translation>
    </message>
    <message>
        <source>Leave out this line</source>
        <translation>Pomiń ten wiersz</translation>
    </message>
    <message>
        <source>Print no line on why this office matters to the ask</source>
        <translation>Nie drukuj wiersza o tym, dlaczego to biuro jest ważne dla prośby</translation>
    </message>
    <message>
        <source>Why this office:</source>
        <translation>Dlaczego to biuro:</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Adres kodu QR</translation>
    </message>
    <message>
        <source>https://… printed as a QR code (optional)</source>
        <translation>https://… drukowany jako kod QR (opcjonalnie)</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>Kod QR:</translation>
    </message>
    <message>
        <source>Leave out why this office</source>
        <translation>Pomiń „dlaczego to biuro”</translation>
    </message>
    <message>
        <source>Print why this office</source>
        <translation>Drukuj „dlaczego to biuro”</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Uzupełnienie: {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>e.g. Belarus Freedom Forum</source>
        <translation>np. Belarus Freedom Forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Shown in the footer and as the author</source>
        <translation>Widoczne w stopce i jako autor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>O nas</translation>
    </message>
    <message>
        <source>Who you are, in one line</source>
        <translation>Kim jesteście, w jednym wierszu</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Nr w rejestrze</translation>
    </message>
    <message>
        <source>EU Transparency Register id, for EU meetings</source>
        <translation>Nr w unijnym Rejestrze służącym przejrzystości, na spotkania w UE</translation>
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
        <translation>Jasne logo:</translation>
    </message>
    <message>
        <source>Your details are remembered on this computer and filled in for every new brief.</source>
        <translation>Twoje dane zostają na tym komputerze i trafiają do każdego nowego briefu.</translation>
    </message>
    <message>
        <source>{template} (yours)</source>
        <translation>{template} (twój)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>How the leave-behind looks</source>
        <translation>Wygląd notatki</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter for US offices, A4 for European ones</source>
        <translation>Letter dla biur w USA, A4 dla europejskich</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Szablon</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Page &amp;Language</source>
        <translation>&amp;Język strony</translation>
    </message>
    <message>
        <source>Print the Pack’s Own Text Where It Has None in This Language</source>
        <translation>Drukuj własny tekst pakietu, gdy brak go w tym języku</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Zmiana szablonu</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Zmiana papieru</translation>
    </message>
    <message>
        <source>Change the page’s language</source>
        <translation>Zmiana języka strony</translation>
    </message>
    <message>
        <source>Change what prints where a point has no text in the page’s language</source>
        <translation>Zmień, co drukować, gdy punkt nie ma tekstu w języku strony</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Nie odświeżono: strona jest za długa — widać ostatnią wersję, która się mieściła.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Nie odświeżono: nie można zbudować strony — widać ostatnią zbudowaną wersję.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) use their default words for {audience}, which name another body:</source>
        <translation>
            <numerusform>%n punkt używa domyślnych słów dla: {audience}, które wymieniają inną instytucję:</numerusform>
            <numerusform>%n punkty używają domyślnych słów dla: {audience}, które wymieniają inną instytucję:</numerusform>
            <numerusform>%n punktów używa domyślnych słów dla: {audience}, które wymieniają inną instytucję:</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkty</numerusform>
            <numerusform>%n punktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in short form</source>
        <translation>
            <numerusform>%n w krótkiej formie</numerusform>
            <numerusform>%n w krótkiej formie</numerusform>
            <numerusform>%n w krótkiej formie</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits on one page at {size} pt</source>
        <translation>Mieści się na jednej stronie przy {size} pt</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
    <message>
        <source>the page could not be built</source>
        <translation>nie udało się zbudować strony</translation>
    </message>
    <message>
        <source>Cannot build the page</source>
        <translation>Nie można zbudować strony</translation>
    </message>
    <message>
        <source>Preview of the leave-behind</source>
        <translation>Podgląd notatki</translation>
    </message>
    <message>
        <source>The preview is not up to date</source>
        <translation>Podgląd nie jest aktualny</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Tworzenie podglądu…</translation>
    </message>
    <message>
        <source>Fit on the page</source>
        <translation>Mieszczenie się na stronie</translation>
    </message>
    <message>
        <source>Name a legislator on the Meeting tab, or their committees, to see the points that fit.</source>
        <translation>Podaj na karcie Spotkanie parlamentarzystę lub jego komisje, by zobaczyć pasujące punkty.</translation>
    </message>
    <message>
        <source>No suggestions for “{name}”: the name is not in the legislator list. Pick the member from the list on the Meeting tab, or type their committees there.</source>
        <translation>Brak propozycji dla „{name}”: tego nazwiska nie ma na liście parlamentarzystów. Wybierz osobę z listy na karcie Spotkanie lub wpisz tam jej komisje.</translation>
    </message>
    <message>
        <source>No suggestions yet: import legislators (File menu), or type the member’s committees on the Meeting tab.</source>
        <translation>Na razie brak propozycji: zaimportuj parlamentarzystów (menu Plik) lub wpisz komisje na karcie Spotkanie.</translation>
    </message>
    <message>
        <source>No suggestions: none of the member’s committees match a topic of this pack.</source>
        <translation>Brak propozycji: żadna z komisji tej osoby nie pasuje do tematów pakietu.</translation>
    </message>
    <message>
        <source>No suggestions: none of the listed committees match a topic of this pack.</source>
        <translation>Brak propozycji: żadna z podanych komisji nie pasuje do tematów pakietu.</translation>
    </message>
    <message>
        <source>✓ on the page now. Apply puts these and the framing in place of the current choice.</source>
        <translation>✓ już na stronie. Zastosuj wstawia te punkty i wprowadzenie w miejsce obecnego wyboru.</translation>
    </message>
    <message>
        <source>Suggested for this office</source>
        <translation>Propozycje dla tego biura</translation>
    </message>
    <message>
        <source>Apply suggestions</source>
        <translation>Zastosuj propozycje</translation>
    </message>
    <message>
        <source>Suggested points and why</source>
        <translation>Proponowane punkty i dlaczego</translation>
    </message>
    <message>
        <source>Hide the suggested points</source>
        <translation>Ukryj proponowane punkty</translation>
    </message>
    <message>
        <source>Show the suggested points</source>
        <translation>Pokaż proponowane punkty</translation>
    </message>
    <message>
        <source>These points are on the page</source>
        <translation>Te punkty są na stronie</translation>
    </message>
    <message>
        <source>Choose the suggested points and the opening framing instead of the current choice (Undo brings it back)</source>
        <translation>Wybierz proponowane punkty i wprowadzenie zamiast obecnego wyboru (Cofnij go przywraca)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) for {who}</source>
        <translation>
            <numerusform>%n punkt dla: {who}</numerusform>
            <numerusform>%n punkty dla: {who}</numerusform>
            <numerusform>%n punktów dla: {who}</numerusform>
        </translation>
    </message>
    <message>
        <source>From: </source>
        <translation>Z: </translation>
    </message>
    <message>
        <source>the committees on the Meeting tab</source>
        <translation>komisje z karty Spotkanie</translation>
    </message>
    <message>
        <source>these committees</source>
        <translation>te komisje</translation>
    </message>
    <message>
        <source>Apply suggestions for {who}</source>
        <translation>Propozycje dla: {who}</translation>
    </message>
    <message numerus="yes">
        <source>Chose %n point(s) suggested for {who}.</source>
        <translation>
            <numerusform>Wybrano %n punkt proponowany dla: {who}.</numerusform>
            <numerusform>Wybrano %n punkty proponowane dla: {who}.</numerusform>
            <numerusform>Wybrano %n punktów proponowanych dla: {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (from the chamber and the paper)</source>
        <translation>Automatycznie (wg izby i papieru)</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <translation>nie można narysować</translation>
    </message>
    <message>
        <source>Template Gallery</source>
        <translation>Galeria szablonów</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Whom the page addresses: the headings&apos; wording, the date style and the default paper</source>
        <translation>Do kogo mówi strona: brzmienie nagłówków, zapis dat i domyślny papier</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Odbiorcy:</translation>
    </message>
    <message>
        <source>Use This Template</source>
        <translation>Użyj tego szablonu</translation>
    </message>
    <message>
        <source>Each page is drawn with this brief. Double-click one to use it.</source>
        <translation>Każda strona jest narysowana z tym briefem. Kliknij dwukrotnie, by jej użyć.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Rysowanie…</translation>
    </message>
    <message>
        <source>Does not fit this brief:
{image}</source>
        <translation>Nie pasuje do tego briefu:
{image}</translation>
    </message>
    <message>
        <source>Headings name {legislature}; dates read “{shown}”.</source>
        <translation>Nagłówki wymieniają: {legislature}; daty wyglądają tak: „{shown}”.</translation>
    </message>
    <message>
        <source>Change audience</source>
        <translation>Zmiana odbiorców</translation>
    </message>
    <message>
        <source>{name}[*] — Briefer</source>
        <translation>{name}[*] — Briefer</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>O Brieferze</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Tailored one-page leave-behinds for meetings with legislators.&lt;/p&gt;&lt;p&gt;Choose the talking points for this office, see the page as you edit, and export a PDF or Word document that always fits on one page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Jednostronicowe notatki na spotkania z parlamentarzystami, dopasowane do rozmówcy.&lt;/p&gt;&lt;p&gt;Wybierz punkty rozmowy dla tego biura, oglądaj stronę podczas edycji i wyeksportuj PDF lub dokument Word, który zawsze mieści się na jednej stronie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an untitled brief</source>
        <translation>brief bez nazwy</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <source>Briefer did not close properly last time. Restore the unsaved changes to {name}?</source>
        <translation>Briefer nie zamknął się ostatnio poprawnie. Przywrócić niezapisane zmiany w {name}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <source>Constituents attending</source>
        <translation>Obecni wyborcy</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Dodaj osobę</translation>
    </message>
    <message>
        <source>Add M&amp;yself</source>
        <translation>Dodaj &amp;mnie</translation>
    </message>
    <message>
        <source>Add yourself, with the ZIP from the Sender tab</source>
        <translation>Dodaj siebie, z kodem ZIP z karty Nadawca</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Advocates at this meeting who live in the member’s state (for a representative, the district). The page names them as constituents only when the ZIP data agrees.</source>
        <translation>Uczestnicy spotkania mieszkający w stanie tej osoby (u członka Izby Reprezentantów: w okręgu). Strona nazywa ich wyborcami tylko wtedy, gdy potwierdzają to dane ZIP.</translation>
    </message>
    <message>
        <source>ZIP: {value}</source>
        <translation>ZIP: {value}</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Wpisz imię i nazwisko</translation>
    </message>
    <message>
        <source>Checked against the ZIP data of {v0}.</source>
        <translation>Sprawdzono z danymi ZIP z {v0}.</translation>
    </message>
    <message>
        <source>No ZIP data imported: the people are taken as given, not checked (File → Import Legislators, the ZIP-to-district file).</source>
        <translation>Nie zaimportowano danych ZIP: osoby są przyjmowane bez sprawdzenia (Plik → Importuj parlamentarzystów, plik ZIP-okręg).</translation>
    </message>
    <message>
        <source>Edit constituents</source>
        <translation>Edycja wyborców</translation>
    </message>
    <message>
        <source>Add me</source>
        <translation>Dodaj mnie</translation>
    </message>
    <message>
        <source>Add {name} ({code})</source>
        <translation>Dodanie: {name} ({code})</translation>
    </message>
    <message>
        <source>Fill in your name and your ZIP on the Sender tab to add yourself</source>
        <translation>Wpisz swoje imię i kod ZIP na karcie Nadawca, aby dodać siebie</translation>
    </message>
    <message>
        <source>Remove constituents</source>
        <translation>Usunięcie wyborców</translation>
    </message>
    <message>
        <source>✓ Constituent ({place})</source>
        <translation>✓ Wyborca ({place})</translation>
    </message>
    <message>
        <source>May be: the ZIP spans {codes}</source>
        <translation>Być może: ZIP obejmuje {codes}</translation>
    </message>
    <message>
        <source>another state</source>
        <translation>inny stan</translation>
    </message>
    <message>
        <source>Lives in {where}: not a constituent</source>
        <translation>Mieszka w: {where}: nie jest wyborcą</translation>
    </message>
    <message>
        <source>Confirm if they live in {place}</source>
        <translation>Potwierdź, jeśli mieszka w {place}</translation>
    </message>
    <message>
        <source>Not checked: no ZIP data</source>
        <translation>Nie sprawdzono: brak danych ZIP</translation>
    </message>
    <message>
        <source>Not checked: choose the legislator</source>
        <translation>Nie sprawdzono: wybierz parlamentarzystę</translation>
    </message>
    <message>
        <source>Not checked: no ZIP</source>
        <translation>Nie sprawdzono: brak ZIP</translation>
    </message>
    <message>
        <source>Not checked: ZIP not in the data</source>
        <translation>Nie sprawdzono: ZIP nie ma w danych</translation>
    </message>
    <message>
        <source>the member’s state</source>
        <translation>stan tej osoby</translation>
    </message>
    <message>
        <source>No constituents listed for {name} yet. Offices give the most weight to the people they represent: if anyone coming lives in {place}, add them here and the page will say so.</source>
        <translation>Nie ma jeszcze wyborców dla: {name}. Biura najbardziej liczą się z ludźmi, których reprezentują: jeśli ktoś z uczestników mieszka w {place}, dodaj go tutaj, a strona to powie.</translation>
    </message>
    <message>
        <source>No one listed lives in {place}, so the page calls no one a constituent. If someone from {place} can join, this meeting will carry more weight.</source>
        <translation>Nikt z listy nie mieszka w {place}, więc strona nikogo nie nazywa wyborcą. Jeśli dołączy ktoś z {place}, spotkanie będzie miało większą wagę.</translation>
    </message>
    <message>
        <source>To see your members, &lt;a href=&quot;import&quot;&gt;import the legislators and the ZIP-to-district file…&lt;/a&gt;</source>
        <translation>Aby zobaczyć swoich przedstawicieli, &lt;a href=&quot;import&quot;&gt;zaimportuj parlamentarzystów i plik ZIP-okręg…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Gdzie mieszkasz</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Twój kod ZIP</translation>
    </message>
    <message>
        <source>e.g. 03301</source>
        <translation>np. 03301</translation>
    </message>
    <message>
        <source>Your members</source>
        <translation>Twoi przedstawiciele</translation>
    </message>
    <message>
        <source>Used on this computer only, to find your members and whether you are their constituent. It is never printed on a page.</source>
        <translation>Używany tylko na tym komputerze, by znaleźć twoich przedstawicieli i sprawdzić, czy jesteś ich wyborcą. Nigdy nie trafia na stronę.</translation>
    </message>
    <message>
        <source>Your ZIP:</source>
        <translation>Twój ZIP:</translation>
    </message>
    <message>
        <source>Your members:</source>
        <translation>Twoi przedstawiciele:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your ZIP code to see your two senators and your representative.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wpisz swój kod ZIP, aby zobaczyć swoich dwóch senatorów i reprezentanta.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;ZIP data of {value}.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Dane ZIP z {value}.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>ZIP {home_zip} is not in the ZIP data (PO-box-only ZIPs are missing): try the ZIP of your home address.{dated}</source>
        <translation>ZIP {home_zip} nie ma w danych ZIP (brakuje kodów samych skrytek pocztowych): spróbuj kodu adresu zamieszkania.{dated}</translation>
    </message>
    <message>
        <source> — &lt;i&gt;may be yours&lt;/i&gt;</source>
        <translation> — &lt;i&gt;być może twój&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No member in the directory for {seat}</source>
        <translation>Brak osoby w katalogu dla {seat}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Your ZIP spans {codes}: which of them is yours depends on your street address.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Twój ZIP obejmuje {codes}: który jest twój, zależy od adresu.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Legislator files (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;HowTheyVote.eu export, MEPs (*.zip *.csv.gz *.csv);;CSV files (*.csv);;All files (*)</source>
        <translation>Pliki parlamentarzystów (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;Eksport HowTheyVote.eu, posłowie do PE (*.zip *.csv.gz *.csv);;Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import the members of Congress and their committees from the public &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt; files. Choose the folder that holds them:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (optional: the members’ offices)&lt;/li&gt;&lt;/ul&gt;For another legislature, choose a CSV file whose first line names the columns: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;To find each advocate’s members from their ZIP code, also choose the public &lt;b&gt;ZIP-to-district&lt;/b&gt; file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District maps change, so the app shows the date of the data you import: give it below (where you got the file says when it was published).&lt;/p&gt;</source>
        <translation>Zaimportuj członków Kongresu i ich komisje z publicznych plików &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt;. Wybierz folder, w którym są:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (opcjonalnie: biura parlamentarzystów)&lt;/li&gt;&lt;/ul&gt;Dla innego parlamentu wybierz plik CSV, którego pierwszy wiersz nazywa kolumny: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;Aby znaleźć przedstawicieli każdego uczestnika po kodzie ZIP, wybierz też publiczny plik &lt;b&gt;ZIP-okręg&lt;/b&gt; (zccd.csv, kolumny state_fips, state_abbr, zcta, cd). Mapy okręgów się zmieniają, więc aplikacja pokazuje datę importowanych danych: podaj ją poniżej (źródło pliku mówi, kiedy go opublikowano).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State legislators&lt;/b&gt;: choose a checkout of Open States’ openstates/people data, or one state’s folder. &lt;b&gt;Members of the European Parliament&lt;/b&gt;: choose HowTheyVote.eu’s export (the zip archive, or a folder of its tables). Each import adds to what is there and replaces only its own part.</source>
        <translation>&lt;b&gt;Ustawodawcy stanowi&lt;/b&gt;: wybierz kopię danych openstates/people projektu Open States albo folder jednego stanu. &lt;b&gt;Posłowie do Parlamentu Europejskiego&lt;/b&gt;: wybierz eksport HowTheyVote.eu (archiwum zip albo folder z jego tabelami). Każdy import dodaje się do tego, co już jest, i zastępuje tylko własną część.</translation>
    </message>
    <message>
        <source>When the ZIP-to-district data was published (not when the file was copied): the app and the page say which data the constituents were checked against</source>
        <translation>Kiedy opublikowano dane ZIP-okręg (nie kiedy skopiowano plik): aplikacja i strona mówią, z jakimi danymi sprawdzono wyborców</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation>Importuj parlamentarzystów</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Pliki do importu</translation>
    </message>
    <message>
        <source>Choose, type or paste the folder and the files (;)</source>
        <translation>Wybierz, wpisz lub wklej folder i pliki (;)</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Wybierz &amp;folder…</translation>
    </message>
    <message>
        <source>Choose F&amp;iles…</source>
        <translation>Wybierz p&amp;liki…</translation>
    </message>
    <message>
        <source>ZIP data published on</source>
        <translation>Dane ZIP opublikowane</translation>
    </message>
    <message>
        <source>e.g. {plain}</source>
        <translation>np. {plain}</translation>
    </message>
    <message>
        <source>ZIP data &amp;published:</source>
        <translation>Dane ZIP &amp;opublikowane:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Now imported: {value}.</source>
        <translation>Obecnie zaimportowano: {value}.</translation>
    </message>
    <message>
        <source>No legislators imported yet.</source>
        <translation>Nie zaimportowano jeszcze parlamentarzystów.</translation>
    </message>
    <message>
        <source> ZIP data of {value}.</source>
        <translation> Dane ZIP z {value}.</translation>
    </message>
    <message>
        <source>Choose the congress-legislators folder</source>
        <translation>Wybierz folder congress-legislators</translation>
    </message>
    <message>
        <source>Choose legislator files</source>
        <translation>Wybierz pliki parlamentarzystów</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Nie można zaimportować</translation>
    </message>
    <message>
        <source>“{path}” was not found.</source>
        <translation>Nie znaleziono „{path}”.</translation>
    </message>
    <message>
        <source>give the date the ZIP data was published (where you got the file says it)</source>
        <translation>podaj datę publikacji danych ZIP (podaje ją źródło, z którego pochodzi plik)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Legislators imported</source>
        <translation>Zaimportowano parlamentarzystów</translation>
    </message>
    <message>
        <source>Cannot import the legislators</source>
        <translation>Nie można zaimportować parlamentarzystów</translation>
    </message>
    <message>
        <source>choose one ZIP-to-district file at a time</source>
        <translation>wybieraj jeden plik ZIP-okręg naraz</translation>
    </message>
    <message>
        <source>{zips:,} ZIP codes (data of {value})</source>
        <translation>{zips:,} kodów ZIP (dane z {value})</translation>
    </message>
    <message>
        <source>Imported </source>
        <translation>Zaimportowano: </translation>
    </message>
    <message>
        <source>Warning: {value}</source>
        <translation>Uwaga: {value}</translation>
    </message>
    <message>
        <source>1 entry was left out:</source>
        <translation>Pominięto 1 wpis:</translation>
    </message>
    <message>
        <source>{value} entries were left out:</source>
        <translation>Pominięto wpisy: {value}:</translation>
    </message>
    <message>
        <source>… and {value} more.</source>
        <translation>… i {value} więcej.</translation>
    </message>
    <message>
        <source>Washington, DC</source>
        <translation>Waszyngton</translation>
    </message>
    <message>
        <source>{city} office</source>
        <translation>Biuro: {city}</translation>
    </message>
    <message>
        <source>Choose one of the member’s offices</source>
        <translation>Wybierz jedno z biur tej osoby</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>Biura w okręgu</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Waszyngton</translation>
    </message>
    <message>
        <source>Choose one of {who}’s offices</source>
        <translation>Wybierz jedno z biur: {who}</translation>
    </message>
    <message>
        <source>Meetings of the day</source>
        <translation>Spotkania dnia</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> o {time}</translation>
    </message>
    <message>
        <source>The meeting is still ahead</source>
        <translation>Spotkanie jeszcze się nie odbyło</translation>
    </message>
    <message>
        <source>The meeting with {v0} is on {v1}{at}. A thank-you written now thanks them for a meeting that has not happened yet.</source>
        <translation>Spotkanie z: {v0} jest {v1}{at}. Podziękowanie napisane teraz dziękuje za spotkanie, które jeszcze się nie odbyło.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>biurem</translation>
    </message>
    <message>
        <source>Write It Anyway</source>
        <translation>Napisz mimo to</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Raport ze spotkania</translation>
    </message>
    <message>
        <source>Write the Meeting Report…</source>
        <translation>Napisz raport ze spotkania…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Meetings &amp;Log…</source>
        <translation>&amp;Dziennik spotkań…</translation>
    </message>
    <message>
        <source>Every meeting, what each office was given, reports, follow-ups</source>
        <translation>Wszystkie spotkania, co dostało każde biuro, raporty, dalsze kroki</translation>
    </message>
    <message>
        <source>Write the Meeting &amp;Report…</source>
        <translation>Napisz &amp;raport ze spotkania…</translation>
    </message>
    <message>
        <source>Whom you met, where the office stands, what each side promised</source>
        <translation>Z kim się spotkałeś, jakie jest stanowisko biura, co każda strona obiecała</translation>
    </message>
    <message>
        <source>&amp;Copy Thank-you Text</source>
        <translation>&amp;Kopiuj podziękowanie</translation>
    </message>
    <message>
        <source>A thank-you message for the staffer, on the clipboard</source>
        <translation>Podziękowanie dla asystenta, w schowku</translation>
    </message>
    <message>
        <source>Thank-you &amp;Email…</source>
        <translation>&amp;E-mail z podziękowaniem…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer with the page attached</source>
        <translation>Szkic e-maila (.eml) do asystenta z załączoną stroną</translation>
    </message>
    <message>
        <source>Mark the Page as &amp;Given</source>
        <translation>Oznacz stronę jako &amp;przekazaną</translation>
    </message>
    <message>
        <source>You left the page you exported with the office</source>
        <translation>Zostawiono wyeksportowaną stronę w biurze</translation>
    </message>
    <message>
        <source>Record &amp;Pages in the Meeting Log</source>
        <translation>Zapisuj &amp;strony w dzienniku spotkań</translation>
    </message>
    <message>
        <source>Keep a record of each page exported or printed for a legislator</source>
        <translation>Zapisuj każdą stronę wyeksportowaną lub wydrukowaną dla parlamentarzysty</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Spotkania</translation>
    </message>
    <message>
        <source>Pages you export or print are recorded in the meeting log.</source>
        <translation>Wyeksportowane lub wydrukowane strony trafiają do dziennika spotkań.</translation>
    </message>
    <message>
        <source>Pages are no longer recorded in the meeting log.</source>
        <translation>Strony nie są już zapisywane w dzienniku spotkań.</translation>
    </message>
    <message>
        <source>Your meeting with {name} was on {v0}. How did it go? Write the report while it is fresh — it stays on this computer.</source>
        <translation>Twoje spotkanie z: {name} było {v0}. Jak poszło? Napisz raport, póki pamiętasz — zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>Saved the meeting report in your meeting log.</source>
        <translation>Zapisano raport w dzienniku spotkań.</translation>
    </message>
    <message>
        <source>Copied the thank-you text to the clipboard.</source>
        <translation>Skopiowano podziękowanie do schowka.</translation>
    </message>
    <message>
        <source>Cannot write the thank-you</source>
        <translation>Nie można napisać podziękowania</translation>
    </message>
    <message>
        <source>Save Thank-you Email</source>
        <translation>Zapisz e-mail z podziękowaniem</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Szkice e-maili (*.eml)</translation>
    </message>
    <message>
        <source>Cannot save the thank-you</source>
        <translation>Nie można zapisać podziękowania</translation>
    </message>
    <message>
        <source>with the page attached</source>
        <translation>z załączoną stroną</translation>
    </message>
    <message>
        <source>(no page was recorded to attach)</source>
        <translation>(nie zapisano strony do załączenia)</translation>
    </message>
    <message>
        <source> to {to}</source>
        <translation> do {to}</translation>
    </message>
    <message>
        <source>; add the staffer’s address</source>
        <translation>; dodaj adres asystenta</translation>
    </message>
    <message>
        <source>Saved {name} {attached}{hint}. Open it to edit and send.</source>
        <translation>Zapisano {name} {attached}{hint}. Otwórz, by edytować i wysłać.</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Popiera</translation>
    </message>
    <message>
        <source>Leaning yes</source>
        <translation>Raczej za</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Niezdecydowany</translation>
    </message>
    <message>
        <source>Leaning no</source>
        <translation>Raczej przeciw</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Przeciw</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Parlamentarzysta</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Dalsze kroki</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>The follow-up is overdue</source>
        <translation>Termin dalszych kroków minął</translation>
    </message>
    <message>
        <source>The follow-up is due in the next two days</source>
        <translation>Dalsze kroki w ciągu dwóch dni</translation>
    </message>
    <message>
        <source>The meeting is over: write its report while it is fresh</source>
        <translation>Spotkanie się odbyło: napisz raport, póki pamiętasz</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Brak raportu</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <comment>a meeting</comment>
        <translation>Przed nami</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Do zrobienia</translation>
    </message>
    <message>
        <source>{count} ({given} given)</source>
        <translation>{count} (przekazane: {given})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>{done}, but {warning}</source>
        <translation>{done}, ale {warning}</translation>
    </message>
    <message>
        <source>The meeting at {time} ({id})</source>
        <translation>Spotkanie o {time} ({id})</translation>
    </message>
    <message>
        <source>The meeting with no time ({id})</source>
        <translation>Spotkanie bez godziny ({id})</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Które spotkanie?</translation>
    </message>
    <message>
        <source>The meeting log has {count} meetings with {name} that day. Which one is this page for? (Giving the brief the meeting&apos;s time also tells them apart.)</source>
        <translation>Dziennik spotkań ma tego dnia {count} spotkania z {name}. Dla którego jest ta strona? (Godzina spotkania w briefie też je rozróżnia.)</translation>
    </message>
    <message>
        <source>Mark the Page as Given</source>
        <translation>Oznacz stronę jako przekazaną</translation>
    </message>
    <message>
        <source>Which page did you leave with the office?</source>
        <translation>Którą stronę zostawiłeś w biurze?</translation>
    </message>
    <message>
        <source>No page was marked as given.</source>
        <translation>Żadna strona nie została oznaczona jako przekazana.</translation>
    </message>
    <message>
        <source>The page was not marked: {why}</source>
        <translation>Strona nie została oznaczona: {why}</translation>
    </message>
    <message>
        <source>No page of this meeting is in the meeting log yet: export or print it first.</source>
        <translation>W dzienniku spotkań nie ma jeszcze strony tego spotkania: najpierw ją wyeksportuj lub wydrukuj.</translation>
    </message>
    <message>
        <source>{name} is marked as left with the office.</source>
        <translation>{name} oznaczono jako zostawioną w biurze.</translation>
    </message>
    <message>
        <source>The printed page</source>
        <translation>Wydrukowana strona</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>Z kim się spotkaliśmy</translation>
    </message>
    <message>
        <source>Staffer’s email</source>
        <translation>E-mail asystenta</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Nasz zespół</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Ich stanowisko</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Ich pytania</translation>
    </message>
    <message>
        <source>They asked of us</source>
        <translation>Poprosili nas o</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>Obiecaliśmy</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Obiecali</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Dalsze kroki do</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez daty</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Our answer (leave empty if we owe one)</source>
        <translation>Nasza odpowiedź (zostaw puste, jeśli ją jesteśmy winni)</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(brak pytania)</translation>
    </message>
    <message>
        <source>Meeting report — {who}</source>
        <translation>Raport ze spotkania — {who}</translation>
    </message>
    <message>
        <source>The meeting is still ahead: note what you know now, and finish the report after it. It stays on this computer, in your meeting log.</source>
        <translation>Spotkanie jeszcze przed tobą: zanotuj, co wiesz teraz, a raport dokończ po nim. Zostaje na tym komputerze, w dzienniku spotkań.</translation>
    </message>
    <message>
        <source>Write it while it is fresh: it stays on this computer, in your meeting log, and feeds the thank-you email.</source>
        <translation>Napisz go, póki pamiętasz: zostaje na tym komputerze, w dzienniku spotkań, i trafia do e-maila z podziękowaniem.</translation>
    </message>
    <message>
        <source>e.g. Jesús García, foreign policy adviser</source>
        <translation>np. Jesús García, doradca ds. polityki zagranicznej</translation>
    </message>
    <message>
        <source>for the thank-you, e.g. jesus.garcia@senate.gov</source>
        <translation>do podziękowania, np. jesus.garcia@senate.gov</translation>
    </message>
    <message>
        <source>who of us went, separated by commas</source>
        <translation>kto z nas był, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>one per line: what the office asked us for</source>
        <translation>jedno w wierszu: o co prosiło nas biuro</translation>
    </message>
    <message>
        <source>one per line: what we said we would do</source>
        <translation>jedno w wierszu: co obiecaliśmy zrobić</translation>
    </message>
    <message>
        <source>one per line: what they offered to do</source>
        <translation>jedno w wierszu: co zaproponowali zrobić</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <source>anything else worth remembering: mood, names, next steps</source>
        <translation>wszystko inne warte zapamiętania: nastrój, nazwiska, kolejne kroki</translation>
    </message>
    <message>
        <source>Copy Thank-you Text</source>
        <translation>Kopiuj podziękowanie</translation>
    </message>
    <message>
        <source>Save the report, then copy a thank-you message to paste into your email</source>
        <translation>Zapisz raport, potem skopiuj podziękowanie do wklejenia w e-mail</translation>
    </message>
    <message>
        <source>Thank-you Email…</source>
        <translation>E-mail z podziękowaniem…</translation>
    </message>
    <message>
        <source>Save the report, then write an email draft (.eml) with the leave-behind attached</source>
        <translation>Zapisz raport, potem napisz szkic e-maila (.eml) z załączoną notatką</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>Report saved; the thank-you text is on the clipboard.</source>
        <translation>Zapisano raport; podziękowanie jest w schowku.</translation>
    </message>
    <message>
        <source>{count} words — {v0} over the {most} allowed</source>
        <translation>{count} słów — o {v0} więcej niż dozwolone {most}</translation>
    </message>
    <message>
        <source>{count} / {most} words (aim for {aim})</source>
        <translation>{count} / {most} słów (cel: {aim})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your own talking points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Twoje własne punkty rozmowy&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start from a pack and make it yours: change the wording that works for your offices, add a point for a new bill, keep a rebuttal that worked. The pack that comes with Briefer stays as it is; your copy keeps its point ids, so briefs that use them keep working.</source>
        <translation>Zacznij od pakietu i zrób go swoim: zmień sformułowania pod swoje biura, dodaj punkt o nowym projekcie ustawy, zachowaj odpowiedź, która zadziałała. Pakiet dołączony do Briefera zostaje bez zmian; twoja kopia zachowuje identyfikatory punktów, więc korzystające z nich briefy dalej działają.</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Zacznij od „{title}”</translation>
    </message>
    <message>
        <source>A copy of the {points} points, to change as you like</source>
        <translation>Kopia punktów ({points}) do dowolnej zmiany</translation>
    </message>
    <message>
        <source>Open your pack “{title}” ({id})</source>
        <translation>Otwórz swój pakiet „{title}” ({id})</translation>
    </message>
    <message>
        <source>Install a Pack File a Teammate Sent…</source>
        <translation>Zainstaluj plik pakietu od kogoś z zespołu…</translation>
    </message>
    <message>
        <source>The page’s headline</source>
        <translation>Nagłówek strony</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Podtytuł</translation>
    </message>
    <message>
        <source>One line under it (optional)</source>
        <translation>Jeden wiersz pod nim (opcjonalnie)</translation>
    </message>
    <message>
        <source>Source: title</source>
        <translation>Źródło: tytuł</translation>
    </message>
    <message>
        <source>The article or report’s title</source>
        <translation>Tytuł artykułu lub raportu</translation>
    </message>
    <message>
        <source>Source: publisher</source>
        <translation>Źródło: wydawca</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Kto to opublikował</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Informacja o źródle</translation>
    </message>
    <message>
        <source>Printed in every page’s footer. Write the points in your own words and credit where the arguments come from.</source>
        <translation>Drukowane w stopce każdej strony. Pisz punkty własnymi słowami i podawaj, skąd pochodzą argumenty.</translation>
    </message>
    <message>
        <source>Source: web address</source>
        <translation>Źródło: adres WWW</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (opcjonalnie)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Identyfikator pakietu</translation>
    </message>
    <message>
        <source>Briefs name the pack by this id (lower-case letters, digits, hyphens).</source>
        <translation>Briefy wskazują pakiet tym identyfikatorem (małe litery, cyfry, łączniki).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The document language: en, de…</source>
        <translation>Język dokumentu: en, de…</translation>
    </message>
    <message>
        <source>Label of a claim</source>
        <translation>Etykieta twierdzenia</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Claim”</source>
        <translation>Puste: z szablonu, w przeciwnym razie „Twierdzenie”</translation>
    </message>
    <message>
        <source>Printed over a misconception’s claim (“They say”, “Claim”).</source>
        <translation>Drukowana nad twierdzeniem błędnego przekonania („Mówią”, „Twierdzenie”).</translation>
    </message>
    <message>
        <source>Label of a response</source>
        <translation>Etykieta odpowiedzi</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Response”</source>
        <translation>Puste: z szablonu, w przeciwnym razie „Odpowiedź”</translation>
    </message>
    <message>
        <source>Printed over the response to it (“In fact”, “Response”).</source>
        <translation>Drukowana nad odpowiedzią („W rzeczywistości”, „Odpowiedź”).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;About this pack&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;O tym pakiecie&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Four to eight words</source>
        <translation>Od czterech do ośmiu słów</translation>
    </message>
    <message>
        <source>The claim, as critics put it</source>
        <translation>Teza w ujęciu krytyków</translation>
    </message>
    <message>
        <source>The misconception this point answers</source>
        <translation>Błędne przekonanie, na które odpowiada ten punkt</translation>
    </message>
    <message>
        <source>Used when the page is full.</source>
        <translation>Używany, gdy strona jest pełna.</translation>
    </message>
    <message>
        <source>Point id</source>
        <translation>Identyfikator punktu</translation>
    </message>
    <message>
        <source>Briefs name the point by its id: change it only for a new point.</source>
        <translation>Briefy wskazują punkt jego identyfikatorem: zmieniaj go tylko dla nowego punktu.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;Point {v0} of {v1}&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Punkt {v0} z {v1}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>P&amp;akiety</translation>
    </message>
    <message>
        <source>&amp;Edit Your Packs…</source>
        <translation>&amp;Edytuj swoje pakiety…</translation>
    </message>
    <message>
        <source>Change the talking points, add your own, keep what worked</source>
        <translation>Zmieniaj punkty, dodawaj własne, zachowuj to, co działa</translation>
    </message>
    <message>
        <source>&amp;Use in This Brief</source>
        <translation>&amp;Użyj w tym briefie</translation>
    </message>
    <message>
        <source>&amp;Install Pack File…</source>
        <translation>&amp;Zainstaluj plik pakietu…</translation>
    </message>
    <message>
        <source>Install a pack a teammate sent you (.brieferpack)</source>
        <translation>Zainstaluj pakiet od kogoś z zespołu (.brieferpack)</translation>
    </message>
    <message>
        <source>&amp;Share This Brief’s Pack…</source>
        <translation>U&amp;dostępnij pakiet tego briefu…</translation>
    </message>
    <message>
        <source>Write the pack to one file to send to a teammate</source>
        <translation>Zapisz pakiet do jednego pliku, by wysłać go komuś z zespołu</translation>
    </message>
    <message>
        <source>&amp;New Pack from “{title}”</source>
        <translation>&amp;Nowy pakiet z „{title}”</translation>
    </message>
    <message>
        <source>comes with Briefer</source>
        <translation>dołączony do Briefera</translation>
    </message>
    <message>
        <source>Saved the pack “{pack_id}”.</source>
        <translation>Zapisano pakiet „{pack_id}”.</translation>
    </message>
    <message>
        <source>Cannot use the pack</source>
        <translation>Nie można użyć pakietu</translation>
    </message>
    <message>
        <source>Use the pack “{title}”</source>
        <translation>Użycie pakietu „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen point(s) it does not have were left out.</source>
        <translation>
            <numerusform>Pominięto %n wybrany punkt, którego w nim nie ma.</numerusform>
            <numerusform>Pominięto %n wybrane punkty, których w nim nie ma.</numerusform>
            <numerusform>Pominięto %n wybranych punktów, których w nim nie ma.</numerusform>
        </translation>
    </message>
    <message>
        <source>This brief now uses “{title}” ({pack_id}).{note}</source>
        <translation>Ten brief używa teraz „{title}” ({pack_id}).{note}</translation>
    </message>
    <message>
        <source>Install a pack</source>
        <translation>Zainstaluj pakiet</translation>
    </message>
    <message>
        <source>Cannot install {name}</source>
        <translation>Nie można zainstalować {name}</translation>
    </message>
    <message>
        <source>“{id}” is the id of a pack that comes with Briefer; ask whoever made this file to give their pack its own id.</source>
        <translation>„{id}” to identyfikator pakietu dołączonego do Briefera; poproś autora tego pliku, by nadał swojemu pakietowi własny identyfikator.</translation>
    </message>
    <message>
        <source>Install the pack “{title}” ({value} talking points, from {publisher})? Briefs can then use it by its id, “{id}”.</source>
        <translation>Zainstalować pakiet „{title}” (punkty: {value}, od: {publisher})? Briefy będą mogły go używać przez identyfikator „{id}”.</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with the one in {name} (“{title}”, {value} talking points)?</source>
        <translation>Masz już pakiet o identyfikatorze „{id}”. Zastąpić go pakietem z {name} („{title}”, punkty: {value})?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Zainstaluj</translation>
    </message>
    <message>
        <source>Installed “{title}” ({id}). Packs › Use in This Brief builds the brief with it.</source>
        <translation>Zainstalowano „{title}” ({id}). Pakiety › Użyj w tym briefie buduje z nim brief.</translation>
    </message>
    <message>
        <source>Share a pack</source>
        <translation>Udostępnij pakiet</translation>
    </message>
    <message>
        <source>Cannot share the pack</source>
        <translation>Nie można udostępnić pakietu</translation>
    </message>
    <message>
        <source>Wrote {name}: send it to a teammate, who opens it with Briefer.</source>
        <translation>Zapisano {name}: wyślij komuś z zespołu, kto otworzy go w Brieferze.</translation>
    </message>
    <message>
        <source>Kept in “{name}” ({v0}). Save the pack to keep it for the next meetings.</source>
        <translation>Zachowano w „{name}” ({v0}). Zapisz pakiet, by został na kolejne spotkania.</translation>
    </message>
    <message>
        <source>a new pack</source>
        <translation>nowy pakiet</translation>
    </message>
    <message>
        <source>Briefer did not close properly while you were editing the pack “{name}”. Restore your unsaved changes to it?</source>
        <translation>Briefer nie zamknął się poprawnie podczas edycji pakietu „{name}”. Przywrócić niezapisane zmiany?</translation>
    </message>
    <message>
        <source>The pack’s talking points</source>
        <translation>Punkty rozmowy pakietu</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Dodaj punkt</translation>
    </message>
    <message>
        <source>Add a talking point after the selected one</source>
        <translation>Dodaj punkt po wybranym</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the point up (Alt+Up)</source>
        <translation>Przesuń punkt w górę (Alt+Góra)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the point down (Alt+Down)</source>
        <translation>Przesuń punkt w dół (Alt+Dół)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt; (each section of the page keeps this order)</source>
        <translation>&lt;b&gt;Punkty&lt;/b&gt; (każda sekcja strony zachowuje tę kolejność)</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>O tym pakiecie</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n punkt.</numerusform>
            <numerusform>%n punkty.</numerusform>
            <numerusform>%n punktów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (marked ⚠).</source>
        <translation>
            <numerusform>%n problem do poprawienia przed zapisem (oznaczony ⚠).</numerusform>
            <numerusform>%n problemy do poprawienia przed zapisem (oznaczone ⚠).</numerusform>
            <numerusform>%n problemów do poprawienia przed zapisem (oznaczone ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Brak problemów.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — your open brief with this pack’s texts</source>
        <translation>&lt;b&gt;Podgląd&lt;/b&gt; — twój otwarty brief z tekstami tego pakietu</translation>
    </message>
    <message>
        <source>Preview of the page with this pack</source>
        <translation>Podgląd strony z tym pakietem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not updated:&lt;/b&gt; the page below is the last one that could be built. Fix the problems marked in red to see your changes.</source>
        <translation>&lt;b&gt;Nie odświeżono:&lt;/b&gt; poniżej ostatnia strona, którą udało się zbudować. Popraw problemy oznaczone na czerwono, by zobaczyć zmiany.</translation>
    </message>
    <message>
        <source>e.g. {date} or {iso}</source>
        <translation>np. {date} lub {iso}</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Wybierz datę w kalendarzu (Alt+Dół)</translation>
    </message>
    <message>
        <source>{label}: calendar</source>
        <translation>{label}: kalendarz</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Wprowadzenie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Błędne przekonania</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Błędne przekonanie</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Zalecenia</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Zalecenie</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Kongres USA</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Legislatura stanowa USA</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Parlament Europejski</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Parlament krajowy</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Dowolna data</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Minione</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Meetings — Briefer</source>
        <translation>Spotkania — Briefer</translation>
    </message>
    <message>
        <source>Filter by member…</source>
        <translation>Filtruj po osobie…</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Dowolne stanowisko</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Zaległe dalsze kroki</translation>
    </message>
    <message>
        <source>Only meetings whose follow-up is overdue or due in the next two days</source>
        <translation>Tylko spotkania, których dalsze kroki są zaległe lub przypadają w ciągu dwóch dni</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meetings yet&lt;/h3&gt;&lt;p&gt;Every page you export, print or build for a lobby day is recorded here against its meeting — so you can see what each office was given, write the report after the meeting and send the thank-you.&lt;/p&gt;&lt;p&gt;The log stays on this computer. File → Export a brief that names a legislator to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Brak spotkań&lt;/h3&gt;&lt;p&gt;Każda strona wyeksportowana, wydrukowana lub przygotowana na dzień lobbingu jest tu zapisywana przy swoim spotkaniu — widać, co dostało każde biuro, można napisać raport po spotkaniu i wysłać podziękowanie.&lt;/p&gt;&lt;p&gt;Dziennik zostaje na tym komputerze. Na początek wyeksportuj (Plik → Eksportuj) brief, który wskazuje parlamentarzystę.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write Report…</source>
        <translation>Napisz raport…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer, the page attached</source>
        <translation>Szkic e-maila (.eml) do asystenta z załączoną stroną</translation>
    </message>
    <message>
        <source>Reprint Page…</source>
        <translation>Wydrukuj stronę ponownie…</translation>
    </message>
    <message>
        <source>Save the newest page this office was given, exactly as it was</source>
        <translation>Zapisz najnowszą stronę, którą dostało to biuro, dokładnie taką, jaka była</translation>
    </message>
    <message>
        <source>Mark Page &amp;Given</source>
        <translation>Strona &amp;przekazana</translation>
    </message>
    <message>
        <source>You left the newest page with the office: the thank-you will say so</source>
        <translation>Zostawiono najnowszą stronę w biurze: podziękowanie o tym wspomni</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Eksportuj dziennik…</translation>
    </message>
    <message>
        <source>Write every meeting to a CSV or JSON file for your coordinator</source>
        <translation>Zapisz wszystkie spotkania do pliku CSV lub JSON dla koordynatora</translation>
    </message>
    <message>
        <source>Import Log…</source>
        <translation>Importuj dziennik…</translation>
    </message>
    <message>
        <source>Merge another team&apos;s exported log</source>
        <translation>Scal wyeksportowany dziennik innego zespołu</translation>
    </message>
    <message>
        <source>Not &amp;Given</source>
        <translation>&amp;Nie przekazana</translation>
    </message>
    <message>
        <source>Reprint Page</source>
        <translation>Wydrukuj stronę ponownie</translation>
    </message>
    <message>
        <source>Cannot reprint the page</source>
        <translation>Nie można ponownie wydrukować strony</translation>
    </message>
    <message>
        <source>exactly as given</source>
        <translation>dokładnie taka, jak przekazana</translation>
    </message>
    <message>
        <source>rebuilt (this Briefer makes it differently)</source>
        <translation>odtworzona (ta wersja Briefera robi ją inaczej)</translation>
    </message>
    <message>
        <source>Saved {name}: {same}.</source>
        <translation>Zapisano {name}: {same}.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Usuń spotkanie</translation>
    </message>
    <message>
        <source>Delete the meeting with {who} and its report? The pages already made are kept; only the log forgets them.</source>
        <translation>Usunąć spotkanie z: {who} i jego raport? Przygotowane strony zostają; zapomina o nich tylko dziennik.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Nie można usunąć spotkania</translation>
    </message>
    <message>
        <source>Cannot mark the page</source>
        <translation>Nie można oznaczyć strony</translation>
    </message>
    <message>
        <source>{name} is marked as exported only, not given.</source>
        <translation>{name} oznaczono tylko jako wyeksportowaną, nie przekazaną.</translation>
    </message>
    <message>
        <source>Export Meeting Log</source>
        <translation>Eksportuj dziennik spotkań</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Everything, for another Briefer (*.json)</source>
        <translation>Arkusz (*.csv);;Wszystko, dla innego Briefera (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the log</source>
        <translation>Nie można wyeksportować dziennika</translation>
    </message>
    <message>
        <source>Wrote {count} meetings to {name}: it holds your reports — share it only with your team.</source>
        <translation>Zapisano spotkania ({count}) do {name}: plik zawiera twoje raporty — udostępniaj go tylko zespołowi.</translation>
    </message>
    <message>
        <source>Import Meeting Log</source>
        <translation>Importuj dziennik spotkań</translation>
    </message>
    <message>
        <source>Meeting logs (*.csv *.json)</source>
        <translation>Dzienniki spotkań (*.csv *.json)</translation>
    </message>
    <message>
        <source>Cannot import the log</source>
        <translation>Nie można zaimportować dziennika</translation>
    </message>
    <message>
        <source>{added} new meetings, {updated} updated, {unchanged} already here; {reports} reports added.</source>
        <translation>Nowe spotkania: {added}, zaktualizowane: {updated}, już obecne: {unchanged}; dodane raporty: {reports}.</translation>
    </message>
    <message>
        <source>Imported the meeting log</source>
        <translation>Zaimportowano dziennik spotkań</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Nowy pakiet</translation>
    </message>
    <message>
        <source>Your Packs — Briefer</source>
        <translation>Twoje pakiety — Briefer</translation>
    </message>
    <message>
        <source>{name} ({v0})[*] — Pack Editor — Briefer</source>
        <translation>{name} ({v0})[*] — Edytor pakietów — Briefer</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>bez identyfikatora</translation>
    </message>
    <message>
        <source>The open brief uses this pack</source>
        <translation>Otwarty brief używa tego pakietu</translation>
    </message>
    <message>
        <source>Save the pack first, then build the open brief with it</source>
        <translation>Najpierw zapisz pakiet, potem zbuduj z nim otwarty brief</translation>
    </message>
    <message>
        <source>Build the open brief with this pack</source>
        <translation>Zbuduj otwarty brief z tym pakietem</translation>
    </message>
    <message>
        <source>A copy of “{title}”: change it, then Save.</source>
        <translation>Kopia „{title}”: zmień ją, potem Zapisz.</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Nie można otworzyć pakietu</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <source>This point prints its &lt;b&gt;{variant}&lt;/b&gt; text.</source>
        <translation>Ten punkt drukuje tekst: &lt;b&gt;{variant}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This point is not on the page.</source>
        <translation>Tego punktu nie ma na stronie.</translation>
    </message>
    <message>
        <source>&lt;i&gt;On the preview page:&lt;/i&gt; {note}</source>
        <translation>&lt;i&gt;Na stronie podglądu:&lt;/i&gt; {note}</translation>
    </message>
    <message>
        <source>Edit the pack’s {v0}</source>
        <translation>Edycja pakietu: {v0}</translation>
    </message>
    <message>
        <source>point {value}</source>
        <translation>punkt {value}</translation>
    </message>
    <message>
        <source>Edit {v0} of “{title}”</source>
        <translation>Edycja: {v0} w „{title}”</translation>
    </message>
    <message>
        <source>Edit {v0} for {audience} of “{title}”</source>
        <translation>Edytuj {v0} dla: {audience} w „{title}”</translation>
    </message>
    <message>
        <source>Make “{title}” a {v0}</source>
        <translation>„{title}” jako: {v0}</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Dodanie punktu</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Usunięcie „{title}”</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as the {how} text of “{name}”</source>
        <translation>Zachowanie tekstu spotkania jako tekst ({how}) „{name}”</translation>
    </message>
    <message>
        <source>{value} (our wording)</source>
        <translation>{value} (nasze sformułowanie)</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as a new point “{title}”</source>
        <translation>Zachowanie tekstu spotkania jako nowy punkt „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n problem(s) marked in red first.</source>
        <translation>
            <numerusform>Nie zapisano: najpierw popraw %n problem oznaczony na czerwono.</numerusform>
            <numerusform>Nie zapisano: najpierw popraw %n problemy oznaczone na czerwono.</numerusform>
            <numerusform>Nie zapisano: najpierw popraw %n problemów oznaczonych na czerwono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a pack</source>
        <translation>Zastąp pakiet</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with this one?</source>
        <translation>Masz już pakiet o identyfikatorze „{id}”. Zastąpić go tym?</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Nie zapisano: {message}</translation>
    </message>
    <message>
        <source>Cannot save the pack</source>
        <translation>Nie można zapisać pakietu</translation>
    </message>
    <message>
        <source>Saved “{title}” in your packs ({id}).</source>
        <translation>Zapisano „{title}” w twoich pakietach ({id}).</translation>
    </message>
    <message>
        <source>Pack toolbar</source>
        <translation>Pasek pakietu</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Nowy pakiet</translation>
    </message>
    <message>
        <source>Start a pack from a copy of another one</source>
        <translation>Zacznij pakiet od kopii innego</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open one of your packs</source>
        <translation>Otwórz jeden ze swoich pakietów</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Check the pack and save it in your packs (Ctrl+S)</source>
        <translation>Sprawdź pakiet i zapisz go w swoich pakietach (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Use in This Brief</source>
        <translation>Użyj w tym briefie</translation>
    </message>
    <message>
        <source>Start from “{title}” ({id})</source>
        <translation>Zacznij od „{title}” ({id})</translation>
    </message>
    <message>
        <source>No packs of your own yet</source>
        <translation>Nie masz jeszcze własnych pakietów</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes more than the whole page.</source>
        <translation>Najpierw skróć prośbę: razem z danymi spotkania zajmuje więcej niż całą stronę.</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes {share} of the page.</source>
        <translation>Najpierw skróć prośbę: razem z danymi spotkania zajmuje {share} strony.</translation>
    </message>
    <message numerus="yes">
        <source>Or leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Lub pomiń %n punkt, aby strona się zmieściła: {points}.</numerusform>
            <numerusform>Lub pomiń te %n punkty, aby strona się zmieściła: {points}.</numerusform>
            <numerusform>Lub pomiń tych %n punktów, aby strona się zmieściła: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Pomiń %n punkt, aby strona się zmieściła: {points}.</numerusform>
            <numerusform>Pomiń te %n punkty, aby strona się zmieściła: {points}.</numerusform>
            <numerusform>Pomiń tych %n punktów, aby strona się zmieściła: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or shorten your text for them.</source>
        <translation>
            <numerusform>Lub skróć swój tekst do niego.</numerusform>
            <numerusform>Lub skróć swoje teksty do nich.</numerusform>
            <numerusform>Lub skróć swoje teksty do nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long:</source>
        <translation>Za długo:</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Pakiet treści</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Jasne logo</translation>
    </message>
    <message>
        <source>{field} left out: {path}: {why}.</source>
        <translation>Pominięto: {field}: {path}: {why}.</translation>
    </message>
    <message>
        <source>{field} left out: {path} is outside the brief’s folder.</source>
        <translation>Pominięto: {field}: {path} leży poza folderem briefu.</translation>
    </message>
    <message>
        <source>{name} was opened without some files</source>
        <translation>{name} otwarto bez niektórych plików</translation>
    </message>
    <message>
        <source>To use a file, copy it into the brief’s folder and choose it there.</source>
        <translation>Aby użyć pliku, skopiuj go do folderu briefu i wybierz go stamtąd.</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Teksty w języku</translation>
    </message>
    <message>
        <source>{language} (the pack’s own)</source>
        <translation>{language} (język pakietu)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to write in {language} (marked ○).</source>
        <translation>
            <numerusform>%n tekst do napisania ({language}, oznaczony ○).</numerusform>
            <numerusform>%n teksty do napisania ({language}, oznaczone ○).</numerusform>
            <numerusform>%n tekstów do napisania ({language}, oznaczonych ○).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every text is written in {language}.</source>
        <translation>Wszystkie teksty są napisane: {language}.</translation>
    </message>
    <message>
        <source>Edit the {language} text</source>
        <translation>Edytuj tekst ({language})</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster of who comes (CSV: name, zip, town, and state_district for the state seats they live in, like IL House 11): their members of Congress and state legislators, one meeting each</source>
        <translation>Zaplanuj spotkania z listy uczestników (CSV: name, zip, town oraz state_district dla okręgów stanowych, w których mieszkają, np. IL House 11): ich członkowie Kongresu i legislatorzy stanowi, po jednym spotkaniu</translation>
    </message>
    <message>
        <source>Rosters (*.csv);;All files (*)</source>
        <translation>Listy uczestników (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>No ZIP data is imported, so the roster’s ZIP codes cannot be matched to members. Use File → Import Legislators… with the ZIP-to-district file first.</source>
        <translation>Nie zaimportowano danych ZIP, więc kodów ZIP z listy nie można przypisać do parlamentarzystów. Najpierw użyj Plik → Importuj parlamentarzystów… z plikiem ZIP-okręg.</translation>
    </message>
    <message>
        <source>Planned {meetings} meetings for {people} people ({state} with state legislators) into {file}. Fill in the dates and times, then Build.</source>
        <translation>Zaplanowano spotkania: {meetings} dla osób: {people} (z legislatorami stanowymi: {state}), zapisano w {file}. Uzupełnij daty i godziny, potem Przygotuj.</translation>
    </message>
    <message>
        <source>Cannot plan the meetings</source>
        <translation>Nie można zaplanować spotkań</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Wybierz listę uczestników</translation>
    </message>
    <message>
        <source>No one on the roster could be planned.</source>
        <translation>Dla nikogo z listy nie udało się zaplanować spotkania.</translation>
    </message>
    <message>
        <source>Save the planned meetings</source>
        <translation>Zapisz zaplanowane spotkania</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>Spotkania zaplanowane</translation>
    </message>
    <message>
        <source>Claim (what its proponents conclude)</source>
        <translation>Twierdzenie (co wnioskują jego zwolennicy)</translation>
    </message>
    <message>
        <source>Response, short</source>
        <translation>Odpowiedź, krótka</translation>
    </message>
    <message>
        <source>Response, long</source>
        <translation>Odpowiedź, długa</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Twierdzenie</translation>
    </message>
    <message>
        <source>Its own words for {audience}. Clear a field to use the default text.</source>
        <translation>Własne słowa dla: {audience}. Wyczyść pole, aby użyć domyślnego tekstu.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}. Type in a field to write its words for {audience}.</source>
        <translation>Używa domyślnego tekstu dla: {audience}. Pisz w polu, aby napisać jego słowa dla: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text: {text}</source>
        <translation>Używa domyślnego tekstu: {text}</translation>
    </message>
    <message>
        <source>the default text: {count} words</source>
        <translation>tekst domyślny: słowa: {count}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Bez tytułu</translation>
    </message>
    <message>
        <source>the print system did not take the page ({exc})</source>
        <translation>system druku nie przyjął strony ({exc})</translation>
    </message>
    <message>
        <source>lp exited with {code}</source>
        <translation>lp zakończył się kodem {code}</translation>
    </message>
    <message>
        <source>the printer “{name}” did not take the page: {detail}</source>
        <translation>drukarka „{name}” nie przyjęła strony: {detail}</translation>
    </message>
    <message>
        <source>briefer build</source>
        <translation>briefer build</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>wyeksportowano</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>wydrukowano</translation>
    </message>
    <message>
        <source>lobby day</source>
        <translation>dzień lobbingu</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <source>due</source>
        <translation>do zrobienia</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n spotkanie</numerusform>
            <numerusform>%n spotkania</numerusform>
            <numerusform>%n spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {all} shown</source>
        <translation>
            <numerusform>pokazano %n z {all}</numerusform>
            <numerusform>pokazano %n z {all}</numerusform>
            <numerusform>pokazano %n z {all}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n zaległy dalszy krok</numerusform>
            <numerusform>%n zaległe dalsze kroki</numerusform>
            <numerusform>%n zaległych dalszych kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n wkrótce</numerusform>
            <numerusform>%n wkrótce</numerusform>
            <numerusform>%n wkrótce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a report</source>
        <translation>
            <numerusform>%n czeka na raport</numerusform>
            <numerusform>%n czekają na raport</numerusform>
            <numerusform>%n czeka na raport</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <source>We met</source>
        <translation>Z kim się spotkaliśmy</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dalszy krok</translation>
    </message>
    <message>
        <source>({count}, {given} given to the office)</source>
        <translation>({count}, przekazane biuru: {given})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>przekazana</translation>
    </message>
    <message>
        <source>not marked given</source>
        <translation>nie oznaczona jako przekazana</translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n krótki</numerusform>
            <numerusform>%n krótkie</numerusform>
            <numerusform>%n krótkich</numerusform>
        </translation>
    </message>
    <message>
        <source>Follows the audience: the pack&apos;s ask for {audience}, as the page prints it. Edit it to write your own.</source>
        <translation>Zależy od odbiorców: prośba pakietu dla {audience}, tak jak drukuje ją strona. Zmień ją, aby napisać własną.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Kongres</translation>
    </message>
    <message>
        <source>Other legislators (CSV)</source>
        <translation>Inni parlamentarzyści (CSV)</translation>
    </message>
    <message>
        <source>{members} and {committees}</source>
        <translation>{members} i {committees}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n parlamentarzysta</numerusform>
            <numerusform>%n parlamentarzystów</numerusform>
            <numerusform>%n parlamentarzystów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n komisja</numerusform>
            <numerusform>%n komisje</numerusform>
            <numerusform>%n komisji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Member(s) of the European Parliament from {source}</source>
        <translation>
            <numerusform>%n poseł do Parlamentu Europejskiego z {source}</numerusform>
            <numerusform>%n posłów do Parlamentu Europejskiego z {source}</numerusform>
            <numerusform>%n posłów do Parlamentu Europejskiego z {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>States: {names}</source>
        <translation>Stany: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n member(s), imported {date}</source>
        <translation>
            <numerusform>{label}: %n parlamentarzysta, zaimportowano {date}</numerusform>
            <numerusform>{label}: %n parlamentarzystów, zaimportowano {date}</numerusform>
            <numerusform>{label}: %n parlamentarzystów, zaimportowano {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>, data of {date}</source>
        <translation>, dane z {date}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the page has no way to reach you: no organisation, name, email or phone</source>
        <translation>strona nie mówi, jak się z Tobą skontaktować: brak organizacji, imienia i nazwiska, e-maila i telefonu</translation>
    </message>
    <message>
        <source>Add at least one on the Sender tab, so the office knows whom to call back.</source>
        <translation>Dodaj co najmniej jedno z nich na karcie Nadawca, aby biuro wiedziało, do kogo oddzwonić.</translation>
    </message>
    <message>
        <source>the brief has no ask: a leave-behind without an explicit ask is weak</source>
        <translation>brief nie zawiera prośby: notatka bez wyraźnej prośby jest słaba</translation>
    </message>
    <message>
        <source>unknown block id &apos;{id}&apos;</source>
        <translation>nieznany identyfikator punktu „{id}”</translation>
    </message>
    <message>
        <source>block &apos;{id}&apos; is chosen twice</source>
        <translation>punkt „{id}” wybrano dwa razy</translation>
    </message>
    <message>
        <source>edit for unknown block id &apos;{id}&apos;</source>
        <translation>własny tekst dla nieznanego identyfikatora punktu „{id}”</translation>
    </message>
    <message>
        <source>unknown paper &apos;{paper}&apos; (letter or a4)</source>
        <translation>nieznany format papieru „{paper}” (letter lub a4)</translation>
    </message>
    <message numerus="yes">
        <source>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</source>
        <translation>
            <numerusform>szablon „{name}” pokazuje %n punkt, najpierw po jednym z każdego rodzaju (odpowiedź na mit, zalecenie, dowody); pominięto: {left_out}</numerusform>
            <numerusform>szablon „{name}” pokazuje %n punkty, najpierw po jednym z każdego rodzaju (odpowiedź na mit, zalecenie, dowody); pominięto: {left_out}</numerusform>
            <numerusform>szablon „{name}” pokazuje %n punktów, najpierw po jednym z każdego rodzaju (odpowiedź na mit, zalecenie, dowody); pominięto: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</source>
        <translation>
            <numerusform>prośba ma %n słowo: jedno zdanie do około {most} słów zostaje przeczytane i zapamiętane; uzasadnienie można przenieść do punktów</numerusform>
            <numerusform>prośba ma %n słowa: jedno zdanie do około {most} słów zostaje przeczytane i zapamiętane; uzasadnienie można przenieść do punktów</numerusform>
            <numerusform>prośba ma %n słów: jedno zdanie do około {most} słów zostaje przeczytane i zapamiętane; uzasadnienie można przenieść do punktów</numerusform>
        </translation>
    </message>
    <message>
        <source>template &apos;{name}&apos; has no place for: {points}</source>
        <translation>szablon „{name}” nie ma miejsca na: {points}</translation>
    </message>
    <message>
        <source>use a date like 2026-12-03 or Dec 3, 2026</source>
        <translation>wpisz datę w postaci 2026-12-03 lub Dec 3, 2026</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: {why}</source>
        <translation>„{raw}” to nie data: {why}</translation>
    </message>
    <message>
        <source>unknown month &apos;{name}&apos;</source>
        <translation>nieznany miesiąc „{name}”</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>nie ma miesiąca {month}</translation>
    </message>
    <message>
        <source>that month has no day {day}</source>
        <translation>ten miesiąc nie ma dnia {day}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a meeting&apos;s date: the year must be from {first} to {last}</source>
        <translation>„{raw}” to nie data spotkania: rok musi być od {first} do {last}</translation>
    </message>
    <message>
        <source>unknown date order &apos;{order}&apos;: use mdy or dmy</source>
        <translation>nieznana kolejność daty „{order}”: podaj mdy lub dmy</translation>
    </message>
    <message>
        <source>the date is empty: {example}</source>
        <translation>data jest pusta: {example}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not agree: {date} is a {weekday}</source>
        <translation>„{raw}” się nie zgadza: {date} to {weekday}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date in {order} order</source>
        <translation>„{raw}” to nie data w kolejności {order}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads two ways: {mdy} (month first) or {dmy} (day first); write {first} or {second}</source>
        <translation>„{raw}” można odczytać na dwa sposoby: {mdy} (najpierw miesiąc) lub {dmy} (najpierw dzień); wpisz {first} lub {second}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>miesiąc/dzień/rok</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dzień/miesiąc/rok</translation>
    </message>
    <message>
        <source>use a time like 10:30, 2:30 pm or 14:30</source>
        <translation>wpisz godzinę w postaci 10:30, 2:30 pm lub 14:30</translation>
    </message>
    <message>
        <source>with am/pm the hour is 1 to 12</source>
        <translation>z am/pm godzina to od 1 do 12</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a time: {why}</source>
        <translation>„{raw}” to nie godzina: {why}</translation>
    </message>
    <message>
        <source>the time is empty: {example}</source>
        <translation>godzina jest pusta: {example}</translation>
    </message>
    <message>
        <source>minutes go up to 59</source>
        <translation>minuty sięgają najwyżej 59</translation>
    </message>
    <message>
        <source>hours go up to 23</source>
        <translation>godziny sięgają najwyżej 23</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads as {time} AM: write {time} pm, or {early} for the early morning</source>
        <translation>„{raw}” zostanie odczytane jako {time} w nocy (AM): wpisz {time} pm albo {early}, jeśli chodzi o wczesny ranek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Parlamentarzysta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Izba</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Okręg</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Komisje</translation>
    </message>
    <message>
        <source>Subcommittees</source>
        <translation>Podkomisje</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Asystent</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Stanowisko pracownika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Filled from the directory</source>
        <translation>Wypełnione z katalogu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefon biura</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Name (sender)</source>
        <translation>Imię i nazwisko (nadawca)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Nr w rejestrze</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>O nas</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Jasne logo</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Prośba</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Projekt ustawy</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Tytuł projektu ustawy</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Dlaczego to biuro</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Adres kodu QR</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Język strony</translation>
    </message>
    <message>
        <source>Text where the page&apos;s language has none</source>
        <translation>Tekst tam, gdzie w języku strony go nie ma</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Pakiet treści</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Punkty rozmowy</translation>
    </message>
    <message>
        <source>Your texts for the talking points</source>
        <translation>Twoje teksty punktów</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Briefer format version</source>
        <translation>Wersja formatu Briefera</translation>
    </message>
    <message>
        <source>(--template {name}; in the app, Format › Template Gallery)</source>
        <translation>(Formatowanie › Galeria szablonów, „{name}”)</translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; template prints the ask with a response, a recommendation and the evidence in large type {how}</source>
        <translation>szablon „{name}” drukuje prośbę z odpowiedzią na mit, zaleceniem i dowodami dużą czcionką {how}</translation>
    </message>
    <message>
        <source>the text is set at {size} pt, small for a busy reader: {offer}</source>
        <translation>tekst ma {size} pt, to mało dla zapracowanego czytelnika: {offer}</translation>
    </message>
    <message>
        <source>the logo has no organisation name to describe it to a screen reader (it is read as &apos;Logo&apos;): fill in sender.organization</source>
        <translation>logo nie ma nazwy organizacji, którą czytnik ekranu mógłby je opisać (jest odczytywane jako „Logo”): podaj organizację na karcie Nadawca</translation>
    </message>
    <message>
        <source>banner&apos;s colour</source>
        <translation>kolorem banera</translation>
    </message>
    <message>
        <source>sidebar&apos;s colour</source>
        <translation>kolorem paska bocznego</translation>
    </message>
    <message>
        <source>the light version of the logo has too little contrast with the {where} ({background}): it is printed on a white plate</source>
        <translation>jasna wersja logo za słabo kontrastuje z {where} ({background}): zostanie wydrukowana na białym polu</translation>
    </message>
    <message>
        <source>the logo has too little contrast with the {where} ({background}): it is printed on a white plate; a light version of the logo (sender.logo_light) would print without one</source>
        <translation>logo za słabo kontrastuje z {where} ({background}): zostanie wydrukowane na białym polu; jasna wersja logo (Jasne logo na karcie Nadawca) obeszłaby się bez niego</translation>
    </message>
    <message>
        <source>the logo {name} prints at {dpi} dpi and will look blurred: use one at least {need} pixels wide (or an SVG)</source>
        <translation>logo {name} drukuje się w {dpi} dpi i będzie nieostre: użyj takiego, które ma co najmniej {need} pikseli szerokości (albo SVG)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address: write it in full, such as https://example.org/report</source>
        <translation>„{url}” to nie adres strony: wpisz go w całości, np. https://example.org/report</translation>
    </message>
    <message>
        <source>the QR code&apos;s address is too long: use a shorter link</source>
        <translation>adres kodu QR jest za długi: użyj krótszego linku</translation>
    </message>
    <message numerus="yes">
        <source>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</source>
        <translation>
            <numerusform>pasek boczny jest za długi o około %n wiersz: skróć prośbę lub dane spotkania albo wybierz inny szablon</numerusform>
            <numerusform>pasek boczny jest za długi o około %n wiersze: skróć prośbę lub dane spotkania albo wybierz inny szablon</numerusform>
            <numerusform>pasek boczny jest za długi o około %n wierszy: skróć prośbę lub dane spotkania albo wybierz inny szablon</numerusform>
        </translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Kongres USA</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Legislatura stanowa USA</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Parlament Europejski</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Parlament krajowy</translation>
    </message>
    <message>
        <source>the audience is {audience} ({id}), but {who} sits in {body}: the headings, dates and paper speak to the wrong body; choose {found}, or no audience to follow the meeting</source>
        <translation>odbiorcą jest {audience} ({id}), ale {who} zasiada w instytucji: {body}; nagłówki, daty i papier zwracają się do niewłaściwego organu; wybierz {found} albo brak odbiorcy, by wynikał ze spotkania</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>parlamentarzysta</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Parlamentarzysta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Pack, or why there is none</source>
        <translation>Materiały lub dlaczego ich nie ma</translation>
    </message>
    <message>
        <source>Run &amp;Failed Lines Again</source>
        <translation>Ponów &amp;nieudane wiersze</translation>
    </message>
    <message numerus="yes">
        <source>Built {built} of %n meeting(s)</source>
        <translation>
            <numerusform>Przygotowano {built} z %n spotkania</numerusform>
            <numerusform>Przygotowano {built} z %n spotkań</numerusform>
            <numerusform>Przygotowano {built} z %n spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>{meetings}, {files}, the schedule ({index}) and the calendar ({calendar}).</source>
        <translation>{meetings}, {files}, plan dnia ({index}) i kalendarz ({calendar}).</translation>
    </message>
    <message>
        <source>{meetings}, {files}.</source>
        <translation>{meetings}, {files}.</translation>
    </message>
    <message>
        <source>Cancelled. {text} The schedule ({index}) was not written; meetings already under way when you cancelled may have been written too.</source>
        <translation>Anulowano. {text} Plan dnia ({index}) nie został zapisany; spotkania, które były już w toku w chwili anulowania, mogły zostać zapisane.</translation>
    </message>
    <message>
        <source>{text} {failed}</source>
        <translation>{text} {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) could not be built:</source>
        <translation>
            <numerusform>Nie udało się przygotować %n spotkania:</numerusform>
            <numerusform>Nie udało się przygotować %n spotkań:</numerusform>
            <numerusform>Nie udało się przygotować %n spotkań:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Wiersz {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {stem} ({kinds})</source>
        <translation>Wiersz {line}: {stem} ({kinds})</translation>
    </message>
    <message>
        <source>Line {line}: not built — {reason}</source>
        <translation>Wiersz {line}: nie przygotowano — {reason}</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Nie przygotowano</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nie uruchomiono</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>poza tym przebiegiem</translation>
    </message>
    <message>
        <source>{status} — check</source>
        <translation>{status} — sprawdź</translation>
    </message>
    <message>
        <source>no legislator</source>
        <translation>brak parlamentarzysty</translation>
    </message>
    <message>
        <source>Line {line}: {who}</source>
        <translation>Wiersz {line}: {who}</translation>
    </message>
    <message>
        <source>Built: {files} (double-click to open)</source>
        <translation>Gotowe: {files} (kliknij dwukrotnie, aby otworzyć)</translation>
    </message>
    <message>
        <source>Not built: {reason}</source>
        <translation>Nie przygotowano: {reason}</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Sprawdź: {warning}</translation>
    </message>
    <message>
        <source>an attendee is empty</source>
        <translation>uczestnik jest pusty</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write an attendee as Name (ZIP), like Anna Kowalska (03301)</source>
        <translation>„{value}”: wpisz uczestnika jako Imię i nazwisko (ZIP), np. Anna Kowalska (03301)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no name before the ZIP</source>
        <translation>„{value}” nie ma imienia i nazwiska przed kodem ZIP</translation>
    </message>
    <message>
        <source>{person} may live in {where} (the ZIP spans {spans}): not named on the page; check the street address (then confirmed: true names them)</source>
        <translation>{person} może mieszkać w {where} (kod ZIP obejmuje {spans}): nie wymieniono na stronie; sprawdź adres (potem confirmed: true wymieni tę osobę)</translation>
    </message>
    <message>
        <source>constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); their town and state are used as given</source>
        <translation>wyborców nie sprawdzono: nie zaimportowano danych ZIP (briefer legislators import zccd.csv); miejscowość i stan przyjęto tak, jak podano</translation>
    </message>
    <message>
        <source>constituents not checked: the meeting names no state and chamber</source>
        <translation>wyborców nie sprawdzono: spotkanie nie podaje stanu ani izby</translation>
    </message>
    <message>
        <source>{person} gives {given}, not {state}: not named as a constituent</source>
        <translation>{person} podaje {given}, nie {state}: nie wymieniono jako wyborcy</translation>
    </message>
    <message>
        <source>{person} has no ZIP: not checked as a constituent</source>
        <translation>{person} nie ma kodu ZIP: nie sprawdzono jako wyborcy</translation>
    </message>
    <message>
        <source>{person}: ZIP {zip} is not in the ZIP data (PO-box ZIPs are missing): not checked</source>
        <translation>{person}: kodu ZIP {zip} nie ma w danych ZIP (brakuje kodów skrytek pocztowych): nie sprawdzono</translation>
    </message>
    <message>
        <source>{person} lives in {places}, not {seat}: not named as a constituent</source>
        <translation>{person} mieszka w {places}, nie w {seat}: nie wymieniono jako wyborcy</translation>
    </message>
    <message>
        <source>{person} lives in {state}, but a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person} mieszka w {state}, ale kod ZIP nie wskazuje okręgu {place}: potwierdź tę osobę jako wyborcę, aby wymienić ją na stronie</translation>
    </message>
    <message>
        <source>{person} a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person}: kod ZIP nie wskazuje okręgu {place}: potwierdź tę osobę jako wyborcę, aby wymienić ją na stronie</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} lub {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} i {second}</translation>
    </message>
    <message>
        <source>{state} senator</source>
        <translation>senator ze stanu {state}</translation>
    </message>
    <message numerus="yes">
        <source>too long for one page by about %n lines even at {size} pt with short texts</source>
        <translation>
            <numerusform>za długie na jedną stronę o około %n wiersz, nawet przy {size} pt i krótkich tekstach</numerusform>
            <numerusform>za długie na jedną stronę o około %n wiersze, nawet przy {size} pt i krótkich tekstach</numerusform>
            <numerusform>za długie na jedną stronę o około %n wierszy, nawet przy {size} pt i krótkich tekstach</numerusform>
        </translation>
    </message>
    <message>
        <source>{head}: shorten the ask, the edits or the contact details</source>
        <translation>{head}: skróć prośbę, swoje zmiany lub dane kontaktowe</translation>
    </message>
</context>
</TS>
