<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Нешта пайшло не так</translation>
    </message>
    <message>
        <source>Briefer ran into an unexpected problem. Your brief is kept for recovery; saving or exporting again usually works.</source>
        <translation>Briefer сутыкнуўся з нечаканай праблемай. Ваш брыф захаваны для аднаўлення; паўторнае захаванне ці экспарт звычайна дапамагае.</translation>
    </message>
    <message>
        <source>{summary}

Details were written to {log}</source>
        <translation>{summary}

Падрабязнасці запісаны ў {log}</translation>
    </message>
    <message>
        <source>Briefer briefs (*.yaml *.yml);;All files (*)</source>
        <translation>Брыфы Briefer (*.yaml *.yml);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Захаваць змены ў «{name}»?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Змены будуць страчаны, калі іх не захаваць.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>A file outside the brief’s folder</source>
        <translation>Файл па-за папкай брыфа</translation>
    </message>
    <message>
        <source>This brief’s {field} points outside its folder: {path}. Use it?</source>
        <translation>{field} гэтага брыфа паказвае за межы яго папкі: {path}. Выкарыстаць?</translation>
    </message>
    <message>
        <source>Say Yes only if you trust whoever made the brief: a brief from someone else could put a file from your computer on the page. Yes allows it for this brief only.</source>
        <translation>Адказвайце «Так», толькі калі давяраеце аўтару брыфа: чужы брыф можа змясціць на старонцы файл з вашага камп’ютара. «Так» дазваляе гэта толькі для гэтага брыфа.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <source>Line: {line}</source>
        <translation>Радок: {line}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Поле: {field}</translation>
    </message>
    <message>
        <source>Print leave-behind</source>
        <translation>Друк памяткі</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новы</translation>
    </message>
    <message>
        <source>Start a new brief</source>
        <translation>Пачаць новы брыф</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Адкрыць…</translation>
    </message>
    <message>
        <source>Open a brief</source>
        <translation>Адкрыць брыф</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>Захаваць брыф</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Захаваць &amp;як…</translation>
    </message>
    <message>
        <source>Save the brief under a new name</source>
        <translation>Захаваць брыф пад новай назвай</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспарт у PDF…</translation>
    </message>
    <message>
        <source>Export the page as a PDF</source>
        <translation>Экспартаваць старонку ў PDF</translation>
    </message>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>Экспарт у дакумент &amp;Word…</translation>
    </message>
    <message>
        <source>Export the page as a Word document (DOCX)</source>
        <translation>Экспартаваць старонку ў дакумент Word (DOCX)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Надрукаваць старонку</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Скапіяваць тэкст для ліста ў офіс перад сустрэчай</translation>
    </message>
    <message>
        <source>Copy Read-ahead &amp;Text</source>
        <translation>&amp;Скапіяваць тэкст для ліста</translation>
    </message>
    <message>
        <source>&amp;Import Legislators…</source>
        <translation>Імпарт дэ&amp;путатаў…</translation>
    </message>
    <message>
        <source>Import the members and their committees, to look them up by name</source>
        <translation>Імпартаваць дэпутатаў і іх камітэты, каб шукаць іх па імені</translation>
    </message>
    <message>
        <source>&amp;Lobby Day…</source>
        <translation>Дзень &amp;лабіравання…</translation>
    </message>
    <message>
        <source>Build a leave-behind for every meeting in a CSV, and the day&apos;s schedule</source>
        <translation>Падрыхтаваць памятку для кожнай сустрэчы з CSV і расклад дня</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Закр&amp;ыць акно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Старонка &amp;цалкам</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Па &amp;шырыні</translation>
    </message>
    <message>
        <source>Briefer &amp;Guide</source>
        <translation>&amp;Дапаможнік Briefer</translation>
    </message>
    <message>
        <source>Open the user guide (it is part of Briefer: no internet needed)</source>
        <translation>Адкрыць дапаможнік (ён уваходзіць у Briefer: інтэрнэт не патрэбны)</translation>
    </message>
    <message>
        <source>&amp;About Briefer</source>
        <translation>&amp;Пра Briefer</translation>
    </message>
    <message>
        <source>Template &amp;Gallery…</source>
        <translation>&amp;Галерэя шаблонаў…</translation>
    </message>
    <message>
        <source>Every template with this brief</source>
        <translation>Усе шаблоны з гэтым брыфам</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Нядаўн&amp;ія</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Фар&amp;мат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>No recent briefs</source>
        <translation>Няма нядаўніх брыфаў</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Ачысціць меню</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Асноўная панэль</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папера:</translation>
    </message>
    <message>
        <source>Select a talking point to see and edit its text.</source>
        <translation>Выберыце тэзіс, каб убачыць і змяніць яго тэкст.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Зменены</translation>
    </message>
    <message>
        <source>This point uses your own text</source>
        <translation>У гэтым тэзісе ваш уласны тэкст</translation>
    </message>
    <message>
        <source>Words for the audience</source>
        <translation>Словы для аўдыторыі</translation>
    </message>
    <message>
        <source>Words for:</source>
        <translation>Словы для:</translation>
    </message>
    <message>
        <source>Write this point’s words for the audience in your own pack (opens the pack editor; nothing changes until you save)</source>
        <translation>Напісаць словы гэтага пункта для аўдыторыі ва ўласным пакеце (адкрые рэдактар пакетаў; нічога не зменіцца, пакуль вы не захаваеце)</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Сцвярджэнне</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Кароткі тэкст</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Поўны тэкст</translation>
    </message>
    <message>
        <source>Your text for this meeting</source>
        <translation>Ваш тэкст для гэтай сустрэчы</translation>
    </message>
    <message>
        <source>Empty: the pack’s text is used. Type here to use your own words for this meeting.</source>
        <translation>Пуста: выкарыстоўваецца тэкст пакета. Пішыце тут, каб на гэтай сустрэчы былі вашыя словы.</translation>
    </message>
    <message>
        <source>Start from the pack’s text</source>
        <translation>Пачаць з тэксту пакета</translation>
    </message>
    <message>
        <source>Copy the long text into your text, to shorten or adapt it</source>
        <translation>Скапіяваць поўны тэкст у ваш, каб скараціць ці змяніць яго</translation>
    </message>
    <message>
        <source>Reset to original</source>
        <translation>Вярнуць першапачатковы</translation>
    </message>
    <message>
        <source>Remove your text and use the pack’s again</source>
        <translation>Выдаліць ваш тэкст і зноў выкарыстоўваць тэкст пакета</translation>
    </message>
    <message>
        <source>Keep in My Pack</source>
        <translation>Захаваць у маім пакеце</translation>
    </message>
    <message>
        <source>Keep this wording for the next meetings: in your own pack, as this point’s short or long text or as a new point (opens the pack editor; nothing changes until you save)</source>
        <translation>Захаваць гэтае фармулёўку для наступных сустрэч: у вашым пакеце, як кароткі ці поўны тэкст гэтага тэзіса або як новы тэзіс (адкрые рэдактар пакетаў; нічога не зменіцца, пакуль вы не захаваеце)</translation>
    </message>
    <message>
        <source>As This Point’s Long Text</source>
        <translation>Як поўны тэкст гэтага тэзіса</translation>
    </message>
    <message>
        <source>As This Point’s Short Text</source>
        <translation>Як кароткі тэкст гэтага тэзіса</translation>
    </message>
    <message>
        <source>As a New Point</source>
        <translation>Як новы тэзіс</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text for this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваш тэкст для гэтай сустрэчы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>on the page</source>
        <translation>на старонцы</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слова</numerusform>
            <numerusform>%n словы</numerusform>
            <numerusform>%n слоў</numerusform>
        </translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>На старонцы</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбраны</translation>
    </message>
    <message>
        <source>your text is used</source>
        <translation>выкарыстоўваецца ваш тэкст</translation>
    </message>
    <message>
        <source>the fit uses the short text</source>
        <translation>на старонцы кароткі тэкст</translation>
    </message>
    <message>
        <source>the fit uses the long text</source>
        <translation>на старонцы поўны тэкст</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (the pack’s long texts keep to {limit})</source>
        <translation>
            <numerusform>%n слова (поўныя тэксты пакета — не больш за {limit})</numerusform>
            <numerusform>%n словы (поўныя тэксты пакета — не больш за {limit})</numerusform>
            <numerusform>%n слоў (поўныя тэксты пакета — не больш за {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own words for {audience}.</source>
        <translation>Уласныя словы для: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}.</source>
        <translation>Выкарыстоўвае тэкст па змаўчанні для: {audience}.</translation>
    </message>
    <message>
        <source>Edit Words for {audience}…</source>
        <translation>Змяніць словы для: {audience}…</translation>
    </message>
    <message>
        <source>Write Words for {audience}…</source>
        <translation>Напісаць словы для: {audience}…</translation>
    </message>
    <message>
        <source>Edit text of “{title}”</source>
        <translation>Праўка тэксту «{title}»</translation>
    </message>
    <message>
        <source>Reset “{title}”</source>
        <translation>Скід «{title}»</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тэзіс</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тэзісы</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Уверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Уніз</translation>
    </message>
    <message>
        <source>Move the selected point up within its section (Alt+Up)</source>
        <translation>Перасунуць выбраны тэзіс уверх у яго раздзеле (Alt+Уверх)</translation>
    </message>
    <message>
        <source>Move the selected point down within its section (Alt+Down)</source>
        <translation>Перасунуць выбраны тэзіс уніз у яго раздзеле (Alt+Уніз)</translation>
    </message>
    <message>
        <source>Tick the points for this meeting; drag to reorder within a section.</source>
        <translation>Адзначце тэзісы для гэтай сустрэчы; перацягвайце, каб змяніць парадак у раздзеле.</translation>
    </message>
    <message>
        <source>{chosen} of {all}</source>
        <translation>{chosen} з {all}</translation>
    </message>
    <message>
        <source>too long: cut?</source>
        <translation>занадта доўга: прыбраць?</translation>
    </message>
    <message>
        <source>The page is too long: leaving it out helps.</source>
        <translation>Старонка занадта доўгая: без гэтага тэзіса стане лепш.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>зменены</translation>
    </message>
    <message>
        <source>Not on the page. Your text:</source>
        <translation>Не на старонцы. Ваш тэкст:</translation>
    </message>
    <message>
        <source>Not on the page. Short text:</source>
        <translation>Не на старонцы. Кароткі тэкст:</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>ваш тэкст</translation>
    </message>
    <message>
        <source>On the page, in your text for this meeting:</source>
        <translation>На старонцы, у вашым тэксце для гэтай сустрэчы:</translation>
    </message>
    <message>
        <source>long</source>
        <translation>поўны</translation>
    </message>
    <message>
        <source>short</source>
        <translation>кароткі</translation>
    </message>
    <message>
        <source>On the page, in its long text:</source>
        <translation>На старонцы, поўным тэкстам:</translation>
    </message>
    <message>
        <source>On the page, in its short text:</source>
        <translation>На старонцы, кароткім тэкстам:</translation>
    </message>
    <message>
        <source>Chosen (the preview is being updated):</source>
        <translation>Выбраны (папярэдні прагляд абнаўляецца):</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не паказаны</translation>
    </message>
    <message>
        <source>Chosen, but this template has no place for it:</source>
        <translation>Выбраны, але ў гэтым шаблоне для яго няма месца:</translation>
    </message>
    <message>
        <source>Chosen, but the page could not be built:</source>
        <translation>Выбраны, але старонку не ўдалося сабраць:</translation>
    </message>
    <message>
        <source>Uses its default words for {audience}.</source>
        <translation>Выкарыстоўвае словы па змаўчанні для: {audience}.</translation>
    </message>
    <message>
        <source>They name another body: “{names}”.</source>
        <translation>У іх названа іншая інстытуцыя: «{names}».</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) chosen</source>
        <translation>
            <numerusform>выбраны %n тэзіс</numerusform>
            <numerusform>выбрана %n тэзісы</numerusform>
            <numerusform>выбрана %n тэзісаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the page</source>
        <translation>
            <numerusform>%n на старонцы</numerusform>
            <numerusform>%n на старонцы</numerusform>
            <numerusform>%n на старонцы</numerusform>
        </translation>
    </message>
    <message>
        <source>A leave-behind needs at least one talking point.</source>
        <translation>У памятцы патрэбны хаця б адзін тэзіс.</translation>
    </message>
    <message>
        <source>Choose “{title}”</source>
        <translation>Выбар «{title}»</translation>
    </message>
    <message>
        <source>Leave out “{title}”</source>
        <translation>Выключэнне «{title}»</translation>
    </message>
    <message>
        <source>Only chosen points can be moved.</source>
        <translation>Перасоўваць можна толькі выбраныя тэзісы.</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Перамяшчэнне «{title}»</translation>
    </message>
    <message>
        <source>Reorder {section}</source>
        <translation>Новы парадак: {section}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Дакументы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>дакумент Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Дакументы Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Друк немагчымы</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспарт немагчымы</translation>
    </message>
    <message>
        <source>Cannot copy the text</source>
        <translation>Не ўдаецца скапіяваць тэкст</translation>
    </message>
    <message>
        <source>Print without your details?</source>
        <translation>Друкаваць без вашых кантактаў?</translation>
    </message>
    <message>
        <source>Export without your details?</source>
        <translation>Экспартаваць без вашых кантактаў?</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Усё адно друкаваць</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Усё адно экспартаваць</translation>
    </message>
    <message>
        <source>Exported {name} ({label}, one page at {size} pt).</source>
        <translation>Экспартаваны {name} ({label}, адна старонка, {size} пт).</translation>
    </message>
    <message>
        <source>Once you leave it with the office: Meetings › Mark the Page as Given.</source>
        <translation>Калі пакінеце яе ў офісе: Сустрэчы › Пазначыць старонку як перададзеную.</translation>
    </message>
    <message>
        <source>Lobby Day</source>
        <translation>Дзень лабіравання</translation>
    </message>
    <message>
        <source>Meetings built</source>
        <translation>Падрыхтаваныя сустрэчы</translation>
    </message>
    <message>
        <source>%v of %m meetings</source>
        <translation>%v з %m сустрэч</translation>
    </message>
    <message>
        <source>Meetings that could not be built</source>
        <translation>Сустрэчы, якія не ўдалося падрыхтаваць</translation>
    </message>
    <message>
        <source>After fixing the CSV: build only the lines that failed</source>
        <translation>Пасля выпраўлення CSV: сабраць толькі радкі з памылкамі</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Адкрыць тэ&amp;чку</translation>
    </message>
    <message>
        <source>Show the folder with the files</source>
        <translation>Паказаць тэчку з файламі</translation>
    </message>
    <message>
        <source>Open Sc&amp;hedule</source>
        <translation>Адкрыць &amp;расклад</translation>
    </message>
    <message>
        <source>Open the day&apos;s schedule ({INDEX_NAME}) to print it</source>
        <translation>Адкрыць расклад дня ({INDEX_NAME}), каб надрукаваць</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Сабраць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Cannot build the lobby day</source>
        <translation>Не ўдаецца падрыхтаваць дзень лабіравання</translation>
    </message>
    <message>
        <source>Cannot use the base brief</source>
        <translation>Не ўдаецца выкарыстаць базавы брыф</translation>
    </message>
    <message>
        <source>The base brief</source>
        <translation>Базавы брыф</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Замяніць файлы?</translation>
    </message>
    <message>
        <source>{name} already holds a lobby day ({v0}). Replace its files?</source>
        <translation>У {name} ужо ёсць дзень лабіравання ({v0}). Замяніць яго файлы?</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Чытанне сустрэч…</translation>
    </message>
    <message>
        <source>Cancelling after the meetings in progress…</source>
        <translation>Скасаванне пасля сустрэч у працы…</translation>
    </message>
    <message>
        <source>No leave-behind for this meeting</source>
        <translation>Няма памяткі для гэтай сустрэчы</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Няма раскладу</translation>
    </message>
    <message>
        <source>{path} is not there: build the lobby day first.</source>
        <translation>{path} няма: спачатку падрыхтуйце дзень лабіравання.</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>Не ўдаецца паказаць файл</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: this computer has no program set to open {v0} files. Show the folder that holds it?</source>
        <translation>«{name}» нельга паказаць: на гэтым камп’ютары няма праграмы для файлаў {v0}. Паказаць тэчку, дзе ён ляжыць?</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Паказаць тэчку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Не ўдаецца адкрыць тэчку</translation>
    </message>
    <message>
        <source>{parent} cannot be shown.</source>
        <translation>{parent} нельга паказаць.</translation>
    </message>
    <message>
        <source>{folder} cannot be shown.</source>
        <translation>{folder} нельга паказаць.</translation>
    </message>
    <message>
        <source>Add your organisation, name, email or phone on the Sender tab.</source>
        <translation>Пазначце арганізацыю, імя, e-mail або тэлефон ва ўкладцы «Адпраўнік».</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be printed yet.</source>
        <translation>Памятка не змяшчаецца на адну старонку, таму яе пакуль нельга надрукаваць.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be exported yet.</source>
        <translation>Памятка не змяшчаецца на адну старонку, таму яе пакуль нельга экспартаваць.</translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation>Экспарт: {label}</translation>
    </message>
    <message>
        <source>Cannot export the {label}</source>
        <translation>Не ўдаецца экспартаваць: {label}</translation>
    </message>
    <message>
        <source>Copied the read-ahead text to the clipboard.</source>
        <translation>Тэкст для ліста скапіяваны ў буфер абмену.</translation>
    </message>
    <message>
        <source>Printed to {name} in {parent} (a PDF, text kept as text).</source>
        <translation>Надрукавана ў {name} у тэчцы {parent} (PDF, тэкст застаецца тэкстам).</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where}.</source>
        <translation>Памятка адпраўлена на {where}.</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where} as a picture of the page (no print system here to take the PDF itself).</source>
        <translation>Памятка адпраўлена на {where} як выява старонкі (тут няма сістэмы друку, якая прыняла б сам PDF).</translation>
    </message>
    <message>
        <source>New brief.</source>
        <translation>Новы брыф.</translation>
    </message>
    <message>
        <source>Open brief</source>
        <translation>Адкрыць брыф</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a brief.</source>
        <translation>«{name}» — гэта {kind}, а не брыф.</translation>
    </message>
    <message>
        <source>“{name}” is not a brief: it is {kind}.</source>
        <translation>«{name}» — не брыф, а {kind}.</translation>
    </message>
    <message>
        <source>Briefer opens briefs: the .yaml files it saves.</source>
        <translation>Briefer адкрывае брыфы: файлы .yaml, якія ён захоўвае.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Не ўдаецца адкрыць {name}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Адкрыты {name}.</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Захаваць брыф</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Не ўдаецца захаваць {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Захаваны {name}.</translation>
    </message>
    <message>
        <source>Briefer Guide</source>
        <translation>Дапаможнік Briefer</translation>
    </message>
    <message>
        <source>Briefer user guide</source>
        <translation>Дапаможнік карыстальніка Briefer</translation>
    </message>
    <message>
        <source>The user guide is missing: {path} was not found.</source>
        <translation>Дапаможніка няма: {path} не знойдзены.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Мова сістэмы</translation>
    </message>
    <message>
        <source>Briefer speaks {language} from its next start.</source>
        <translation>З наступнага запуску Briefer будзе на мове: {language}.</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Лагатыпы (*.png *.jpg *.jpeg *.svg);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>SVG: stays sharp at any size.</source>
        <translation>SVG: выразны ў любым памеры.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: prints sharply.</source>
        <translation>{kind}, {width} × {height} пікселяў: друкуецца выразна.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: may print blurred: use a larger one.</source>
        <translation>{kind}, {width} × {height} пікселяў: можа надрукавацца размыта: вазьміце большы.</translation>
    </message>
    <message>
        <source>Meetings CSV</source>
        <translation>CSV з сустрэчамі</translation>
    </message>
    <message>
        <source>The meetings of the day, one per row</source>
        <translation>Сустрэчы дня, па адной у радку</translation>
    </message>
    <message>
        <source>Base brief</source>
        <translation>Базавы брыф</translation>
    </message>
    <message>
        <source>Every meeting starts from this brief: its sender, ask, template</source>
        <translation>Кожная сустрэча пачынаецца з гэтага брыфа: адпраўнік, просьба, шаблон</translation>
    </message>
    <message>
        <source>The open brief ({name})</source>
        <translation>Адкрыты брыф ({name})</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Тэчка для файлаў</translation>
    </message>
    <message>
        <source>The folder for the files (created)</source>
        <translation>Тэчка для файлаў (будзе створана)</translation>
    </message>
    <message>
        <source>&amp;Suggested for each member’s committees</source>
        <translation>&amp;Прапанаваныя для камітэтаў кожнага дэпутата</translation>
    </message>
    <message>
        <source>As “Apply suggestions” does; a row’s own blocks column wins</source>
        <translation>Як «Ужыць прапановы»; слупок blocks радка важнейшы</translation>
    </message>
    <message>
        <source>The base brief’s points for e&amp;very meeting</source>
        <translation>Тэзісы базавага брыфа для &amp;кожнай сустрэчы</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist in the folder</source>
        <translation>&amp;Замяняць файлы, якія ўжо ёсць у тэчцы</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Даты лічбамі</translation>
    </message>
    <message>
        <source>How to read a date like 3/12/2026 in the CSV</source>
        <translation>Як чытаць дату кшталту 3/12/2026 у CSV</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>С&amp;устрэчы:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Іншы…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>B&amp;ase brief:</source>
        <translation>&amp;Базавы брыф:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Тэчка для файлаў:</translation>
    </message>
    <message>
        <source>From Roster…</source>
        <translation>Са спіса ўдзельнікаў…</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster</source>
        <translation>Спланаваць сустрэчы па спісе ўдзельнікаў</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Тэзісы:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Фарматы:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Choose the meetings CSV</source>
        <translation>Выберыце CSV з сустрэчамі</translation>
    </message>
    <message>
        <source>Choose the base brief</source>
        <translation>Выберыце базавы брыф</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Выберыце тэчку для файлаў</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Выбраць лагатып</translation>
    </message>
    <message>
        <source>Choose light logo</source>
        <translation>Выбраць светлы лагатып</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Прыбраць лагатып</translation>
    </message>
    <message>
        <source>Remove light logo</source>
        <translation>Выдаліць светлы лагатып</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Выберыце лагатып</translation>
    </message>
    <message>
        <source>Choose a Light Logo</source>
        <translation>Выберыце светлы лагатып</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Лагатып</translation>
    </message>
    <message>
        <source>This logo cannot be used: {exc}.</source>
        <translation>Гэты лагатып нельга выкарыстаць: {exc}.</translation>
    </message>
    <message>
        <source>  No light logo</source>
        <translation>  Без светлага лагатыпа</translation>
    </message>
    <message>
        <source>Optional: a light version for coloured bands (the sidebar, the bold banner); without it a dark logo is printed there on a white plate.</source>
        <translation>Неабавязкова: светлы варыянт для каляровых палос (бакавая калонка, банер шаблона «bold»); без яго цёмны лагатып друкуецца там на белай падкладцы.</translation>
    </message>
    <message>
        <source>  No logo</source>
        <translation>  Без лагатыпа</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG; shown in the page&apos;s header.</source>
        <translation>PNG, JPEG або SVG; паказваецца ў шапцы старонкі.</translation>
    </message>
    <message>
        <source>  Cannot be shown</source>
        <translation>  Нельга паказаць</translation>
    </message>
    <message>
        <source>{problem} (looked for {path}): the page is made without it. Choose it again, or remove it.</source>
        <translation>{problem} (шукалі: {path}): старонка збіраецца без яго. Выберыце яго зноў або прыбярыце.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Праўка: {field}</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Дэпутат</translation>
    </message>
    <message>
        <source>Type a name, a state (NH) or a seat (CA-12), then pick the member</source>
        <translation>Увядзіце імя, штат (NH) або акругу (CA-12), потым выберыце дэпутата</translation>
    </message>
    <message>
        <source>e.g. Jeanne Shaheen</source>
        <translation>напр. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>To fill in a member’s title, seat, party and committees from their name, &lt;a href=&quot;import&quot;&gt;import legislators…&lt;/a&gt;</source>
        <translation>Каб запаўняць пасаду, акругу, партыю і камітэты па імені, &lt;a href=&quot;import&quot;&gt;імпартуйце дэпутатаў…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The legislator list could not be read. &lt;a href=&quot;import&quot;&gt;Import legislators…&lt;/a&gt; again.</source>
        <translation>Спіс дэпутатаў не чытаецца. &lt;a href=&quot;import&quot;&gt;Імпартуйце дэпутатаў…&lt;/a&gt; зноў.</translation>
    </message>
    <message>
        <source>Import legislators</source>
        <translation>Імпарт дэпутатаў</translation>
    </message>
    <message>
        <source>Matching legislators</source>
        <translation>Адпаведныя дэпутаты</translation>
    </message>
    <message>
        <source>Pick a member from the list to fill in their details</source>
        <translation>Выберыце дэпутата са спісу, каб запоўніць яго даныя</translation>
    </message>
    <message>
        <source>Your members (ZIP {home_zip})</source>
        <translation>Вашы дэпутаты (ZIP {home_zip})</translation>
    </message>
    <message>
        <source>From the ZIP data of {v0}</source>
        <translation>Па даных ZIP ад {v0}</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Іншыя дэпутаты</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Імя:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>e.g. Senator</source>
        <translation>напр. Senator</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Палата</translation>
    </message>
    <message>
        <source>e.g. Senate</source>
        <translation>напр. Senate</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Пасада:</translation>
    </message>
    <message>
        <source>Chamber:</source>
        <translation>Палата:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Штат</translation>
    </message>
    <message>
        <source>e.g. NH</source>
        <translation>напр. NH</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Акруга</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>напр. 12</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партыя</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Штат:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Акруга:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Партыя:</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Камітэты</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Foreign Relations, Banking</source>
        <translation>Праз коску, напр. Foreign Relations, Banking</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Камітэты:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Сустрэча</translation>
    </message>
    <message>
        <source>Whom you meet: their name</source>
        <translation>З кім сустракаецеся: імя</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Пасада супрацоўніка</translation>
    </message>
    <message>
        <source>e.g. foreign policy LA</source>
        <translation>напр. дарадца па знешняй палітыцы</translation>
    </message>
    <message>
        <source>Staffer:</source>
        <translation>Супрацоўнік:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Пасада:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Супрацоўнік</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Час:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>e.g. 10:30</source>
        <translation>напр. 10:30</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Месца:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>e.g. Russell 506</source>
        <translation>напр. Russell 506</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Просьба:</translation>
    </message>
    <message>
        <source>One explicit sentence: what you ask this office to do</source>
        <translation>Адзін ясны сказ: пра што вы просіце гэты офіс</translation>
    </message>
    <message>
        <source>Bill:</source>
        <translation>Законапраект:</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законапраект</translation>
    </message>
    <message>
        <source>e.g. S. 1234 (if there is one)</source>
        <translation>напр. S. 1234 (калі ёсць)</translation>
    </message>
    <message>
        <source>Bill title:</source>
        <translation>Назва законапраекта:</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Назва законапраекта</translation>
    </message>
    <message>
        <source>e.g. Belarus Democracy Act</source>
        <translation>напр. Belarus Democracy Act</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Чаму гэты офіс</translation>
    </message>
    <message>
        <source>Empty: the line built from the committees</source>
        <translation>Пуста: радок, складзены паводле камітэтаў</translation>
    </message>
    <message>
        <source>Leave out this line</source>
        <translation>Не друкаваць гэты радок</translation>
    </message>
    <message>
        <source>Print no line on why this office matters to the ask</source>
        <translation>Не друкаваць радок пра тое, чаму гэты офіс важны для просьбы</translation>
    </message>
    <message>
        <source>Why this office:</source>
        <translation>Чаму гэты офіс:</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адрас QR-кода</translation>
    </message>
    <message>
        <source>https://… printed as a QR code (optional)</source>
        <translation>https://… друкуецца як QR-код (неабавязкова)</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>Leave out why this office</source>
        <translation>Прыбраць «чаму гэты офіс»</translation>
    </message>
    <message>
        <source>Print why this office</source>
        <translation>Друкаваць «чаму гэты офіс»</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Запаўненне: {name}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Адпраўнік</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>e.g. Belarus Freedom Forum</source>
        <translation>напр. Belarus Freedom Forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Shown in the footer and as the author</source>
        <translation>Паказваецца ў ніжнім калантытуле і як аўтар</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Пра нас</translation>
    </message>
    <message>
        <source>Who you are, in one line</source>
        <translation>Хто вы, адным радком</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Нумар у рэестры</translation>
    </message>
    <message>
        <source>EU Transparency Register id, for EU meetings</source>
        <translation>Нумар у Рэестры празрыстасці ЕС, для сустрэч у ЕС</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Лагатып:</translation>
    </message>
    <message>
        <source>Light logo:</source>
        <translation>Светлы лагатып:</translation>
    </message>
    <message>
        <source>Your details are remembered on this computer and filled in for every new brief.</source>
        <translation>Вашы даныя запамінаюцца на гэтым камп’ютары і падстаўляюцца ў кожны новы брыф.</translation>
    </message>
    <message>
        <source>{template} (yours)</source>
        <translation>{template} (ваш)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>How the leave-behind looks</source>
        <translation>Як выглядае памятка</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папера</translation>
    </message>
    <message>
        <source>Letter for US offices, A4 for European ones</source>
        <translation>Letter для офісаў у ЗША, A4 для еўрапейскіх</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Шаблон</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Папера</translation>
    </message>
    <message>
        <source>Page &amp;Language</source>
        <translation>&amp;Мова старонкі</translation>
    </message>
    <message>
        <source>Print the Pack’s Own Text Where It Has None in This Language</source>
        <translation>Друкаваць уласны тэкст пакета, дзе на гэтай мове тэксту няма</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Змена шаблона</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Змена паперы</translation>
    </message>
    <message>
        <source>Change the page’s language</source>
        <translation>Змена мовы старонкі</translation>
    </message>
    <message>
        <source>Change what prints where a point has no text in the page’s language</source>
        <translation>Змяніць, што друкуецца, калі тэзіс не мае тэксту на мове старонкі</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Не абноўлена: старонка занадта доўгая — паказана апошняя версія, якая змяшчалася.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Не абноўлена: старонку нельга сабраць — паказана апошняя сабраная версія.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) use their default words for {audience}, which name another body:</source>
        <translation>
            <numerusform>%n пункт выкарыстоўвае словы па змаўчанні для: {audience}, у якіх названа іншая інстытуцыя:</numerusform>
            <numerusform>%n пункты выкарыстоўваюць словы па змаўчанні для: {audience}, у якіх названа іншая інстытуцыя:</numerusform>
            <numerusform>%n пунктаў выкарыстоўваюць словы па змаўчанні для: {audience}, у якіх названа іншая інстытуцыя:</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (ЗША)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункты</numerusform>
            <numerusform>%n пунктаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in short form</source>
        <translation>
            <numerusform>%n у кароткай форме</numerusform>
            <numerusform>%n у кароткай форме</numerusform>
            <numerusform>%n у кароткай форме</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits on one page at {size} pt</source>
        <translation>Змяшчаецца на адну старонку пры {size} пт</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заўвага: {note}</translation>
    </message>
    <message>
        <source>the page could not be built</source>
        <translation>старонку не ўдалося сабраць</translation>
    </message>
    <message>
        <source>Cannot build the page</source>
        <translation>Старонку нельга сабраць</translation>
    </message>
    <message>
        <source>Preview of the leave-behind</source>
        <translation>Папярэдні прагляд памяткі</translation>
    </message>
    <message>
        <source>The preview is not up to date</source>
        <translation>Папярэдні прагляд састарэў</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Збіраецца папярэдні прагляд…</translation>
    </message>
    <message>
        <source>Fit on the page</source>
        <translation>Ці змяшчаецца на старонку</translation>
    </message>
    <message>
        <source>Name a legislator on the Meeting tab, or their committees, to see the points that fit.</source>
        <translation>Пазначце ва ўкладцы «Сустрэча» дэпутата або яго камітэты, каб убачыць адпаведныя тэзісы.</translation>
    </message>
    <message>
        <source>No suggestions for “{name}”: the name is not in the legislator list. Pick the member from the list on the Meeting tab, or type their committees there.</source>
        <translation>Няма прапаноў для «{name}»: гэтага імені няма ў спісе дэпутатаў. Выберыце дэпутата са спісу ва ўкладцы «Сустрэча» або ўпішыце там яго камітэты.</translation>
    </message>
    <message>
        <source>No suggestions yet: import legislators (File menu), or type the member’s committees on the Meeting tab.</source>
        <translation>Пакуль няма прапаноў: імпартуйце дэпутатаў (меню «Файл») або ўпішыце камітэты ва ўкладцы «Сустрэча».</translation>
    </message>
    <message>
        <source>No suggestions: none of the member’s committees match a topic of this pack.</source>
        <translation>Няма прапаноў: ніводзін з камітэтаў дэпутата не адпавядае тэмам гэтага пакета.</translation>
    </message>
    <message>
        <source>No suggestions: none of the listed committees match a topic of this pack.</source>
        <translation>Няма прапаноў: ніводзін з пазначаных камітэтаў не адпавядае тэмам гэтага пакета.</translation>
    </message>
    <message>
        <source>✓ on the page now. Apply puts these and the framing in place of the current choice.</source>
        <translation>✓ ужо на старонцы. «Ужыць» ставіць гэтыя тэзісы і ўступ замест цяперашняга выбару.</translation>
    </message>
    <message>
        <source>Suggested for this office</source>
        <translation>Прапанавана для гэтага офіса</translation>
    </message>
    <message>
        <source>Apply suggestions</source>
        <translation>Ужыць прапановы</translation>
    </message>
    <message>
        <source>Suggested points and why</source>
        <translation>Прапанаваныя тэзісы і чаму</translation>
    </message>
    <message>
        <source>Hide the suggested points</source>
        <translation>Схаваць прапанаваныя тэзісы</translation>
    </message>
    <message>
        <source>Show the suggested points</source>
        <translation>Паказаць прапанаваныя тэзісы</translation>
    </message>
    <message>
        <source>These points are on the page</source>
        <translation>Гэтыя тэзісы на старонцы</translation>
    </message>
    <message>
        <source>Choose the suggested points and the opening framing instead of the current choice (Undo brings it back)</source>
        <translation>Выбраць прапанаваныя тэзісы і ўступ замест цяперашняга выбару («Адрабіць» верне яго)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) for {who}</source>
        <translation>
            <numerusform>%n тэзіс для: {who}</numerusform>
            <numerusform>%n тэзісы для: {who}</numerusform>
            <numerusform>%n тэзісаў для: {who}</numerusform>
        </translation>
    </message>
    <message>
        <source>From: </source>
        <translation>З: </translation>
    </message>
    <message>
        <source>the committees on the Meeting tab</source>
        <translation>камітэты ва ўкладцы «Сустрэча»</translation>
    </message>
    <message>
        <source>these committees</source>
        <translation>гэтыя камітэты</translation>
    </message>
    <message>
        <source>Apply suggestions for {who}</source>
        <translation>Прапановы для: {who}</translation>
    </message>
    <message numerus="yes">
        <source>Chose %n point(s) suggested for {who}.</source>
        <translation>
            <numerusform>Выбраны %n тэзіс, прапанаваны для: {who}.</numerusform>
            <numerusform>Выбрана %n тэзісы, прапанаваныя для: {who}.</numerusform>
            <numerusform>Выбрана %n тэзісаў, прапанаваных для: {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (from the chamber and the paper)</source>
        <translation>Аўтаматычна (па палаце і паперы)</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <translation>нельга намаляваць</translation>
    </message>
    <message>
        <source>Template Gallery</source>
        <translation>Галерэя шаблонаў</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Адрасат</translation>
    </message>
    <message>
        <source>Whom the page addresses: the headings&apos; wording, the date style and the default paper</source>
        <translation>Да каго звернутая старонка: фармулёўкі загалоўкаў, запіс дат і папера па змаўчанні</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Адрасат:</translation>
    </message>
    <message>
        <source>Use This Template</source>
        <translation>Выкарыстаць гэты шаблон</translation>
    </message>
    <message>
        <source>Each page is drawn with this brief. Double-click one to use it.</source>
        <translation>Кожная старонка намалявана з гэтым брыфам. Двойчы пстрыкніце, каб выбраць.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Малюецца…</translation>
    </message>
    <message>
        <source>Does not fit this brief:
{image}</source>
        <translation>Не падыходзіць да гэтага брыфа:
{image}</translation>
    </message>
    <message>
        <source>Headings name {legislature}; dates read “{shown}”.</source>
        <translation>Загалоўкі называюць: {legislature}; даты выглядаюць так: «{shown}».</translation>
    </message>
    <message>
        <source>Change audience</source>
        <translation>Змена адрасата</translation>
    </message>
    <message>
        <source>{name}[*] — Briefer</source>
        <translation>{name}[*] — Briefer</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>Пра Briefer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Tailored one-page leave-behinds for meetings with legislators.&lt;/p&gt;&lt;p&gt;Choose the talking points for this office, see the page as you edit, and export a PDF or Word document that always fits on one page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Аднастаронкавыя памяткі для сустрэч з дэпутатамі, пад канкрэтны офіс.&lt;/p&gt;&lt;p&gt;Выберыце тэзісы для гэтага офіса, глядзіце старонку падчас праўкі і экспартуйце PDF або дакумент Word, які заўсёды змяшчаецца на адну старонку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an untitled brief</source>
        <translation>брыф без назвы</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Аднавіць незахаваную працу</translation>
    </message>
    <message>
        <source>Briefer did not close properly last time. Restore the unsaved changes to {name}?</source>
        <translation>Мінулым разам Briefer закрыўся некарэктна. Аднавіць незахаваныя змены ў {name}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Адкінуць</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Індэкс</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Пацверджана</translation>
    </message>
    <message>
        <source>Constituents attending</source>
        <translation>Прысутныя выбаршчыкі</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Дадаць чалавека</translation>
    </message>
    <message>
        <source>Add M&amp;yself</source>
        <translation>Дадаць &amp;мяне</translation>
    </message>
    <message>
        <source>Add yourself, with the ZIP from the Sender tab</source>
        <translation>Дадаць сябе, з ZIP з укладкі «Адпраўнік»</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Прыбраць</translation>
    </message>
    <message>
        <source>Advocates at this meeting who live in the member’s state (for a representative, the district). The page names them as constituents only when the ZIP data agrees.</source>
        <translation>Удзельнікі сустрэчы, якія жывуць у штаце дэпутата (у члена Палаты прадстаўнікоў — у акрузе). Старонка называе іх выбаршчыкамі, толькі калі гэта пацвярджаюць даныя ZIP.</translation>
    </message>
    <message>
        <source>ZIP: {value}</source>
        <translation>ZIP: {value}</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Увядзіце імя</translation>
    </message>
    <message>
        <source>Checked against the ZIP data of {v0}.</source>
        <translation>Праверана па даных ZIP ад {v0}.</translation>
    </message>
    <message>
        <source>No ZIP data imported: the people are taken as given, not checked (File → Import Legislators, the ZIP-to-district file).</source>
        <translation>Даныя ZIP не імпартаваныя: людзі прымаюцца як ёсць, без праверкі (Файл → Імпарт дэпутатаў, файл ZIP — акруга).</translation>
    </message>
    <message>
        <source>Edit constituents</source>
        <translation>Праўка выбаршчыкаў</translation>
    </message>
    <message>
        <source>Add me</source>
        <translation>Дадаць мяне</translation>
    </message>
    <message>
        <source>Add {name} ({code})</source>
        <translation>Даданне: {name} ({code})</translation>
    </message>
    <message>
        <source>Fill in your name and your ZIP on the Sender tab to add yourself</source>
        <translation>Пазначце імя і ZIP ва ўкладцы «Адпраўнік», каб дадаць сябе</translation>
    </message>
    <message>
        <source>Remove constituents</source>
        <translation>Выдаленне выбаршчыкаў</translation>
    </message>
    <message>
        <source>✓ Constituent ({place})</source>
        <translation>✓ Выбаршчык ({place})</translation>
    </message>
    <message>
        <source>May be: the ZIP spans {codes}</source>
        <translation>Магчыма: ZIP ахоплівае {codes}</translation>
    </message>
    <message>
        <source>another state</source>
        <translation>іншы штат</translation>
    </message>
    <message>
        <source>Lives in {where}: not a constituent</source>
        <translation>Жыве ў: {where}: не выбаршчык</translation>
    </message>
    <message>
        <source>Confirm if they live in {place}</source>
        <translation>Пацвердзіце, калі жыве ў {place}</translation>
    </message>
    <message>
        <source>Not checked: no ZIP data</source>
        <translation>Не праверана: няма даных ZIP</translation>
    </message>
    <message>
        <source>Not checked: choose the legislator</source>
        <translation>Не праверана: выберыце дэпутата</translation>
    </message>
    <message>
        <source>Not checked: no ZIP</source>
        <translation>Не праверана: няма ZIP</translation>
    </message>
    <message>
        <source>Not checked: ZIP not in the data</source>
        <translation>Не праверана: ZIP няма ў даных</translation>
    </message>
    <message>
        <source>the member’s state</source>
        <translation>штат дэпутата</translation>
    </message>
    <message>
        <source>No constituents listed for {name} yet. Offices give the most weight to the people they represent: if anyone coming lives in {place}, add them here and the page will say so.</source>
        <translation>Для {name} пакуль няма выбаршчыкаў. Офісы найбольш прыслухоўваюцца да тых, каго прадстаўляюць: калі нехта з удзельнікаў жыве ў {place}, дадайце яго тут, і старонка гэта скажа.</translation>
    </message>
    <message>
        <source>No one listed lives in {place}, so the page calls no one a constituent. If someone from {place} can join, this meeting will carry more weight.</source>
        <translation>Ніхто са спісу не жыве ў {place}, таму старонка нікога не называе выбаршчыкам. Калі далучыцца нехта з {place}, сустрэча будзе больш важкай.</translation>
    </message>
    <message>
        <source>To see your members, &lt;a href=&quot;import&quot;&gt;import the legislators and the ZIP-to-district file…&lt;/a&gt;</source>
        <translation>Каб убачыць сваіх дэпутатаў, &lt;a href=&quot;import&quot;&gt;імпартуйце дэпутатаў і файл ZIP — акруга…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Дзе вы жывяце</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Ваш ZIP-код</translation>
    </message>
    <message>
        <source>e.g. 03301</source>
        <translation>напр. 03301</translation>
    </message>
    <message>
        <source>Your members</source>
        <translation>Вашы дэпутаты</translation>
    </message>
    <message>
        <source>Used on this computer only, to find your members and whether you are their constituent. It is never printed on a page.</source>
        <translation>Выкарыстоўваецца толькі на гэтым камп’ютары, каб знайсці вашых дэпутатаў і высветліць, ці вы іх выбаршчык. Ніколі не друкуецца на старонцы.</translation>
    </message>
    <message>
        <source>Your ZIP:</source>
        <translation>Ваш ZIP:</translation>
    </message>
    <message>
        <source>Your members:</source>
        <translation>Вашы дэпутаты:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your ZIP code to see your two senators and your representative.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Увядзіце свой ZIP-код, каб убачыць двух сваіх сенатараў і свайго прадстаўніка.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;ZIP data of {value}.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Даныя ZIP ад {value}.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>ZIP {home_zip} is not in the ZIP data (PO-box-only ZIPs are missing): try the ZIP of your home address.{dated}</source>
        <translation>ZIP {home_zip} няма ў даных ZIP (няма кодаў толькі для абаненцкіх скрынак): паспрабуйце ZIP хатняга адраса.{dated}</translation>
    </message>
    <message>
        <source> — &lt;i&gt;may be yours&lt;/i&gt;</source>
        <translation> — &lt;i&gt;магчыма, ваш&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No member in the directory for {seat}</source>
        <translation>У даведніку няма дэпутата для {seat}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Your ZIP spans {codes}: which of them is yours depends on your street address.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Ваш ZIP ахоплівае {codes}: які з іх ваш, залежыць ад адраса.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Legislator files (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;HowTheyVote.eu export, MEPs (*.zip *.csv.gz *.csv);;CSV files (*.csv);;All files (*)</source>
        <translation>Файлы дэпутатаў (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;Выгрузка HowTheyVote.eu, дэпутаты Еўрапарламента (*.zip *.csv.gz *.csv);;Файлы CSV (*.csv);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Import the members of Congress and their committees from the public &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt; files. Choose the folder that holds them:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (optional: the members’ offices)&lt;/li&gt;&lt;/ul&gt;For another legislature, choose a CSV file whose first line names the columns: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;To find each advocate’s members from their ZIP code, also choose the public &lt;b&gt;ZIP-to-district&lt;/b&gt; file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District maps change, so the app shows the date of the data you import: give it below (where you got the file says when it was published).&lt;/p&gt;</source>
        <translation>Імпартуйце членаў Кангрэса і іх камітэты з адкрытых файлаў &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt;. Выберыце тэчку, дзе яны ляжаць:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (неабавязкова: офісы дэпутатаў)&lt;/li&gt;&lt;/ul&gt;Для іншага парламента выберыце файл CSV, першы радок якога называе слупкі: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;Каб знаходзіць дэпутатаў кожнага ўдзельніка па ZIP-кодзе, выберыце таксама адкрыты файл &lt;b&gt;ZIP — акруга&lt;/b&gt; (zccd.csv, слупкі state_fips, state_abbr, zcta, cd). Межы акруг мяняюцца, таму праграма паказвае дату імпартаваных даных: пазначце яе ніжэй (крыніца файла паведамляе, калі ён апублікаваны).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State legislators&lt;/b&gt;: choose a checkout of Open States’ openstates/people data, or one state’s folder. &lt;b&gt;Members of the European Parliament&lt;/b&gt;: choose HowTheyVote.eu’s export (the zip archive, or a folder of its tables). Each import adds to what is there and replaces only its own part.</source>
        <translation>&lt;b&gt;Заканадаўцы штатаў&lt;/b&gt;: абярыце копію даных openstates/people праекта Open States або папку аднаго штата. &lt;b&gt;Дэпутаты Еўрапейскага парламента&lt;/b&gt;: абярыце экспарт HowTheyVote.eu (zip-архіў або папку з яго табліцамі). Кожны імпарт дадаецца да наяўнага і замяняе толькі сваю частку.</translation>
    </message>
    <message>
        <source>When the ZIP-to-district data was published (not when the file was copied): the app and the page say which data the constituents were checked against</source>
        <translation>Калі апублікаваныя даныя ZIP — акруга (а не калі скапіяваны файл): праграма і старонка кажуць, па якіх даных правераны выбаршчыкі</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation>Імпарт дэпутатаў</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для імпарту</translation>
    </message>
    <message>
        <source>Choose, type or paste the folder and the files (;)</source>
        <translation>Выберыце, увядзіце ці ўстаўце папку і файлы (;)</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Выбраць &amp;тэчку…</translation>
    </message>
    <message>
        <source>Choose F&amp;iles…</source>
        <translation>Выбраць &amp;файлы…</translation>
    </message>
    <message>
        <source>ZIP data published on</source>
        <translation>Даныя ZIP апублікаваныя</translation>
    </message>
    <message>
        <source>e.g. {plain}</source>
        <translation>напрыклад, {plain}</translation>
    </message>
    <message>
        <source>ZIP data &amp;published:</source>
        <translation>Даныя ZIP &amp;апублікаваныя:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпарт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Крыніца:</translation>
    </message>
    <message>
        <source>Now imported: {value}.</source>
        <translation>Цяпер імпартавана: {value}.</translation>
    </message>
    <message>
        <source>No legislators imported yet.</source>
        <translation>Дэпутаты яшчэ не імпартаваныя.</translation>
    </message>
    <message>
        <source> ZIP data of {value}.</source>
        <translation> Даныя ZIP ад {value}.</translation>
    </message>
    <message>
        <source>Choose the congress-legislators folder</source>
        <translation>Выберыце тэчку congress-legislators</translation>
    </message>
    <message>
        <source>Choose legislator files</source>
        <translation>Выберыце файлы дэпутатаў</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Немагчыма імпартаваць</translation>
    </message>
    <message>
        <source>“{path}” was not found.</source>
        <translation>«{path}» не знойдзена.</translation>
    </message>
    <message>
        <source>give the date the ZIP data was published (where you got the file says it)</source>
        <translation>пазначце дату, калі дадзеныя ZIP былі апублікаваныя (гэта сказана там, адкуль вы ўзялі файл)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпарт…</translation>
    </message>
    <message>
        <source>Legislators imported</source>
        <translation>Дэпутаты імпартаваныя</translation>
    </message>
    <message>
        <source>Cannot import the legislators</source>
        <translation>Не ўдаецца імпартаваць дэпутатаў</translation>
    </message>
    <message>
        <source>choose one ZIP-to-district file at a time</source>
        <translation>выбірайце па адным файле ZIP — акруга</translation>
    </message>
    <message>
        <source>{zips:,} ZIP codes (data of {value})</source>
        <translation>ZIP-кодаў: {zips:,} (даныя ад {value})</translation>
    </message>
    <message>
        <source>Imported </source>
        <translation>Імпартавана: </translation>
    </message>
    <message>
        <source>Warning: {value}</source>
        <translation>Увага: {value}</translation>
    </message>
    <message>
        <source>1 entry was left out:</source>
        <translation>Прапушчаны 1 запіс:</translation>
    </message>
    <message>
        <source>{value} entries were left out:</source>
        <translation>Прапушчана запісаў: {value}:</translation>
    </message>
    <message>
        <source>… and {value} more.</source>
        <translation>… і яшчэ {value}.</translation>
    </message>
    <message>
        <source>Washington, DC</source>
        <translation>Вашынгтон</translation>
    </message>
    <message>
        <source>{city} office</source>
        <translation>Офіс: {city}</translation>
    </message>
    <message>
        <source>Choose one of the member’s offices</source>
        <translation>Выберыце адзін з офісаў дэпутата</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>Офісы ў акрузе</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Вашынгтон</translation>
    </message>
    <message>
        <source>Choose one of {who}’s offices</source>
        <translation>Выберыце адзін з офісаў: {who}</translation>
    </message>
    <message>
        <source>Meetings of the day</source>
        <translation>Сустрэчы дня</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> а {time}</translation>
    </message>
    <message>
        <source>The meeting is still ahead</source>
        <translation>Сустрэча яшчэ наперадзе</translation>
    </message>
    <message>
        <source>The meeting with {v0} is on {v1}{at}. A thank-you written now thanks them for a meeting that has not happened yet.</source>
        <translation>Сустрэча з {v0} — {v1}{at}. Падзяка, напісаная цяпер, дзякуе за сустрэчу, якой яшчэ не было.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>офісам</translation>
    </message>
    <message>
        <source>Write It Anyway</source>
        <translation>Усё адно напісаць</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Справаздача пра сустрэчу</translation>
    </message>
    <message>
        <source>Write the Meeting Report…</source>
        <translation>Напісаць справаздачу пра сустрэчу…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не цяпер</translation>
    </message>
    <message>
        <source>Meetings &amp;Log…</source>
        <translation>&amp;Журнал сустрэч…</translation>
    </message>
    <message>
        <source>Every meeting, what each office was given, reports, follow-ups</source>
        <translation>Усе сустрэчы, што атрымаў кожны офіс, справаздачы, далейшыя крокі</translation>
    </message>
    <message>
        <source>Write the Meeting &amp;Report…</source>
        <translation>&amp;Напісаць справаздачу пра сустрэчу…</translation>
    </message>
    <message>
        <source>Whom you met, where the office stands, what each side promised</source>
        <translation>З кім вы сустрэліся, якая пазіцыя офіса, што паабяцаў кожны бок</translation>
    </message>
    <message>
        <source>&amp;Copy Thank-you Text</source>
        <translation>&amp;Скапіяваць падзяку</translation>
    </message>
    <message>
        <source>A thank-you message for the staffer, on the clipboard</source>
        <translation>Падзяка супрацоўніку, у буфер абмену</translation>
    </message>
    <message>
        <source>Thank-you &amp;Email…</source>
        <translation>&amp;Ліст з падзякай…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer with the page attached</source>
        <translation>Чарнавік ліста (.eml) супрацоўніку з дадзенай старонкай</translation>
    </message>
    <message>
        <source>Mark the Page as &amp;Given</source>
        <translation>Пазначыць старонку як &amp;перададзеную</translation>
    </message>
    <message>
        <source>You left the page you exported with the office</source>
        <translation>Вы пакінулі экспартаваную старонку ў офісе</translation>
    </message>
    <message>
        <source>Record &amp;Pages in the Meeting Log</source>
        <translation>&amp;Запісваць старонкі ў журнал сустрэч</translation>
    </message>
    <message>
        <source>Keep a record of each page exported or printed for a legislator</source>
        <translation>Запісваць кожную старонку, экспартаваную ці надрукаваную для дэпутата</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Сустрэчы</translation>
    </message>
    <message>
        <source>Pages you export or print are recorded in the meeting log.</source>
        <translation>Экспартаваныя ці надрукаваныя старонкі запісваюцца ў журнал сустрэч.</translation>
    </message>
    <message>
        <source>Pages are no longer recorded in the meeting log.</source>
        <translation>Старонкі больш не запісваюцца ў журнал сустрэч.</translation>
    </message>
    <message>
        <source>Your meeting with {name} was on {v0}. How did it go? Write the report while it is fresh — it stays on this computer.</source>
        <translation>Ваша сустрэча з {name} была {v0}. Як прайшло? Напішыце справаздачу, пакуль усё свежае, — яна застаецца на гэтым камп’ютары.</translation>
    </message>
    <message>
        <source>Saved the meeting report in your meeting log.</source>
        <translation>Справаздача захавана ў журнале сустрэч.</translation>
    </message>
    <message>
        <source>Copied the thank-you text to the clipboard.</source>
        <translation>Падзяка скапіявана ў буфер абмену.</translation>
    </message>
    <message>
        <source>Cannot write the thank-you</source>
        <translation>Не ўдаецца напісаць падзяку</translation>
    </message>
    <message>
        <source>Save Thank-you Email</source>
        <translation>Захаваць ліст з падзякай</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Чарнавікі лістоў (*.eml)</translation>
    </message>
    <message>
        <source>Cannot save the thank-you</source>
        <translation>Не ўдаецца захаваць падзяку</translation>
    </message>
    <message>
        <source>with the page attached</source>
        <translation>з дадзенай старонкай</translation>
    </message>
    <message>
        <source>(no page was recorded to attach)</source>
        <translation>(няма запісанай старонкі для ўкладання)</translation>
    </message>
    <message>
        <source> to {to}</source>
        <translation> для {to}</translation>
    </message>
    <message>
        <source>; add the staffer’s address</source>
        <translation>; дадайце адрас супрацоўніка</translation>
    </message>
    <message>
        <source>Saved {name} {attached}{hint}. Open it to edit and send.</source>
        <translation>Захаваны {name} {attached}{hint}. Адкрыйце, каб змяніць і адправіць.</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Падтрымлівае</translation>
    </message>
    <message>
        <source>Leaning yes</source>
        <translation>Хутчэй за</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Не вызначыўся</translation>
    </message>
    <message>
        <source>Leaning no</source>
        <translation>Хутчэй супраць</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Супраць</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Дэпутат</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Пазіцыя</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Наступны крок</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Старонкі</translation>
    </message>
    <message>
        <source>The follow-up is overdue</source>
        <translation>Тэрмін наступнага кроку мінуў</translation>
    </message>
    <message>
        <source>The follow-up is due in the next two days</source>
        <translation>Наступны крок — у бліжэйшыя два дні</translation>
    </message>
    <message>
        <source>The meeting is over: write its report while it is fresh</source>
        <translation>Сустрэча прайшла: напішыце справаздачу, пакуль усё свежае</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Справаздачы яшчэ няма</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <comment>a meeting</comment>
        <translation>Наперадзе</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Пратэрмінавана</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>{count} ({given} given)</source>
        <translation>{count} (перададзена: {given})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Надрукавана</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспартавана</translation>
    </message>
    <message>
        <source>{done}, but {warning}</source>
        <translation>{done}, але {warning}</translation>
    </message>
    <message>
        <source>The meeting at {time} ({id})</source>
        <translation>Сустрэча а {time} ({id})</translation>
    </message>
    <message>
        <source>The meeting with no time ({id})</source>
        <translation>Сустрэча без часу ({id})</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Якая сустрэча?</translation>
    </message>
    <message>
        <source>The meeting log has {count} meetings with {name} that day. Which one is this page for? (Giving the brief the meeting&apos;s time also tells them apart.)</source>
        <translation>У журнале сустрэч {count} сустрэч(ы) з {name} у гэты дзень. Для якой гэтая старонка? (Час сустрэчы ў брыфе таксама іх адрознівае.)</translation>
    </message>
    <message>
        <source>Mark the Page as Given</source>
        <translation>Пазначыць старонку як перададзеную</translation>
    </message>
    <message>
        <source>Which page did you leave with the office?</source>
        <translation>Якую старонку вы пакінулі ў офісе?</translation>
    </message>
    <message>
        <source>No page was marked as given.</source>
        <translation>Ніводная старонка не пазначана як перададзеная.</translation>
    </message>
    <message>
        <source>The page was not marked: {why}</source>
        <translation>Старонка не пазначана: {why}</translation>
    </message>
    <message>
        <source>No page of this meeting is in the meeting log yet: export or print it first.</source>
        <translation>У журнале сустрэч яшчэ няма старонкі гэтай сустрэчы: спачатку экспартуйце або надрукуйце яе.</translation>
    </message>
    <message>
        <source>{name} is marked as left with the office.</source>
        <translation>{name} пазначана як пакінутая ў офісе.</translation>
    </message>
    <message>
        <source>The printed page</source>
        <translation>Надрукаваная старонка</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>З кім сустрэліся</translation>
    </message>
    <message>
        <source>Staffer’s email</source>
        <translation>E-mail супрацоўніка</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша каманда</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Іх пазіцыя</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Іх пытанні</translation>
    </message>
    <message>
        <source>They asked of us</source>
        <translation>Яны папрасілі нас</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>Мы паабяцалі</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Яны паабяцалі</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Наступны крок да</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Пытанне</translation>
    </message>
    <message>
        <source>Our answer (leave empty if we owe one)</source>
        <translation>Наш адказ (пакіньце пустым, калі мы яго вінны)</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(няма пытання)</translation>
    </message>
    <message>
        <source>Meeting report — {who}</source>
        <translation>Справаздача пра сустрэчу — {who}</translation>
    </message>
    <message>
        <source>The meeting is still ahead: note what you know now, and finish the report after it. It stays on this computer, in your meeting log.</source>
        <translation>Сустрэча яшчэ наперадзе: запішыце, што ведаеце цяпер, і скончыце справаздачу пасля яе. Яна застаецца на гэтым камп’ютары, у журнале сустрэч.</translation>
    </message>
    <message>
        <source>Write it while it is fresh: it stays on this computer, in your meeting log, and feeds the thank-you email.</source>
        <translation>Напішыце, пакуль усё свежае: справаздача застаецца на гэтым камп’ютары, у журнале сустрэч, і трапляе ў ліст з падзякай.</translation>
    </message>
    <message>
        <source>e.g. Jesús García, foreign policy adviser</source>
        <translation>напр. Jesús García, дарадца па знешняй палітыцы</translation>
    </message>
    <message>
        <source>for the thank-you, e.g. jesus.garcia@senate.gov</source>
        <translation>для падзякі, напр. jesus.garcia@senate.gov</translation>
    </message>
    <message>
        <source>who of us went, separated by commas</source>
        <translation>хто з нас быў, праз коску</translation>
    </message>
    <message>
        <source>one per line: what the office asked us for</source>
        <translation>па адным у радку: пра што нас папрасіў офіс</translation>
    </message>
    <message>
        <source>one per line: what we said we would do</source>
        <translation>па адным у радку: што мы абяцалі зрабіць</translation>
    </message>
    <message>
        <source>one per line: what they offered to do</source>
        <translation>па адным у радку: што яны прапанавалі зрабіць</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Зроблена</translation>
    </message>
    <message>
        <source>anything else worth remembering: mood, names, next steps</source>
        <translation>усё іншае, што варта запомніць: настрой, імёны, наступныя крокі</translation>
    </message>
    <message>
        <source>Copy Thank-you Text</source>
        <translation>Скапіяваць падзяку</translation>
    </message>
    <message>
        <source>Save the report, then copy a thank-you message to paste into your email</source>
        <translation>Захаваць справаздачу, потым скапіяваць падзяку, каб уставіць у ліст</translation>
    </message>
    <message>
        <source>Thank-you Email…</source>
        <translation>Ліст з падзякай…</translation>
    </message>
    <message>
        <source>Save the report, then write an email draft (.eml) with the leave-behind attached</source>
        <translation>Захаваць справаздачу, потым напісаць чарнавік ліста (.eml) з дадзенай памяткай</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>справаздача</translation>
    </message>
    <message>
        <source>Report saved; the thank-you text is on the clipboard.</source>
        <translation>Справаздача захавана; падзяка ў буферы абмену.</translation>
    </message>
    <message>
        <source>{count} words — {v0} over the {most} allowed</source>
        <translation>{count} слоў — на {v0} больш за дазволеныя {most}</translation>
    </message>
    <message>
        <source>{count} / {most} words (aim for {aim})</source>
        <translation>{count} / {most} слоў (мэта: {aim})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your own talking points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Вашы ўласныя тэзісы&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start from a pack and make it yours: change the wording that works for your offices, add a point for a new bill, keep a rebuttal that worked. The pack that comes with Briefer stays as it is; your copy keeps its point ids, so briefs that use them keep working.</source>
        <translation>Пачніце з пакета і зрабіце яго сваім: змяніце фармулёўкі пад свае офісы, дадайце тэзіс пра новы законапраект, захавайце ўдалае абвяржэнне. Пакет, які ўваходзіць у Briefer, застаецца як ёсць; ваша копія захоўвае ідэнтыфікатары тэзісаў, таму брыфы, якія іх выкарыстоўваюць, працуюць далей.</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Пачаць з «{title}»</translation>
    </message>
    <message>
        <source>A copy of the {points} points, to change as you like</source>
        <translation>Копія тэзісаў ({points}), каб мяняць як заўгодна</translation>
    </message>
    <message>
        <source>Open your pack “{title}” ({id})</source>
        <translation>Адкрыць ваш пакет «{title}» ({id})</translation>
    </message>
    <message>
        <source>Install a Pack File a Teammate Sent…</source>
        <translation>Усталяваць файл пакета ад калегі…</translation>
    </message>
    <message>
        <source>The page’s headline</source>
        <translation>Загаловак старонкі</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Падзагаловак</translation>
    </message>
    <message>
        <source>One line under it (optional)</source>
        <translation>Адзін радок пад ім (неабавязкова)</translation>
    </message>
    <message>
        <source>Source: title</source>
        <translation>Крыніца: назва</translation>
    </message>
    <message>
        <source>The article or report’s title</source>
        <translation>Назва артыкула ці даклада</translation>
    </message>
    <message>
        <source>Source: publisher</source>
        <translation>Крыніца: выдавец</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Хто апублікаваў</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Радок пра крыніцу</translation>
    </message>
    <message>
        <source>Printed in every page’s footer. Write the points in your own words and credit where the arguments come from.</source>
        <translation>Друкуецца ў ніжнім калантытуле кожнай старонкі. Пішыце тэзісы сваімі словамі і пазначайце, адкуль довады.</translation>
    </message>
    <message>
        <source>Source: web address</source>
        <translation>Крыніца: вэб-адрас</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (неабавязкова)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Ідэнтыфікатар пакета</translation>
    </message>
    <message>
        <source>Briefs name the pack by this id (lower-case letters, digits, hyphens).</source>
        <translation>Брыфы называюць пакет гэтым ідэнтыфікатарам (малыя лацінскія літары, лічбы, злучкі).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The document language: en, de…</source>
        <translation>Мова дакумента: en, de…</translation>
    </message>
    <message>
        <source>Label of a claim</source>
        <translation>Метка сцвярджэння</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Claim”</source>
        <translation>Пуста: з шаблона, інакш «Сцвярджэнне»</translation>
    </message>
    <message>
        <source>Printed over a misconception’s claim (“They say”, “Claim”).</source>
        <translation>Друкуецца над сцвярджэннем памылковага ўяўлення («Кажуць», «Сцвярджэнне»).</translation>
    </message>
    <message>
        <source>Label of a response</source>
        <translation>Метка адказу</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Response”</source>
        <translation>Пуста: з шаблона, інакш «Адказ»</translation>
    </message>
    <message>
        <source>Printed over the response to it (“In fact”, “Response”).</source>
        <translation>Друкуецца над адказам («Насамрэч», «Адказ»).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;About this pack&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Пра гэты пакет&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Four to eight words</source>
        <translation>Ад чатырох да васьмі слоў</translation>
    </message>
    <message>
        <source>The claim, as critics put it</source>
        <translation>Сцвярджэнне ў выкладзе крытыкаў</translation>
    </message>
    <message>
        <source>The misconception this point answers</source>
        <translation>Памылковае ўяўленне, на якое адказвае гэты тэзіс</translation>
    </message>
    <message>
        <source>Used when the page is full.</source>
        <translation>Выкарыстоўваецца, калі старонка запоўненая.</translation>
    </message>
    <message>
        <source>Point id</source>
        <translation>Ідэнтыфікатар тэзіса</translation>
    </message>
    <message>
        <source>Briefs name the point by its id: change it only for a new point.</source>
        <translation>Брыфы называюць тэзіс па ідэнтыфікатары: мяняйце яго толькі ў новага тэзіса.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;Point {v0} of {v1}&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Тэзіс {v0} з {v1}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>Па&amp;кеты</translation>
    </message>
    <message>
        <source>&amp;Edit Your Packs…</source>
        <translation>&amp;Змяніць свае пакеты…</translation>
    </message>
    <message>
        <source>Change the talking points, add your own, keep what worked</source>
        <translation>Мяняць тэзісы, дадаваць свае, захоўваць тое, што спрацавала</translation>
    </message>
    <message>
        <source>&amp;Use in This Brief</source>
        <translation>&amp;Выкарыстаць у гэтым брыфе</translation>
    </message>
    <message>
        <source>&amp;Install Pack File…</source>
        <translation>&amp;Усталяваць файл пакета…</translation>
    </message>
    <message>
        <source>Install a pack a teammate sent you (.brieferpack)</source>
        <translation>Усталяваць пакет, дасланы калегам (.brieferpack)</translation>
    </message>
    <message>
        <source>&amp;Share This Brief’s Pack…</source>
        <translation>&amp;Падзяліцца пакетам гэтага брыфа…</translation>
    </message>
    <message>
        <source>Write the pack to one file to send to a teammate</source>
        <translation>Запісаць пакет у адзін файл, каб адправіць калегу</translation>
    </message>
    <message>
        <source>&amp;New Pack from “{title}”</source>
        <translation>&amp;Новы пакет з «{title}»</translation>
    </message>
    <message>
        <source>comes with Briefer</source>
        <translation>уваходзіць у Briefer</translation>
    </message>
    <message>
        <source>Saved the pack “{pack_id}”.</source>
        <translation>Пакет «{pack_id}» захаваны.</translation>
    </message>
    <message>
        <source>Cannot use the pack</source>
        <translation>Не ўдаецца выкарыстаць пакет</translation>
    </message>
    <message>
        <source>Use the pack “{title}”</source>
        <translation>Выкарыстанне пакета «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen point(s) it does not have were left out.</source>
        <translation>
            <numerusform>Прапушчаны %n выбраны тэзіс, якога ў ім няма.</numerusform>
            <numerusform>Прапушчана %n выбраныя тэзісы, якіх у ім няма.</numerusform>
            <numerusform>Прапушчана %n выбраных тэзісаў, якіх у ім няма.</numerusform>
        </translation>
    </message>
    <message>
        <source>This brief now uses “{title}” ({pack_id}).{note}</source>
        <translation>Цяпер гэты брыф выкарыстоўвае «{title}» ({pack_id}).{note}</translation>
    </message>
    <message>
        <source>Install a pack</source>
        <translation>Усталяваць пакет</translation>
    </message>
    <message>
        <source>Cannot install {name}</source>
        <translation>Не ўдаецца ўсталяваць {name}</translation>
    </message>
    <message>
        <source>“{id}” is the id of a pack that comes with Briefer; ask whoever made this file to give their pack its own id.</source>
        <translation>«{id}» — ідэнтыфікатар пакета, які ўваходзіць у Briefer; папрасіце аўтара гэтага файла даць свайму пакету ўласны ідэнтыфікатар.</translation>
    </message>
    <message>
        <source>Install the pack “{title}” ({value} talking points, from {publisher})? Briefs can then use it by its id, “{id}”.</source>
        <translation>Усталяваць пакет «{title}» (тэзісаў: {value}, ад: {publisher})? Брыфы змогуць выкарыстоўваць яго па ідэнтыфікатары «{id}».</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with the one in {name} (“{title}”, {value} talking points)?</source>
        <translation>У вас ужо ёсць пакет з ідэнтыфікатарам «{id}». Замяніць яго пакетам з {name} («{title}», тэзісаў: {value})?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замяніць</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Усталяваць</translation>
    </message>
    <message>
        <source>Installed “{title}” ({id}). Packs › Use in This Brief builds the brief with it.</source>
        <translation>Усталяваны «{title}» ({id}). Пакеты › Выкарыстаць у гэтым брыфе збярэ брыф з ім.</translation>
    </message>
    <message>
        <source>Share a pack</source>
        <translation>Падзяліцца пакетам</translation>
    </message>
    <message>
        <source>Cannot share the pack</source>
        <translation>Не ўдаецца падзяліцца пакетам</translation>
    </message>
    <message>
        <source>Wrote {name}: send it to a teammate, who opens it with Briefer.</source>
        <translation>Запісаны {name}: адпраўце калегу, ён адкрые яго ў Briefer.</translation>
    </message>
    <message>
        <source>Kept in “{name}” ({v0}). Save the pack to keep it for the next meetings.</source>
        <translation>Захавана ў «{name}» ({v0}). Захавайце пакет, каб ён застаўся для наступных сустрэч.</translation>
    </message>
    <message>
        <source>a new pack</source>
        <translation>новы пакет</translation>
    </message>
    <message>
        <source>Briefer did not close properly while you were editing the pack “{name}”. Restore your unsaved changes to it?</source>
        <translation>Briefer закрыўся некарэктна, пакуль вы правілі пакет «{name}». Аднавіць незахаваныя змены?</translation>
    </message>
    <message>
        <source>The pack’s talking points</source>
        <translation>Тэзісы пакета</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Дадаць тэзіс</translation>
    </message>
    <message>
        <source>Add a talking point after the selected one</source>
        <translation>Дадаць тэзіс пасля выбранага</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Уверх</translation>
    </message>
    <message>
        <source>Move the point up (Alt+Up)</source>
        <translation>Перасунуць тэзіс уверх (Alt+Уверх)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Уніз</translation>
    </message>
    <message>
        <source>Move the point down (Alt+Down)</source>
        <translation>Перасунуць тэзіс уніз (Alt+Уніз)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt; (each section of the page keeps this order)</source>
        <translation>&lt;b&gt;Тэзісы&lt;/b&gt; (кожны раздзел старонкі захоўвае гэты парадак)</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Пра гэты пакет</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n тэзіс.</numerusform>
            <numerusform>%n тэзісы.</numerusform>
            <numerusform>%n тэзісаў.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (marked ⚠).</source>
        <translation>
            <numerusform>%n праблема, якую трэба выправіць перад захаваннем (адзначана ⚠).</numerusform>
            <numerusform>%n праблемы, якія трэба выправіць перад захаваннем (адзначаны ⚠).</numerusform>
            <numerusform>%n праблем, якія трэба выправіць перад захаваннем (адзначаны ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Праблем няма.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — your open brief with this pack’s texts</source>
        <translation>&lt;b&gt;Папярэдні прагляд&lt;/b&gt; — ваш адкрыты брыф з тэкстамі гэтага пакета</translation>
    </message>
    <message>
        <source>Preview of the page with this pack</source>
        <translation>Папярэдні прагляд старонкі з гэтым пакетам</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not updated:&lt;/b&gt; the page below is the last one that could be built. Fix the problems marked in red to see your changes.</source>
        <translation>&lt;b&gt;Не абноўлена:&lt;/b&gt; ніжэй апошняя старонка, якую ўдалося сабраць. Выпраўце адзначаныя чырвоным праблемы, каб убачыць змены.</translation>
    </message>
    <message>
        <source>e.g. {date} or {iso}</source>
        <translation>напрыклад, {date} або {iso}</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Выбраць дату ў календары (Alt+Уніз)</translation>
    </message>
    <message>
        <source>{label}: calendar</source>
        <translation>{label}: каляндар</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Уступ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Памылковыя ўяўленні</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Памылковае ўяўленне</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рэкамендацыі</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рэкамендацыя</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Кантэкст</translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Кангрэс ЗША</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Заканадаўчы сход штата ЗША</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Еўрапейскі парламент</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Нацыянальны парламент</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Будучыя</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Мінулыя</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Апошнія 30 дзён</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Гэты год</translation>
    </message>
    <message>
        <source>Meetings — Briefer</source>
        <translation>Сустрэчы — Briefer</translation>
    </message>
    <message>
        <source>Filter by member…</source>
        <translation>Фільтр па дэпутаце…</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Любая пазіцыя</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Наступныя крокі да тэрміну</translation>
    </message>
    <message>
        <source>Only meetings whose follow-up is overdue or due in the next two days</source>
        <translation>Толькі сустрэчы, дзе наступны крок пратэрмінаваны або патрэбны ў бліжэйшыя два дні</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meetings yet&lt;/h3&gt;&lt;p&gt;Every page you export, print or build for a lobby day is recorded here against its meeting — so you can see what each office was given, write the report after the meeting and send the thank-you.&lt;/p&gt;&lt;p&gt;The log stays on this computer. File → Export a brief that names a legislator to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Сустрэч пакуль няма&lt;/h3&gt;&lt;p&gt;Кожная старонка, якую вы экспартуеце, друкуеце ці збіраеце для дня лабіравання, запісваецца тут пры сваёй сустрэчы — відаць, што атрымаў кожны офіс, можна напісаць справаздачу пасля сустрэчы і адправіць падзяку.&lt;/p&gt;&lt;p&gt;Журнал застаецца на гэтым камп’ютары. Для пачатку экспартуйце (Файл → Экспарт) брыф, у якім названы дэпутат.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write Report…</source>
        <translation>Напісаць справаздачу…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer, the page attached</source>
        <translation>Чарнавік ліста (.eml) супрацоўніку з дадзенай старонкай</translation>
    </message>
    <message>
        <source>Reprint Page…</source>
        <translation>Перадрукаваць старонку…</translation>
    </message>
    <message>
        <source>Save the newest page this office was given, exactly as it was</source>
        <translation>Захаваць апошнюю старонку, якую атрымаў гэты офіс, дакладна такой, як была</translation>
    </message>
    <message>
        <source>Mark Page &amp;Given</source>
        <translation>Старонка &amp;перададзена</translation>
    </message>
    <message>
        <source>You left the newest page with the office: the thank-you will say so</source>
        <translation>Вы пакінулі апошнюю старонку ў офісе: падзяка скажа пра гэта</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Экспарт журнала…</translation>
    </message>
    <message>
        <source>Write every meeting to a CSV or JSON file for your coordinator</source>
        <translation>Запісаць усе сустрэчы ў файл CSV або JSON для каардынатара</translation>
    </message>
    <message>
        <source>Import Log…</source>
        <translation>Імпарт журнала…</translation>
    </message>
    <message>
        <source>Merge another team&apos;s exported log</source>
        <translation>Аб’яднаць з экспартаваным журналам іншай каманды</translation>
    </message>
    <message>
        <source>Not &amp;Given</source>
        <translation>&amp;Не перададзена</translation>
    </message>
    <message>
        <source>Reprint Page</source>
        <translation>Перадрукаваць старонку</translation>
    </message>
    <message>
        <source>Cannot reprint the page</source>
        <translation>Не ўдаецца перадрукаваць старонку</translation>
    </message>
    <message>
        <source>exactly as given</source>
        <translation>дакладна такая, як перададзена</translation>
    </message>
    <message>
        <source>rebuilt (this Briefer makes it differently)</source>
        <translation>перасабраная (гэтая версія Briefer робіць яе інакш)</translation>
    </message>
    <message>
        <source>Saved {name}: {same}.</source>
        <translation>Захаваны {name}: {same}.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Выдаліць сустрэчу</translation>
    </message>
    <message>
        <source>Delete the meeting with {who} and its report? The pages already made are kept; only the log forgets them.</source>
        <translation>Выдаліць сустрэчу з {who} і яе справаздачу? Ужо зробленыя старонкі застаюцца; забывае іх толькі журнал.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Не ўдаецца выдаліць сустрэчу</translation>
    </message>
    <message>
        <source>Cannot mark the page</source>
        <translation>Немагчыма пазначыць старонку</translation>
    </message>
    <message>
        <source>{name} is marked as exported only, not given.</source>
        <translation>{name} пазначана толькі як экспартаваная, не перададзеная.</translation>
    </message>
    <message>
        <source>Export Meeting Log</source>
        <translation>Экспарт журнала сустрэч</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Everything, for another Briefer (*.json)</source>
        <translation>Табліца (*.csv);;Усё, для іншага Briefer (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the log</source>
        <translation>Не ўдаецца экспартаваць журнал</translation>
    </message>
    <message>
        <source>Wrote {count} meetings to {name}: it holds your reports — share it only with your team.</source>
        <translation>Сустрэчы ({count}) запісаны ў {name}: там вашы справаздачы — дзяліцеся ім толькі са сваёй камандай.</translation>
    </message>
    <message>
        <source>Import Meeting Log</source>
        <translation>Імпарт журнала сустрэч</translation>
    </message>
    <message>
        <source>Meeting logs (*.csv *.json)</source>
        <translation>Журналы сустрэч (*.csv *.json)</translation>
    </message>
    <message>
        <source>Cannot import the log</source>
        <translation>Не ўдаецца імпартаваць журнал</translation>
    </message>
    <message>
        <source>{added} new meetings, {updated} updated, {unchanged} already here; {reports} reports added.</source>
        <translation>Новых сустрэч: {added}, абноўлена: {updated}, ужо былі: {unchanged}; дададзена справаздач: {reports}.</translation>
    </message>
    <message>
        <source>Imported the meeting log</source>
        <translation>Журнал сустрэч імпартаваны</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Новы пакет</translation>
    </message>
    <message>
        <source>Your Packs — Briefer</source>
        <translation>Вашы пакеты — Briefer</translation>
    </message>
    <message>
        <source>{name} ({v0})[*] — Pack Editor — Briefer</source>
        <translation>{name} ({v0})[*] — Рэдактар пакетаў — Briefer</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>без ідэнтыфікатара</translation>
    </message>
    <message>
        <source>The open brief uses this pack</source>
        <translation>Адкрыты брыф выкарыстоўвае гэты пакет</translation>
    </message>
    <message>
        <source>Save the pack first, then build the open brief with it</source>
        <translation>Спачатку захавайце пакет, потым збярыце з ім адкрыты брыф</translation>
    </message>
    <message>
        <source>Build the open brief with this pack</source>
        <translation>Сабраць адкрыты брыф з гэтым пакетам</translation>
    </message>
    <message>
        <source>A copy of “{title}”: change it, then Save.</source>
        <translation>Копія «{title}»: змяніце яе, потым «Захаваць».</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Не ўдаецца адкрыць пакет</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>This point prints its &lt;b&gt;{variant}&lt;/b&gt; text.</source>
        <translation>Гэты тэзіс друкуе тэкст: &lt;b&gt;{variant}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This point is not on the page.</source>
        <translation>Гэтага тэзіса няма на старонцы.</translation>
    </message>
    <message>
        <source>&lt;i&gt;On the preview page:&lt;/i&gt; {note}</source>
        <translation>&lt;i&gt;На старонцы папярэдняга прагляду:&lt;/i&gt; {note}</translation>
    </message>
    <message>
        <source>Edit the pack’s {v0}</source>
        <translation>Праўка пакета: {v0}</translation>
    </message>
    <message>
        <source>point {value}</source>
        <translation>тэзіс {value}</translation>
    </message>
    <message>
        <source>Edit {v0} of “{title}”</source>
        <translation>Праўка: {v0} у «{title}»</translation>
    </message>
    <message>
        <source>Edit {v0} for {audience} of “{title}”</source>
        <translation>Змяніць {v0} для: {audience} у «{title}»</translation>
    </message>
    <message>
        <source>Make “{title}” a {v0}</source>
        <translation>«{title}» як: {v0}</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Даданне тэзіса</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Выдаленне «{title}»</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as the {how} text of “{name}”</source>
        <translation>Захаваць тэкст сустрэчы як тэкст ({how}) «{name}»</translation>
    </message>
    <message>
        <source>{value} (our wording)</source>
        <translation>{value} (наша фармулёўка)</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as a new point “{title}”</source>
        <translation>Захаваць тэкст сустрэчы як новы тэзіс «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n problem(s) marked in red first.</source>
        <translation>
            <numerusform>Не захавана: спачатку выпраўце %n праблему, адзначаную чырвоным.</numerusform>
            <numerusform>Не захавана: спачатку выпраўце %n праблемы, адзначаныя чырвоным.</numerusform>
            <numerusform>Не захавана: спачатку выпраўце %n праблем, адзначаных чырвоным.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a pack</source>
        <translation>Замяніць пакет</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with this one?</source>
        <translation>У вас ужо ёсць пакет з ідэнтыфікатарам «{id}». Замяніць яго гэтым?</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не захавана: {message}</translation>
    </message>
    <message>
        <source>Cannot save the pack</source>
        <translation>Не ўдаецца захаваць пакет</translation>
    </message>
    <message>
        <source>Saved “{title}” in your packs ({id}).</source>
        <translation>«{title}» захаваны ў вашых пакетах ({id}).</translation>
    </message>
    <message>
        <source>Pack toolbar</source>
        <translation>Панэль пакета</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Новы пакет</translation>
    </message>
    <message>
        <source>Start a pack from a copy of another one</source>
        <translation>Пачаць пакет з копіі іншага</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Open one of your packs</source>
        <translation>Адкрыць адзін з вашых пакетаў</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Check the pack and save it in your packs (Ctrl+S)</source>
        <translation>Праверыць пакет і захаваць у вашых пакетах (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Use in This Brief</source>
        <translation>Выкарыстаць у гэтым брыфе</translation>
    </message>
    <message>
        <source>Start from “{title}” ({id})</source>
        <translation>Пачаць з «{title}» ({id})</translation>
    </message>
    <message>
        <source>No packs of your own yet</source>
        <translation>Уласных пакетаў пакуль няма</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes more than the whole page.</source>
        <translation>Спачатку скараціце просьбу: разам з дадзенымі сустрэчы яна займае больш за ўсю старонку.</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes {share} of the page.</source>
        <translation>Спачатку скараціце просьбу: разам з дадзенымі сустрэчы яна займае {share} старонкі.</translation>
    </message>
    <message numerus="yes">
        <source>Or leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Або прыбярыце %n тэзіс, каб усё змясцілася: {points}.</numerusform>
            <numerusform>Або прыбярыце гэтыя %n тэзісы, каб усё змясцілася: {points}.</numerusform>
            <numerusform>Або прыбярыце гэтыя %n тэзісаў, каб усё змясцілася: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Прыбярыце %n тэзіс, каб усё змясцілася: {points}.</numerusform>
            <numerusform>Прыбярыце гэтыя %n тэзісы, каб усё змясцілася: {points}.</numerusform>
            <numerusform>Прыбярыце гэтыя %n тэзісаў, каб усё змясцілася: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or shorten your text for them.</source>
        <translation>
            <numerusform>Або скараціце свой тэкст да яго.</numerusform>
            <numerusform>Або скараціце свае тэксты да іх.</numerusform>
            <numerusform>Або скараціце свае тэксты да іх.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long:</source>
        <translation>Занадта доўга:</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет матэрыялаў</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Светлы лагатып</translation>
    </message>
    <message>
        <source>{field} left out: {path}: {why}.</source>
        <translation>Прапушчана: {field}: {path}: {why}.</translation>
    </message>
    <message>
        <source>{field} left out: {path} is outside the brief’s folder.</source>
        <translation>Прапушчана: {field}: {path} знаходзіцца па-за папкай брыфа.</translation>
    </message>
    <message>
        <source>{name} was opened without some files</source>
        <translation>{name} адкрыта без некаторых файлаў</translation>
    </message>
    <message>
        <source>To use a file, copy it into the brief’s folder and choose it there.</source>
        <translation>Каб выкарыстаць файл, скапіюйце яго ў папку брыфа і выберыце яго там.</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Тэксты на мове</translation>
    </message>
    <message>
        <source>{language} (the pack’s own)</source>
        <translation>{language} (мова пакета)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to write in {language} (marked ○).</source>
        <translation>
            <numerusform>%n тэкст трэба напісаць ({language}, пазначаны ○).</numerusform>
            <numerusform>%n тэксты трэба напісаць ({language}, пазначаныя ○).</numerusform>
            <numerusform>%n тэкстаў трэба напісаць ({language}, пазначаныя ○).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every text is written in {language}.</source>
        <translation>Усе тэксты напісаны: {language}.</translation>
    </message>
    <message>
        <source>Edit the {language} text</source>
        <translation>Змяніць тэкст ({language})</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster of who comes (CSV: name, zip, town, and state_district for the state seats they live in, like IL House 11): their members of Congress and state legislators, one meeting each</source>
        <translation>Спланаваць сустрэчы па спісе ўдзельнікаў (CSV: name, zip, town і state_district — акругі штата, дзе яны жывуць, напрыклад IL House 11): іх члены Кангрэса і заканадаўцы штата, па адной сустрэчы з кожным</translation>
    </message>
    <message>
        <source>Rosters (*.csv);;All files (*)</source>
        <translation>Спісы ўдзельнікаў (*.csv);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>No ZIP data is imported, so the roster’s ZIP codes cannot be matched to members. Use File → Import Legislators… with the ZIP-to-district file first.</source>
        <translation>Даныя ZIP не імпартаваныя, таму паштовыя індэксы са спіса нельга супаставіць з дэпутатамі. Спачатку скарыстайцеся Файл → Імпарт дэпутатаў… з файлам адпаведнасці ZIP і акруг.</translation>
    </message>
    <message>
        <source>Planned {meetings} meetings for {people} people ({state} with state legislators) into {file}. Fill in the dates and times, then Build.</source>
        <translation>Спланавана сустрэч: {meetings} для ўдзельнікаў: {people} (з заканадаўцамі штата: {state}), захавана ў {file}. Запоўніце даты і час, потым націсніце «Сабраць».</translation>
    </message>
    <message>
        <source>Cannot plan the meetings</source>
        <translation>Не ўдаецца спланаваць сустрэчы</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Выберыце спіс удзельнікаў</translation>
    </message>
    <message>
        <source>No one on the roster could be planned.</source>
        <translation>Ні для каго са спіса не ўдалося спланаваць сустрэчу.</translation>
    </message>
    <message>
        <source>Save the planned meetings</source>
        <translation>Захаваць спланаваныя сустрэчы</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>Сустрэчы спланаваныя</translation>
    </message>
    <message>
        <source>Claim (what its proponents conclude)</source>
        <translation>Сцвярджэнне (выснова яго прыхільнікаў)</translation>
    </message>
    <message>
        <source>Response, short</source>
        <translation>Адказ, кароткі</translation>
    </message>
    <message>
        <source>Response, long</source>
        <translation>Адказ, доўгі</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Сцвярджэнне</translation>
    </message>
    <message>
        <source>Its own words for {audience}. Clear a field to use the default text.</source>
        <translation>Уласныя словы для: {audience}. Ачысціце поле, каб выкарыстаць тэкст па змаўчанні.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}. Type in a field to write its words for {audience}.</source>
        <translation>Выкарыстоўвае тэкст па змаўчанні для: {audience}. Увядзіце тэкст у поле, каб напісаць словы для: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text: {text}</source>
        <translation>Выкарыстоўвае тэкст па змаўчанні: {text}</translation>
    </message>
    <message>
        <source>the default text: {count} words</source>
        <translation>тэкст па змаўчанні: слоў: {count}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назвы</translation>
    </message>
    <message>
        <source>the print system did not take the page ({exc})</source>
        <translation>сістэма друку не прыняла старонку ({exc})</translation>
    </message>
    <message>
        <source>lp exited with {code}</source>
        <translation>lp завяршыўся з кодам {code}</translation>
    </message>
    <message>
        <source>the printer “{name}” did not take the page: {detail}</source>
        <translation>прынтар «{name}» не прыняў старонку: {detail}</translation>
    </message>
    <message>
        <source>briefer build</source>
        <translation>briefer build</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспартавана</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>надрукавана</translation>
    </message>
    <message>
        <source>lobby day</source>
        <translation>дзень лабіравання</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>пратэрмінавана</translation>
    </message>
    <message>
        <source>due</source>
        <translation>пара</translation>
    </message>
    <message>
        <source>done</source>
        <translation>зроблена</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n сустрэча</numerusform>
            <numerusform>%n сустрэчы</numerusform>
            <numerusform>%n сустрэч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {all} shown</source>
        <translation>
            <numerusform>паказана %n з {all}</numerusform>
            <numerusform>паказана %n з {all}</numerusform>
            <numerusform>паказана %n з {all}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n наступны крок пратэрмінаваны</numerusform>
            <numerusform>%n наступныя крокі пратэрмінаваныя</numerusform>
            <numerusform>%n наступных крокаў пратэрмінавана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n хутка</numerusform>
            <numerusform>%n хутка</numerusform>
            <numerusform>%n хутка</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a report</source>
        <translation>
            <numerusform>%n чакае справаздачы</numerusform>
            <numerusform>%n чакаюць справаздачы</numerusform>
            <numerusform>%n чакаюць справаздачы</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>We met</source>
        <translation>З кім сустрэліся</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Наступны крок</translation>
    </message>
    <message>
        <source>({count}, {given} given to the office)</source>
        <translation>({count}, перададзена ў офіс: {given})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>перададзена</translation>
    </message>
    <message>
        <source>not marked given</source>
        <translation>не пазначана як перададзеная</translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n кароткі</numerusform>
            <numerusform>%n кароткія</numerusform>
            <numerusform>%n кароткіх</numerusform>
        </translation>
    </message>
    <message>
        <source>Follows the audience: the pack&apos;s ask for {audience}, as the page prints it. Edit it to write your own.</source>
        <translation>Ідзе за аўдыторыяй: просьба пакета для {audience}, як яе друкуе старонка. Змяніце яе, каб напісаць сваю.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Кангрэс</translation>
    </message>
    <message>
        <source>Other legislators (CSV)</source>
        <translation>Іншыя дэпутаты (CSV)</translation>
    </message>
    <message>
        <source>{members} and {committees}</source>
        <translation>{members} і {committees}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n дэпутат</numerusform>
            <numerusform>%n дэпутаты</numerusform>
            <numerusform>%n дэпутатаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n камітэт</numerusform>
            <numerusform>%n камітэты</numerusform>
            <numerusform>%n камітэтаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Member(s) of the European Parliament from {source}</source>
        <translation>
            <numerusform>%n дэпутат Еўрапарламента з {source}</numerusform>
            <numerusform>%n дэпутаты Еўрапарламента з {source}</numerusform>
            <numerusform>%n дэпутатаў Еўрапарламента з {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>States: {names}</source>
        <translation>Штаты: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n member(s), imported {date}</source>
        <translation>
            <numerusform>{label}: %n дэпутат, імпартавана {date}</numerusform>
            <numerusform>{label}: %n дэпутаты, імпартавана {date}</numerusform>
            <numerusform>{label}: %n дэпутатаў, імпартавана {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>, data of {date}</source>
        <translation>, даныя ад {date}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the page has no way to reach you: no organisation, name, email or phone</source>
        <translation>на старонцы няма спосабу звязацца з вамі: ні арганізацыі, ні імя, ні e-mail, ні тэлефона</translation>
    </message>
    <message>
        <source>Add at least one on the Sender tab, so the office knows whom to call back.</source>
        <translation>Пазначце хаця б нешта адно ва ўкладцы «Адпраўнік», каб офіс ведаў, каму ператэлефанаваць.</translation>
    </message>
    <message>
        <source>the brief has no ask: a leave-behind without an explicit ask is weak</source>
        <translation>у брыфе няма просьбы: памятка без яўнай просьбы слабая</translation>
    </message>
    <message>
        <source>unknown block id &apos;{id}&apos;</source>
        <translation>невядомы ідэнтыфікатар тэзіса «{id}»</translation>
    </message>
    <message>
        <source>block &apos;{id}&apos; is chosen twice</source>
        <translation>тэзіс «{id}» выбраны двойчы</translation>
    </message>
    <message>
        <source>edit for unknown block id &apos;{id}&apos;</source>
        <translation>свой тэкст для невядомага ідэнтыфікатара тэзіса «{id}»</translation>
    </message>
    <message>
        <source>unknown paper &apos;{paper}&apos; (letter or a4)</source>
        <translation>невядомы фармат паперы «{paper}» (letter або a4)</translation>
    </message>
    <message numerus="yes">
        <source>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</source>
        <translation>
            <numerusform>шаблон «{name}» паказвае %n тэзіс, спачатку па адным кожнага віду (адказ на памылковае ўяўленне, рэкамендацыя, факты); не ўвайшлі: {left_out}</numerusform>
            <numerusform>шаблон «{name}» паказвае %n тэзісы, спачатку па адным кожнага віду (адказ на памылковае ўяўленне, рэкамендацыя, факты); не ўвайшлі: {left_out}</numerusform>
            <numerusform>шаблон «{name}» паказвае %n тэзісаў, спачатку па адным кожнага віду (адказ на памылковае ўяўленне, рэкамендацыя, факты); не ўвайшлі: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</source>
        <translation>
            <numerusform>у просьбе %n слова: адзін сказ прыкладна да {most} слоў прачытаюць і запомняць; довады можна перанесці ў тэзісы</numerusform>
            <numerusform>у просьбе %n словы: адзін сказ прыкладна да {most} слоў прачытаюць і запомняць; довады можна перанесці ў тэзісы</numerusform>
            <numerusform>у просьбе %n слоў: адзін сказ прыкладна да {most} слоў прачытаюць і запомняць; довады можна перанесці ў тэзісы</numerusform>
        </translation>
    </message>
    <message>
        <source>template &apos;{name}&apos; has no place for: {points}</source>
        <translation>у шаблоне «{name}» няма месца для: {points}</translation>
    </message>
    <message>
        <source>use a date like 2026-12-03 or Dec 3, 2026</source>
        <translation>увядзіце дату ў выглядзе 2026-12-03 або Dec 3, 2026</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: {why}</source>
        <translation>«{raw}» — не дата: {why}</translation>
    </message>
    <message>
        <source>unknown month &apos;{name}&apos;</source>
        <translation>невядомы месяц «{name}»</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>месяца {month} не існуе</translation>
    </message>
    <message>
        <source>that month has no day {day}</source>
        <translation>у гэтым месяцы няма дня {day}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a meeting&apos;s date: the year must be from {first} to {last}</source>
        <translation>«{raw}» — не дата сустрэчы: год мусіць быць ад {first} да {last}</translation>
    </message>
    <message>
        <source>unknown date order &apos;{order}&apos;: use mdy or dmy</source>
        <translation>невядомы парадак даты «{order}»: пазначце mdy або dmy</translation>
    </message>
    <message>
        <source>the date is empty: {example}</source>
        <translation>дата не пазначана: {example}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not agree: {date} is a {weekday}</source>
        <translation>«{raw}» не супадае: {date} — гэта {weekday}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date in {order} order</source>
        <translation>«{raw}» — не дата ў парадку {order}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads two ways: {mdy} (month first) or {dmy} (day first); write {first} or {second}</source>
        <translation>«{raw}» можна прачытаць двума спосабамі: {mdy} (спачатку месяц) або {dmy} (спачатку дзень); напішыце {first} або {second}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>месяц/дзень/год</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>дзень/месяц/год</translation>
    </message>
    <message>
        <source>use a time like 10:30, 2:30 pm or 14:30</source>
        <translation>увядзіце час у выглядзе 10:30, 2:30 pm або 14:30</translation>
    </message>
    <message>
        <source>with am/pm the hour is 1 to 12</source>
        <translation>з am/pm гадзіна — ад 1 да 12</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a time: {why}</source>
        <translation>«{raw}» — не час: {why}</translation>
    </message>
    <message>
        <source>the time is empty: {example}</source>
        <translation>час не пазначаны: {example}</translation>
    </message>
    <message>
        <source>minutes go up to 59</source>
        <translation>хвіліны — не больш за 59</translation>
    </message>
    <message>
        <source>hours go up to 23</source>
        <translation>гадзіны — не больш за 23</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads as {time} AM: write {time} pm, or {early} for the early morning</source>
        <translation>«{raw}» чытаецца як {time} ночы (AM): напішыце {time} pm або {early}, калі маецца на ўвазе ранняя раніца</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Сустрэча</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Дэпутат</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Палата</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Штат</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Акруга</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партыя</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Камітэты</translation>
    </message>
    <message>
        <source>Subcommittees</source>
        <translation>Падкамітэты</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Супрацоўнік</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Пасада супрацоўніка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Filled from the directory</source>
        <translation>Запоўнена з даведніка</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офіс</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Тэлефон офіса</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Адпраўнік</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>Name (sender)</source>
        <translation>Імя (адпраўнік)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Нумар у рэестры</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>Пра нас</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Лагатып</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Светлы лагатып</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законапраект</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Назва законапраекта</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Чаму гэты офіс</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адрас QR-кода</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папера</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Адрасат</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Мова старонкі</translation>
    </message>
    <message>
        <source>Text where the page&apos;s language has none</source>
        <translation>Тэкст там, дзе на мове старонкі яго няма</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет матэрыялаў</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тэзісы</translation>
    </message>
    <message>
        <source>Your texts for the talking points</source>
        <translation>Вашы тэксты тэзісаў</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Briefer format version</source>
        <translation>Версія фармату Briefer</translation>
    </message>
    <message>
        <source>(--template {name}; in the app, Format › Template Gallery)</source>
        <translation>(Фармат › Галерэя шаблонаў, «{name}»)</translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; template prints the ask with a response, a recommendation and the evidence in large type {how}</source>
        <translation>шаблон «{name}» друкуе просьбу з адказам на памылковае ўяўленне, рэкамендацыяй і фактамі буйным шрыфтам {how}</translation>
    </message>
    <message>
        <source>the text is set at {size} pt, small for a busy reader: {offer}</source>
        <translation>тэкст набраны кеглем {size} пт, дробна для занятага чытача: {offer}</translation>
    </message>
    <message>
        <source>the logo has no organisation name to describe it to a screen reader (it is read as &apos;Logo&apos;): fill in sender.organization</source>
        <translation>у лагатыпа няма назвы арганізацыі, якой экранны чытач мог бы яго апісаць (ён чытаецца як «Logo»): пазначце арганізацыю ва ўкладцы «Адпраўнік»</translation>
    </message>
    <message>
        <source>banner&apos;s colour</source>
        <translation>колерам банера</translation>
    </message>
    <message>
        <source>sidebar&apos;s colour</source>
        <translation>колерам бакавой калонкі</translation>
    </message>
    <message>
        <source>the light version of the logo has too little contrast with the {where} ({background}): it is printed on a white plate</source>
        <translation>светлы варыянт лагатыпа занадта слаба кантрастуе з {where} ({background}): яго друкуюць на белай падкладцы</translation>
    </message>
    <message>
        <source>the logo has too little contrast with the {where} ({background}): it is printed on a white plate; a light version of the logo (sender.logo_light) would print without one</source>
        <translation>лагатып занадта слаба кантрастуе з {where} ({background}): яго друкуюць на белай падкладцы; светлы варыянт лагатыпа («Светлы лагатып» ва ўкладцы «Адпраўнік») абышоўся б без яе</translation>
    </message>
    <message>
        <source>the logo {name} prints at {dpi} dpi and will look blurred: use one at least {need} pixels wide (or an SVG)</source>
        <translation>лагатып {name} друкуецца з раздзяляльнасцю {dpi} dpi і будзе размытым: вазьміце выяву шырынёй не менш за {need} пікселяў (або SVG)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address: write it in full, such as https://example.org/report</source>
        <translation>«{url}» — не вэб-адрас: напішыце яго цалкам, напрыклад https://example.org/report</translation>
    </message>
    <message>
        <source>the QR code&apos;s address is too long: use a shorter link</source>
        <translation>адрас QR-кода занадта доўгі: вазьміце карацейшую спасылку</translation>
    </message>
    <message numerus="yes">
        <source>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</source>
        <translation>
            <numerusform>бакавая панэль даўжэйшая прыкладна на %n радок: скараціце просьбу або даныя пра сустрэчу ці выберыце іншы шаблон</numerusform>
            <numerusform>бакавая панэль даўжэйшая прыкладна на %n радкі: скараціце просьбу або даныя пра сустрэчу ці выберыце іншы шаблон</numerusform>
            <numerusform>бакавая панэль даўжэйшая прыкладна на %n радкоў: скараціце просьбу або даныя пра сустрэчу ці выберыце іншы шаблон</numerusform>
        </translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Кангрэс ЗША</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Заканадаўчы сход штата ЗША</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Еўрапейскі парламент</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Нацыянальны парламент</translation>
    </message>
    <message>
        <source>the audience is {audience} ({id}), but {who} sits in {body}: the headings, dates and paper speak to the wrong body; choose {found}, or no audience to follow the meeting</source>
        <translation>аўдыторыя — {audience} ({id}), але {who} засядае ў іншым органе: {body}; загалоўкі, даты і папера звернутыя не да таго органа; выберыце {found} або не пазначайце аўдыторыю, каб яна вынікала з сустрэчы</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>дэпутат</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Радок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Дэпутат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Pack, or why there is none</source>
        <translation>Матэрыялы або чаму іх няма</translation>
    </message>
    <message>
        <source>Run &amp;Failed Lines Again</source>
        <translation>Паўтарыць &amp;няўдалыя радкі</translation>
    </message>
    <message numerus="yes">
        <source>Built {built} of %n meeting(s)</source>
        <translation>
            <numerusform>Падрыхтавана {built} з %n сустрэчы</numerusform>
            <numerusform>Падрыхтавана {built} з %n сустрэч</numerusform>
            <numerusform>Падрыхтавана {built} з %n сустрэч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файлы</numerusform>
            <numerusform>%n файлаў</numerusform>
        </translation>
    </message>
    <message>
        <source>{meetings}, {files}, the schedule ({index}) and the calendar ({calendar}).</source>
        <translation>{meetings}, {files}, расклад ({index}) і каляндар ({calendar}).</translation>
    </message>
    <message>
        <source>{meetings}, {files}.</source>
        <translation>{meetings}, {files}.</translation>
    </message>
    <message>
        <source>Cancelled. {text} The schedule ({index}) was not written; meetings already under way when you cancelled may have been written too.</source>
        <translation>Скасавана. {text} Расклад ({index}) не запісаны; сустрэчы, якія ўжо рыхтаваліся ў момант скасавання, маглі быць запісаны.</translation>
    </message>
    <message>
        <source>{text} {failed}</source>
        <translation>{text} {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) could not be built:</source>
        <translation>
            <numerusform>Не ўдалося падрыхтаваць %n сустрэчу:</numerusform>
            <numerusform>Не ўдалося падрыхтаваць %n сустрэчы:</numerusform>
            <numerusform>Не ўдалося падрыхтаваць %n сустрэч:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Радок {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {stem} ({kinds})</source>
        <translation>Радок {line}: {stem} ({kinds})</translation>
    </message>
    <message>
        <source>Line {line}: not built — {reason}</source>
        <translation>Радок {line}: не падрыхтавана — {reason}</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Не падрыхтавана</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не запускалася</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>не ў гэтым запуску</translation>
    </message>
    <message>
        <source>{status} — check</source>
        <translation>{status} — праверце</translation>
    </message>
    <message>
        <source>no legislator</source>
        <translation>дэпутат не пазначаны</translation>
    </message>
    <message>
        <source>Line {line}: {who}</source>
        <translation>Радок {line}: {who}</translation>
    </message>
    <message>
        <source>Built: {files} (double-click to open)</source>
        <translation>Гатова: {files} (падвойны пстрык адкрые)</translation>
    </message>
    <message>
        <source>Not built: {reason}</source>
        <translation>Не падрыхтавана: {reason}</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Праверце: {warning}</translation>
    </message>
    <message>
        <source>an attendee is empty</source>
        <translation>удзельнік не пазначаны</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write an attendee as Name (ZIP), like Anna Kowalska (03301)</source>
        <translation>«{value}»: запішыце ўдзельніка як Імя (ZIP), напрыклад Anna Kowalska (03301)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no name before the ZIP</source>
        <translation>«{value}»: перад ZIP няма імені</translation>
    </message>
    <message>
        <source>{person} may live in {where} (the ZIP spans {spans}): not named on the page; check the street address (then confirmed: true names them)</source>
        <translation>{person}, магчыма, жыве ў {where} (ZIP ахоплівае {spans}): не названа на старонцы; праверце адрас (тады confirmed: true назаве ўдзельніка)</translation>
    </message>
    <message>
        <source>constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); their town and state are used as given</source>
        <translation>выбаршчыкі не правераныя: даныя ZIP не імпартаваныя (briefer legislators import zccd.csv); горад і штат узятыя так, як пазначана</translation>
    </message>
    <message>
        <source>constituents not checked: the meeting names no state and chamber</source>
        <translation>выбаршчыкі не правераныя: у сустрэчы не пазначаныя штат і палата</translation>
    </message>
    <message>
        <source>{person} gives {given}, not {state}: not named as a constituent</source>
        <translation>{person} пазначае {given}, а не {state}: не названа выбаршчыкам</translation>
    </message>
    <message>
        <source>{person} has no ZIP: not checked as a constituent</source>
        <translation>{person} не мае ZIP: не праверана як выбаршчык</translation>
    </message>
    <message>
        <source>{person}: ZIP {zip} is not in the ZIP data (PO-box ZIPs are missing): not checked</source>
        <translation>{person}: ZIP {zip} няма ў даных ZIP (у іх няма ZIP паштовых скрынак): не праверана</translation>
    </message>
    <message>
        <source>{person} lives in {places}, not {seat}: not named as a constituent</source>
        <translation>{person} жыве ў {places}, а не ў {seat}: не названа выбаршчыкам</translation>
    </message>
    <message>
        <source>{person} lives in {state}, but a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person} жыве ў {state}, але па ZIP нельга даведацца акругу {place}: пацвердзіце ўдзельніка як выбаршчыка, каб назваць яго на старонцы</translation>
    </message>
    <message>
        <source>{person} a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person}: па ZIP нельга даведацца акругу {place}: пацвердзіце ўдзельніка як выбаршчыка, каб назваць яго на старонцы</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} або {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} і {second}</translation>
    </message>
    <message>
        <source>{state} senator</source>
        <translation>сенатар ад штата {state}</translation>
    </message>
    <message numerus="yes">
        <source>too long for one page by about %n lines even at {size} pt with short texts</source>
        <translation>
            <numerusform>даўжэй за адну старонку прыкладна на %n радок нават пры {size} pt і кароткіх тэкстах</numerusform>
            <numerusform>даўжэй за адну старонку прыкладна на %n радкі нават пры {size} pt і кароткіх тэкстах</numerusform>
            <numerusform>даўжэй за адну старонку прыкладна на %n радкоў нават пры {size} pt і кароткіх тэкстах</numerusform>
        </translation>
    </message>
    <message>
        <source>{head}: shorten the ask, the edits or the contact details</source>
        <translation>{head}: скараціце просьбу, свае праўкі або кантактныя даныя</translation>
    </message>
</context>
</TS>
