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
        <source>A file outside the brief’s folder</source>
        <translation>Файл поза текою брифу</translation>
    </message>
    <message>
        <source>This brief’s {field} points outside its folder: {path}. Use it?</source>
        <translation>{field} цього брифу вказує за межі його теки: {path}. Використати?</translation>
    </message>
    <message>
        <source>Say Yes only if you trust whoever made the brief: a brief from someone else could put a file from your computer on the page. Yes allows it for this brief only.</source>
        <translation>Відповідайте «Так», лише якщо довіряєте авторові брифу: чужий бриф може розмістити на сторінці файл із вашого комп’ютера. «Так» дозволяє це лише для цього брифу.</translation>
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
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Скопіювати текст для листа до офісу перед зустріччю</translation>
    </message>
    <message>
        <source>Copy Read-ahead &amp;Text</source>
        <translation>&amp;Копіювати текст для листа</translation>
    </message>
    <message>
        <source>&amp;Import Legislators…</source>
        <translation>Імпорт де&amp;путатів…</translation>
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
        <translation>Закр&amp;ити вікно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
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
        <translation>П&amp;ро Briefer</translation>
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
        <translation>Нещ&amp;одавні</translation>
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
        <source>Words for the audience</source>
        <translation>Слова для аудиторії</translation>
    </message>
    <message>
        <source>Words for:</source>
        <translation>Слова для:</translation>
    </message>
    <message>
        <source>Write this point’s words for the audience in your own pack (opens the pack editor; nothing changes until you save)</source>
        <translation>Написати слова цього пункту для аудиторії у власному пакеті (відкриється редактор пакетів; нічого не зміниться, доки ви не збережете)</translation>
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
        <source>Its own words for {audience}.</source>
        <translation>Власні слова для: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}.</source>
        <translation>Використовує типовий текст для: {audience}.</translation>
    </message>
    <message>
        <source>Edit Words for {audience}…</source>
        <translation>Змінити слова для: {audience}…</translation>
    </message>
    <message>
        <source>Write Words for {audience}…</source>
        <translation>Написати слова для: {audience}…</translation>
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
    <message>
        <source>Uses its default words for {audience}.</source>
        <translation>Використовує типові слова для: {audience}.</translation>
    </message>
    <message>
        <source>They name another body: “{names}”.</source>
        <translation>У них названо іншу інституцію: «{names}».</translation>
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
        <source>Exported {name} ({label}, one page at {size} pt).</source>
        <translation>Експортовано {name} ({label}, одна сторінка, {size} пт).</translation>
    </message>
    <message>
        <source>Once you leave it with the office: Meetings › Mark the Page as Given.</source>
        <translation>Коли залишите її в офісі: Зустрічі › Позначити сторінку як передану.</translation>
    </message>
    <message>
        <source>Lobby Day</source>
        <translation>День лобіювання</translation>
    </message>
    <message>
        <source>Meetings built</source>
        <translation>Підготовлені зустрічі</translation>
    </message>
    <message>
        <source>%v of %m meetings</source>
        <translation>%v з %m зустрічей</translation>
    </message>
    <message>
        <source>Meetings that could not be built</source>
        <translation>Зустрічі, які не вдалося підготувати</translation>
    </message>
    <message>
        <source>After fixing the CSV: build only the lines that failed</source>
        <translation>Після виправлення CSV: зібрати лише рядки з помилками</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Відкрити т&amp;еку</translation>
    </message>
    <message>
        <source>Show the folder with the files</source>
        <translation>Показати теку з файлами</translation>
    </message>
    <message>
        <source>Open Sc&amp;hedule</source>
        <translation>Відкрити розк&amp;лад</translation>
    </message>
    <message>
        <source>Open the day&apos;s schedule ({INDEX_NAME}) to print it</source>
        <translation>Відкрити розклад дня ({INDEX_NAME}), щоб надрукувати</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Зібрати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cannot build the lobby day</source>
        <translation>Не вдається підготувати день лобіювання</translation>
    </message>
    <message>
        <source>Cannot use the base brief</source>
        <translation>Не вдається використати базовий бриф</translation>
    </message>
    <message>
        <source>The base brief</source>
        <translation>Базовий бриф</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Замінити файли?</translation>
    </message>
    <message>
        <source>{name} already holds a lobby day ({v0}). Replace its files?</source>
        <translation>У {name} уже є день лобіювання ({v0}). Замінити його файли?</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Читання зустрічей…</translation>
    </message>
    <message>
        <source>Cancelling after the meetings in progress…</source>
        <translation>Скасування після зустрічей у роботі…</translation>
    </message>
    <message>
        <source>No leave-behind for this meeting</source>
        <translation>Немає пам’ятки для цієї зустрічі</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Немає розкладу</translation>
    </message>
    <message>
        <source>{path} is not there: build the lobby day first.</source>
        <translation>{path} немає: спершу підготуйте день лобіювання.</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>Не вдається показати файл</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: this computer has no program set to open {v0} files. Show the folder that holds it?</source>
        <translation>«{name}» не можна показати: на цьому комп’ютері немає програми для файлів {v0}. Показати теку, де він лежить?</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Показати теку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Не вдається відкрити теку</translation>
    </message>
    <message>
        <source>{parent} cannot be shown.</source>
        <translation>{parent} не можна показати.</translation>
    </message>
    <message>
        <source>{folder} cannot be shown.</source>
        <translation>{folder} не можна показати.</translation>
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
        <source>Meetings CSV</source>
        <translation>CSV із зустрічами</translation>
    </message>
    <message>
        <source>The meetings of the day, one per row</source>
        <translation>Зустрічі дня, по одній у рядку</translation>
    </message>
    <message>
        <source>Base brief</source>
        <translation>Базовий бриф</translation>
    </message>
    <message>
        <source>Every meeting starts from this brief: its sender, ask, template</source>
        <translation>Кожна зустріч починається з цього брифу: відправник, прохання, шаблон</translation>
    </message>
    <message>
        <source>The open brief ({name})</source>
        <translation>Відкритий бриф ({name})</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Тека для файлів</translation>
    </message>
    <message>
        <source>The folder for the files (created)</source>
        <translation>Тека для файлів (буде створена)</translation>
    </message>
    <message>
        <source>&amp;Suggested for each member’s committees</source>
        <translation>Зап&amp;ропоновані для комітетів кожного депутата</translation>
    </message>
    <message>
        <source>As “Apply suggestions” does; a row’s own blocks column wins</source>
        <translation>Як «Застосувати пропозиції»; стовпець blocks рядка важливіший</translation>
    </message>
    <message>
        <source>The base brief’s points for e&amp;very meeting</source>
        <translation>Тези базового брифу для &amp;кожної зустрічі</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist in the folder</source>
        <translation>За&amp;мінювати файли, що вже є в теці</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Дати цифрами</translation>
    </message>
    <message>
        <source>How to read a date like 3/12/2026 in the CSV</source>
        <translation>Як читати дату на кшталт 3/12/2026 у CSV</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>Зу&amp;стрічі:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Інший…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>B&amp;ase brief:</source>
        <translation>&amp;Базовий бриф:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Тека для файлів:</translation>
    </message>
    <message>
        <source>From Roster…</source>
        <translation>Зі списку учасників…</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster</source>
        <translation>Спланувати зустрічі за списком учасників</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Тези:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Формати:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Дати:</translation>
    </message>
    <message>
        <source>Choose the meetings CSV</source>
        <translation>Виберіть CSV із зустрічами</translation>
    </message>
    <message>
        <source>Choose the base brief</source>
        <translation>Виберіть базовий бриф</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Виберіть теку для файлів</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Вибрати логотип</translation>
    </message>
    <message>
        <source>Choose light logo</source>
        <translation>Вибрати світлий логотип</translation>
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
        <source>Remove light logo</source>
        <translation>Вилучити світлий логотип</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Виберіть логотип</translation>
    </message>
    <message>
        <source>Choose a Light Logo</source>
        <translation>Виберіть світлий логотип</translation>
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
        <source>  No light logo</source>
        <translation>  Без світлого логотипа</translation>
    </message>
    <message>
        <source>Optional: a light version for coloured bands (the sidebar, the bold banner); without it a dark logo is printed there on a white plate.</source>
        <translation>Необов’язково: світлий варіант для кольорових смуг (бічна колонка, банер шаблону «bold»); без нього темний логотип друкується там на білій підкладці.</translation>
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
        <source>Type a name, a state (NH) or a seat (CA-12), then pick the member</source>
        <translation>Введіть ім’я, штат (NH) або округ (CA-12), потім виберіть депутата</translation>
    </message>
    <message>
        <source>e.g. Jeanne Shaheen</source>
        <translation>напр. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>To fill in a member’s title, seat, party and committees from their name, &lt;a href=&quot;import&quot;&gt;import legislators…&lt;/a&gt;</source>
        <translation>Щоб заповнювати посаду, округ, партію й комітети за ім’ям, &lt;a href=&quot;import&quot;&gt;імпортуйте депутатів…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The legislator list could not be read. &lt;a href=&quot;import&quot;&gt;Import legislators…&lt;/a&gt; again.</source>
        <translation>Список депутатів не читається. &lt;a href=&quot;import&quot;&gt;Імпортуйте депутатів…&lt;/a&gt; знову.</translation>
    </message>
    <message>
        <source>Import legislators</source>
        <translation>Імпорт депутатів</translation>
    </message>
    <message>
        <source>Matching legislators</source>
        <translation>Відповідні депутати</translation>
    </message>
    <message>
        <source>Pick a member from the list to fill in their details</source>
        <translation>Виберіть депутата зі списку, щоб заповнити його дані</translation>
    </message>
    <message>
        <source>Your members (ZIP {home_zip})</source>
        <translation>Ваші депутати (ZIP {home_zip})</translation>
    </message>
    <message>
        <source>From the ZIP data of {v0}</source>
        <translation>За даними ZIP від {v0}</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Інші депутати</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім’я:</translation>
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
        <source>Whom you meet: their name</source>
        <translation>З ким зустрічаєтеся: ім’я</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Посада працівника</translation>
    </message>
    <message>
        <source>e.g. foreign policy LA</source>
        <translation>напр. радник з зовнішньої політики</translation>
    </message>
    <message>
        <source>Staffer:</source>
        <translation>Співробітник:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Співробітник</translation>
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
        <source>Bill title:</source>
        <translation>Назва законопроєкту:</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Назва законопроєкту</translation>
    </message>
    <message>
        <source>e.g. Belarus Democracy Act</source>
        <translation>напр. Belarus Democracy Act</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Чому цей офіс</translation>
    </message>
    <message>
        <source>Empty: the line built from the committees</source>
        <translation>Порожньо: рядок, складений за комітетами</translation>
    </message>
    <message>
        <source>Leave out this line</source>
        <translation>Не друкувати цей рядок</translation>
    </message>
    <message>
        <source>Print no line on why this office matters to the ask</source>
        <translation>Не друкувати рядок про те, чому цей офіс важливий для прохання</translation>
    </message>
    <message>
        <source>Why this office:</source>
        <translation>Чому цей офіс:</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адреса QR-коду</translation>
    </message>
    <message>
        <source>https://… printed as a QR code (optional)</source>
        <translation>https://… друкується як QR-код (необов’язково)</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>Leave out why this office</source>
        <translation>Прибрати «чому цей офіс»</translation>
    </message>
    <message>
        <source>Print why this office</source>
        <translation>Друкувати «чому цей офіс»</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Заповнення: {name}</translation>
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
        <source>About us</source>
        <translation>Про нас</translation>
    </message>
    <message>
        <source>Who you are, in one line</source>
        <translation>Хто ви, одним рядком</translation>
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
        <source>Light logo:</source>
        <translation>Світлий логотип:</translation>
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
        <source>Page &amp;Language</source>
        <translation>&amp;Мова сторінки</translation>
    </message>
    <message>
        <source>Print the Pack’s Own Text Where It Has None in This Language</source>
        <translation>Друкувати власний текст пакета, де цією мовою тексту немає</translation>
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
        <source>Change the page’s language</source>
        <translation>Зміна мови сторінки</translation>
    </message>
    <message>
        <source>Change what prints where a point has no text in the page’s language</source>
        <translation>Змінити, що друкується, коли тезис не має тексту мовою сторінки</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Не оновлено: сторінка задовга — показано останню версію, що вміщалася.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Не оновлено: сторінку не можна зібрати — показано останню зібрану версію.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) use their default words for {audience}, which name another body:</source>
        <translation>
            <numerusform>%n пункт використовує типові слова для: {audience}, у яких названо іншу інституцію:</numerusform>
            <numerusform>%n пункти використовують типові слова для: {audience}, у яких названо іншу інституцію:</numerusform>
            <numerusform>%n пунктів використовують типові слова для: {audience}, у яких названо іншу інституцію:</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (США)</translation>
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
    <message>
        <source>Town</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Індекс</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Constituents attending</source>
        <translation>Присутні виборці</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Додати особу</translation>
    </message>
    <message>
        <source>Add M&amp;yself</source>
        <translation>Додати &amp;мене</translation>
    </message>
    <message>
        <source>Add yourself, with the ZIP from the Sender tab</source>
        <translation>Додати себе, з ZIP із вкладки «Відправник»</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Прибрати</translation>
    </message>
    <message>
        <source>Advocates at this meeting who live in the member’s state (for a representative, the district). The page names them as constituents only when the ZIP data agrees.</source>
        <translation>Учасники зустрічі, які живуть у штаті депутата (у члена Палати представників — в окрузі). Сторінка називає їх виборцями, лише якщо це підтверджують дані ZIP.</translation>
    </message>
    <message>
        <source>ZIP: {value}</source>
        <translation>ZIP: {value}</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Введіть ім’я</translation>
    </message>
    <message>
        <source>Checked against the ZIP data of {v0}.</source>
        <translation>Перевірено за даними ZIP від {v0}.</translation>
    </message>
    <message>
        <source>No ZIP data imported: the people are taken as given, not checked (File → Import Legislators, the ZIP-to-district file).</source>
        <translation>Дані ZIP не імпортовано: людей прийнято як є, без перевірки (Файл → Імпорт депутатів, файл ZIP — округ).</translation>
    </message>
    <message>
        <source>Edit constituents</source>
        <translation>Редагування виборців</translation>
    </message>
    <message>
        <source>Add me</source>
        <translation>Додати мене</translation>
    </message>
    <message>
        <source>Add {name} ({code})</source>
        <translation>Додавання: {name} ({code})</translation>
    </message>
    <message>
        <source>Fill in your name and your ZIP on the Sender tab to add yourself</source>
        <translation>Вкажіть ім’я та ZIP на вкладці «Відправник», щоб додати себе</translation>
    </message>
    <message>
        <source>Remove constituents</source>
        <translation>Вилучення виборців</translation>
    </message>
    <message>
        <source>✓ Constituent ({place})</source>
        <translation>✓ Виборець ({place})</translation>
    </message>
    <message>
        <source>May be: the ZIP spans {codes}</source>
        <translation>Можливо: ZIP охоплює {codes}</translation>
    </message>
    <message>
        <source>another state</source>
        <translation>інший штат</translation>
    </message>
    <message>
        <source>Lives in {where}: not a constituent</source>
        <translation>Живе в: {where}: не виборець</translation>
    </message>
    <message>
        <source>Confirm if they live in {place}</source>
        <translation>Підтвердьте, якщо мешкає в {place}</translation>
    </message>
    <message>
        <source>Not checked: no ZIP data</source>
        <translation>Не перевірено: немає даних ZIP</translation>
    </message>
    <message>
        <source>Not checked: choose the legislator</source>
        <translation>Не перевірено: виберіть депутата</translation>
    </message>
    <message>
        <source>Not checked: no ZIP</source>
        <translation>Не перевірено: немає ZIP</translation>
    </message>
    <message>
        <source>Not checked: ZIP not in the data</source>
        <translation>Не перевірено: ZIP немає в даних</translation>
    </message>
    <message>
        <source>the member’s state</source>
        <translation>штат депутата</translation>
    </message>
    <message>
        <source>No constituents listed for {name} yet. Offices give the most weight to the people they represent: if anyone coming lives in {place}, add them here and the page will say so.</source>
        <translation>Для {name} поки немає виборців. Офіси найбільше дослухаються до тих, кого представляють: якщо хтось з учасників живе в {place}, додайте його тут, і сторінка це скаже.</translation>
    </message>
    <message>
        <source>No one listed lives in {place}, so the page calls no one a constituent. If someone from {place} can join, this meeting will carry more weight.</source>
        <translation>Ніхто зі списку не живе в {place}, тож сторінка нікого не називає виборцем. Якщо приєднається хтось із {place}, зустріч матиме більшу вагу.</translation>
    </message>
    <message>
        <source>To see your members, &lt;a href=&quot;import&quot;&gt;import the legislators and the ZIP-to-district file…&lt;/a&gt;</source>
        <translation>Щоб побачити своїх депутатів, &lt;a href=&quot;import&quot;&gt;імпортуйте депутатів і файл ZIP — округ…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Де ви живете</translation>
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
        <translation>Ваші депутати</translation>
    </message>
    <message>
        <source>Used on this computer only, to find your members and whether you are their constituent. It is never printed on a page.</source>
        <translation>Використовується лише на цьому комп’ютері, щоб знайти ваших депутатів і з’ясувати, чи ви їхній виборець. Ніколи не друкується на сторінці.</translation>
    </message>
    <message>
        <source>Your ZIP:</source>
        <translation>Ваш ZIP:</translation>
    </message>
    <message>
        <source>Your members:</source>
        <translation>Ваші депутати:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your ZIP code to see your two senators and your representative.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Введіть свій ZIP-код, щоб побачити двох своїх сенаторів і свого представника.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;ZIP data of {value}.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Дані ZIP від {value}.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>ZIP {home_zip} is not in the ZIP data (PO-box-only ZIPs are missing): try the ZIP of your home address.{dated}</source>
        <translation>ZIP {home_zip} немає в даних ZIP (немає кодів лише для абонентських скриньок): спробуйте ZIP домашньої адреси.{dated}</translation>
    </message>
    <message>
        <source> — &lt;i&gt;may be yours&lt;/i&gt;</source>
        <translation> — &lt;i&gt;можливо, ваш&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No member in the directory for {seat}</source>
        <translation>У довіднику немає депутата для {seat}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Your ZIP spans {codes}: which of them is yours depends on your street address.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Ваш ZIP охоплює {codes}: який із них ваш, залежить від адреси.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Legislator files (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;HowTheyVote.eu export, MEPs (*.zip *.csv.gz *.csv);;CSV files (*.csv);;All files (*)</source>
        <translation>Файли депутатів (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;Вивантаження HowTheyVote.eu, депутати Європарламенту (*.zip *.csv.gz *.csv);;Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import the members of Congress and their committees from the public &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt; files. Choose the folder that holds them:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (optional: the members’ offices)&lt;/li&gt;&lt;/ul&gt;For another legislature, choose a CSV file whose first line names the columns: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;To find each advocate’s members from their ZIP code, also choose the public &lt;b&gt;ZIP-to-district&lt;/b&gt; file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District maps change, so the app shows the date of the data you import: give it below (where you got the file says when it was published).&lt;/p&gt;</source>
        <translation>Імпортуйте членів Конгресу та їхні комітети з відкритих файлів &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt;. Виберіть теку, де вони лежать:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (необов’язково: офіси депутатів)&lt;/li&gt;&lt;/ul&gt;Для іншого парламенту виберіть файл CSV, перший рядок якого називає стовпці: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;Щоб знаходити депутатів кожного учасника за ZIP-кодом, виберіть також відкритий файл &lt;b&gt;ZIP — округ&lt;/b&gt; (zccd.csv, стовпці state_fips, state_abbr, zcta, cd). Межі округів змінюються, тому застосунок показує дату імпортованих даних: вкажіть її нижче (джерело файла повідомляє, коли його опубліковано).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State legislators&lt;/b&gt;: choose a checkout of Open States’ openstates/people data, or one state’s folder. &lt;b&gt;Members of the European Parliament&lt;/b&gt;: choose HowTheyVote.eu’s export (the zip archive, or a folder of its tables). Each import adds to what is there and replaces only its own part.</source>
        <translation>&lt;b&gt;Законодавці штатів&lt;/b&gt;: виберіть копію даних openstates/people проєкту Open States або теку одного штату. &lt;b&gt;Депутати Європейського парламенту&lt;/b&gt;: виберіть експорт HowTheyVote.eu (zip-архів або теку з його таблицями). Кожен імпорт додається до наявного й замінює лише свою частину.</translation>
    </message>
    <message>
        <source>When the ZIP-to-district data was published (not when the file was copied): the app and the page say which data the constituents were checked against</source>
        <translation>Коли опубліковано дані ZIP — округ (а не коли скопійовано файл): застосунок і сторінка кажуть, за якими даними перевірено виборців</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation>Імпорт депутатів</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файли для імпорту</translation>
    </message>
    <message>
        <source>Choose, type or paste the folder and the files (;)</source>
        <translation>Виберіть, введіть або вставте папку й файли (;)</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Вибрати &amp;теку…</translation>
    </message>
    <message>
        <source>Choose F&amp;iles…</source>
        <translation>Вибрати &amp;файли…</translation>
    </message>
    <message>
        <source>ZIP data published on</source>
        <translation>Дані ZIP опубліковано</translation>
    </message>
    <message>
        <source>e.g. {plain}</source>
        <translation>наприклад, {plain}</translation>
    </message>
    <message>
        <source>ZIP data &amp;published:</source>
        <translation>Дані ZIP &amp;опубліковано:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Now imported: {value}.</source>
        <translation>Зараз імпортовано: {value}.</translation>
    </message>
    <message>
        <source>No legislators imported yet.</source>
        <translation>Депутатів ще не імпортовано.</translation>
    </message>
    <message>
        <source> ZIP data of {value}.</source>
        <translation> Дані ZIP від {value}.</translation>
    </message>
    <message>
        <source>Choose the congress-legislators folder</source>
        <translation>Виберіть теку congress-legislators</translation>
    </message>
    <message>
        <source>Choose legislator files</source>
        <translation>Виберіть файли депутатів</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Неможливо імпортувати</translation>
    </message>
    <message>
        <source>“{path}” was not found.</source>
        <translation>«{path}» не знайдено.</translation>
    </message>
    <message>
        <source>give the date the ZIP data was published (where you got the file says it)</source>
        <translation>вкажіть дату публікації даних ZIP (її вказано там, звідки ви взяли файл)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Legislators imported</source>
        <translation>Депутатів імпортовано</translation>
    </message>
    <message>
        <source>Cannot import the legislators</source>
        <translation>Не вдається імпортувати депутатів</translation>
    </message>
    <message>
        <source>choose one ZIP-to-district file at a time</source>
        <translation>вибирайте по одному файлу ZIP — округ</translation>
    </message>
    <message>
        <source>{zips:,} ZIP codes (data of {value})</source>
        <translation>ZIP-кодів: {zips:,} (дані від {value})</translation>
    </message>
    <message>
        <source>Imported </source>
        <translation>Імпортовано: </translation>
    </message>
    <message>
        <source>Warning: {value}</source>
        <translation>Увага: {value}</translation>
    </message>
    <message>
        <source>1 entry was left out:</source>
        <translation>Пропущено 1 запис:</translation>
    </message>
    <message>
        <source>{value} entries were left out:</source>
        <translation>Пропущено записів: {value}:</translation>
    </message>
    <message>
        <source>… and {value} more.</source>
        <translation>… і ще {value}.</translation>
    </message>
    <message>
        <source>Washington, DC</source>
        <translation>Вашингтон</translation>
    </message>
    <message>
        <source>{city} office</source>
        <translation>Офіс: {city}</translation>
    </message>
    <message>
        <source>Choose one of the member’s offices</source>
        <translation>Виберіть один з офісів депутата</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>Офіси в окрузі</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Вашингтон</translation>
    </message>
    <message>
        <source>Choose one of {who}’s offices</source>
        <translation>Виберіть один з офісів: {who}</translation>
    </message>
    <message>
        <source>Meetings of the day</source>
        <translation>Зустрічі дня</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> о {time}</translation>
    </message>
    <message>
        <source>The meeting is still ahead</source>
        <translation>Зустріч ще попереду</translation>
    </message>
    <message>
        <source>The meeting with {v0} is on {v1}{at}. A thank-you written now thanks them for a meeting that has not happened yet.</source>
        <translation>Зустріч з {v0} — {v1}{at}. Подяка, написана зараз, дякує за зустріч, якої ще не було.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>офісом</translation>
    </message>
    <message>
        <source>Write It Anyway</source>
        <translation>Усе одно написати</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Звіт про зустріч</translation>
    </message>
    <message>
        <source>Write the Meeting Report…</source>
        <translation>Написати звіт про зустріч…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Meetings &amp;Log…</source>
        <translation>&amp;Журнал зустрічей…</translation>
    </message>
    <message>
        <source>Every meeting, what each office was given, reports, follow-ups</source>
        <translation>Усі зустрічі, що отримав кожен офіс, звіти, подальші кроки</translation>
    </message>
    <message>
        <source>Write the Meeting &amp;Report…</source>
        <translation>Написати &amp;звіт про зустріч…</translation>
    </message>
    <message>
        <source>Whom you met, where the office stands, what each side promised</source>
        <translation>З ким ви зустрілися, яка позиція офісу, що пообіцяла кожна сторона</translation>
    </message>
    <message>
        <source>&amp;Copy Thank-you Text</source>
        <translation>&amp;Копіювати подяку</translation>
    </message>
    <message>
        <source>A thank-you message for the staffer, on the clipboard</source>
        <translation>Подяка співробітникові, у буфер обміну</translation>
    </message>
    <message>
        <source>Thank-you &amp;Email…</source>
        <translation>&amp;Лист із подякою…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer with the page attached</source>
        <translation>Чернетка листа (.eml) співробітникові з доданою сторінкою</translation>
    </message>
    <message>
        <source>Mark the Page as &amp;Given</source>
        <translation>Позначити сторінку як &amp;передану</translation>
    </message>
    <message>
        <source>You left the page you exported with the office</source>
        <translation>Ви залишили експортовану сторінку в офісі</translation>
    </message>
    <message>
        <source>Record &amp;Pages in the Meeting Log</source>
        <translation>Записувати &amp;сторінки в журнал зустрічей</translation>
    </message>
    <message>
        <source>Keep a record of each page exported or printed for a legislator</source>
        <translation>Записувати кожну сторінку, експортовану чи надруковану для депутата</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Зустрічі</translation>
    </message>
    <message>
        <source>Pages you export or print are recorded in the meeting log.</source>
        <translation>Експортовані чи надруковані сторінки записуються в журнал зустрічей.</translation>
    </message>
    <message>
        <source>Pages are no longer recorded in the meeting log.</source>
        <translation>Сторінки більше не записуються в журнал зустрічей.</translation>
    </message>
    <message>
        <source>Your meeting with {name} was on {v0}. How did it go? Write the report while it is fresh — it stays on this computer.</source>
        <translation>Ваша зустріч з {name} була {v0}. Як минуло? Напишіть звіт, поки все свіже, — він лишається на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Saved the meeting report in your meeting log.</source>
        <translation>Звіт збережено в журналі зустрічей.</translation>
    </message>
    <message>
        <source>Copied the thank-you text to the clipboard.</source>
        <translation>Подяку скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <source>Cannot write the thank-you</source>
        <translation>Не вдається написати подяку</translation>
    </message>
    <message>
        <source>Save Thank-you Email</source>
        <translation>Зберегти лист із подякою</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Чернетки листів (*.eml)</translation>
    </message>
    <message>
        <source>Cannot save the thank-you</source>
        <translation>Не вдається зберегти подяку</translation>
    </message>
    <message>
        <source>with the page attached</source>
        <translation>з доданою сторінкою</translation>
    </message>
    <message>
        <source>(no page was recorded to attach)</source>
        <translation>(немає записаної сторінки для вкладення)</translation>
    </message>
    <message>
        <source> to {to}</source>
        <translation> для {to}</translation>
    </message>
    <message>
        <source>; add the staffer’s address</source>
        <translation>; додайте адресу співробітника</translation>
    </message>
    <message>
        <source>Saved {name} {attached}{hint}. Open it to edit and send.</source>
        <translation>Збережено {name} {attached}{hint}. Відкрийте, щоб змінити й надіслати.</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Підтримує</translation>
    </message>
    <message>
        <source>Leaning yes</source>
        <translation>Радше за</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Не визначився</translation>
    </message>
    <message>
        <source>Leaning no</source>
        <translation>Радше проти</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Проти</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>The follow-up is overdue</source>
        <translation>Термін наступного кроку минув</translation>
    </message>
    <message>
        <source>The follow-up is due in the next two days</source>
        <translation>Наступний крок — найближчими двома днями</translation>
    </message>
    <message>
        <source>The meeting is over: write its report while it is fresh</source>
        <translation>Зустріч минула: напишіть звіт, поки все свіже</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Звіту ще немає</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <comment>a meeting</comment>
        <translation>Попереду</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>{count} ({given} given)</source>
        <translation>{count} (передано: {given})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Надруковано</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Експортовано</translation>
    </message>
    <message>
        <source>{done}, but {warning}</source>
        <translation>{done}, але {warning}</translation>
    </message>
    <message>
        <source>The meeting at {time} ({id})</source>
        <translation>Зустріч о {time} ({id})</translation>
    </message>
    <message>
        <source>The meeting with no time ({id})</source>
        <translation>Зустріч без часу ({id})</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Яка зустріч?</translation>
    </message>
    <message>
        <source>The meeting log has {count} meetings with {name} that day. Which one is this page for? (Giving the brief the meeting&apos;s time also tells them apart.)</source>
        <translation>У журналі зустрічей цього дня {count} зустрічі з {name}. Для якої ця сторінка? (Час зустрічі в брифі теж їх розрізняє.)</translation>
    </message>
    <message>
        <source>Mark the Page as Given</source>
        <translation>Позначити сторінку як передану</translation>
    </message>
    <message>
        <source>Which page did you leave with the office?</source>
        <translation>Яку сторінку ви залишили в офісі?</translation>
    </message>
    <message>
        <source>No page was marked as given.</source>
        <translation>Жодну сторінку не позначено як передану.</translation>
    </message>
    <message>
        <source>The page was not marked: {why}</source>
        <translation>Сторінку не позначено: {why}</translation>
    </message>
    <message>
        <source>No page of this meeting is in the meeting log yet: export or print it first.</source>
        <translation>У журналі зустрічей ще немає сторінки цієї зустрічі: спершу експортуйте або надрукуйте її.</translation>
    </message>
    <message>
        <source>{name} is marked as left with the office.</source>
        <translation>{name} позначено як залишену в офісі.</translation>
    </message>
    <message>
        <source>The printed page</source>
        <translation>Надрукована сторінка</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>З ким зустрілися</translation>
    </message>
    <message>
        <source>Staffer’s email</source>
        <translation>E-mail співробітника</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Їхня позиція</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Їхні питання</translation>
    </message>
    <message>
        <source>They asked of us</source>
        <translation>Вони попросили нас</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>Ми пообіцяли</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Вони пообіцяли</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Наступний крок до</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Our answer (leave empty if we owe one)</source>
        <translation>Наша відповідь (залиште порожнім, якщо ми її винні)</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(немає питання)</translation>
    </message>
    <message>
        <source>Meeting report — {who}</source>
        <translation>Звіт про зустріч — {who}</translation>
    </message>
    <message>
        <source>The meeting is still ahead: note what you know now, and finish the report after it. It stays on this computer, in your meeting log.</source>
        <translation>Зустріч ще попереду: запишіть, що знаєте зараз, і завершіть звіт після неї. Він лишається на цьому комп’ютері, у журналі зустрічей.</translation>
    </message>
    <message>
        <source>Write it while it is fresh: it stays on this computer, in your meeting log, and feeds the thank-you email.</source>
        <translation>Напишіть, поки все свіже: звіт лишається на цьому комп’ютері, у журналі зустрічей, і потрапляє в лист із подякою.</translation>
    </message>
    <message>
        <source>e.g. Jesús García, foreign policy adviser</source>
        <translation>напр. Jesús García, радник із зовнішньої політики</translation>
    </message>
    <message>
        <source>for the thank-you, e.g. jesus.garcia@senate.gov</source>
        <translation>для подяки, напр. jesus.garcia@senate.gov</translation>
    </message>
    <message>
        <source>who of us went, separated by commas</source>
        <translation>хто з нас був, через кому</translation>
    </message>
    <message>
        <source>one per line: what the office asked us for</source>
        <translation>по одному в рядку: про що нас попросив офіс</translation>
    </message>
    <message>
        <source>one per line: what we said we would do</source>
        <translation>по одному в рядку: що ми обіцяли зробити</translation>
    </message>
    <message>
        <source>one per line: what they offered to do</source>
        <translation>по одному в рядку: що вони запропонували зробити</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>anything else worth remembering: mood, names, next steps</source>
        <translation>усе інше, що варто запам’ятати: настрій, імена, наступні кроки</translation>
    </message>
    <message>
        <source>Copy Thank-you Text</source>
        <translation>Копіювати подяку</translation>
    </message>
    <message>
        <source>Save the report, then copy a thank-you message to paste into your email</source>
        <translation>Зберегти звіт, потім скопіювати подяку, щоб вставити в лист</translation>
    </message>
    <message>
        <source>Thank-you Email…</source>
        <translation>Лист із подякою…</translation>
    </message>
    <message>
        <source>Save the report, then write an email draft (.eml) with the leave-behind attached</source>
        <translation>Зберегти звіт, потім написати чернетку листа (.eml) з доданою пам’яткою</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>звіт</translation>
    </message>
    <message>
        <source>Report saved; the thank-you text is on the clipboard.</source>
        <translation>Звіт збережено; подяка в буфері обміну.</translation>
    </message>
    <message>
        <source>{count} words — {v0} over the {most} allowed</source>
        <translation>{count} слів — на {v0} більше за дозволені {most}</translation>
    </message>
    <message>
        <source>{count} / {most} words (aim for {aim})</source>
        <translation>{count} / {most} слів (мета: {aim})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your own talking points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваші власні тези&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start from a pack and make it yours: change the wording that works for your offices, add a point for a new bill, keep a rebuttal that worked. The pack that comes with Briefer stays as it is; your copy keeps its point ids, so briefs that use them keep working.</source>
        <translation>Почніть із пакета й зробіть його своїм: змініть формулювання під свої офіси, додайте тезу про новий законопроєкт, збережіть вдале спростування. Пакет, що входить у Briefer, лишається як є; ваша копія зберігає ідентифікатори тез, тож брифи, які їх використовують, працюють далі.</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Почати з «{title}»</translation>
    </message>
    <message>
        <source>A copy of the {points} points, to change as you like</source>
        <translation>Копія тез ({points}), щоб змінювати як завгодно</translation>
    </message>
    <message>
        <source>Open your pack “{title}” ({id})</source>
        <translation>Відкрити ваш пакет «{title}» ({id})</translation>
    </message>
    <message>
        <source>Install a Pack File a Teammate Sent…</source>
        <translation>Встановити файл пакета від колеги…</translation>
    </message>
    <message>
        <source>The page’s headline</source>
        <translation>Заголовок сторінки</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Підзаголовок</translation>
    </message>
    <message>
        <source>One line under it (optional)</source>
        <translation>Один рядок під ним (необов’язково)</translation>
    </message>
    <message>
        <source>Source: title</source>
        <translation>Джерело: назва</translation>
    </message>
    <message>
        <source>The article or report’s title</source>
        <translation>Назва статті чи доповіді</translation>
    </message>
    <message>
        <source>Source: publisher</source>
        <translation>Джерело: видавець</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Хто опублікував</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Рядок про джерело</translation>
    </message>
    <message>
        <source>Printed in every page’s footer. Write the points in your own words and credit where the arguments come from.</source>
        <translation>Друкується в нижньому колонтитулі кожної сторінки. Пишіть тези своїми словами й зазначайте, звідки аргументи.</translation>
    </message>
    <message>
        <source>Source: web address</source>
        <translation>Джерело: вебадреса</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (необов’язково)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Ідентифікатор пакета</translation>
    </message>
    <message>
        <source>Briefs name the pack by this id (lower-case letters, digits, hyphens).</source>
        <translation>Брифи називають пакет цим ідентифікатором (малі латинські літери, цифри, дефіси).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The document language: en, de…</source>
        <translation>Мова документа: en, de…</translation>
    </message>
    <message>
        <source>Label of a claim</source>
        <translation>Мітка твердження</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Claim”</source>
        <translation>Порожньо: із шаблону, інакше «Твердження»</translation>
    </message>
    <message>
        <source>Printed over a misconception’s claim (“They say”, “Claim”).</source>
        <translation>Друкується над твердженням хибного уявлення («Кажуть», «Твердження»).</translation>
    </message>
    <message>
        <source>Label of a response</source>
        <translation>Мітка відповіді</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Response”</source>
        <translation>Порожньо: із шаблону, інакше «Відповідь»</translation>
    </message>
    <message>
        <source>Printed over the response to it (“In fact”, “Response”).</source>
        <translation>Друкується над відповіддю («Насправді», «Відповідь»).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;About this pack&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Про цей пакет&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Four to eight words</source>
        <translation>Від чотирьох до восьми слів</translation>
    </message>
    <message>
        <source>The claim, as critics put it</source>
        <translation>Твердження у викладі критиків</translation>
    </message>
    <message>
        <source>The misconception this point answers</source>
        <translation>Хибне уявлення, на яке відповідає ця теза</translation>
    </message>
    <message>
        <source>Used when the page is full.</source>
        <translation>Використовується, коли сторінка заповнена.</translation>
    </message>
    <message>
        <source>Point id</source>
        <translation>Ідентифікатор тези</translation>
    </message>
    <message>
        <source>Briefs name the point by its id: change it only for a new point.</source>
        <translation>Брифи називають тезу за ідентифікатором: змінюйте його лише в нової тези.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;Point {v0} of {v1}&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Теза {v0} з {v1}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>&amp;Пакети</translation>
    </message>
    <message>
        <source>&amp;Edit Your Packs…</source>
        <translation>&amp;Змінити свої пакети…</translation>
    </message>
    <message>
        <source>Change the talking points, add your own, keep what worked</source>
        <translation>Змінювати тези, додавати свої, зберігати те, що спрацювало</translation>
    </message>
    <message>
        <source>&amp;Use in This Brief</source>
        <translation>&amp;Використати в цьому брифі</translation>
    </message>
    <message>
        <source>&amp;Install Pack File…</source>
        <translation>Вс&amp;тановити файл пакета…</translation>
    </message>
    <message>
        <source>Install a pack a teammate sent you (.brieferpack)</source>
        <translation>Встановити пакет, надісланий колегою (.brieferpack)</translation>
    </message>
    <message>
        <source>&amp;Share This Brief’s Pack…</source>
        <translation>&amp;Поділитися пакетом цього брифу…</translation>
    </message>
    <message>
        <source>Write the pack to one file to send to a teammate</source>
        <translation>Записати пакет в один файл, щоб надіслати колезі</translation>
    </message>
    <message>
        <source>&amp;New Pack from “{title}”</source>
        <translation>&amp;Новий пакет з «{title}»</translation>
    </message>
    <message>
        <source>comes with Briefer</source>
        <translation>входить у Briefer</translation>
    </message>
    <message>
        <source>Saved the pack “{pack_id}”.</source>
        <translation>Пакет «{pack_id}» збережено.</translation>
    </message>
    <message>
        <source>Cannot use the pack</source>
        <translation>Не вдається використати пакет</translation>
    </message>
    <message>
        <source>Use the pack “{title}”</source>
        <translation>Використання пакета «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen point(s) it does not have were left out.</source>
        <translation>
            <numerusform>Пропущено %n вибрану тезу, якої в ньому немає.</numerusform>
            <numerusform>Пропущено %n вибрані тези, яких у ньому немає.</numerusform>
            <numerusform>Пропущено %n вибраних тез, яких у ньому немає.</numerusform>
        </translation>
    </message>
    <message>
        <source>This brief now uses “{title}” ({pack_id}).{note}</source>
        <translation>Тепер цей бриф використовує «{title}» ({pack_id}).{note}</translation>
    </message>
    <message>
        <source>Install a pack</source>
        <translation>Встановити пакет</translation>
    </message>
    <message>
        <source>Cannot install {name}</source>
        <translation>Не вдається встановити {name}</translation>
    </message>
    <message>
        <source>“{id}” is the id of a pack that comes with Briefer; ask whoever made this file to give their pack its own id.</source>
        <translation>«{id}» — ідентифікатор пакета, що входить у Briefer; попросіть автора цього файла дати своєму пакету власний ідентифікатор.</translation>
    </message>
    <message>
        <source>Install the pack “{title}” ({value} talking points, from {publisher})? Briefs can then use it by its id, “{id}”.</source>
        <translation>Встановити пакет «{title}» (тез: {value}, від: {publisher})? Брифи зможуть використовувати його за ідентифікатором «{id}».</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with the one in {name} (“{title}”, {value} talking points)?</source>
        <translation>У вас уже є пакет з ідентифікатором «{id}». Замінити його пакетом з {name} («{title}», тез: {value})?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Встановити</translation>
    </message>
    <message>
        <source>Installed “{title}” ({id}). Packs › Use in This Brief builds the brief with it.</source>
        <translation>Встановлено «{title}» ({id}). Пакети › Використати в цьому брифі збере бриф із ним.</translation>
    </message>
    <message>
        <source>Share a pack</source>
        <translation>Поділитися пакетом</translation>
    </message>
    <message>
        <source>Cannot share the pack</source>
        <translation>Не вдається поділитися пакетом</translation>
    </message>
    <message>
        <source>Wrote {name}: send it to a teammate, who opens it with Briefer.</source>
        <translation>Записано {name}: надішліть колезі, він відкриє його в Briefer.</translation>
    </message>
    <message>
        <source>Kept in “{name}” ({v0}). Save the pack to keep it for the next meetings.</source>
        <translation>Збережено в «{name}» ({v0}). Збережіть пакет, щоб він лишився для наступних зустрічей.</translation>
    </message>
    <message>
        <source>a new pack</source>
        <translation>новий пакет</translation>
    </message>
    <message>
        <source>Briefer did not close properly while you were editing the pack “{name}”. Restore your unsaved changes to it?</source>
        <translation>Briefer закрився некоректно, поки ви редагували пакет «{name}». Відновити незбережені зміни?</translation>
    </message>
    <message>
        <source>The pack’s talking points</source>
        <translation>Тези пакета</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Додати тезу</translation>
    </message>
    <message>
        <source>Add a talking point after the selected one</source>
        <translation>Додати тезу після вибраної</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Угору</translation>
    </message>
    <message>
        <source>Move the point up (Alt+Up)</source>
        <translation>Пересунути тезу вгору (Alt+Вгору)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Униз</translation>
    </message>
    <message>
        <source>Move the point down (Alt+Down)</source>
        <translation>Пересунути тезу вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt; (each section of the page keeps this order)</source>
        <translation>&lt;b&gt;Тези&lt;/b&gt; (кожен розділ сторінки зберігає цей порядок)</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Про цей пакет</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n теза.</numerusform>
            <numerusform>%n тези.</numerusform>
            <numerusform>%n тез.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (marked ⚠).</source>
        <translation>
            <numerusform>%n проблема, яку треба виправити перед збереженням (позначена ⚠).</numerusform>
            <numerusform>%n проблеми, які треба виправити перед збереженням (позначені ⚠).</numerusform>
            <numerusform>%n проблем, які треба виправити перед збереженням (позначені ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Проблем немає.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — your open brief with this pack’s texts</source>
        <translation>&lt;b&gt;Попередній перегляд&lt;/b&gt; — ваш відкритий бриф із текстами цього пакета</translation>
    </message>
    <message>
        <source>Preview of the page with this pack</source>
        <translation>Попередній перегляд сторінки з цим пакетом</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not updated:&lt;/b&gt; the page below is the last one that could be built. Fix the problems marked in red to see your changes.</source>
        <translation>&lt;b&gt;Не оновлено:&lt;/b&gt; нижче остання сторінка, яку вдалося зібрати. Виправте позначені червоним проблеми, щоб побачити зміни.</translation>
    </message>
    <message>
        <source>e.g. {date} or {iso}</source>
        <translation>наприклад, {date} або {iso}</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Вибрати дату в календарі (Alt+Вниз)</translation>
    </message>
    <message>
        <source>{label}: calendar</source>
        <translation>{label}: календар</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Вступ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Факти</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Хибні уявлення</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Хибне уявлення</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Конгрес США</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Законодавчі збори штату США</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Європейський парламент</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Національний парламент</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Будь-яка дата</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Майбутні</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Минулі</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Meetings — Briefer</source>
        <translation>Зустрічі — Briefer</translation>
    </message>
    <message>
        <source>Filter by member…</source>
        <translation>Фільтр за депутатом…</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Будь-яка позиція</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Наступні кроки до терміну</translation>
    </message>
    <message>
        <source>Only meetings whose follow-up is overdue or due in the next two days</source>
        <translation>Лише зустрічі, де наступний крок прострочено або потрібен найближчими двома днями</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meetings yet&lt;/h3&gt;&lt;p&gt;Every page you export, print or build for a lobby day is recorded here against its meeting — so you can see what each office was given, write the report after the meeting and send the thank-you.&lt;/p&gt;&lt;p&gt;The log stays on this computer. File → Export a brief that names a legislator to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Зустрічей поки немає&lt;/h3&gt;&lt;p&gt;Кожна сторінка, яку ви експортуєте, друкуєте чи збираєте для дня лобіювання, записується тут при своїй зустрічі — видно, що отримав кожен офіс, можна написати звіт після зустрічі й надіслати подяку.&lt;/p&gt;&lt;p&gt;Журнал лишається на цьому комп’ютері. Для початку експортуйте (Файл → Експорт) бриф, у якому названо депутата.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write Report…</source>
        <translation>Написати звіт…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer, the page attached</source>
        <translation>Чернетка листа (.eml) співробітникові з доданою сторінкою</translation>
    </message>
    <message>
        <source>Reprint Page…</source>
        <translation>Передрукувати сторінку…</translation>
    </message>
    <message>
        <source>Save the newest page this office was given, exactly as it was</source>
        <translation>Зберегти останню сторінку, яку отримав цей офіс, точно такою, як була</translation>
    </message>
    <message>
        <source>Mark Page &amp;Given</source>
        <translation>Сторінку &amp;передано</translation>
    </message>
    <message>
        <source>You left the newest page with the office: the thank-you will say so</source>
        <translation>Ви залишили останню сторінку в офісі: подяка про це скаже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Експорт журналу…</translation>
    </message>
    <message>
        <source>Write every meeting to a CSV or JSON file for your coordinator</source>
        <translation>Записати всі зустрічі у файл CSV або JSON для координатора</translation>
    </message>
    <message>
        <source>Import Log…</source>
        <translation>Імпорт журналу…</translation>
    </message>
    <message>
        <source>Merge another team&apos;s exported log</source>
        <translation>Об’єднати з експортованим журналом іншої команди</translation>
    </message>
    <message>
        <source>Not &amp;Given</source>
        <translation>&amp;Не передано</translation>
    </message>
    <message>
        <source>Reprint Page</source>
        <translation>Передрукувати сторінку</translation>
    </message>
    <message>
        <source>Cannot reprint the page</source>
        <translation>Не вдається передрукувати сторінку</translation>
    </message>
    <message>
        <source>exactly as given</source>
        <translation>точно така, як передана</translation>
    </message>
    <message>
        <source>rebuilt (this Briefer makes it differently)</source>
        <translation>перезібрана (ця версія Briefer робить її інакше)</translation>
    </message>
    <message>
        <source>Saved {name}: {same}.</source>
        <translation>Збережено {name}: {same}.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Видалити зустріч</translation>
    </message>
    <message>
        <source>Delete the meeting with {who} and its report? The pages already made are kept; only the log forgets them.</source>
        <translation>Видалити зустріч з {who} і її звіт? Уже зроблені сторінки лишаються; забуває їх лише журнал.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Не вдається видалити зустріч</translation>
    </message>
    <message>
        <source>Cannot mark the page</source>
        <translation>Не вдається позначити сторінку</translation>
    </message>
    <message>
        <source>{name} is marked as exported only, not given.</source>
        <translation>{name} позначено лише як експортовану, не передану.</translation>
    </message>
    <message>
        <source>Export Meeting Log</source>
        <translation>Експорт журналу зустрічей</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Everything, for another Briefer (*.json)</source>
        <translation>Таблиця (*.csv);;Усе, для іншого Briefer (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the log</source>
        <translation>Не вдається експортувати журнал</translation>
    </message>
    <message>
        <source>Wrote {count} meetings to {name}: it holds your reports — share it only with your team.</source>
        <translation>Зустрічі ({count}) записано в {name}: там ваші звіти — діліться ним лише зі своєю командою.</translation>
    </message>
    <message>
        <source>Import Meeting Log</source>
        <translation>Імпорт журналу зустрічей</translation>
    </message>
    <message>
        <source>Meeting logs (*.csv *.json)</source>
        <translation>Журнали зустрічей (*.csv *.json)</translation>
    </message>
    <message>
        <source>Cannot import the log</source>
        <translation>Не вдається імпортувати журнал</translation>
    </message>
    <message>
        <source>{added} new meetings, {updated} updated, {unchanged} already here; {reports} reports added.</source>
        <translation>Нових зустрічей: {added}, оновлено: {updated}, уже були: {unchanged}; додано звітів: {reports}.</translation>
    </message>
    <message>
        <source>Imported the meeting log</source>
        <translation>Журнал зустрічей імпортовано</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Пакети</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Новий пакет</translation>
    </message>
    <message>
        <source>Your Packs — Briefer</source>
        <translation>Ваші пакети — Briefer</translation>
    </message>
    <message>
        <source>{name} ({v0})[*] — Pack Editor — Briefer</source>
        <translation>{name} ({v0})[*] — Редактор пакетів — Briefer</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>без ідентифікатора</translation>
    </message>
    <message>
        <source>The open brief uses this pack</source>
        <translation>Відкритий бриф використовує цей пакет</translation>
    </message>
    <message>
        <source>Save the pack first, then build the open brief with it</source>
        <translation>Спершу збережіть пакет, потім зберіть із ним відкритий бриф</translation>
    </message>
    <message>
        <source>Build the open brief with this pack</source>
        <translation>Зібрати відкритий бриф із цим пакетом</translation>
    </message>
    <message>
        <source>A copy of “{title}”: change it, then Save.</source>
        <translation>Копія «{title}»: змініть її, потім «Зберегти».</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Не вдається відкрити пакет</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>This point prints its &lt;b&gt;{variant}&lt;/b&gt; text.</source>
        <translation>Ця теза друкує текст: &lt;b&gt;{variant}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This point is not on the page.</source>
        <translation>Цієї тези немає на сторінці.</translation>
    </message>
    <message>
        <source>&lt;i&gt;On the preview page:&lt;/i&gt; {note}</source>
        <translation>&lt;i&gt;На сторінці попереднього перегляду:&lt;/i&gt; {note}</translation>
    </message>
    <message>
        <source>Edit the pack’s {v0}</source>
        <translation>Редагування пакета: {v0}</translation>
    </message>
    <message>
        <source>point {value}</source>
        <translation>теза {value}</translation>
    </message>
    <message>
        <source>Edit {v0} of “{title}”</source>
        <translation>Редагування: {v0} у «{title}»</translation>
    </message>
    <message>
        <source>Edit {v0} for {audience} of “{title}”</source>
        <translation>Змінити {v0} для: {audience} у «{title}»</translation>
    </message>
    <message>
        <source>Make “{title}” a {v0}</source>
        <translation>«{title}» як: {v0}</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Додавання тези</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Вилучення «{title}»</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as the {how} text of “{name}”</source>
        <translation>Зберегти текст зустрічі як текст ({how}) «{name}»</translation>
    </message>
    <message>
        <source>{value} (our wording)</source>
        <translation>{value} (наше формулювання)</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as a new point “{title}”</source>
        <translation>Зберегти текст зустрічі як нову тезу «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n problem(s) marked in red first.</source>
        <translation>
            <numerusform>Не збережено: спершу виправте %n проблему, позначену червоним.</numerusform>
            <numerusform>Не збережено: спершу виправте %n проблеми, позначені червоним.</numerusform>
            <numerusform>Не збережено: спершу виправте %n проблем, позначених червоним.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a pack</source>
        <translation>Замінити пакет</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with this one?</source>
        <translation>У вас уже є пакет з ідентифікатором «{id}». Замінити його цим?</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не збережено: {message}</translation>
    </message>
    <message>
        <source>Cannot save the pack</source>
        <translation>Не вдається зберегти пакет</translation>
    </message>
    <message>
        <source>Saved “{title}” in your packs ({id}).</source>
        <translation>«{title}» збережено у ваших пакетах ({id}).</translation>
    </message>
    <message>
        <source>Pack toolbar</source>
        <translation>Панель пакета</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Новий пакет</translation>
    </message>
    <message>
        <source>Start a pack from a copy of another one</source>
        <translation>Почати пакет із копії іншого</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open one of your packs</source>
        <translation>Відкрити один із ваших пакетів</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Check the pack and save it in your packs (Ctrl+S)</source>
        <translation>Перевірити пакет і зберегти у ваших пакетах (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Use in This Brief</source>
        <translation>Використати в цьому брифі</translation>
    </message>
    <message>
        <source>Start from “{title}” ({id})</source>
        <translation>Почати з «{title}» ({id})</translation>
    </message>
    <message>
        <source>No packs of your own yet</source>
        <translation>Власних пакетів поки немає</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes more than the whole page.</source>
        <translation>Спершу скоротіть прохання: разом із даними зустрічі воно займає більше за всю сторінку.</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes {share} of the page.</source>
        <translation>Спершу скоротіть прохання: разом із даними зустрічі воно займає {share} сторінки.</translation>
    </message>
    <message numerus="yes">
        <source>Or leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Або приберіть %n тезу, щоб усе вмістилося: {points}.</numerusform>
            <numerusform>Або приберіть ці %n тези, щоб усе вмістилося: {points}.</numerusform>
            <numerusform>Або приберіть ці %n тез, щоб усе вмістилося: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Приберіть %n тезу, щоб усе вмістилося: {points}.</numerusform>
            <numerusform>Приберіть ці %n тези, щоб усе вмістилося: {points}.</numerusform>
            <numerusform>Приберіть ці %n тез, щоб усе вмістилося: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or shorten your text for them.</source>
        <translation>
            <numerusform>Або скоротіть свій текст до неї.</numerusform>
            <numerusform>Або скоротіть свої тексти до них.</numerusform>
            <numerusform>Або скоротіть свої тексти до них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long:</source>
        <translation>Задовго:</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет матеріалів</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Світлий логотип</translation>
    </message>
    <message>
        <source>{field} left out: {path}: {why}.</source>
        <translation>Пропущено: {field}: {path}: {why}.</translation>
    </message>
    <message>
        <source>{field} left out: {path} is outside the brief’s folder.</source>
        <translation>Пропущено: {field}: {path} розташовано поза текою брифу.</translation>
    </message>
    <message>
        <source>{name} was opened without some files</source>
        <translation>{name} відкрито без деяких файлів</translation>
    </message>
    <message>
        <source>To use a file, copy it into the brief’s folder and choose it there.</source>
        <translation>Щоб використати файл, скопіюйте його в теку брифу й виберіть його там.</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Тексти мовою</translation>
    </message>
    <message>
        <source>{language} (the pack’s own)</source>
        <translation>{language} (мова пакета)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to write in {language} (marked ○).</source>
        <translation>
            <numerusform>%n текст треба написати ({language}, позначено ○).</numerusform>
            <numerusform>%n тексти треба написати ({language}, позначено ○).</numerusform>
            <numerusform>%n текстів треба написати ({language}, позначено ○).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every text is written in {language}.</source>
        <translation>Усі тексти написано: {language}.</translation>
    </message>
    <message>
        <source>Edit the {language} text</source>
        <translation>Змінити текст ({language})</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster of who comes (CSV: name, zip, town, and state_district for the state seats they live in, like IL House 11): their members of Congress and state legislators, one meeting each</source>
        <translation>Спланувати зустрічі за списком учасників (CSV: name, zip, town і state_district — округи штату, де вони живуть, наприклад IL House 11): їхні члени Конгресу та законодавці штату, по одній зустрічі з кожним</translation>
    </message>
    <message>
        <source>Rosters (*.csv);;All files (*)</source>
        <translation>Списки учасників (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>No ZIP data is imported, so the roster’s ZIP codes cannot be matched to members. Use File → Import Legislators… with the ZIP-to-district file first.</source>
        <translation>Дані ZIP не імпортовано, тому поштові індекси зі списку не можна зіставити з депутатами. Спершу скористайтеся Файл → Імпорт депутатів… з файлом відповідності ZIP і округів.</translation>
    </message>
    <message>
        <source>Planned {meetings} meetings for {people} people ({state} with state legislators) into {file}. Fill in the dates and times, then Build.</source>
        <translation>Сплановано зустрічей: {meetings} для учасників: {people} (із законодавцями штату: {state}), збережено в {file}. Заповніть дати й час, потім натисніть «Зібрати».</translation>
    </message>
    <message>
        <source>Cannot plan the meetings</source>
        <translation>Не вдається спланувати зустрічі</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Виберіть список учасників</translation>
    </message>
    <message>
        <source>No one on the roster could be planned.</source>
        <translation>Ні для кого зі списку не вдалося спланувати зустріч.</translation>
    </message>
    <message>
        <source>Save the planned meetings</source>
        <translation>Зберегти сплановані зустрічі</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>Зустрічі сплановано</translation>
    </message>
    <message>
        <source>Claim (what its proponents conclude)</source>
        <translation>Твердження (висновок його прихильників)</translation>
    </message>
    <message>
        <source>Response, short</source>
        <translation>Відповідь, коротка</translation>
    </message>
    <message>
        <source>Response, long</source>
        <translation>Відповідь, довга</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Its own words for {audience}. Clear a field to use the default text.</source>
        <translation>Власні слова для: {audience}. Очистіть поле, щоб використати типовий текст.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}. Type in a field to write its words for {audience}.</source>
        <translation>Використовує типовий текст для: {audience}. Введіть текст у поле, щоб написати слова для: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text: {text}</source>
        <translation>Використовує типовий текст: {text}</translation>
    </message>
    <message>
        <source>the default text: {count} words</source>
        <translation>типовий текст: слів: {count}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>the print system did not take the page ({exc})</source>
        <translation>система друку не прийняла сторінку ({exc})</translation>
    </message>
    <message>
        <source>lp exited with {code}</source>
        <translation>lp завершився з кодом {code}</translation>
    </message>
    <message>
        <source>the printer “{name}” did not take the page: {detail}</source>
        <translation>принтер «{name}» не прийняв сторінку: {detail}</translation>
    </message>
    <message>
        <source>briefer build</source>
        <translation>briefer build</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>експортовано</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>надруковано</translation>
    </message>
    <message>
        <source>lobby day</source>
        <translation>день лобіювання</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>due</source>
        <translation>час</translation>
    </message>
    <message>
        <source>done</source>
        <translation>зроблено</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n зустріч</numerusform>
            <numerusform>%n зустрічі</numerusform>
            <numerusform>%n зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {all} shown</source>
        <translation>
            <numerusform>показано %n з {all}</numerusform>
            <numerusform>показано %n з {all}</numerusform>
            <numerusform>показано %n з {all}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n наступний крок прострочено</numerusform>
            <numerusform>%n наступні кроки прострочено</numerusform>
            <numerusform>%n наступних кроків прострочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n незабаром</numerusform>
            <numerusform>%n незабаром</numerusform>
            <numerusform>%n незабаром</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a report</source>
        <translation>
            <numerusform>%n чекає на звіт</numerusform>
            <numerusform>%n чекають на звіт</numerusform>
            <numerusform>%n чекають на звіт</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Прохання</translation>
    </message>
    <message>
        <source>We met</source>
        <translation>З ким зустрілися</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>({count}, {given} given to the office)</source>
        <translation>({count}, передано до офісу: {given})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>not marked given</source>
        <translation>не позначено як передану</translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n короткий</numerusform>
            <numerusform>%n короткі</numerusform>
            <numerusform>%n коротких</numerusform>
        </translation>
    </message>
    <message>
        <source>Follows the audience: the pack&apos;s ask for {audience}, as the page prints it. Edit it to write your own.</source>
        <translation>Іде за аудиторією: прохання пакета для {audience}, як його друкує сторінка. Змініть його, щоб написати своє.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Конгрес</translation>
    </message>
    <message>
        <source>Other legislators (CSV)</source>
        <translation>Інші депутати (CSV)</translation>
    </message>
    <message>
        <source>{members} and {committees}</source>
        <translation>{members} і {committees}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n депутат</numerusform>
            <numerusform>%n депутати</numerusform>
            <numerusform>%n депутатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n комітет</numerusform>
            <numerusform>%n комітети</numerusform>
            <numerusform>%n комітетів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Member(s) of the European Parliament from {source}</source>
        <translation>
            <numerusform>%n депутат Європарламенту з {source}</numerusform>
            <numerusform>%n депутати Європарламенту з {source}</numerusform>
            <numerusform>%n депутатів Європарламенту з {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>States: {names}</source>
        <translation>Штати: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n member(s), imported {date}</source>
        <translation>
            <numerusform>{label}: %n депутат, імпортовано {date}</numerusform>
            <numerusform>{label}: %n депутати, імпортовано {date}</numerusform>
            <numerusform>{label}: %n депутатів, імпортовано {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>, data of {date}</source>
        <translation>, дані від {date}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the page has no way to reach you: no organisation, name, email or phone</source>
        <translation>на сторінці немає способу зв’язатися з вами: ні організації, ні імені, ні e-mail, ні телефону</translation>
    </message>
    <message>
        <source>Add at least one on the Sender tab, so the office knows whom to call back.</source>
        <translation>Вкажіть хоча б щось одне на вкладці «Відправник», щоб офіс знав, кому передзвонити.</translation>
    </message>
    <message>
        <source>the brief has no ask: a leave-behind without an explicit ask is weak</source>
        <translation>у брифі немає прохання: пам’ятка без чіткого прохання слабка</translation>
    </message>
    <message>
        <source>unknown block id &apos;{id}&apos;</source>
        <translation>невідомий ідентифікатор тези «{id}»</translation>
    </message>
    <message>
        <source>block &apos;{id}&apos; is chosen twice</source>
        <translation>тезу «{id}» вибрано двічі</translation>
    </message>
    <message>
        <source>edit for unknown block id &apos;{id}&apos;</source>
        <translation>власний текст для невідомого ідентифікатора тези «{id}»</translation>
    </message>
    <message>
        <source>unknown paper &apos;{paper}&apos; (letter or a4)</source>
        <translation>невідомий формат паперу «{paper}» (letter або a4)</translation>
    </message>
    <message numerus="yes">
        <source>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</source>
        <translation>
            <numerusform>шаблон «{name}» показує %n тезу, спершу по одній кожного виду (відповідь на хибне уявлення, рекомендація, факти); не увійшли: {left_out}</numerusform>
            <numerusform>шаблон «{name}» показує %n тези, спершу по одній кожного виду (відповідь на хибне уявлення, рекомендація, факти); не увійшли: {left_out}</numerusform>
            <numerusform>шаблон «{name}» показує %n тез, спершу по одній кожного виду (відповідь на хибне уявлення, рекомендація, факти); не увійшли: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</source>
        <translation>
            <numerusform>у проханні %n слово: одне речення приблизно до {most} слів прочитають і запам’ятають; аргументи можна перенести в тези</numerusform>
            <numerusform>у проханні %n слова: одне речення приблизно до {most} слів прочитають і запам’ятають; аргументи можна перенести в тези</numerusform>
            <numerusform>у проханні %n слів: одне речення приблизно до {most} слів прочитають і запам’ятають; аргументи можна перенести в тези</numerusform>
        </translation>
    </message>
    <message>
        <source>template &apos;{name}&apos; has no place for: {points}</source>
        <translation>у шаблоні «{name}» немає місця для: {points}</translation>
    </message>
    <message>
        <source>use a date like 2026-12-03 or Dec 3, 2026</source>
        <translation>введіть дату у вигляді 2026-12-03 або Dec 3, 2026</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: {why}</source>
        <translation>«{raw}» — не дата: {why}</translation>
    </message>
    <message>
        <source>unknown month &apos;{name}&apos;</source>
        <translation>невідомий місяць «{name}»</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>місяця {month} не існує</translation>
    </message>
    <message>
        <source>that month has no day {day}</source>
        <translation>у цьому місяці немає дня {day}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a meeting&apos;s date: the year must be from {first} to {last}</source>
        <translation>«{raw}» — не дата зустрічі: рік має бути від {first} до {last}</translation>
    </message>
    <message>
        <source>unknown date order &apos;{order}&apos;: use mdy or dmy</source>
        <translation>невідомий порядок дати «{order}»: вкажіть mdy або dmy</translation>
    </message>
    <message>
        <source>the date is empty: {example}</source>
        <translation>дату не вказано: {example}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not agree: {date} is a {weekday}</source>
        <translation>«{raw}» не збігається: {date} — це {weekday}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date in {order} order</source>
        <translation>«{raw}» — не дата в порядку {order}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads two ways: {mdy} (month first) or {dmy} (day first); write {first} or {second}</source>
        <translation>«{raw}» можна прочитати двояко: {mdy} (спершу місяць) або {dmy} (спершу день); напишіть {first} або {second}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>місяць/день/рік</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>день/місяць/рік</translation>
    </message>
    <message>
        <source>use a time like 10:30, 2:30 pm or 14:30</source>
        <translation>введіть час у вигляді 10:30, 2:30 pm або 14:30</translation>
    </message>
    <message>
        <source>with am/pm the hour is 1 to 12</source>
        <translation>з am/pm година — від 1 до 12</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a time: {why}</source>
        <translation>«{raw}» — не час: {why}</translation>
    </message>
    <message>
        <source>the time is empty: {example}</source>
        <translation>час не вказано: {example}</translation>
    </message>
    <message>
        <source>minutes go up to 59</source>
        <translation>хвилини — не більше 59</translation>
    </message>
    <message>
        <source>hours go up to 23</source>
        <translation>години — не більше 23</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads as {time} AM: write {time} pm, or {early} for the early morning</source>
        <translation>«{raw}» читається як {time} ночі (AM): напишіть {time} pm або {early}, якщо йдеться про ранній ранок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Депутат</translation>
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
        <translation>Округ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Комітети</translation>
    </message>
    <message>
        <source>Subcommittees</source>
        <translation>Підкомітети</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Посада працівника</translation>
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
        <translation>Місце</translation>
    </message>
    <message>
        <source>Filled from the directory</source>
        <translation>Заповнено з довідника</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офіс</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Телефон офісу</translation>
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
        <source>Name (sender)</source>
        <translation>Ім’я (відправник)</translation>
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
        <source>About us</source>
        <translation>Про нас</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Світлий логотип</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Прохання</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законопроєкт</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Назва законопроєкту</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Чому цей офіс</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адреса QR-коду</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Мова сторінки</translation>
    </message>
    <message>
        <source>Text where the page&apos;s language has none</source>
        <translation>Текст там, де мовою сторінки його немає</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет матеріалів</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тези</translation>
    </message>
    <message>
        <source>Your texts for the talking points</source>
        <translation>Ваші тексти тез</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Briefer format version</source>
        <translation>Версія формату Briefer</translation>
    </message>
    <message>
        <source>(--template {name}; in the app, Format › Template Gallery)</source>
        <translation>(Формат › Галерея шаблонів, «{name}»)</translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; template prints the ask with a response, a recommendation and the evidence in large type {how}</source>
        <translation>шаблон «{name}» друкує прохання з відповіддю на хибне уявлення, рекомендацією і фактами великим шрифтом {how}</translation>
    </message>
    <message>
        <source>the text is set at {size} pt, small for a busy reader: {offer}</source>
        <translation>текст набрано кеглем {size} пт, дрібно для зайнятого читача: {offer}</translation>
    </message>
    <message>
        <source>the logo has no organisation name to describe it to a screen reader (it is read as &apos;Logo&apos;): fill in sender.organization</source>
        <translation>у логотипа немає назви організації, якою екранний читач міг би його описати (він читається як «Logo»): вкажіть організацію на вкладці «Відправник»</translation>
    </message>
    <message>
        <source>banner&apos;s colour</source>
        <translation>кольором банера</translation>
    </message>
    <message>
        <source>sidebar&apos;s colour</source>
        <translation>кольором бічної колонки</translation>
    </message>
    <message>
        <source>the light version of the logo has too little contrast with the {where} ({background}): it is printed on a white plate</source>
        <translation>світлий варіант логотипа надто слабко контрастує з {where} ({background}): його друкують на білій підкладці</translation>
    </message>
    <message>
        <source>the logo has too little contrast with the {where} ({background}): it is printed on a white plate; a light version of the logo (sender.logo_light) would print without one</source>
        <translation>логотип надто слабко контрастує з {where} ({background}): його друкують на білій підкладці; світлий варіант логотипа («Світлий логотип» на вкладці «Відправник») обійшовся б без неї</translation>
    </message>
    <message>
        <source>the logo {name} prints at {dpi} dpi and will look blurred: use one at least {need} pixels wide (or an SVG)</source>
        <translation>логотип {name} друкується з роздільністю {dpi} dpi і буде розмитим: візьміть зображення завширшки щонайменше {need} пікселів (або SVG)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address: write it in full, such as https://example.org/report</source>
        <translation>«{url}» — не вебадреса: напишіть її повністю, наприклад https://example.org/report</translation>
    </message>
    <message>
        <source>the QR code&apos;s address is too long: use a shorter link</source>
        <translation>адреса QR-коду задовга: візьміть коротше посилання</translation>
    </message>
    <message numerus="yes">
        <source>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</source>
        <translation>
            <numerusform>бічна панель довша приблизно на %n рядок: скоротіть прохання або дані про зустріч чи виберіть інший шаблон</numerusform>
            <numerusform>бічна панель довша приблизно на %n рядки: скоротіть прохання або дані про зустріч чи виберіть інший шаблон</numerusform>
            <numerusform>бічна панель довша приблизно на %n рядків: скоротіть прохання або дані про зустріч чи виберіть інший шаблон</numerusform>
        </translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Конгрес США</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Законодавчі збори штату США</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Європейський парламент</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Національний парламент</translation>
    </message>
    <message>
        <source>the audience is {audience} ({id}), but {who} sits in {body}: the headings, dates and paper speak to the wrong body; choose {found}, or no audience to follow the meeting</source>
        <translation>аудиторія — {audience} ({id}), але {who} засідає в іншому органі: {body}; заголовки, дати й папір звернені не до того органу; виберіть {found} або не вказуйте аудиторію, щоб вона випливала із зустрічі</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>депутат</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Pack, or why there is none</source>
        <translation>Матеріали або чому їх немає</translation>
    </message>
    <message>
        <source>Run &amp;Failed Lines Again</source>
        <translation>Повторити &amp;невдалі рядки</translation>
    </message>
    <message numerus="yes">
        <source>Built {built} of %n meeting(s)</source>
        <translation>
            <numerusform>Підготовлено {built} з %n зустрічі</numerusform>
            <numerusform>Підготовлено {built} з %n зустрічей</numerusform>
            <numerusform>Підготовлено {built} з %n зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>{meetings}, {files}, the schedule ({index}) and the calendar ({calendar}).</source>
        <translation>{meetings}, {files}, розклад ({index}) і календар ({calendar}).</translation>
    </message>
    <message>
        <source>{meetings}, {files}.</source>
        <translation>{meetings}, {files}.</translation>
    </message>
    <message>
        <source>Cancelled. {text} The schedule ({index}) was not written; meetings already under way when you cancelled may have been written too.</source>
        <translation>Скасовано. {text} Розклад ({index}) не записано; зустрічі, які вже готувалися в момент скасування, могли бути записані.</translation>
    </message>
    <message>
        <source>{text} {failed}</source>
        <translation>{text} {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) could not be built:</source>
        <translation>
            <numerusform>Не вдалося підготувати %n зустріч:</numerusform>
            <numerusform>Не вдалося підготувати %n зустрічі:</numerusform>
            <numerusform>Не вдалося підготувати %n зустрічей:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Рядок {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {stem} ({kinds})</source>
        <translation>Рядок {line}: {stem} ({kinds})</translation>
    </message>
    <message>
        <source>Line {line}: not built — {reason}</source>
        <translation>Рядок {line}: не підготовлено — {reason}</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Не підготовлено</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не запускалося</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>не в цьому запуску</translation>
    </message>
    <message>
        <source>{status} — check</source>
        <translation>{status} — перевірте</translation>
    </message>
    <message>
        <source>no legislator</source>
        <translation>депутата не вказано</translation>
    </message>
    <message>
        <source>Line {line}: {who}</source>
        <translation>Рядок {line}: {who}</translation>
    </message>
    <message>
        <source>Built: {files} (double-click to open)</source>
        <translation>Готово: {files} (подвійне клацання відкриє)</translation>
    </message>
    <message>
        <source>Not built: {reason}</source>
        <translation>Не підготовлено: {reason}</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Перевірте: {warning}</translation>
    </message>
    <message>
        <source>an attendee is empty</source>
        <translation>учасника не вказано</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write an attendee as Name (ZIP), like Anna Kowalska (03301)</source>
        <translation>«{value}»: запишіть учасника як Ім’я (ZIP), наприклад Anna Kowalska (03301)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no name before the ZIP</source>
        <translation>«{value}»: перед ZIP немає імені</translation>
    </message>
    <message>
        <source>{person} may live in {where} (the ZIP spans {spans}): not named on the page; check the street address (then confirmed: true names them)</source>
        <translation>{person}, можливо, живе в {where} (ZIP охоплює {spans}): не названо на сторінці; перевірте адресу (тоді confirmed: true назве учасника)</translation>
    </message>
    <message>
        <source>constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); their town and state are used as given</source>
        <translation>виборців не перевірено: дані ZIP не імпортовано (briefer legislators import zccd.csv); місто й штат узято як вказано</translation>
    </message>
    <message>
        <source>constituents not checked: the meeting names no state and chamber</source>
        <translation>виборців не перевірено: у зустрічі не вказано штат і палату</translation>
    </message>
    <message>
        <source>{person} gives {given}, not {state}: not named as a constituent</source>
        <translation>{person} вказує {given}, а не {state}: не названо виборцем</translation>
    </message>
    <message>
        <source>{person} has no ZIP: not checked as a constituent</source>
        <translation>{person} не має ZIP: не перевірено як виборця</translation>
    </message>
    <message>
        <source>{person}: ZIP {zip} is not in the ZIP data (PO-box ZIPs are missing): not checked</source>
        <translation>{person}: ZIP {zip} немає в даних ZIP (у них немає ZIP абонентських скриньок): не перевірено</translation>
    </message>
    <message>
        <source>{person} lives in {places}, not {seat}: not named as a constituent</source>
        <translation>{person} живе в {places}, а не в {seat}: не названо виборцем</translation>
    </message>
    <message>
        <source>{person} lives in {state}, but a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person} живе в {state}, але за ZIP не можна визначити округ {place}: підтвердьте учасника як виборця, щоб назвати його на сторінці</translation>
    </message>
    <message>
        <source>{person} a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person}: за ZIP не можна визначити округ {place}: підтвердьте учасника як виборця, щоб назвати його на сторінці</translation>
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
        <translation>сенатор від штату {state}</translation>
    </message>
    <message numerus="yes">
        <source>too long for one page by about %n lines even at {size} pt with short texts</source>
        <translation>
            <numerusform>довше за одну сторінку приблизно на %n рядок навіть при {size} pt і коротких текстах</numerusform>
            <numerusform>довше за одну сторінку приблизно на %n рядки навіть при {size} pt і коротких текстах</numerusform>
            <numerusform>довше за одну сторінку приблизно на %n рядків навіть при {size} pt і коротких текстах</numerusform>
        </translation>
    </message>
    <message>
        <source>{head}: shorten the ask, the edits or the contact details</source>
        <translation>{head}: скоротіть прохання, свої правки або контактні дані</translation>
    </message>
</context>
</TS>
