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
        <source>&amp;Copy Read-ahead Text</source>
        <translation>&amp;Скапіяваць тэкст для ліста</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Скапіяваць тэкст для ліста ў офіс перад сустрэчай</translation>
    </message>
    <message>
        <source>Import &amp;Legislators…</source>
        <translation>Імпарт &amp;дэпутатаў…</translation>
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
        <translation>&amp;Закрыць акно</translation>
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
        <translation>&amp;Старонка цалкам</translation>
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
        <translation>&amp;Нядаўнія</translation>
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
        <source>&lt;i&gt;Claim: “{claim}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;Сцвярджэнне: «{claim}»&lt;/i&gt;</translation>
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
        <source>Cancel</source>
        <translation>Скасаваць</translation>
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
        <source>Exported {name} ({label}, one page at {size} pt)</source>
        <translation>Экспартаваны {name} ({label}, адна старонка, {size} пт)</translation>
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
        <source>Choose…</source>
        <translation>Выбраць…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Выбраць лагатып</translation>
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
        <source>Choose a Logo</source>
        <translation>Выберыце лагатып</translation>
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
        <source>e.g. Jeanne Shaheen</source>
        <translation>напр. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Імя:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Пасада</translation>
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
        <source>Staffer:</source>
        <translation>Супрацоўнік:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Супрацоўнік</translation>
    </message>
    <message>
        <source>Who you meet</source>
        <translation>З кім вы сустракаецеся</translation>
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
        <source>QR code address</source>
        <translation>Адрас QR-кода</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Запаўненне: {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ёсць</translation>
    </message>
    <message>
        <source>The meeting has a date</source>
        <translation>У сустрэчы ёсць дата</translation>
    </message>
    <message>
        <source>Untick to leave the date off the page</source>
        <translation>Зніміце адзнаку, каб не ставіць дату на старонку</translation>
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
        <source>Change template</source>
        <translation>Змена шаблона</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Змена паперы</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Не абноўлена: старонка занадта доўгая — паказана апошняя версія, якая змяшчалася.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Не абноўлена: старонку нельга сабраць — паказана апошняя сабраная версія.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
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
        <source>Too long:</source>
        <translation>Занадта доўга:</translation>
    </message>
    <message>
        <source>remove a point or shorten an edit</source>
        <translation>прыбярыце тэзіс або скараціце свой тэкст</translation>
    </message>
    <message>
        <source>shorten the ask (with the meeting details it takes {share} of the page), or remove a point</source>
        <translation>скараціце просьбу (разам з данымі сустрэчы яна займае {share} старонкі) або прыбярыце тэзіс</translation>
    </message>
    <message>
        <source>candidates:</source>
        <translation>кандыдаты:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
        </translation>
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
</context>
</TS>
