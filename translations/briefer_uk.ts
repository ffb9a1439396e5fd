<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <source>Briefer ran into an unexpected problem. Your brief is kept for recovery; saving or exporting again usually works.</source>
        <translation>Briefer зіткнувся з неочікуваною проблемою. Ваш бриф збережено для відновлення; повторне збереження чи експорт зазвичай спрацьовує.</translation>
    </message>
    <message>
        <source>{summary}

Details were written to {log}</source>
        <translation>{summary}

Подробиці записано в {log}</translation>
    </message>
    <message>
        <source>Briefer briefs (*.yaml *.yml);;All files (*)</source>
        <translation>Брифи Briefer (*.yaml *.yml);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Зберегти зміни в «{name}»?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Зміни буде втрачено, якщо їх не зберегти.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <source>Line: {line}</source>
        <translation>Рядок: {line}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Поле: {field}</translation>
    </message>
    <message>
        <source>Print leave-behind</source>
        <translation>Друк пам’ятки</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новий</translation>
    </message>
    <message>
        <source>Start a new brief</source>
        <translation>Почати новий бриф</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open a brief</source>
        <translation>Відкрити бриф</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>Зберегти бриф</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Save the brief under a new name</source>
        <translation>Зберегти бриф під новою назвою</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експорт у PDF…</translation>
    </message>
    <message>
        <source>Export the page as a PDF</source>
        <translation>Експортувати сторінку в PDF</translation>
    </message>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>Експорт у документ &amp;Word…</translation>
    </message>
    <message>
        <source>Export the page as a Word document (DOCX)</source>
        <translation>Експортувати сторінку в документ Word (DOCX)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Надрукувати сторінку</translation>
    </message>
    <message>
        <source>&amp;Copy Read-ahead Text</source>
        <translation>&amp;Копіювати текст для листа</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Скопіювати текст для листа до офісу перед зустріччю</translation>
    </message>
    <message>
        <source>Import &amp;Legislators…</source>
        <translation>Імпорт &amp;депутатів…</translation>
    </message>
    <message>
        <source>Import the members and their committees, to look them up by name</source>
        <translation>Імпортувати депутатів та їхні комітети, щоб шукати їх за ім’ям</translation>
    </message>
    <message>
        <source>&amp;Lobby Day…</source>
        <translation>День &amp;лобіювання…</translation>
    </message>
    <message>
        <source>Build a leave-behind for every meeting in a CSV, and the day&apos;s schedule</source>
        <translation>Підготувати пам’ятку для кожної зустрічі з CSV і розклад дня</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Закрити вікно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вихід</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>&amp;Сторінка цілком</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>За &amp;шириною</translation>
    </message>
    <message>
        <source>Briefer &amp;Guide</source>
        <translation>&amp;Посібник Briefer</translation>
    </message>
    <message>
        <source>Open the user guide (it is part of Briefer: no internet needed)</source>
        <translation>Відкрити посібник (він є частиною Briefer: інтернет не потрібен)</translation>
    </message>
    <message>
        <source>&amp;About Briefer</source>
        <translation>&amp;Про Briefer</translation>
    </message>
    <message>
        <source>Template &amp;Gallery…</source>
        <translation>&amp;Галерея шаблонів…</translation>
    </message>
    <message>
        <source>Every template with this brief</source>
        <translation>Усі шаблони з цим брифом</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>No recent briefs</source>
        <translation>Немає нещодавніх брифів</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Очистити меню</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основна панель</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папір:</translation>
    </message>
    <message>
        <source>Select a talking point to see and edit its text.</source>
        <translation>Виберіть тезу, щоб побачити й змінити її текст.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>This point uses your own text</source>
        <translation>У цій тезі ваш власний текст</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Короткий текст</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Повний текст</translation>
    </message>
    <message>
        <source>Your text for this meeting</source>
        <translation>Ваш текст для цієї зустрічі</translation>
    </message>
    <message>
        <source>Empty: the pack’s text is used. Type here to use your own words for this meeting.</source>
        <translation>Порожньо: використовується текст пакета. Пишіть тут, щоб на цій зустрічі були ваші слова.</translation>
    </message>
    <message>
        <source>Start from the pack’s text</source>
        <translation>Почати з тексту пакета</translation>
    </message>
    <message>
        <source>Copy the long text into your text, to shorten or adapt it</source>
        <translation>Скопіювати повний текст у ваш, щоб скоротити чи змінити його</translation>
    </message>
    <message>
        <source>Reset to original</source>
        <translation>Повернути початковий</translation>
    </message>
    <message>
        <source>Remove your text and use the pack’s again</source>
        <translation>Видалити ваш текст і знову використовувати текст пакета</translation>
    </message>
    <message>
        <source>Keep in My Pack</source>
        <translation>Зберегти в моєму пакеті</translation>
    </message>
    <message>
        <source>Keep this wording for the next meetings: in your own pack, as this point’s short or long text or as a new point (opens the pack editor; nothing changes until you save)</source>
        <translation>Зберегти це формулювання для наступних зустрічей: у вашому пакеті, як короткий чи повний текст цієї тези або як нову тезу (відкриє редактор пакетів; нічого не зміниться, доки ви не збережете)</translation>
    </message>
    <message>
        <source>As This Point’s Long Text</source>
        <translation>Як повний текст цієї тези</translation>
    </message>
    <message>
        <source>As This Point’s Short Text</source>
        <translation>Як короткий текст цієї тези</translation>
    </message>
    <message>
        <source>As a New Point</source>
        <translation>Як нова теза</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text for this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваш текст для цієї зустрічі&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Claim: “{claim}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;Твердження: «{claim}»&lt;/i&gt;</translation>
    </message>
    <message>
        <source>on the page</source>
        <translation>на сторінці</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слів</numerusform>
        </translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>На сторінці</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не вибрано</translation>
    </message>
    <message>
        <source>your text is used</source>
        <translation>використовується ваш текст</translation>
    </message>
    <message>
        <source>the fit uses the short text</source>
        <translation>на сторінці короткий текст</translation>
    </message>
    <message>
        <source>the fit uses the long text</source>
        <translation>на сторінці повний текст</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (the pack’s long texts keep to {limit})</source>
        <translation>
            <numerusform>%n слово (повні тексти пакета — не більше {limit})</numerusform>
            <numerusform>%n слова (повні тексти пакета — не більше {limit})</numerusform>
            <numerusform>%n слів (повні тексти пакета — не більше {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit text of “{title}”</source>
        <translation>Редагування тексту «{title}»</translation>
    </message>
    <message>
        <source>Reset “{title}”</source>
        <translation>Скидання «{title}»</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Теза</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тези</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Угору</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Униз</translation>
    </message>
    <message>
        <source>Move the selected point up within its section (Alt+Up)</source>
        <translation>Пересунути вибрану тезу вгору в її розділі (Alt+Вгору)</translation>
    </message>
    <message>
        <source>Move the selected point down within its section (Alt+Down)</source>
        <translation>Пересунути вибрану тезу вниз в її розділі (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Tick the points for this meeting; drag to reorder within a section.</source>
        <translation>Позначте тези для цієї зустрічі; перетягуйте, щоб змінити порядок у розділі.</translation>
    </message>
    <message>
        <source>{chosen} of {all}</source>
        <translation>{chosen} з {all}</translation>
    </message>
    <message>
        <source>too long: cut?</source>
        <translation>задовго: прибрати?</translation>
    </message>
    <message>
        <source>The page is too long: leaving it out helps.</source>
        <translation>Сторінка задовга: без цієї тези стане краще.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>Not on the page. Your text:</source>
        <translation>Не на сторінці. Ваш текст:</translation>
    </message>
    <message>
        <source>Not on the page. Short text:</source>
        <translation>Не на сторінці. Короткий текст:</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>ваш текст</translation>
    </message>
    <message>
        <source>On the page, in your text for this meeting:</source>
        <translation>На сторінці, у вашому тексті для цієї зустрічі:</translation>
    </message>
    <message>
        <source>long</source>
        <translation>повний</translation>
    </message>
    <message>
        <source>short</source>
        <translation>короткий</translation>
    </message>
    <message>
        <source>On the page, in its long text:</source>
        <translation>На сторінці, повним текстом:</translation>
    </message>
    <message>
        <source>On the page, in its short text:</source>
        <translation>На сторінці, коротким текстом:</translation>
    </message>
    <message>
        <source>Chosen (the preview is being updated):</source>
        <translation>Вибрано (попередній перегляд оновлюється):</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не показано</translation>
    </message>
    <message>
        <source>Chosen, but this template has no place for it:</source>
        <translation>Вибрано, але в цьому шаблоні для неї немає місця:</translation>
    </message>
    <message>
        <source>Chosen, but the page could not be built:</source>
        <translation>Вибрано, але сторінку не вдалося зібрати:</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) chosen</source>
        <translation>
            <numerusform>вибрано %n тезу</numerusform>
            <numerusform>вибрано %n тези</numerusform>
            <numerusform>вибрано %n тез</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the page</source>
        <translation>
            <numerusform>%n на сторінці</numerusform>
            <numerusform>%n на сторінці</numerusform>
            <numerusform>%n на сторінці</numerusform>
        </translation>
    </message>
    <message>
        <source>A leave-behind needs at least one talking point.</source>
        <translation>У пам’ятці потрібна хоча б одна теза.</translation>
    </message>
    <message>
        <source>Choose “{title}”</source>
        <translation>Вибір «{title}»</translation>
    </message>
    <message>
        <source>Leave out “{title}”</source>
        <translation>Вилучення «{title}»</translation>
    </message>
    <message>
        <source>Only chosen points can be moved.</source>
        <translation>Пересувати можна лише вибрані тези.</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Переміщення «{title}»</translation>
    </message>
    <message>
        <source>Reorder {section}</source>
        <translation>Новий порядок: {section}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документи Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Друк неможливий</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Експорт неможливий</translation>
    </message>
    <message>
        <source>Cannot copy the text</source>
        <translation>Не вдається скопіювати текст</translation>
    </message>
    <message>
        <source>Print without your details?</source>
        <translation>Друкувати без ваших контактів?</translation>
    </message>
    <message>
        <source>Export without your details?</source>
        <translation>Експортувати без ваших контактів?</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Усе одно друкувати</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Усе одно експортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Add your organisation, name, email or phone on the Sender tab.</source>
        <translation>Вкажіть організацію, ім’я, e-mail або телефон на вкладці «Відправник».</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be printed yet.</source>
        <translation>Пам’ятка не вміщається на одну сторінку, тому її поки не можна надрукувати.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be exported yet.</source>
        <translation>Пам’ятка не вміщається на одну сторінку, тому її поки не можна експортувати.</translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation>Експорт: {label}</translation>
    </message>
    <message>
        <source>Cannot export the {label}</source>
        <translation>Не вдається експортувати: {label}</translation>
    </message>
    <message>
        <source>Exported {name} ({label}, one page at {size} pt)</source>
        <translation>Експортовано {name} ({label}, одна сторінка, {size} пт)</translation>
    </message>
    <message>
        <source>Copied the read-ahead text to the clipboard.</source>
        <translation>Текст для листа скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <source>Printed to {name} in {parent} (a PDF, text kept as text).</source>
        <translation>Надруковано в {name} у теці {parent} (PDF, текст лишається текстом).</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where}.</source>
        <translation>Пам’ятку надіслано на {where}.</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where} as a picture of the page (no print system here to take the PDF itself).</source>
        <translation>Пам’ятку надіслано на {where} як зображення сторінки (тут немає системи друку, що прийняла б сам PDF).</translation>
    </message>
    <message>
        <source>New brief.</source>
        <translation>Новий бриф.</translation>
    </message>
    <message>
        <source>Open brief</source>
        <translation>Відкрити бриф</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a brief.</source>
        <translation>«{name}» — це {kind}, а не бриф.</translation>
    </message>
    <message>
        <source>“{name}” is not a brief: it is {kind}.</source>
        <translation>«{name}» — не бриф, а {kind}.</translation>
    </message>
    <message>
        <source>Briefer opens briefs: the .yaml files it saves.</source>
        <translation>Briefer відкриває брифи: файли .yaml, які він зберігає.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Не вдається відкрити {name}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Відкрито {name}.</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Зберегти бриф</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Не вдається зберегти {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Збережено {name}.</translation>
    </message>
    <message>
        <source>Briefer Guide</source>
        <translation>Посібник Briefer</translation>
    </message>
    <message>
        <source>Briefer user guide</source>
        <translation>Посібник користувача Briefer</translation>
    </message>
    <message>
        <source>The user guide is missing: {path} was not found.</source>
        <translation>Посібник відсутній: {path} не знайдено.</translation>
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
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>Briefer speaks {language} from its next start.</source>
        <translation>З наступного запуску Briefer буде мовою: {language}.</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Логотипи (*.png *.jpg *.jpeg *.svg);;Усі файли (*)</translation>
    </message>
    <message>
        <source>SVG: stays sharp at any size.</source>
        <translation>SVG: чіткий у будь-якому розмірі.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: prints sharply.</source>
        <translation>{kind}, {width} × {height} пікселів: друкується чітко.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: may print blurred: use a larger one.</source>
        <translation>{kind}, {width} × {height} пікселів: може надрукуватися розмито: візьміть більший.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Вибрати логотип</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Прибрати логотип</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Виберіть логотип</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>This logo cannot be used: {exc}.</source>
        <translation>Цей логотип не можна використати: {exc}.</translation>
    </message>
    <message>
        <source>  No logo</source>
        <translation>  Без логотипа</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG; shown in the page&apos;s header.</source>
        <translation>PNG, JPEG або SVG; показується в шапці сторінки.</translation>
    </message>
    <message>
        <source>  Cannot be shown</source>
        <translation>  Не можна показати</translation>
    </message>
    <message>
        <source>{problem} (looked for {path}): the page is made without it. Choose it again, or remove it.</source>
        <translation>{problem} (шукали: {path}): сторінка збирається без нього. Виберіть його знову або приберіть.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Редагування: {field}</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>e.g. Jeanne Shaheen</source>
        <translation>напр. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Посада</translation>
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
        <translation>Посада:</translation>
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
        <translation>Округ</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>напр. 12</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Штат:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Партія:</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Комітети</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Foreign Relations, Banking</source>
        <translation>Через кому, напр. Foreign Relations, Banking</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Комітети:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Staffer:</source>
        <translation>Співробітник:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Who you meet</source>
        <translation>З ким ви зустрічаєтеся</translation>
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
        <translation>Місце:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>e.g. Russell 506</source>
        <translation>напр. Russell 506</translation>
    </message>
    <message>
        <source>The ask</source>
        <translation>Прохання</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Прохання:</translation>
    </message>
    <message>
        <source>One explicit sentence: what you ask this office to do</source>
        <translation>Одне чітке речення: про що ви просите цей офіс</translation>
    </message>
    <message>
        <source>Bill:</source>
        <translation>Законопроєкт:</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законопроєкт</translation>
    </message>
    <message>
        <source>e.g. S. 1234 (if there is one)</source>
        <translation>напр. S. 1234 (якщо є)</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адреса QR-коду</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Заповнення: {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Є</translation>
    </message>
    <message>
        <source>The meeting has a date</source>
        <translation>Зустріч має дату</translation>
    </message>
    <message>
        <source>Untick to leave the date off the page</source>
        <translation>Зніміть позначку, щоб не ставити дату на сторінку</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Відправник</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>e.g. Belarus Freedom Forum</source>
        <translation>напр. Belarus Freedom Forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Shown in the footer and as the author</source>
        <translation>Показується в нижньому колонтитулі та як автор</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Номер у реєстрі</translation>
    </message>
    <message>
        <source>EU Transparency Register id, for EU meetings</source>
        <translation>Номер у Реєстрі прозорості ЄС, для зустрічей в ЄС</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Your details are remembered on this computer and filled in for every new brief.</source>
        <translation>Ваші дані запам’ятовуються на цьому комп’ютері й підставляються в кожен новий бриф.</translation>
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
        <translation>Як виглядає пам’ятка</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <source>Letter for US offices, A4 for European ones</source>
        <translation>Letter для офісів у США, A4 для європейських</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Шаблон</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Папір</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Зміна шаблону</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Зміна паперу</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Не оновлено: сторінка задовга — показано останню версію, що вміщалася.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Не оновлено: сторінку не можна зібрати — показано останню зібрану версію.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункти</numerusform>
            <numerusform>%n пунктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in short form</source>
        <translation>
            <numerusform>%n у короткій формі</numerusform>
            <numerusform>%n у короткій формі</numerusform>
            <numerusform>%n у короткій формі</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits on one page at {size} pt</source>
        <translation>Вміщається на одну сторінку при {size} пт</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примітка: {note}</translation>
    </message>
    <message>
        <source>Too long:</source>
        <translation>Задовго:</translation>
    </message>
    <message>
        <source>remove a point or shorten an edit</source>
        <translation>приберіть тезу або скоротіть свій текст</translation>
    </message>
    <message>
        <source>shorten the ask (with the meeting details it takes {share} of the page), or remove a point</source>
        <translation>скоротіть прохання (разом із даними зустрічі воно займає {share} сторінки) або приберіть тезу</translation>
    </message>
    <message>
        <source>candidates:</source>
        <translation>кандидати:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the page could not be built</source>
        <translation>сторінку не вдалося зібрати</translation>
    </message>
    <message>
        <source>Cannot build the page</source>
        <translation>Сторінку не можна зібрати</translation>
    </message>
    <message>
        <source>Preview of the leave-behind</source>
        <translation>Попередній перегляд пам’ятки</translation>
    </message>
    <message>
        <source>The preview is not up to date</source>
        <translation>Попередній перегляд застарів</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Збирається попередній перегляд…</translation>
    </message>
    <message>
        <source>Fit on the page</source>
        <translation>Чи вміщається на сторінку</translation>
    </message>
    <message>
        <source>Name a legislator on the Meeting tab, or their committees, to see the points that fit.</source>
        <translation>Вкажіть на вкладці «Зустріч» депутата або його комітети, щоб побачити відповідні тези.</translation>
    </message>
    <message>
        <source>No suggestions for “{name}”: the name is not in the legislator list. Pick the member from the list on the Meeting tab, or type their committees there.</source>
        <translation>Немає пропозицій для «{name}»: цього імені немає в списку депутатів. Виберіть депутата зі списку на вкладці «Зустріч» або впишіть там його комітети.</translation>
    </message>
    <message>
        <source>No suggestions yet: import legislators (File menu), or type the member’s committees on the Meeting tab.</source>
        <translation>Поки немає пропозицій: імпортуйте депутатів (меню «Файл») або впишіть комітети на вкладці «Зустріч».</translation>
    </message>
    <message>
        <source>No suggestions: none of the member’s committees match a topic of this pack.</source>
        <translation>Немає пропозицій: жоден із комітетів депутата не відповідає темам цього пакета.</translation>
    </message>
    <message>
        <source>No suggestions: none of the listed committees match a topic of this pack.</source>
        <translation>Немає пропозицій: жоден із зазначених комітетів не відповідає темам цього пакета.</translation>
    </message>
    <message>
        <source>✓ on the page now. Apply puts these and the framing in place of the current choice.</source>
        <translation>✓ уже на сторінці. «Застосувати» ставить ці тези та вступ замість поточного вибору.</translation>
    </message>
    <message>
        <source>Suggested for this office</source>
        <translation>Запропоновано для цього офісу</translation>
    </message>
    <message>
        <source>Apply suggestions</source>
        <translation>Застосувати пропозиції</translation>
    </message>
    <message>
        <source>Suggested points and why</source>
        <translation>Запропоновані тези й чому</translation>
    </message>
    <message>
        <source>Hide the suggested points</source>
        <translation>Сховати запропоновані тези</translation>
    </message>
    <message>
        <source>Show the suggested points</source>
        <translation>Показати запропоновані тези</translation>
    </message>
    <message>
        <source>These points are on the page</source>
        <translation>Ці тези на сторінці</translation>
    </message>
    <message>
        <source>Choose the suggested points and the opening framing instead of the current choice (Undo brings it back)</source>
        <translation>Вибрати запропоновані тези та вступ замість поточного вибору («Скасувати» поверне його)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) for {who}</source>
        <translation>
            <numerusform>%n теза для: {who}</numerusform>
            <numerusform>%n тези для: {who}</numerusform>
            <numerusform>%n тез для: {who}</numerusform>
        </translation>
    </message>
    <message>
        <source>From: </source>
        <translation>З: </translation>
    </message>
    <message>
        <source>the committees on the Meeting tab</source>
        <translation>комітети на вкладці «Зустріч»</translation>
    </message>
    <message>
        <source>these committees</source>
        <translation>ці комітети</translation>
    </message>
    <message>
        <source>Apply suggestions for {who}</source>
        <translation>Пропозиції для: {who}</translation>
    </message>
    <message numerus="yes">
        <source>Chose %n point(s) suggested for {who}.</source>
        <translation>
            <numerusform>Вибрано %n тезу, запропоновану для: {who}.</numerusform>
            <numerusform>Вибрано %n тези, запропоновані для: {who}.</numerusform>
            <numerusform>Вибрано %n тез, запропонованих для: {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (from the chamber and the paper)</source>
        <translation>Автоматично (за палатою й папером)</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <translation>не можна намалювати</translation>
    </message>
    <message>
        <source>Template Gallery</source>
        <translation>Галерея шаблонів</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Whom the page addresses: the headings&apos; wording, the date style and the default paper</source>
        <translation>До кого звернена сторінка: формулювання заголовків, запис дат і папір за замовчуванням</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <source>Use This Template</source>
        <translation>Використати цей шаблон</translation>
    </message>
    <message>
        <source>Each page is drawn with this brief. Double-click one to use it.</source>
        <translation>Кожну сторінку намальовано з цим брифом. Двічі клацніть, щоб вибрати.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Малюється…</translation>
    </message>
    <message>
        <source>Does not fit this brief:
{image}</source>
        <translation>Не підходить до цього брифу:
{image}</translation>
    </message>
    <message>
        <source>Headings name {legislature}; dates read “{shown}”.</source>
        <translation>Заголовки називають: {legislature}; дати мають вигляд: «{shown}».</translation>
    </message>
    <message>
        <source>Change audience</source>
        <translation>Зміна адресата</translation>
    </message>
    <message>
        <source>{name}[*] — Briefer</source>
        <translation>{name}[*] — Briefer</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>Про Briefer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Tailored one-page leave-behinds for meetings with legislators.&lt;/p&gt;&lt;p&gt;Choose the talking points for this office, see the page as you edit, and export a PDF or Word document that always fits on one page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Односторінкові пам’ятки для зустрічей з депутатами, під конкретний офіс.&lt;/p&gt;&lt;p&gt;Виберіть тези для цього офісу, дивіться сторінку під час редагування й експортуйте PDF або документ Word, що завжди вміщається на одну сторінку.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an untitled brief</source>
        <translation>бриф без назви</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Відновити незбережену роботу</translation>
    </message>
    <message>
        <source>Briefer did not close properly last time. Restore the unsaved changes to {name}?</source>
        <translation>Минулого разу Briefer закрився некоректно. Відновити незбережені зміни в {name}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
</context>
</TS>
