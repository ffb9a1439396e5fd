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
        <source>&amp;Copy Read-ahead Text</source>
        <translation>&amp;Kopiuj tekst do wysłania</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Kopiuj tekst do e-maila do biura przed spotkaniem</translation>
    </message>
    <message>
        <source>Import &amp;Legislators…</source>
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
        <translation>&amp;Zamknij okno</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
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
        <translation>Cała &amp;strona</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Do &amp;szerokości</translation>
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
        <translation>Otwórz &amp;ostatnie</translation>
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
        <source>&lt;i&gt;Claim: “{claim}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;Teza: „{claim}”&lt;/i&gt;</translation>
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
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
        <source>Exported {name} ({label}, one page at {size} pt)</source>
        <translation>Wyeksportowano {name} ({label}, jedna strona, {size} pt)</translation>
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
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Wybierz logo</translation>
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
        <source>Choose a Logo</source>
        <translation>Wybierz logo</translation>
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
        <source>e.g. Jeanne Shaheen</source>
        <translation>np. Jeanne Shaheen</translation>
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
        <source>Staffer:</source>
        <translation>Asystent:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Asystent</translation>
    </message>
    <message>
        <source>Who you meet</source>
        <translation>Z kim się spotykasz</translation>
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
        <source>QR code address</source>
        <translation>Adres kodu QR</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>Kod QR:</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Uzupełnienie: {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Jest</translation>
    </message>
    <message>
        <source>The meeting has a date</source>
        <translation>Spotkanie ma datę</translation>
    </message>
    <message>
        <source>Untick to leave the date off the page</source>
        <translation>Odznacz, by pominąć datę na stronie</translation>
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
        <source>Change template</source>
        <translation>Zmiana szablonu</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Zmiana papieru</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Nie odświeżono: strona jest za długa — widać ostatnią wersję, która się mieściła.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Nie odświeżono: nie można zbudować strony — widać ostatnią zbudowaną wersję.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
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
        <source>Too long:</source>
        <translation>Za długo:</translation>
    </message>
    <message>
        <source>remove a point or shorten an edit</source>
        <translation>usuń punkt lub skróć swój tekst</translation>
    </message>
    <message>
        <source>shorten the ask (with the meeting details it takes {share} of the page), or remove a point</source>
        <translation>skróć prośbę (z danymi spotkania zajmuje {share} strony) lub usuń punkt</translation>
    </message>
    <message>
        <source>candidates:</source>
        <translation>kandydaci:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
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
</context>
</TS>
