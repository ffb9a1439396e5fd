<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Briefer ran into an unexpected problem. Your brief is kept for recovery; saving or exporting again usually works.</source>
        <translation>Briefer столкнулся с неожиданной проблемой. Ваш бриф сохранён для восстановления; повторное сохранение или экспорт обычно помогает.</translation>
    </message>
    <message>
        <source>{summary}

Details were written to {log}</source>
        <translation>{summary}

Подробности записаны в {log}</translation>
    </message>
    <message>
        <source>Briefer briefs (*.yaml *.yml);;All files (*)</source>
        <translation>Брифы Briefer (*.yaml *.yml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Сохранить изменения в «{name}»?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don’t save them.</source>
        <translation>Изменения будут потеряны, если их не сохранить.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>A file outside the brief’s folder</source>
        <translation>Файл вне папки брифа</translation>
    </message>
    <message>
        <source>This brief’s {field} points outside its folder: {path}. Use it?</source>
        <translation>{field} этого брифа указывает за пределы его папки: {path}. Использовать?</translation>
    </message>
    <message>
        <source>Say Yes only if you trust whoever made the brief: a brief from someone else could put a file from your computer on the page. Yes allows it for this brief only.</source>
        <translation>Отвечайте «Да», только если доверяете автору брифа: чужой бриф может поместить на страницу файл с вашего компьютера. «Да» разрешает это только для этого брифа.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <source>Line: {line}</source>
        <translation>Строка: {line}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Поле: {field}</translation>
    </message>
    <message>
        <source>Print leave-behind</source>
        <translation>Печать памятки</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>Start a new brief</source>
        <translation>Начать новый бриф</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a brief</source>
        <translation>Открыть бриф</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the brief</source>
        <translation>Сохранить бриф</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the brief under a new name</source>
        <translation>Сохранить бриф под новым именем</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export the page as a PDF</source>
        <translation>Экспортировать страницу в PDF</translation>
    </message>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>Экспорт в документ &amp;Word…</translation>
    </message>
    <message>
        <source>Export the page as a Word document (DOCX)</source>
        <translation>Экспортировать страницу в документ Word (DOCX)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Напечатать страницу</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Скопировать текст для письма в офис перед встречей</translation>
    </message>
    <message>
        <source>Copy Read-ahead &amp;Text</source>
        <translation>Копировать &amp;текст для письма</translation>
    </message>
    <message>
        <source>&amp;Import Legislators…</source>
        <translation>Импорт &amp;депутатов…</translation>
    </message>
    <message>
        <source>Import the members and their committees, to look them up by name</source>
        <translation>Импортировать депутатов и их комитеты, чтобы искать их по имени</translation>
    </message>
    <message>
        <source>&amp;Lobby Day…</source>
        <translation>День &amp;лоббирования…</translation>
    </message>
    <message>
        <source>Build a leave-behind for every meeting in a CSV, and the day&apos;s schedule</source>
        <translation>Подготовить памятку для каждой встречи из CSV и расписание дня</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Закрыть окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>&amp;Страница целиком</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>Briefer &amp;Guide</source>
        <translation>&amp;Руководство Briefer</translation>
    </message>
    <message>
        <source>Open the user guide (it is part of Briefer: no internet needed)</source>
        <translation>Открыть руководство (оно входит в Briefer: интернет не нужен)</translation>
    </message>
    <message>
        <source>&amp;About Briefer</source>
        <translation>&amp;О Briefer</translation>
    </message>
    <message>
        <source>Template &amp;Gallery…</source>
        <translation>&amp;Галерея шаблонов…</translation>
    </message>
    <message>
        <source>Every template with this brief</source>
        <translation>Все шаблоны с этим брифом</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;мат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>No recent briefs</source>
        <translation>Нет недавних брифов</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Очистить меню</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Select a talking point to see and edit its text.</source>
        <translation>Выберите тезис, чтобы увидеть и изменить его текст.</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>This point uses your own text</source>
        <translation>В этом тезисе ваш собственный текст</translation>
    </message>
    <message>
        <source>Words for the audience</source>
        <translation>Слова для аудитории</translation>
    </message>
    <message>
        <source>Words for:</source>
        <translation>Слова для:</translation>
    </message>
    <message>
        <source>Write this point’s words for the audience in your own pack (opens the pack editor; nothing changes until you save)</source>
        <translation>Написать слова этого пункта для аудитории в своём пакете (откроется редактор пакетов; ничего не изменится, пока вы не сохраните)</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Краткий текст</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <source>Your text for this meeting</source>
        <translation>Ваш текст для этой встречи</translation>
    </message>
    <message>
        <source>Empty: the pack’s text is used. Type here to use your own words for this meeting.</source>
        <translation>Пусто: используется текст пакета. Пишите здесь, чтобы на этой встрече были ваши слова.</translation>
    </message>
    <message>
        <source>Start from the pack’s text</source>
        <translation>Начать с текста пакета</translation>
    </message>
    <message>
        <source>Copy the long text into your text, to shorten or adapt it</source>
        <translation>Скопировать полный текст в ваш, чтобы сократить или изменить его</translation>
    </message>
    <message>
        <source>Reset to original</source>
        <translation>Вернуть исходный</translation>
    </message>
    <message>
        <source>Remove your text and use the pack’s again</source>
        <translation>Удалить ваш текст и снова использовать текст пакета</translation>
    </message>
    <message>
        <source>Keep in My Pack</source>
        <translation>Сохранить в моём пакете</translation>
    </message>
    <message>
        <source>Keep this wording for the next meetings: in your own pack, as this point’s short or long text or as a new point (opens the pack editor; nothing changes until you save)</source>
        <translation>Сохранить эту формулировку для следующих встреч: в вашем пакете, как краткий или полный текст этого тезиса или как новый тезис (откроет редактор пакетов; ничего не изменится, пока вы не сохраните)</translation>
    </message>
    <message>
        <source>As This Point’s Long Text</source>
        <translation>Как полный текст этого тезиса</translation>
    </message>
    <message>
        <source>As This Point’s Short Text</source>
        <translation>Как краткий текст этого тезиса</translation>
    </message>
    <message>
        <source>As a New Point</source>
        <translation>Как новый тезис</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your text for this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ваш текст для этой встречи&lt;/b&gt;</translation>
    </message>
    <message>
        <source>on the page</source>
        <translation>на странице</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>На странице</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбран</translation>
    </message>
    <message>
        <source>your text is used</source>
        <translation>используется ваш текст</translation>
    </message>
    <message>
        <source>the fit uses the short text</source>
        <translation>на странице краткий текст</translation>
    </message>
    <message>
        <source>the fit uses the long text</source>
        <translation>на странице полный текст</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (the pack’s long texts keep to {limit})</source>
        <translation>
            <numerusform>%n слово (полные тексты пакета — не больше {limit})</numerusform>
            <numerusform>%n слова (полные тексты пакета — не больше {limit})</numerusform>
            <numerusform>%n слов (полные тексты пакета — не больше {limit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Its own words for {audience}.</source>
        <translation>Свои слова для: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}.</source>
        <translation>Использует текст по умолчанию для: {audience}.</translation>
    </message>
    <message>
        <source>Edit Words for {audience}…</source>
        <translation>Изменить слова для: {audience}…</translation>
    </message>
    <message>
        <source>Write Words for {audience}…</source>
        <translation>Написать слова для: {audience}…</translation>
    </message>
    <message>
        <source>Edit text of “{title}”</source>
        <translation>Правка текста «{title}»</translation>
    </message>
    <message>
        <source>Reset “{title}”</source>
        <translation>Сброс «{title}»</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the selected point up within its section (Alt+Up)</source>
        <translation>Передвинуть выбранный тезис вверх в его разделе (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move the selected point down within its section (Alt+Down)</source>
        <translation>Передвинуть выбранный тезис вниз в его разделе (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Tick the points for this meeting; drag to reorder within a section.</source>
        <translation>Отметьте тезисы для этой встречи; перетаскивайте, чтобы менять порядок в разделе.</translation>
    </message>
    <message>
        <source>{chosen} of {all}</source>
        <translation>{chosen} из {all}</translation>
    </message>
    <message>
        <source>too long: cut?</source>
        <translation>слишком длинно: убрать?</translation>
    </message>
    <message>
        <source>The page is too long: leaving it out helps.</source>
        <translation>Страница слишком длинная: без этого тезиса станет лучше.</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменён</translation>
    </message>
    <message>
        <source>Not on the page. Your text:</source>
        <translation>Не на странице. Ваш текст:</translation>
    </message>
    <message>
        <source>Not on the page. Short text:</source>
        <translation>Не на странице. Краткий текст:</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>ваш текст</translation>
    </message>
    <message>
        <source>On the page, in your text for this meeting:</source>
        <translation>На странице, в вашем тексте для этой встречи:</translation>
    </message>
    <message>
        <source>long</source>
        <translation>полный</translation>
    </message>
    <message>
        <source>short</source>
        <translation>краткий</translation>
    </message>
    <message>
        <source>On the page, in its long text:</source>
        <translation>На странице, полным текстом:</translation>
    </message>
    <message>
        <source>On the page, in its short text:</source>
        <translation>На странице, кратким текстом:</translation>
    </message>
    <message>
        <source>Chosen (the preview is being updated):</source>
        <translation>Выбран (предпросмотр обновляется):</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не показан</translation>
    </message>
    <message>
        <source>Chosen, but this template has no place for it:</source>
        <translation>Выбран, но в этом шаблоне для него нет места:</translation>
    </message>
    <message>
        <source>Chosen, but the page could not be built:</source>
        <translation>Выбран, но страницу не удалось собрать:</translation>
    </message>
    <message>
        <source>Uses its default words for {audience}.</source>
        <translation>Использует слова по умолчанию для: {audience}.</translation>
    </message>
    <message>
        <source>They name another body: “{names}”.</source>
        <translation>В них названа другая институция: «{names}».</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) chosen</source>
        <translation>
            <numerusform>выбран %n тезис</numerusform>
            <numerusform>выбрано %n тезиса</numerusform>
            <numerusform>выбрано %n тезисов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the page</source>
        <translation>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
            <numerusform>%n на странице</numerusform>
        </translation>
    </message>
    <message>
        <source>A leave-behind needs at least one talking point.</source>
        <translation>В памятке нужен хотя бы один тезис.</translation>
    </message>
    <message>
        <source>Choose “{title}”</source>
        <translation>Выбор «{title}»</translation>
    </message>
    <message>
        <source>Leave out “{title}”</source>
        <translation>Исключение «{title}»</translation>
    </message>
    <message>
        <source>Only chosen points can be moved.</source>
        <translation>Передвигать можно только выбранные тезисы.</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>Перемещение «{title}»</translation>
    </message>
    <message>
        <source>Reorder {section}</source>
        <translation>Новый порядок: {section}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Печать невозможна</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <source>Cannot copy the text</source>
        <translation>Не удаётся скопировать текст</translation>
    </message>
    <message>
        <source>Print without your details?</source>
        <translation>Печатать без ваших контактов?</translation>
    </message>
    <message>
        <source>Export without your details?</source>
        <translation>Экспортировать без ваших контактов?</translation>
    </message>
    <message>
        <source>Print Anyway</source>
        <translation>Всё равно печатать</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <source>Exported {name} ({label}, one page at {size} pt).</source>
        <translation>Экспортирован {name} ({label}, одна страница, {size} пт).</translation>
    </message>
    <message>
        <source>Once you leave it with the office: Meetings › Mark the Page as Given.</source>
        <translation>Когда оставите её в офисе: Встречи › Отметить страницу как переданную.</translation>
    </message>
    <message>
        <source>Lobby Day</source>
        <translation>День лоббирования</translation>
    </message>
    <message>
        <source>Meetings built</source>
        <translation>Подготовленные встречи</translation>
    </message>
    <message>
        <source>%v of %m meetings</source>
        <translation>%v из %m встреч</translation>
    </message>
    <message>
        <source>Meetings that could not be built</source>
        <translation>Встречи, которые не удалось подготовить</translation>
    </message>
    <message>
        <source>After fixing the CSV: build only the lines that failed</source>
        <translation>После исправления CSV: собрать только строки с ошибками</translation>
    </message>
    <message>
        <source>Open Fo&amp;lder</source>
        <translation>Открыть п&amp;апку</translation>
    </message>
    <message>
        <source>Show the folder with the files</source>
        <translation>Показать папку с файлами</translation>
    </message>
    <message>
        <source>Open Sc&amp;hedule</source>
        <translation>Открыть расп&amp;исание</translation>
    </message>
    <message>
        <source>Open the day&apos;s schedule ({INDEX_NAME}) to print it</source>
        <translation>Открыть расписание дня ({INDEX_NAME}), чтобы напечатать</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Собрать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot build the lobby day</source>
        <translation>Не удаётся подготовить день лоббирования</translation>
    </message>
    <message>
        <source>Cannot use the base brief</source>
        <translation>Не удаётся использовать базовый бриф</translation>
    </message>
    <message>
        <source>The base brief</source>
        <translation>Базовый бриф</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <source>{name} already holds a lobby day ({v0}). Replace its files?</source>
        <translation>В {name} уже есть день лоббирования ({v0}). Заменить его файлы?</translation>
    </message>
    <message>
        <source>Reading the meetings…</source>
        <translation>Чтение встреч…</translation>
    </message>
    <message>
        <source>Cancelling after the meetings in progress…</source>
        <translation>Отмена после встреч в работе…</translation>
    </message>
    <message>
        <source>No leave-behind for this meeting</source>
        <translation>Нет памятки для этой встречи</translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation>Нет расписания</translation>
    </message>
    <message>
        <source>{path} is not there: build the lobby day first.</source>
        <translation>{path} нет: сначала подготовьте день лоббирования.</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>Не удаётся показать файл</translation>
    </message>
    <message>
        <source>“{name}” cannot be shown: this computer has no program set to open {v0} files. Show the folder that holds it?</source>
        <translation>«{name}» нельзя показать: на этом компьютере нет программы для файлов {v0}. Показать папку, где он лежит?</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Не удаётся открыть папку</translation>
    </message>
    <message>
        <source>{parent} cannot be shown.</source>
        <translation>{parent} нельзя показать.</translation>
    </message>
    <message>
        <source>{folder} cannot be shown.</source>
        <translation>{folder} нельзя показать.</translation>
    </message>
    <message>
        <source>Add your organisation, name, email or phone on the Sender tab.</source>
        <translation>Укажите организацию, имя, e-mail или телефон на вкладке «Отправитель».</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be printed yet.</source>
        <translation>Памятка не помещается на одну страницу, поэтому её пока нельзя напечатать.</translation>
    </message>
    <message>
        <source>The leave-behind does not fit on one page, so it cannot be exported yet.</source>
        <translation>Памятка не помещается на одну страницу, поэтому её пока нельзя экспортировать.</translation>
    </message>
    <message>
        <source>Export {label}</source>
        <translation>Экспорт: {label}</translation>
    </message>
    <message>
        <source>Cannot export the {label}</source>
        <translation>Не удаётся экспортировать: {label}</translation>
    </message>
    <message>
        <source>Copied the read-ahead text to the clipboard.</source>
        <translation>Текст для письма скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Printed to {name} in {parent} (a PDF, text kept as text).</source>
        <translation>Напечатано в {name} в папке {parent} (PDF, текст остаётся текстом).</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where}.</source>
        <translation>Памятка отправлена на {where}.</translation>
    </message>
    <message>
        <source>Sent the leave-behind to {where} as a picture of the page (no print system here to take the PDF itself).</source>
        <translation>Памятка отправлена на {where} как изображение страницы (здесь нет системы печати, которая приняла бы сам PDF).</translation>
    </message>
    <message>
        <source>New brief.</source>
        <translation>Новый бриф.</translation>
    </message>
    <message>
        <source>Open brief</source>
        <translation>Открыть бриф</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a brief.</source>
        <translation>«{name}» — это {kind}, а не бриф.</translation>
    </message>
    <message>
        <source>“{name}” is not a brief: it is {kind}.</source>
        <translation>«{name}» — не бриф, а {kind}.</translation>
    </message>
    <message>
        <source>Briefer opens briefs: the .yaml files it saves.</source>
        <translation>Briefer открывает брифы: файлы .yaml, которые он сохраняет.</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>Не удаётся открыть {name}</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Открыт {name}.</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Сохранить бриф</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>Не удаётся сохранить {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Сохранён {name}.</translation>
    </message>
    <message>
        <source>Briefer Guide</source>
        <translation>Руководство Briefer</translation>
    </message>
    <message>
        <source>Briefer user guide</source>
        <translation>Руководство пользователя Briefer</translation>
    </message>
    <message>
        <source>The user guide is missing: {path} was not found.</source>
        <translation>Руководство отсутствует: {path} не найден.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Briefer speaks {language} from its next start.</source>
        <translation>Со следующего запуска Briefer будет на языке: {language}.</translation>
    </message>
    <message>
        <source>Logos (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Логотипы (*.png *.jpg *.jpeg *.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>SVG: stays sharp at any size.</source>
        <translation>SVG: чёткий в любом размере.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: prints sharply.</source>
        <translation>{kind}, {width} × {height} пикселей: печатается чётко.</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels: may print blurred: use a larger one.</source>
        <translation>{kind}, {width} × {height} пикселей: может напечататься размыто: возьмите побольше.</translation>
    </message>
    <message>
        <source>Meetings CSV</source>
        <translation>CSV со встречами</translation>
    </message>
    <message>
        <source>The meetings of the day, one per row</source>
        <translation>Встречи дня, по одной в строке</translation>
    </message>
    <message>
        <source>Base brief</source>
        <translation>Базовый бриф</translation>
    </message>
    <message>
        <source>Every meeting starts from this brief: its sender, ask, template</source>
        <translation>Каждая встреча начинается с этого брифа: отправитель, просьба, шаблон</translation>
    </message>
    <message>
        <source>The open brief ({name})</source>
        <translation>Открытый бриф ({name})</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для файлов</translation>
    </message>
    <message>
        <source>The folder for the files (created)</source>
        <translation>Папка для файлов (будет создана)</translation>
    </message>
    <message>
        <source>&amp;Suggested for each member’s committees</source>
        <translation>П&amp;редложенные для комитетов каждого депутата</translation>
    </message>
    <message>
        <source>As “Apply suggestions” does; a row’s own blocks column wins</source>
        <translation>Как «Применить предложения»; столбец blocks строки важнее</translation>
    </message>
    <message>
        <source>The base brief’s points for e&amp;very meeting</source>
        <translation>Тезисы базового брифа для &amp;каждой встречи</translation>
    </message>
    <message>
        <source>&amp;Replace files that already exist in the folder</source>
        <translation>&amp;Заменять файлы, которые уже есть в папке</translation>
    </message>
    <message>
        <source>Numeric dates</source>
        <translation>Даты цифрами</translation>
    </message>
    <message>
        <source>How to read a date like 3/12/2026 in the CSV</source>
        <translation>Как читать дату вида 3/12/2026 в CSV</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Встречи:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Другой…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>B&amp;ase brief:</source>
        <translation>&amp;Базовый бриф:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Папка для файлов:</translation>
    </message>
    <message>
        <source>From Roster…</source>
        <translation>Из списка участников…</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster</source>
        <translation>Спланировать встречи по списку участников</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Тезисы:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Форматы:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Даты:</translation>
    </message>
    <message>
        <source>Choose the meetings CSV</source>
        <translation>Выберите CSV со встречами</translation>
    </message>
    <message>
        <source>Choose the base brief</source>
        <translation>Выберите базовый бриф</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Выберите папку для файлов</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Выбрать логотип</translation>
    </message>
    <message>
        <source>Choose light logo</source>
        <translation>Выбрать светлый логотип</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>Remove light logo</source>
        <translation>Удалить светлый логотип</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Choose a Light Logo</source>
        <translation>Выберите светлый логотип</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>This logo cannot be used: {exc}.</source>
        <translation>Этот логотип нельзя использовать: {exc}.</translation>
    </message>
    <message>
        <source>  No light logo</source>
        <translation>  Без светлого логотипа</translation>
    </message>
    <message>
        <source>Optional: a light version for coloured bands (the sidebar, the bold banner); without it a dark logo is printed there on a white plate.</source>
        <translation>Необязательно: светлый вариант для цветных полос (боковая колонка, баннер шаблона «bold»); без него тёмный логотип печатается там на белой подложке.</translation>
    </message>
    <message>
        <source>  No logo</source>
        <translation>  Без логотипа</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG; shown in the page&apos;s header.</source>
        <translation>PNG, JPEG или SVG; показывается в шапке страницы.</translation>
    </message>
    <message>
        <source>  Cannot be shown</source>
        <translation>  Нельзя показать</translation>
    </message>
    <message>
        <source>{problem} (looked for {path}): the page is made without it. Choose it again, or remove it.</source>
        <translation>{problem} (искали: {path}): страница собирается без него. Выберите его заново или уберите.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Правка: {field}</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>Type a name, a state (NH) or a seat (CA-12), then pick the member</source>
        <translation>Введите имя, штат (NH) или округ (CA-12), затем выберите депутата</translation>
    </message>
    <message>
        <source>e.g. Jeanne Shaheen</source>
        <translation>напр. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>To fill in a member’s title, seat, party and committees from their name, &lt;a href=&quot;import&quot;&gt;import legislators…&lt;/a&gt;</source>
        <translation>Чтобы заполнять должность, округ, партию и комитеты по имени, &lt;a href=&quot;import&quot;&gt;импортируйте депутатов…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The legislator list could not be read. &lt;a href=&quot;import&quot;&gt;Import legislators…&lt;/a&gt; again.</source>
        <translation>Список депутатов не читается. &lt;a href=&quot;import&quot;&gt;Импортируйте депутатов…&lt;/a&gt; заново.</translation>
    </message>
    <message>
        <source>Import legislators</source>
        <translation>Импорт депутатов</translation>
    </message>
    <message>
        <source>Matching legislators</source>
        <translation>Подходящие депутаты</translation>
    </message>
    <message>
        <source>Pick a member from the list to fill in their details</source>
        <translation>Выберите депутата из списка, чтобы заполнить его данные</translation>
    </message>
    <message>
        <source>Your members (ZIP {home_zip})</source>
        <translation>Ваши депутаты (ZIP {home_zip})</translation>
    </message>
    <message>
        <source>From the ZIP data of {v0}</source>
        <translation>По данным ZIP от {v0}</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>Другие депутаты</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
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
        <translation>Должность:</translation>
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
        <translation>Партия</translation>
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
        <translation>Партия:</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Комитеты</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Foreign Relations, Banking</source>
        <translation>Через запятую, напр. Foreign Relations, Banking</translation>
    </message>
    <message>
        <source>Committees:</source>
        <translation>Комитеты:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Whom you meet: their name</source>
        <translation>С кем встречаетесь: имя</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Должность сотрудника</translation>
    </message>
    <message>
        <source>e.g. foreign policy LA</source>
        <translation>напр. советник по внешней политике</translation>
    </message>
    <message>
        <source>Staffer:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>e.g. 10:30</source>
        <translation>напр. 10:30</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
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
        <translation>Одно ясное предложение: о чём вы просите этот офис</translation>
    </message>
    <message>
        <source>Bill:</source>
        <translation>Законопроект:</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законопроект</translation>
    </message>
    <message>
        <source>e.g. S. 1234 (if there is one)</source>
        <translation>напр. S. 1234 (если есть)</translation>
    </message>
    <message>
        <source>Bill title:</source>
        <translation>Название законопроекта:</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Название законопроекта</translation>
    </message>
    <message>
        <source>e.g. Belarus Democracy Act</source>
        <translation>напр. Belarus Democracy Act</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Почему этот офис</translation>
    </message>
    <message>
        <source>Empty: the line built from the committees</source>
        <translation>Пусто: строка, составленная по комитетам</translation>
    </message>
    <message>
        <source>Leave out this line</source>
        <translation>Не печатать эту строку</translation>
    </message>
    <message>
        <source>Print no line on why this office matters to the ask</source>
        <translation>Не печатать строку о том, почему этот офис важен для просьбы</translation>
    </message>
    <message>
        <source>Why this office:</source>
        <translation>Почему этот офис:</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адрес QR-кода</translation>
    </message>
    <message>
        <source>https://… printed as a QR code (optional)</source>
        <translation>https://… печатается как QR-код (необязательно)</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>Leave out why this office</source>
        <translation>Убрать «почему этот офис»</translation>
    </message>
    <message>
        <source>Print why this office</source>
        <translation>Печатать «почему этот офис»</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Заполнение: {name}</translation>
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
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>e.g. Belarus Freedom Forum</source>
        <translation>напр. Belarus Freedom Forum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Shown in the footer and as the author</source>
        <translation>Показывается в подвале и как автор</translation>
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
        <translation>О нас</translation>
    </message>
    <message>
        <source>Who you are, in one line</source>
        <translation>Кто вы, одной строкой</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>EU Transparency Register id, for EU meetings</source>
        <translation>Номер в Реестре прозрачности ЕС, для встреч в ЕС</translation>
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
        <translation>Светлый логотип:</translation>
    </message>
    <message>
        <source>Your details are remembered on this computer and filled in for every new brief.</source>
        <translation>Ваши данные запоминаются на этом компьютере и подставляются в каждый новый бриф.</translation>
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
        <translation>Как выглядит памятка</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Letter for US offices, A4 for European ones</source>
        <translation>Letter для офисов в США, A4 для европейских</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Шаблон</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Бумага</translation>
    </message>
    <message>
        <source>Page &amp;Language</source>
        <translation>&amp;Язык страницы</translation>
    </message>
    <message>
        <source>Print the Pack’s Own Text Where It Has None in This Language</source>
        <translation>Печатать собственный текст пакета, где на этом языке текста нет</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Смена шаблона</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Смена бумаги</translation>
    </message>
    <message>
        <source>Change the page’s language</source>
        <translation>Смена языка страницы</translation>
    </message>
    <message>
        <source>Change what prints where a point has no text in the page’s language</source>
        <translation>Изменить, что печатается, если у тезиса нет текста на языке страницы</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Не обновлено: страница слишком длинная — показана последняя версия, которая помещалась.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Не обновлено: страницу нельзя собрать — показана последняя собранная версия.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) use their default words for {audience}, which name another body:</source>
        <translation>
            <numerusform>%n пункт использует слова по умолчанию для: {audience}, в которых названа другая институция:</numerusform>
            <numerusform>%n пункта используют слова по умолчанию для: {audience}, в которых названа другая институция:</numerusform>
            <numerusform>%n пунктов используют слова по умолчанию для: {audience}, в которых названа другая институция:</numerusform>
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
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in short form</source>
        <translation>
            <numerusform>%n в краткой форме</numerusform>
            <numerusform>%n в краткой форме</numerusform>
            <numerusform>%n в краткой форме</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits on one page at {size} pt</source>
        <translation>Помещается на одну страницу при {size} пт</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>the page could not be built</source>
        <translation>страницу не удалось собрать</translation>
    </message>
    <message>
        <source>Cannot build the page</source>
        <translation>Страницу нельзя собрать</translation>
    </message>
    <message>
        <source>Preview of the leave-behind</source>
        <translation>Предпросмотр памятки</translation>
    </message>
    <message>
        <source>The preview is not up to date</source>
        <translation>Предпросмотр устарел</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Собирается предпросмотр…</translation>
    </message>
    <message>
        <source>Fit on the page</source>
        <translation>Помещается ли на страницу</translation>
    </message>
    <message>
        <source>Name a legislator on the Meeting tab, or their committees, to see the points that fit.</source>
        <translation>Укажите на вкладке «Встреча» депутата или его комитеты, чтобы увидеть подходящие тезисы.</translation>
    </message>
    <message>
        <source>No suggestions for “{name}”: the name is not in the legislator list. Pick the member from the list on the Meeting tab, or type their committees there.</source>
        <translation>Нет предложений для «{name}»: этого имени нет в списке депутатов. Выберите депутата из списка на вкладке «Встреча» или впишите там его комитеты.</translation>
    </message>
    <message>
        <source>No suggestions yet: import legislators (File menu), or type the member’s committees on the Meeting tab.</source>
        <translation>Пока нет предложений: импортируйте депутатов (меню «Файл») или впишите комитеты на вкладке «Встреча».</translation>
    </message>
    <message>
        <source>No suggestions: none of the member’s committees match a topic of this pack.</source>
        <translation>Нет предложений: ни один из комитетов депутата не подходит к темам этого пакета.</translation>
    </message>
    <message>
        <source>No suggestions: none of the listed committees match a topic of this pack.</source>
        <translation>Нет предложений: ни один из указанных комитетов не подходит к темам этого пакета.</translation>
    </message>
    <message>
        <source>✓ on the page now. Apply puts these and the framing in place of the current choice.</source>
        <translation>✓ уже на странице. «Применить» ставит эти тезисы и вступление вместо текущего выбора.</translation>
    </message>
    <message>
        <source>Suggested for this office</source>
        <translation>Предложено для этого офиса</translation>
    </message>
    <message>
        <source>Apply suggestions</source>
        <translation>Применить предложения</translation>
    </message>
    <message>
        <source>Suggested points and why</source>
        <translation>Предложенные тезисы и почему</translation>
    </message>
    <message>
        <source>Hide the suggested points</source>
        <translation>Скрыть предложенные тезисы</translation>
    </message>
    <message>
        <source>Show the suggested points</source>
        <translation>Показать предложенные тезисы</translation>
    </message>
    <message>
        <source>These points are on the page</source>
        <translation>Эти тезисы на странице</translation>
    </message>
    <message>
        <source>Choose the suggested points and the opening framing instead of the current choice (Undo brings it back)</source>
        <translation>Выбрать предложенные тезисы и вступление вместо текущего выбора («Отменить» вернёт его)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) for {who}</source>
        <translation>
            <numerusform>%n тезис для: {who}</numerusform>
            <numerusform>%n тезиса для: {who}</numerusform>
            <numerusform>%n тезисов для: {who}</numerusform>
        </translation>
    </message>
    <message>
        <source>From: </source>
        <translation>Из: </translation>
    </message>
    <message>
        <source>the committees on the Meeting tab</source>
        <translation>комитеты на вкладке «Встреча»</translation>
    </message>
    <message>
        <source>these committees</source>
        <translation>эти комитеты</translation>
    </message>
    <message>
        <source>Apply suggestions for {who}</source>
        <translation>Предложения для: {who}</translation>
    </message>
    <message numerus="yes">
        <source>Chose %n point(s) suggested for {who}.</source>
        <translation>
            <numerusform>Выбран %n тезис, предложенный для: {who}.</numerusform>
            <numerusform>Выбрано %n тезиса, предложенных для: {who}.</numerusform>
            <numerusform>Выбрано %n тезисов, предложенных для: {who}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (from the chamber and the paper)</source>
        <translation>Автоматически (по палате и бумаге)</translation>
    </message>
    <message>
        <source>cannot be drawn</source>
        <translation>нельзя нарисовать</translation>
    </message>
    <message>
        <source>Template Gallery</source>
        <translation>Галерея шаблонов</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Whom the page addresses: the headings&apos; wording, the date style and the default paper</source>
        <translation>К кому обращена страница: формулировки заголовков, запись дат и бумага по умолчанию</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <source>Use This Template</source>
        <translation>Использовать этот шаблон</translation>
    </message>
    <message>
        <source>Each page is drawn with this brief. Double-click one to use it.</source>
        <translation>Каждая страница нарисована с этим брифом. Дважды щёлкните, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Рисуется…</translation>
    </message>
    <message>
        <source>Does not fit this brief:
{image}</source>
        <translation>Не подходит к этому брифу:
{image}</translation>
    </message>
    <message>
        <source>Headings name {legislature}; dates read “{shown}”.</source>
        <translation>Заголовки называют: {legislature}; даты выглядят так: «{shown}».</translation>
    </message>
    <message>
        <source>Change audience</source>
        <translation>Смена адресата</translation>
    </message>
    <message>
        <source>{name}[*] — Briefer</source>
        <translation>{name}[*] — Briefer</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>О Briefer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Tailored one-page leave-behinds for meetings with legislators.&lt;/p&gt;&lt;p&gt;Choose the talking points for this office, see the page as you edit, and export a PDF or Word document that always fits on one page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Briefer {version}&lt;/h3&gt;&lt;p&gt;Одностраничные памятки для встреч с депутатами, под конкретный офис.&lt;/p&gt;&lt;p&gt;Выберите тезисы для этого офиса, смотрите страницу по ходу правки и экспортируйте PDF или документ Word, который всегда помещается на одну страницу.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an untitled brief</source>
        <translation>безымянный бриф</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Восстановить несохранённую работу</translation>
    </message>
    <message>
        <source>Briefer did not close properly last time. Restore the unsaved changes to {name}?</source>
        <translation>В прошлый раз Briefer закрылся некорректно. Восстановить несохранённые изменения в {name}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Constituents attending</source>
        <translation>Присутствующие избиратели</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Добавить человека</translation>
    </message>
    <message>
        <source>Add M&amp;yself</source>
        <translation>Добавить &amp;меня</translation>
    </message>
    <message>
        <source>Add yourself, with the ZIP from the Sender tab</source>
        <translation>Добавить себя, с ZIP из вкладки «Отправитель»</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Advocates at this meeting who live in the member’s state (for a representative, the district). The page names them as constituents only when the ZIP data agrees.</source>
        <translation>Участники встречи, живущие в штате депутата (у члена Палаты представителей — в округе). Страница называет их избирателями, только если это подтверждают данные ZIP.</translation>
    </message>
    <message>
        <source>ZIP: {value}</source>
        <translation>ZIP: {value}</translation>
    </message>
    <message>
        <source>Type the name</source>
        <translation>Введите имя</translation>
    </message>
    <message>
        <source>Checked against the ZIP data of {v0}.</source>
        <translation>Проверено по данным ZIP от {v0}.</translation>
    </message>
    <message>
        <source>No ZIP data imported: the people are taken as given, not checked (File → Import Legislators, the ZIP-to-district file).</source>
        <translation>Данные ZIP не импортированы: люди принимаются как есть, без проверки (Файл → Импорт депутатов, файл ZIP — округ).</translation>
    </message>
    <message>
        <source>Edit constituents</source>
        <translation>Правка избирателей</translation>
    </message>
    <message>
        <source>Add me</source>
        <translation>Добавить меня</translation>
    </message>
    <message>
        <source>Add {name} ({code})</source>
        <translation>Добавление: {name} ({code})</translation>
    </message>
    <message>
        <source>Fill in your name and your ZIP on the Sender tab to add yourself</source>
        <translation>Укажите имя и ZIP на вкладке «Отправитель», чтобы добавить себя</translation>
    </message>
    <message>
        <source>Remove constituents</source>
        <translation>Удаление избирателей</translation>
    </message>
    <message>
        <source>✓ Constituent ({place})</source>
        <translation>✓ Избиратель ({place})</translation>
    </message>
    <message>
        <source>May be: the ZIP spans {codes}</source>
        <translation>Возможно: ZIP охватывает {codes}</translation>
    </message>
    <message>
        <source>another state</source>
        <translation>другой штат</translation>
    </message>
    <message>
        <source>Lives in {where}: not a constituent</source>
        <translation>Живёт в: {where}: не избиратель</translation>
    </message>
    <message>
        <source>Confirm if they live in {place}</source>
        <translation>Подтвердите, если живёт в {place}</translation>
    </message>
    <message>
        <source>Not checked: no ZIP data</source>
        <translation>Не проверено: нет данных ZIP</translation>
    </message>
    <message>
        <source>Not checked: choose the legislator</source>
        <translation>Не проверено: выберите депутата</translation>
    </message>
    <message>
        <source>Not checked: no ZIP</source>
        <translation>Не проверено: нет ZIP</translation>
    </message>
    <message>
        <source>Not checked: ZIP not in the data</source>
        <translation>Не проверено: ZIP нет в данных</translation>
    </message>
    <message>
        <source>the member’s state</source>
        <translation>штат депутата</translation>
    </message>
    <message>
        <source>No constituents listed for {name} yet. Offices give the most weight to the people they represent: if anyone coming lives in {place}, add them here and the page will say so.</source>
        <translation>Для {name} пока нет избирателей. Офисы больше всего прислушиваются к тем, кого представляют: если кто-то из участников живёт в {place}, добавьте его здесь, и страница это скажет.</translation>
    </message>
    <message>
        <source>No one listed lives in {place}, so the page calls no one a constituent. If someone from {place} can join, this meeting will carry more weight.</source>
        <translation>Никто из списка не живёт в {place}, поэтому страница никого не называет избирателем. Если присоединится кто-то из {place}, встреча будет весомее.</translation>
    </message>
    <message>
        <source>To see your members, &lt;a href=&quot;import&quot;&gt;import the legislators and the ZIP-to-district file…&lt;/a&gt;</source>
        <translation>Чтобы увидеть своих депутатов, &lt;a href=&quot;import&quot;&gt;импортируйте депутатов и файл ZIP — округ…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Где вы живёте</translation>
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
        <translation>Ваши депутаты</translation>
    </message>
    <message>
        <source>Used on this computer only, to find your members and whether you are their constituent. It is never printed on a page.</source>
        <translation>Используется только на этом компьютере, чтобы найти ваших депутатов и понять, их ли вы избиратель. Никогда не печатается на странице.</translation>
    </message>
    <message>
        <source>Your ZIP:</source>
        <translation>Ваш ZIP:</translation>
    </message>
    <message>
        <source>Your members:</source>
        <translation>Ваши депутаты:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your ZIP code to see your two senators and your representative.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Введите свой ZIP-код, чтобы увидеть двух своих сенаторов и своего представителя.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;ZIP data of {value}.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Данные ZIP от {value}.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>ZIP {home_zip} is not in the ZIP data (PO-box-only ZIPs are missing): try the ZIP of your home address.{dated}</source>
        <translation>ZIP {home_zip} нет в данных ZIP (нет кодов, где только абонентские ящики): попробуйте ZIP домашнего адреса.{dated}</translation>
    </message>
    <message>
        <source> — &lt;i&gt;may be yours&lt;/i&gt;</source>
        <translation> — &lt;i&gt;возможно, ваш&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No member in the directory for {seat}</source>
        <translation>В справочнике нет депутата для {seat}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Your ZIP spans {codes}: which of them is yours depends on your street address.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Ваш ZIP охватывает {codes}: какой из них ваш, зависит от адреса.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Legislator files (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;HowTheyVote.eu export, MEPs (*.zip *.csv.gz *.csv);;CSV files (*.csv);;All files (*)</source>
        <translation>Файлы депутатов (*.yaml *.yml *.csv *.zip *.gz);;congress-legislators YAML (*.yaml *.yml);;Выгрузка HowTheyVote.eu, депутаты Европарламента (*.zip *.csv.gz *.csv);;Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import the members of Congress and their committees from the public &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt; files. Choose the folder that holds them:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (optional: the members’ offices)&lt;/li&gt;&lt;/ul&gt;For another legislature, choose a CSV file whose first line names the columns: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;To find each advocate’s members from their ZIP code, also choose the public &lt;b&gt;ZIP-to-district&lt;/b&gt; file (zccd.csv, columns state_fips, state_abbr, zcta, cd). District maps change, so the app shows the date of the data you import: give it below (where you got the file says when it was published).&lt;/p&gt;</source>
        <translation>Импортируйте членов Конгресса и их комитеты из открытых файлов &lt;b&gt;congress&amp;#8209;legislators&lt;/b&gt;. Выберите папку, где они лежат:&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;legislators-current.yaml&lt;/li&gt;&lt;li&gt;committees-current.yaml&lt;/li&gt;&lt;li&gt;committee-membership-current.yaml&lt;/li&gt;&lt;li&gt;legislators-district-offices.yaml (необязательно: офисы депутатов)&lt;/li&gt;&lt;/ul&gt;Для другого парламента выберите файл CSV, первая строка которого называет столбцы: name, title, chamber, state, district, party, committees, office, phone, email.&lt;p&gt;Чтобы находить депутатов каждого участника по ZIP-коду, выберите также открытый файл &lt;b&gt;ZIP — округ&lt;/b&gt; (zccd.csv, столбцы state_fips, state_abbr, zcta, cd). Границы округов меняются, поэтому приложение показывает дату импортированных данных: укажите её ниже (источник файла сообщает, когда он опубликован).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;State legislators&lt;/b&gt;: choose a checkout of Open States’ openstates/people data, or one state’s folder. &lt;b&gt;Members of the European Parliament&lt;/b&gt;: choose HowTheyVote.eu’s export (the zip archive, or a folder of its tables). Each import adds to what is there and replaces only its own part.</source>
        <translation>&lt;b&gt;Законодатели штатов&lt;/b&gt;: выберите копию данных openstates/people проекта Open States или папку одного штата. &lt;b&gt;Депутаты Европейского парламента&lt;/b&gt;: выберите экспорт HowTheyVote.eu (zip-архив или папку с его таблицами). Каждый импорт добавляется к имеющемуся и заменяет только свою часть.</translation>
    </message>
    <message>
        <source>When the ZIP-to-district data was published (not when the file was copied): the app and the page say which data the constituents were checked against</source>
        <translation>Когда опубликованы данные ZIP — округ (а не когда скопирован файл): приложение и страница говорят, по каким данным проверены избиратели</translation>
    </message>
    <message>
        <source>Import Legislators</source>
        <translation>Импорт депутатов</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>Choose, type or paste the folder and the files (;)</source>
        <translation>Выберите, введите или вставьте папку и файлы (;)</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Choose F&amp;iles…</source>
        <translation>Выбрать &amp;файлы…</translation>
    </message>
    <message>
        <source>ZIP data published on</source>
        <translation>Данные ZIP опубликованы</translation>
    </message>
    <message>
        <source>e.g. {plain}</source>
        <translation>например, {plain}</translation>
    </message>
    <message>
        <source>ZIP data &amp;published:</source>
        <translation>Данные ZIP &amp;опубликованы:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Now imported: {value}.</source>
        <translation>Сейчас импортировано: {value}.</translation>
    </message>
    <message>
        <source>No legislators imported yet.</source>
        <translation>Депутаты ещё не импортированы.</translation>
    </message>
    <message>
        <source> ZIP data of {value}.</source>
        <translation> Данные ZIP от {value}.</translation>
    </message>
    <message>
        <source>Choose the congress-legislators folder</source>
        <translation>Выберите папку congress-legislators</translation>
    </message>
    <message>
        <source>Choose legislator files</source>
        <translation>Выберите файлы депутатов</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Невозможно импортировать</translation>
    </message>
    <message>
        <source>“{path}” was not found.</source>
        <translation>«{path}» не найден.</translation>
    </message>
    <message>
        <source>give the date the ZIP data was published (where you got the file says it)</source>
        <translation>укажите дату публикации данных ZIP (она указана там, откуда вы взяли файл)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Legislators imported</source>
        <translation>Депутаты импортированы</translation>
    </message>
    <message>
        <source>Cannot import the legislators</source>
        <translation>Не удаётся импортировать депутатов</translation>
    </message>
    <message>
        <source>choose one ZIP-to-district file at a time</source>
        <translation>выбирайте по одному файлу ZIP — округ</translation>
    </message>
    <message>
        <source>{zips:,} ZIP codes (data of {value})</source>
        <translation>ZIP-кодов: {zips:,} (данные от {value})</translation>
    </message>
    <message>
        <source>Imported </source>
        <translation>Импортировано: </translation>
    </message>
    <message>
        <source>Warning: {value}</source>
        <translation>Внимание: {value}</translation>
    </message>
    <message>
        <source>1 entry was left out:</source>
        <translation>Пропущена 1 запись:</translation>
    </message>
    <message>
        <source>{value} entries were left out:</source>
        <translation>Пропущено записей: {value}:</translation>
    </message>
    <message>
        <source>… and {value} more.</source>
        <translation>… и ещё {value}.</translation>
    </message>
    <message>
        <source>Washington, DC</source>
        <translation>Вашингтон</translation>
    </message>
    <message>
        <source>{city} office</source>
        <translation>Офис: {city}</translation>
    </message>
    <message>
        <source>Choose one of the member’s offices</source>
        <translation>Выберите один из офисов депутата</translation>
    </message>
    <message>
        <source>District offices</source>
        <translation>Офисы в округе</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Вашингтон</translation>
    </message>
    <message>
        <source>Choose one of {who}’s offices</source>
        <translation>Выберите один из офисов: {who}</translation>
    </message>
    <message>
        <source>Meetings of the day</source>
        <translation>Встречи дня</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> в {time}</translation>
    </message>
    <message>
        <source>The meeting is still ahead</source>
        <translation>Встреча ещё впереди</translation>
    </message>
    <message>
        <source>The meeting with {v0} is on {v1}{at}. A thank-you written now thanks them for a meeting that has not happened yet.</source>
        <translation>Встреча с {v0} — {v1}{at}. Благодарность, написанная сейчас, благодарит за встречу, которой ещё не было.</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>офисом</translation>
    </message>
    <message>
        <source>Write It Anyway</source>
        <translation>Всё равно написать</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Отчёт о встрече</translation>
    </message>
    <message>
        <source>Write the Meeting Report…</source>
        <translation>Написать отчёт о встрече…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Meetings &amp;Log…</source>
        <translation>&amp;Журнал встреч…</translation>
    </message>
    <message>
        <source>Every meeting, what each office was given, reports, follow-ups</source>
        <translation>Все встречи, что получил каждый офис, отчёты, дальнейшие шаги</translation>
    </message>
    <message>
        <source>Write the Meeting &amp;Report…</source>
        <translation>Написать &amp;отчёт о встрече…</translation>
    </message>
    <message>
        <source>Whom you met, where the office stands, what each side promised</source>
        <translation>С кем вы встретились, какова позиция офиса, что обещала каждая сторона</translation>
    </message>
    <message>
        <source>&amp;Copy Thank-you Text</source>
        <translation>&amp;Копировать благодарность</translation>
    </message>
    <message>
        <source>A thank-you message for the staffer, on the clipboard</source>
        <translation>Благодарность сотруднику, в буфер обмена</translation>
    </message>
    <message>
        <source>Thank-you &amp;Email…</source>
        <translation>Письмо с &amp;благодарностью…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer with the page attached</source>
        <translation>Черновик письма (.eml) сотруднику с приложенной страницей</translation>
    </message>
    <message>
        <source>Mark the Page as &amp;Given</source>
        <translation>Отметить страницу как &amp;переданную</translation>
    </message>
    <message>
        <source>You left the page you exported with the office</source>
        <translation>Вы оставили экспортированную страницу в офисе</translation>
    </message>
    <message>
        <source>Record &amp;Pages in the Meeting Log</source>
        <translation>Записывать &amp;страницы в журнал встреч</translation>
    </message>
    <message>
        <source>Keep a record of each page exported or printed for a legislator</source>
        <translation>Записывать каждую страницу, экспортированную или напечатанную для депутата</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Вс&amp;тречи</translation>
    </message>
    <message>
        <source>Pages you export or print are recorded in the meeting log.</source>
        <translation>Экспортированные или напечатанные страницы записываются в журнал встреч.</translation>
    </message>
    <message>
        <source>Pages are no longer recorded in the meeting log.</source>
        <translation>Страницы больше не записываются в журнал встреч.</translation>
    </message>
    <message>
        <source>Your meeting with {name} was on {v0}. How did it go? Write the report while it is fresh — it stays on this computer.</source>
        <translation>Ваша встреча с {name} была {v0}. Как прошло? Напишите отчёт, пока всё свежо, — он остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>Saved the meeting report in your meeting log.</source>
        <translation>Отчёт сохранён в журнале встреч.</translation>
    </message>
    <message>
        <source>Copied the thank-you text to the clipboard.</source>
        <translation>Благодарность скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Cannot write the thank-you</source>
        <translation>Не удаётся написать благодарность</translation>
    </message>
    <message>
        <source>Save Thank-you Email</source>
        <translation>Сохранить письмо с благодарностью</translation>
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation>Черновики писем (*.eml)</translation>
    </message>
    <message>
        <source>Cannot save the thank-you</source>
        <translation>Не удаётся сохранить благодарность</translation>
    </message>
    <message>
        <source>with the page attached</source>
        <translation>с приложенной страницей</translation>
    </message>
    <message>
        <source>(no page was recorded to attach)</source>
        <translation>(нет записанной страницы для вложения)</translation>
    </message>
    <message>
        <source> to {to}</source>
        <translation> для {to}</translation>
    </message>
    <message>
        <source>; add the staffer’s address</source>
        <translation>; добавьте адрес сотрудника</translation>
    </message>
    <message>
        <source>Saved {name} {attached}{hint}. Open it to edit and send.</source>
        <translation>Сохранён {name} {attached}{hint}. Откройте, чтобы изменить и отправить.</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Поддерживает</translation>
    </message>
    <message>
        <source>Leaning yes</source>
        <translation>Скорее за</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Не определился</translation>
    </message>
    <message>
        <source>Leaning no</source>
        <translation>Скорее против</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>The follow-up is overdue</source>
        <translation>Срок следующего шага прошёл</translation>
    </message>
    <message>
        <source>The follow-up is due in the next two days</source>
        <translation>Следующий шаг — в ближайшие два дня</translation>
    </message>
    <message>
        <source>The meeting is over: write its report while it is fresh</source>
        <translation>Встреча прошла: напишите отчёт, пока всё свежо</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Отчёта ещё нет</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <comment>a meeting</comment>
        <translation>Впереди</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Пора</translation>
    </message>
    <message>
        <source>{count} ({given} given)</source>
        <translation>{count} (передано: {given})</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>{done}, but {warning}</source>
        <translation>{done}, но {warning}</translation>
    </message>
    <message>
        <source>The meeting at {time} ({id})</source>
        <translation>Встреча в {time} ({id})</translation>
    </message>
    <message>
        <source>The meeting with no time ({id})</source>
        <translation>Встреча без времени ({id})</translation>
    </message>
    <message>
        <source>Which meeting?</source>
        <translation>Какая встреча?</translation>
    </message>
    <message>
        <source>The meeting log has {count} meetings with {name} that day. Which one is this page for? (Giving the brief the meeting&apos;s time also tells them apart.)</source>
        <translation>В журнале встреч в этот день {count} встреч(и) с {name}. Для какой эта страница? (Время встречи в брифе тоже их различает.)</translation>
    </message>
    <message>
        <source>Mark the Page as Given</source>
        <translation>Отметить страницу как переданную</translation>
    </message>
    <message>
        <source>Which page did you leave with the office?</source>
        <translation>Какую страницу вы оставили в офисе?</translation>
    </message>
    <message>
        <source>No page was marked as given.</source>
        <translation>Ни одна страница не отмечена как переданная.</translation>
    </message>
    <message>
        <source>The page was not marked: {why}</source>
        <translation>Страница не отмечена: {why}</translation>
    </message>
    <message>
        <source>No page of this meeting is in the meeting log yet: export or print it first.</source>
        <translation>В журнале встреч ещё нет страницы этой встречи: сначала экспортируйте или напечатайте её.</translation>
    </message>
    <message>
        <source>{name} is marked as left with the office.</source>
        <translation>{name} отмечена как оставленная в офисе.</translation>
    </message>
    <message>
        <source>The printed page</source>
        <translation>Напечатанная страница</translation>
    </message>
    <message>
        <source>Whom we met</source>
        <translation>С кем встретились</translation>
    </message>
    <message>
        <source>Staffer’s email</source>
        <translation>E-mail сотрудника</translation>
    </message>
    <message>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>Их позиция</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Их вопросы</translation>
    </message>
    <message>
        <source>They asked of us</source>
        <translation>Они попросили нас</translation>
    </message>
    <message>
        <source>We promised</source>
        <translation>Мы пообещали</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Они пообещали</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Следующий шаг до</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Our answer (leave empty if we owe one)</source>
        <translation>Наш ответ (оставьте пустым, если мы его должны)</translation>
    </message>
    <message>
        <source>(no question)</source>
        <translation>(нет вопроса)</translation>
    </message>
    <message>
        <source>Meeting report — {who}</source>
        <translation>Отчёт о встрече — {who}</translation>
    </message>
    <message>
        <source>The meeting is still ahead: note what you know now, and finish the report after it. It stays on this computer, in your meeting log.</source>
        <translation>Встреча ещё впереди: запишите, что знаете сейчас, и закончите отчёт после неё. Он остаётся на этом компьютере, в журнале встреч.</translation>
    </message>
    <message>
        <source>Write it while it is fresh: it stays on this computer, in your meeting log, and feeds the thank-you email.</source>
        <translation>Напишите, пока всё свежо: отчёт остаётся на этом компьютере, в журнале встреч, и попадает в письмо с благодарностью.</translation>
    </message>
    <message>
        <source>e.g. Jesús García, foreign policy adviser</source>
        <translation>напр. Jesús García, советник по внешней политике</translation>
    </message>
    <message>
        <source>for the thank-you, e.g. jesus.garcia@senate.gov</source>
        <translation>для благодарности, напр. jesus.garcia@senate.gov</translation>
    </message>
    <message>
        <source>who of us went, separated by commas</source>
        <translation>кто из нас был, через запятую</translation>
    </message>
    <message>
        <source>one per line: what the office asked us for</source>
        <translation>по одному в строке: о чём нас попросил офис</translation>
    </message>
    <message>
        <source>one per line: what we said we would do</source>
        <translation>по одному в строке: что мы обещали сделать</translation>
    </message>
    <message>
        <source>one per line: what they offered to do</source>
        <translation>по одному в строке: что они предложили сделать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>anything else worth remembering: mood, names, next steps</source>
        <translation>всё остальное, что стоит запомнить: настрой, имена, следующие шаги</translation>
    </message>
    <message>
        <source>Copy Thank-you Text</source>
        <translation>Копировать благодарность</translation>
    </message>
    <message>
        <source>Save the report, then copy a thank-you message to paste into your email</source>
        <translation>Сохранить отчёт, затем скопировать благодарность, чтобы вставить в письмо</translation>
    </message>
    <message>
        <source>Thank-you Email…</source>
        <translation>Письмо с благодарностью…</translation>
    </message>
    <message>
        <source>Save the report, then write an email draft (.eml) with the leave-behind attached</source>
        <translation>Сохранить отчёт, затем написать черновик письма (.eml) с приложенной памяткой</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>Report saved; the thank-you text is on the clipboard.</source>
        <translation>Отчёт сохранён; благодарность в буфере обмена.</translation>
    </message>
    <message>
        <source>{count} words — {v0} over the {most} allowed</source>
        <translation>{count} слов — на {v0} больше допустимых {most}</translation>
    </message>
    <message>
        <source>{count} / {most} words (aim for {aim})</source>
        <translation>{count} / {most} слов (цель: {aim})</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your own talking points&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ваши собственные тезисы&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start from a pack and make it yours: change the wording that works for your offices, add a point for a new bill, keep a rebuttal that worked. The pack that comes with Briefer stays as it is; your copy keeps its point ids, so briefs that use them keep working.</source>
        <translation>Начните с пакета и сделайте его своим: измените формулировки под свои офисы, добавьте тезис о новом законопроекте, сохраните удачное опровержение. Пакет, входящий в Briefer, остаётся как есть; ваша копия сохраняет идентификаторы тезисов, так что брифы, которые их используют, продолжают работать.</translation>
    </message>
    <message>
        <source>Start from “{title}”</source>
        <translation>Начать с «{title}»</translation>
    </message>
    <message>
        <source>A copy of the {points} points, to change as you like</source>
        <translation>Копия тезисов ({points}), чтобы менять как угодно</translation>
    </message>
    <message>
        <source>Open your pack “{title}” ({id})</source>
        <translation>Открыть ваш пакет «{title}» ({id})</translation>
    </message>
    <message>
        <source>Install a Pack File a Teammate Sent…</source>
        <translation>Установить файл пакета от коллеги…</translation>
    </message>
    <message>
        <source>The page’s headline</source>
        <translation>Заголовок страницы</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>One line under it (optional)</source>
        <translation>Одна строка под ним (необязательно)</translation>
    </message>
    <message>
        <source>Source: title</source>
        <translation>Источник: название</translation>
    </message>
    <message>
        <source>The article or report’s title</source>
        <translation>Название статьи или доклада</translation>
    </message>
    <message>
        <source>Source: publisher</source>
        <translation>Источник: издатель</translation>
    </message>
    <message>
        <source>Who published it</source>
        <translation>Кто опубликовал</translation>
    </message>
    <message>
        <source>Credit line</source>
        <translation>Строка об источнике</translation>
    </message>
    <message>
        <source>Printed in every page’s footer. Write the points in your own words and credit where the arguments come from.</source>
        <translation>Печатается в подвале каждой страницы. Пишите тезисы своими словами и указывайте, откуда доводы.</translation>
    </message>
    <message>
        <source>Source: web address</source>
        <translation>Источник: веб-адрес</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (необязательно)</translation>
    </message>
    <message>
        <source>Pack id</source>
        <translation>Идентификатор пакета</translation>
    </message>
    <message>
        <source>Briefs name the pack by this id (lower-case letters, digits, hyphens).</source>
        <translation>Брифы называют пакет этим идентификатором (строчные латинские буквы, цифры, дефисы).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The document language: en, de…</source>
        <translation>Язык документа: en, de…</translation>
    </message>
    <message>
        <source>Label of a claim</source>
        <translation>Метка утверждения</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Claim”</source>
        <translation>Пусто: из шаблона, иначе «Утверждение»</translation>
    </message>
    <message>
        <source>Printed over a misconception’s claim (“They say”, “Claim”).</source>
        <translation>Печатается над утверждением заблуждения («Говорят», «Утверждение»).</translation>
    </message>
    <message>
        <source>Label of a response</source>
        <translation>Метка ответа</translation>
    </message>
    <message>
        <source>Empty: the template’s, else “Response”</source>
        <translation>Пусто: из шаблона, иначе «Ответ»</translation>
    </message>
    <message>
        <source>Printed over the response to it (“In fact”, “Response”).</source>
        <translation>Печатается над ответом («На деле», «Ответ»).</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;About this pack&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Об этом пакете&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Four to eight words</source>
        <translation>От четырёх до восьми слов</translation>
    </message>
    <message>
        <source>The claim, as critics put it</source>
        <translation>Утверждение в изложении критиков</translation>
    </message>
    <message>
        <source>The misconception this point answers</source>
        <translation>Заблуждение, на которое отвечает этот тезис</translation>
    </message>
    <message>
        <source>Used when the page is full.</source>
        <translation>Используется, когда страница заполнена.</translation>
    </message>
    <message>
        <source>Point id</source>
        <translation>Идентификатор тезиса</translation>
    </message>
    <message>
        <source>Briefs name the point by its id: change it only for a new point.</source>
        <translation>Брифы называют тезис по идентификатору: меняйте его только у нового тезиса.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;Point {v0} of {v1}&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Тезис {v0} из {v1}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>Па&amp;кеты</translation>
    </message>
    <message>
        <source>&amp;Edit Your Packs…</source>
        <translation>&amp;Изменить свои пакеты…</translation>
    </message>
    <message>
        <source>Change the talking points, add your own, keep what worked</source>
        <translation>Менять тезисы, добавлять свои, сохранять то, что сработало</translation>
    </message>
    <message>
        <source>&amp;Use in This Brief</source>
        <translation>Исполь&amp;зовать в этом брифе</translation>
    </message>
    <message>
        <source>&amp;Install Pack File…</source>
        <translation>&amp;Установить файл пакета…</translation>
    </message>
    <message>
        <source>Install a pack a teammate sent you (.brieferpack)</source>
        <translation>Установить пакет, присланный коллегой (.brieferpack)</translation>
    </message>
    <message>
        <source>&amp;Share This Brief’s Pack…</source>
        <translation>&amp;Поделиться пакетом этого брифа…</translation>
    </message>
    <message>
        <source>Write the pack to one file to send to a teammate</source>
        <translation>Записать пакет в один файл, чтобы отправить коллеге</translation>
    </message>
    <message>
        <source>&amp;New Pack from “{title}”</source>
        <translation>&amp;Новый пакет из «{title}»</translation>
    </message>
    <message>
        <source>comes with Briefer</source>
        <translation>входит в Briefer</translation>
    </message>
    <message>
        <source>Saved the pack “{pack_id}”.</source>
        <translation>Пакет «{pack_id}» сохранён.</translation>
    </message>
    <message>
        <source>Cannot use the pack</source>
        <translation>Не удаётся использовать пакет</translation>
    </message>
    <message>
        <source>Use the pack “{title}”</source>
        <translation>Использование пакета «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen point(s) it does not have were left out.</source>
        <translation>
            <numerusform>Пропущен %n выбранный тезис, которого в нём нет.</numerusform>
            <numerusform>Пропущено %n выбранных тезиса, которых в нём нет.</numerusform>
            <numerusform>Пропущено %n выбранных тезисов, которых в нём нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>This brief now uses “{title}” ({pack_id}).{note}</source>
        <translation>Теперь этот бриф использует «{title}» ({pack_id}).{note}</translation>
    </message>
    <message>
        <source>Install a pack</source>
        <translation>Установить пакет</translation>
    </message>
    <message>
        <source>Cannot install {name}</source>
        <translation>Не удаётся установить {name}</translation>
    </message>
    <message>
        <source>“{id}” is the id of a pack that comes with Briefer; ask whoever made this file to give their pack its own id.</source>
        <translation>«{id}» — идентификатор пакета, входящего в Briefer; попросите автора этого файла дать своему пакету собственный идентификатор.</translation>
    </message>
    <message>
        <source>Install the pack “{title}” ({value} talking points, from {publisher})? Briefs can then use it by its id, “{id}”.</source>
        <translation>Установить пакет «{title}» (тезисов: {value}, от: {publisher})? Брифы смогут использовать его по идентификатору «{id}».</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with the one in {name} (“{title}”, {value} talking points)?</source>
        <translation>У вас уже есть пакет с идентификатором «{id}». Заменить его пакетом из {name} («{title}», тезисов: {value})?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Installed “{title}” ({id}). Packs › Use in This Brief builds the brief with it.</source>
        <translation>Установлен «{title}» ({id}). Пакеты › Использовать в этом брифе соберёт бриф с ним.</translation>
    </message>
    <message>
        <source>Share a pack</source>
        <translation>Поделиться пакетом</translation>
    </message>
    <message>
        <source>Cannot share the pack</source>
        <translation>Не удаётся поделиться пакетом</translation>
    </message>
    <message>
        <source>Wrote {name}: send it to a teammate, who opens it with Briefer.</source>
        <translation>Записан {name}: отправьте коллеге, он откроет его в Briefer.</translation>
    </message>
    <message>
        <source>Kept in “{name}” ({v0}). Save the pack to keep it for the next meetings.</source>
        <translation>Сохранено в «{name}» ({v0}). Сохраните пакет, чтобы он остался для следующих встреч.</translation>
    </message>
    <message>
        <source>a new pack</source>
        <translation>новый пакет</translation>
    </message>
    <message>
        <source>Briefer did not close properly while you were editing the pack “{name}”. Restore your unsaved changes to it?</source>
        <translation>Briefer закрылся некорректно, пока вы правили пакет «{name}». Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>The pack’s talking points</source>
        <translation>Тезисы пакета</translation>
    </message>
    <message>
        <source>Add Point</source>
        <translation>Добавить тезис</translation>
    </message>
    <message>
        <source>Add a talking point after the selected one</source>
        <translation>Добавить тезис после выбранного</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move the point up (Alt+Up)</source>
        <translation>Передвинуть тезис вверх (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move the point down (Alt+Down)</source>
        <translation>Передвинуть тезис вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Points&lt;/b&gt; (each section of the page keeps this order)</source>
        <translation>&lt;b&gt;Тезисы&lt;/b&gt; (каждый раздел страницы сохраняет этот порядок)</translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation>Об этом пакете</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n тезис.</numerusform>
            <numerusform>%n тезиса.</numerusform>
            <numerusform>%n тезисов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (marked ⚠).</source>
        <translation>
            <numerusform>%n проблема, которую нужно исправить перед сохранением (отмечена ⚠).</numerusform>
            <numerusform>%n проблемы, которые нужно исправить перед сохранением (отмечены ⚠).</numerusform>
            <numerusform>%n проблем, которые нужно исправить перед сохранением (отмечены ⚠).</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Проблем нет.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt; — your open brief with this pack’s texts</source>
        <translation>&lt;b&gt;Предпросмотр&lt;/b&gt; — ваш открытый бриф с текстами этого пакета</translation>
    </message>
    <message>
        <source>Preview of the page with this pack</source>
        <translation>Предпросмотр страницы с этим пакетом</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not updated:&lt;/b&gt; the page below is the last one that could be built. Fix the problems marked in red to see your changes.</source>
        <translation>&lt;b&gt;Не обновлено:&lt;/b&gt; ниже последняя страница, которую удалось собрать. Исправьте отмеченные красным проблемы, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>e.g. {date} or {iso}</source>
        <translation>например, {date} или {iso}</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <source>{label}: calendar</source>
        <translation>{label}: календарь</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Заблуждения</translation>
    </message>
    <message>
        <source>Misconception</source>
        <translation>Заблуждение</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Конгресс США</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Законодательное собрание штата США</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Европейский парламент</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Национальный парламент</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Прошедшие</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Meetings — Briefer</source>
        <translation>Встречи — Briefer</translation>
    </message>
    <message>
        <source>Filter by member…</source>
        <translation>Фильтр по депутату…</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Следующие шаги к сроку</translation>
    </message>
    <message>
        <source>Only meetings whose follow-up is overdue or due in the next two days</source>
        <translation>Только встречи, где следующий шаг просрочен или нужен в ближайшие два дня</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No meetings yet&lt;/h3&gt;&lt;p&gt;Every page you export, print or build for a lobby day is recorded here against its meeting — so you can see what each office was given, write the report after the meeting and send the thank-you.&lt;/p&gt;&lt;p&gt;The log stays on this computer. File → Export a brief that names a legislator to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Встреч пока нет&lt;/h3&gt;&lt;p&gt;Каждая страница, которую вы экспортируете, печатаете или собираете для дня лоббирования, записывается здесь при своей встрече — видно, что получил каждый офис, можно написать отчёт после встречи и отправить благодарность.&lt;/p&gt;&lt;p&gt;Журнал остаётся на этом компьютере. Для начала экспортируйте (Файл → Экспорт) бриф, в котором назван депутат.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write Report…</source>
        <translation>Написать отчёт…</translation>
    </message>
    <message>
        <source>An email draft (.eml) to the staffer, the page attached</source>
        <translation>Черновик письма (.eml) сотруднику с приложенной страницей</translation>
    </message>
    <message>
        <source>Reprint Page…</source>
        <translation>Перепечатать страницу…</translation>
    </message>
    <message>
        <source>Save the newest page this office was given, exactly as it was</source>
        <translation>Сохранить последнюю страницу, которую получил этот офис, в точности как была</translation>
    </message>
    <message>
        <source>Mark Page &amp;Given</source>
        <translation>Страница &amp;передана</translation>
    </message>
    <message>
        <source>You left the newest page with the office: the thank-you will say so</source>
        <translation>Вы оставили последнюю страницу в офисе: благодарность скажет об этом</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export Log…</source>
        <translation>Экспорт журнала…</translation>
    </message>
    <message>
        <source>Write every meeting to a CSV or JSON file for your coordinator</source>
        <translation>Записать все встречи в файл CSV или JSON для координатора</translation>
    </message>
    <message>
        <source>Import Log…</source>
        <translation>Импорт журнала…</translation>
    </message>
    <message>
        <source>Merge another team&apos;s exported log</source>
        <translation>Объединить с экспортированным журналом другой команды</translation>
    </message>
    <message>
        <source>Not &amp;Given</source>
        <translation>&amp;Не передана</translation>
    </message>
    <message>
        <source>Reprint Page</source>
        <translation>Перепечатать страницу</translation>
    </message>
    <message>
        <source>Cannot reprint the page</source>
        <translation>Не удаётся перепечатать страницу</translation>
    </message>
    <message>
        <source>exactly as given</source>
        <translation>в точности как отдана</translation>
    </message>
    <message>
        <source>rebuilt (this Briefer makes it differently)</source>
        <translation>пересобрана (эта версия Briefer делает её иначе)</translation>
    </message>
    <message>
        <source>Saved {name}: {same}.</source>
        <translation>Сохранён {name}: {same}.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Удалить встречу</translation>
    </message>
    <message>
        <source>Delete the meeting with {who} and its report? The pages already made are kept; only the log forgets them.</source>
        <translation>Удалить встречу с {who} и её отчёт? Уже сделанные страницы остаются; забывает их только журнал.</translation>
    </message>
    <message>
        <source>Cannot delete the meeting</source>
        <translation>Не удаётся удалить встречу</translation>
    </message>
    <message>
        <source>Cannot mark the page</source>
        <translation>Не удаётся отметить страницу</translation>
    </message>
    <message>
        <source>{name} is marked as exported only, not given.</source>
        <translation>{name} отмечена только как экспортированная, не переданная.</translation>
    </message>
    <message>
        <source>Export Meeting Log</source>
        <translation>Экспорт журнала встреч</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;Everything, for another Briefer (*.json)</source>
        <translation>Таблица (*.csv);;Всё, для другого Briefer (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the log</source>
        <translation>Не удаётся экспортировать журнал</translation>
    </message>
    <message>
        <source>Wrote {count} meetings to {name}: it holds your reports — share it only with your team.</source>
        <translation>Встречи ({count}) записаны в {name}: там ваши отчёты — делитесь им только со своей командой.</translation>
    </message>
    <message>
        <source>Import Meeting Log</source>
        <translation>Импорт журнала встреч</translation>
    </message>
    <message>
        <source>Meeting logs (*.csv *.json)</source>
        <translation>Журналы встреч (*.csv *.json)</translation>
    </message>
    <message>
        <source>Cannot import the log</source>
        <translation>Не удаётся импортировать журнал</translation>
    </message>
    <message>
        <source>{added} new meetings, {updated} updated, {unchanged} already here; {reports} reports added.</source>
        <translation>Новых встреч: {added}, обновлено: {updated}, уже были: {unchanged}; добавлено отчётов: {reports}.</translation>
    </message>
    <message>
        <source>Imported the meeting log</source>
        <translation>Журнал встреч импортирован</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <source>Your Packs — Briefer</source>
        <translation>Ваши пакеты — Briefer</translation>
    </message>
    <message>
        <source>{name} ({v0})[*] — Pack Editor — Briefer</source>
        <translation>{name} ({v0})[*] — Редактор пакетов — Briefer</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>без идентификатора</translation>
    </message>
    <message>
        <source>The open brief uses this pack</source>
        <translation>Открытый бриф использует этот пакет</translation>
    </message>
    <message>
        <source>Save the pack first, then build the open brief with it</source>
        <translation>Сначала сохраните пакет, потом соберите с ним открытый бриф</translation>
    </message>
    <message>
        <source>Build the open brief with this pack</source>
        <translation>Собрать открытый бриф с этим пакетом</translation>
    </message>
    <message>
        <source>A copy of “{title}”: change it, then Save.</source>
        <translation>Копия «{title}»: измените её, потом «Сохранить».</translation>
    </message>
    <message>
        <source>Cannot open the pack</source>
        <translation>Не удаётся открыть пакет</translation>
    </message>
    <message>
        <source>the pack</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>This point prints its &lt;b&gt;{variant}&lt;/b&gt; text.</source>
        <translation>Этот тезис печатает текст: &lt;b&gt;{variant}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This point is not on the page.</source>
        <translation>Этого тезиса нет на странице.</translation>
    </message>
    <message>
        <source>&lt;i&gt;On the preview page:&lt;/i&gt; {note}</source>
        <translation>&lt;i&gt;На странице предпросмотра:&lt;/i&gt; {note}</translation>
    </message>
    <message>
        <source>Edit the pack’s {v0}</source>
        <translation>Правка пакета: {v0}</translation>
    </message>
    <message>
        <source>point {value}</source>
        <translation>тезис {value}</translation>
    </message>
    <message>
        <source>Edit {v0} of “{title}”</source>
        <translation>Правка: {v0} в «{title}»</translation>
    </message>
    <message>
        <source>Edit {v0} for {audience} of “{title}”</source>
        <translation>Изменить {v0} для: {audience} в «{title}»</translation>
    </message>
    <message>
        <source>Make “{title}” a {v0}</source>
        <translation>«{title}» как: {v0}</translation>
    </message>
    <message>
        <source>Add a point</source>
        <translation>Добавление тезиса</translation>
    </message>
    <message>
        <source>Remove “{title}”</source>
        <translation>Удаление «{title}»</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as the {how} text of “{name}”</source>
        <translation>Сохранить текст встречи как текст ({how}) «{name}»</translation>
    </message>
    <message>
        <source>{value} (our wording)</source>
        <translation>{value} (наша формулировка)</translation>
    </message>
    <message>
        <source>Keep the meeting’s text as a new point “{title}”</source>
        <translation>Сохранить текст встречи как новый тезис «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n problem(s) marked in red first.</source>
        <translation>
            <numerusform>Не сохранено: сначала исправьте %n проблему, отмеченную красным.</numerusform>
            <numerusform>Не сохранено: сначала исправьте %n проблемы, отмеченные красным.</numerusform>
            <numerusform>Не сохранено: сначала исправьте %n проблем, отмеченных красным.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a pack</source>
        <translation>Заменить пакет</translation>
    </message>
    <message>
        <source>You already have a pack with the id “{id}”. Replace it with this one?</source>
        <translation>У вас уже есть пакет с идентификатором «{id}». Заменить его этим?</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <source>Cannot save the pack</source>
        <translation>Не удаётся сохранить пакет</translation>
    </message>
    <message>
        <source>Saved “{title}” in your packs ({id}).</source>
        <translation>«{title}» сохранён в ваших пакетах ({id}).</translation>
    </message>
    <message>
        <source>Pack toolbar</source>
        <translation>Панель пакета</translation>
    </message>
    <message>
        <source>New Pack</source>
        <translation>Новый пакет</translation>
    </message>
    <message>
        <source>Start a pack from a copy of another one</source>
        <translation>Начать пакет с копии другого</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open one of your packs</source>
        <translation>Открыть один из ваших пакетов</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Check the pack and save it in your packs (Ctrl+S)</source>
        <translation>Проверить пакет и сохранить в ваших пакетах (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Use in This Brief</source>
        <translation>Использовать в этом брифе</translation>
    </message>
    <message>
        <source>Start from “{title}” ({id})</source>
        <translation>Начать с «{title}» ({id})</translation>
    </message>
    <message>
        <source>No packs of your own yet</source>
        <translation>Своих пакетов пока нет</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes more than the whole page.</source>
        <translation>Сначала сократите просьбу: вместе с данными встречи она занимает больше всей страницы.</translation>
    </message>
    <message>
        <source>Shorten the ask first: with the meeting details it takes {share} of the page.</source>
        <translation>Сначала сократите просьбу: вместе с данными встречи она занимает {share} страницы.</translation>
    </message>
    <message numerus="yes">
        <source>Or leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Или уберите %n тезис, чтобы всё поместилось: {points}.</numerusform>
            <numerusform>Или уберите эти %n тезиса, чтобы всё поместилось: {points}.</numerusform>
            <numerusform>Или уберите эти %n тезисов, чтобы всё поместилось: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Уберите %n тезис, чтобы всё поместилось: {points}.</numerusform>
            <numerusform>Уберите эти %n тезиса, чтобы всё поместилось: {points}.</numerusform>
            <numerusform>Уберите эти %n тезисов, чтобы всё поместилось: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or shorten your text for them.</source>
        <translation>
            <numerusform>Или сократите свой текст к нему.</numerusform>
            <numerusform>Или сократите свои тексты к ним.</numerusform>
            <numerusform>Или сократите свои тексты к ним.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long:</source>
        <translation>Слишком длинно:</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет материалов</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Светлый логотип</translation>
    </message>
    <message>
        <source>{field} left out: {path}: {why}.</source>
        <translation>Пропущено: {field}: {path}: {why}.</translation>
    </message>
    <message>
        <source>{field} left out: {path} is outside the brief’s folder.</source>
        <translation>Пропущено: {field}: {path} находится вне папки брифа.</translation>
    </message>
    <message>
        <source>{name} was opened without some files</source>
        <translation>{name} открыт без некоторых файлов</translation>
    </message>
    <message>
        <source>To use a file, copy it into the brief’s folder and choose it there.</source>
        <translation>Чтобы использовать файл, скопируйте его в папку брифа и выберите его там.</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>Тексты на языке</translation>
    </message>
    <message>
        <source>{language} (the pack’s own)</source>
        <translation>{language} (язык пакета)</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to write in {language} (marked ○).</source>
        <translation>
            <numerusform>%n текст нужно написать ({language}, отмечен ○).</numerusform>
            <numerusform>%n текста нужно написать ({language}, отмечены ○).</numerusform>
            <numerusform>%n текстов нужно написать ({language}, отмечены ○).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every text is written in {language}.</source>
        <translation>Все тексты написаны: {language}.</translation>
    </message>
    <message>
        <source>Edit the {language} text</source>
        <translation>Изменить текст ({language})</translation>
    </message>
    <message>
        <source>Plan the meetings from a roster of who comes (CSV: name, zip, town, and state_district for the state seats they live in, like IL House 11): their members of Congress and state legislators, one meeting each</source>
        <translation>Спланировать встречи по списку участников (CSV: name, zip, town и state_district — округа штата, где они живут, например IL House 11): их члены Конгресса и законодатели штата, по одной встрече с каждым</translation>
    </message>
    <message>
        <source>Rosters (*.csv);;All files (*)</source>
        <translation>Списки участников (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>No ZIP data is imported, so the roster’s ZIP codes cannot be matched to members. Use File → Import Legislators… with the ZIP-to-district file first.</source>
        <translation>Данные ZIP не импортированы, поэтому почтовые индексы из списка нельзя сопоставить с депутатами. Сначала используйте Файл → Импорт депутатов… с файлом соответствия ZIP и округов.</translation>
    </message>
    <message>
        <source>Planned {meetings} meetings for {people} people ({state} with state legislators) into {file}. Fill in the dates and times, then Build.</source>
        <translation>Спланировано встреч: {meetings} для участников: {people} (с законодателями штата: {state}), сохранено в {file}. Заполните даты и время, затем нажмите «Собрать».</translation>
    </message>
    <message>
        <source>Cannot plan the meetings</source>
        <translation>Не удаётся спланировать встречи</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Выберите список участников</translation>
    </message>
    <message>
        <source>No one on the roster could be planned.</source>
        <translation>Ни для кого из списка не удалось спланировать встречу.</translation>
    </message>
    <message>
        <source>Save the planned meetings</source>
        <translation>Сохранить спланированные встречи</translation>
    </message>
    <message>
        <source>Meetings planned</source>
        <translation>Встречи спланированы</translation>
    </message>
    <message>
        <source>Claim (what its proponents conclude)</source>
        <translation>Утверждение (вывод его сторонников)</translation>
    </message>
    <message>
        <source>Response, short</source>
        <translation>Ответ, короткий</translation>
    </message>
    <message>
        <source>Response, long</source>
        <translation>Ответ, длинный</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Its own words for {audience}. Clear a field to use the default text.</source>
        <translation>Свои слова для: {audience}. Очистите поле, чтобы использовать текст по умолчанию.</translation>
    </message>
    <message>
        <source>Uses the default text for {audience}. Type in a field to write its words for {audience}.</source>
        <translation>Использует текст по умолчанию для: {audience}. Введите текст в поле, чтобы написать слова для: {audience}.</translation>
    </message>
    <message>
        <source>Uses the default text: {text}</source>
        <translation>Использует текст по умолчанию: {text}</translation>
    </message>
    <message>
        <source>the default text: {count} words</source>
        <translation>текст по умолчанию: слов: {count}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>the print system did not take the page ({exc})</source>
        <translation>система печати не приняла страницу ({exc})</translation>
    </message>
    <message>
        <source>lp exited with {code}</source>
        <translation>lp завершился с кодом {code}</translation>
    </message>
    <message>
        <source>the printer “{name}” did not take the page: {detail}</source>
        <translation>принтер «{name}» не принял страницу: {detail}</translation>
    </message>
    <message>
        <source>briefer build</source>
        <translation>briefer build</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <source>lobby day</source>
        <translation>день лоббирования</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>due</source>
        <translation>пора</translation>
    </message>
    <message>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n встреча</numerusform>
            <numerusform>%n встречи</numerusform>
            <numerusform>%n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {all} shown</source>
        <translation>
            <numerusform>показано %n из {all}</numerusform>
            <numerusform>показано %n из {all}</numerusform>
            <numerusform>показано %n из {all}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n следующий шаг просрочен</numerusform>
            <numerusform>%n следующих шага просрочены</numerusform>
            <numerusform>%n следующих шагов просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n скоро</numerusform>
            <numerusform>%n скоро</numerusform>
            <numerusform>%n скоро</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a report</source>
        <translation>
            <numerusform>%n ждёт отчёта</numerusform>
            <numerusform>%n ждут отчёта</numerusform>
            <numerusform>%n ждут отчёта</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>We met</source>
        <translation>С кем встретились</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>({count}, {given} given to the office)</source>
        <translation>({count}, передано в офис: {given})</translation>
    </message>
    <message>
        <source>given</source>
        <translation>передана</translation>
    </message>
    <message>
        <source>not marked given</source>
        <translation>не отмечена как переданная</translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n короткий</numerusform>
            <numerusform>%n коротких</numerusform>
            <numerusform>%n коротких</numerusform>
        </translation>
    </message>
    <message>
        <source>Follows the audience: the pack&apos;s ask for {audience}, as the page prints it. Edit it to write your own.</source>
        <translation>Следует за аудиторией: просьба пакета для {audience}, как её печатает страница. Измените её, чтобы написать свою.</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Конгресс</translation>
    </message>
    <message>
        <source>Other legislators (CSV)</source>
        <translation>Другие депутаты (CSV)</translation>
    </message>
    <message>
        <source>{members} and {committees}</source>
        <translation>{members} и {committees}</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n депутат</numerusform>
            <numerusform>%n депутата</numerusform>
            <numerusform>%n депутатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n комитет</numerusform>
            <numerusform>%n комитета</numerusform>
            <numerusform>%n комитетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Member(s) of the European Parliament from {source}</source>
        <translation>
            <numerusform>%n депутат Европарламента из {source}</numerusform>
            <numerusform>%n депутата Европарламента из {source}</numerusform>
            <numerusform>%n депутатов Европарламента из {source}</numerusform>
        </translation>
    </message>
    <message>
        <source>States: {names}</source>
        <translation>Штаты: {names}</translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n member(s), imported {date}</source>
        <translation>
            <numerusform>{label}: %n депутат, импортировано {date}</numerusform>
            <numerusform>{label}: %n депутата, импортировано {date}</numerusform>
            <numerusform>{label}: %n депутатов, импортировано {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>, data of {date}</source>
        <translation>, данные от {date}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the page has no way to reach you: no organisation, name, email or phone</source>
        <translation>на странице нет способа связаться с вами: ни организации, ни имени, ни e-mail, ни телефона</translation>
    </message>
    <message>
        <source>Add at least one on the Sender tab, so the office knows whom to call back.</source>
        <translation>Укажите хотя бы что-то одно на вкладке «Отправитель», чтобы офис знал, кому перезвонить.</translation>
    </message>
    <message>
        <source>the brief has no ask: a leave-behind without an explicit ask is weak</source>
        <translation>в брифе нет просьбы: памятка без явной просьбы слаба</translation>
    </message>
    <message>
        <source>unknown block id &apos;{id}&apos;</source>
        <translation>неизвестный идентификатор тезиса «{id}»</translation>
    </message>
    <message>
        <source>block &apos;{id}&apos; is chosen twice</source>
        <translation>тезис «{id}» выбран дважды</translation>
    </message>
    <message>
        <source>edit for unknown block id &apos;{id}&apos;</source>
        <translation>свой текст для неизвестного идентификатора тезиса «{id}»</translation>
    </message>
    <message>
        <source>unknown paper &apos;{paper}&apos; (letter or a4)</source>
        <translation>неизвестный формат бумаги «{paper}» (letter или a4)</translation>
    </message>
    <message numerus="yes">
        <source>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</source>
        <translation>
            <numerusform>шаблон «{name}» показывает %n тезис, сначала по одному каждого вида (ответ на заблуждение, рекомендация, факты); не вошли: {left_out}</numerusform>
            <numerusform>шаблон «{name}» показывает %n тезиса, сначала по одному каждого вида (ответ на заблуждение, рекомендация, факты); не вошли: {left_out}</numerusform>
            <numerusform>шаблон «{name}» показывает %n тезисов, сначала по одному каждого вида (ответ на заблуждение, рекомендация, факты); не вошли: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</source>
        <translation>
            <numerusform>в просьбе %n слово: одно предложение примерно до {most} слов прочтут и запомнят; доводы можно перенести в тезисы</numerusform>
            <numerusform>в просьбе %n слова: одно предложение примерно до {most} слов прочтут и запомнят; доводы можно перенести в тезисы</numerusform>
            <numerusform>в просьбе %n слов: одно предложение примерно до {most} слов прочтут и запомнят; доводы можно перенести в тезисы</numerusform>
        </translation>
    </message>
    <message>
        <source>template &apos;{name}&apos; has no place for: {points}</source>
        <translation>в шаблоне «{name}» нет места для: {points}</translation>
    </message>
    <message>
        <source>use a date like 2026-12-03 or Dec 3, 2026</source>
        <translation>введите дату в виде 2026-12-03 или Dec 3, 2026</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date: {why}</source>
        <translation>«{raw}» — не дата: {why}</translation>
    </message>
    <message>
        <source>unknown month &apos;{name}&apos;</source>
        <translation>неизвестный месяц «{name}»</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>месяца {month} не существует</translation>
    </message>
    <message>
        <source>that month has no day {day}</source>
        <translation>в этом месяце нет дня {day}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a meeting&apos;s date: the year must be from {first} to {last}</source>
        <translation>«{raw}» — не дата встречи: год должен быть от {first} до {last}</translation>
    </message>
    <message>
        <source>unknown date order &apos;{order}&apos;: use mdy or dmy</source>
        <translation>неизвестный порядок даты «{order}»: укажите mdy или dmy</translation>
    </message>
    <message>
        <source>the date is empty: {example}</source>
        <translation>дата не указана: {example}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not agree: {date} is a {weekday}</source>
        <translation>«{raw}» не сходится: {date} — это {weekday}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a date in {order} order</source>
        <translation>«{raw}» — не дата в порядке {order}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads two ways: {mdy} (month first) or {dmy} (day first); write {first} or {second}</source>
        <translation>«{raw}» можно прочитать двояко: {mdy} (сначала месяц) или {dmy} (сначала день); напишите {first} или {second}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>месяц/день/год</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>день/месяц/год</translation>
    </message>
    <message>
        <source>use a time like 10:30, 2:30 pm or 14:30</source>
        <translation>введите время в виде 10:30, 2:30 pm или 14:30</translation>
    </message>
    <message>
        <source>with am/pm the hour is 1 to 12</source>
        <translation>с am/pm час — от 1 до 12</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a time: {why}</source>
        <translation>«{raw}» — не время: {why}</translation>
    </message>
    <message>
        <source>the time is empty: {example}</source>
        <translation>время не указано: {example}</translation>
    </message>
    <message>
        <source>minutes go up to 59</source>
        <translation>минуты — не больше 59</translation>
    </message>
    <message>
        <source>hours go up to 23</source>
        <translation>часы — не больше 23</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; reads as {time} AM: write {time} pm, or {early} for the early morning</source>
        <translation>«{raw}» читается как {time} ночи (AM): напишите {time} pm или {early}, если имеется в виду раннее утро</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Legislator</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
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
        <translation>Партия</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Комитеты</translation>
    </message>
    <message>
        <source>Subcommittees</source>
        <translation>Подкомитеты</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Staffer&apos;s role</source>
        <translation>Должность сотрудника</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Filled from the directory</source>
        <translation>Заполнено из справочника</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Телефон офиса</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Name (sender)</source>
        <translation>Имя (отправитель)</translation>
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
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>About us</source>
        <translation>О нас</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Light logo</source>
        <translation>Светлый логотип</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Законопроект</translation>
    </message>
    <message>
        <source>Bill title</source>
        <translation>Название законопроекта</translation>
    </message>
    <message>
        <source>Why this office</source>
        <translation>Почему этот офис</translation>
    </message>
    <message>
        <source>QR code address</source>
        <translation>Адрес QR-кода</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Page language</source>
        <translation>Язык страницы</translation>
    </message>
    <message>
        <source>Text where the page&apos;s language has none</source>
        <translation>Текст там, где на языке страницы его нет</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Пакет материалов</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Тезисы</translation>
    </message>
    <message>
        <source>Your texts for the talking points</source>
        <translation>Ваши тексты тезисов</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Briefer format version</source>
        <translation>Версия формата Briefer</translation>
    </message>
    <message>
        <source>(--template {name}; in the app, Format › Template Gallery)</source>
        <translation>(Формат › Галерея шаблонов, «{name}»)</translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; template prints the ask with a response, a recommendation and the evidence in large type {how}</source>
        <translation>шаблон «{name}» печатает просьбу с ответом на заблуждение, рекомендацией и фактами крупным шрифтом {how}</translation>
    </message>
    <message>
        <source>the text is set at {size} pt, small for a busy reader: {offer}</source>
        <translation>текст набран кеглем {size} пт, мелко для занятого читателя: {offer}</translation>
    </message>
    <message>
        <source>the logo has no organisation name to describe it to a screen reader (it is read as &apos;Logo&apos;): fill in sender.organization</source>
        <translation>у логотипа нет названия организации, которым экранный диктор мог бы его описать (он читается как «Logo»): укажите организацию на вкладке «Отправитель»</translation>
    </message>
    <message>
        <source>banner&apos;s colour</source>
        <translation>цветом баннера</translation>
    </message>
    <message>
        <source>sidebar&apos;s colour</source>
        <translation>цветом боковой колонки</translation>
    </message>
    <message>
        <source>the light version of the logo has too little contrast with the {where} ({background}): it is printed on a white plate</source>
        <translation>светлый вариант логотипа слишком мало контрастирует с {where} ({background}): он печатается на белой подложке</translation>
    </message>
    <message>
        <source>the logo has too little contrast with the {where} ({background}): it is printed on a white plate; a light version of the logo (sender.logo_light) would print without one</source>
        <translation>логотип слишком мало контрастирует с {where} ({background}): он печатается на белой подложке; светлый вариант логотипа («Светлый логотип» на вкладке «Отправитель») обошёлся бы без неё</translation>
    </message>
    <message>
        <source>the logo {name} prints at {dpi} dpi and will look blurred: use one at least {need} pixels wide (or an SVG)</source>
        <translation>логотип {name} печатается с разрешением {dpi} dpi и будет размытым: возьмите изображение шириной не меньше {need} пикселей (или SVG)</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address: write it in full, such as https://example.org/report</source>
        <translation>«{url}» — не веб-адрес: напишите его полностью, например https://example.org/report</translation>
    </message>
    <message>
        <source>the QR code&apos;s address is too long: use a shorter link</source>
        <translation>адрес QR-кода слишком длинный: возьмите ссылку покороче</translation>
    </message>
    <message numerus="yes">
        <source>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</source>
        <translation>
            <numerusform>боковая панель длиннее примерно на %n строку: сократите просьбу или данные о встрече либо выберите другой шаблон</numerusform>
            <numerusform>боковая панель длиннее примерно на %n строки: сократите просьбу или данные о встрече либо выберите другой шаблон</numerusform>
            <numerusform>боковая панель длиннее примерно на %n строк: сократите просьбу или данные о встрече либо выберите другой шаблон</numerusform>
        </translation>
    </message>
    <message>
        <source>US Congress</source>
        <translation>Конгресс США</translation>
    </message>
    <message>
        <source>US state legislature</source>
        <translation>Законодательное собрание штата США</translation>
    </message>
    <message>
        <source>European Parliament</source>
        <translation>Европейский парламент</translation>
    </message>
    <message>
        <source>National parliament</source>
        <translation>Национальный парламент</translation>
    </message>
    <message>
        <source>the audience is {audience} ({id}), but {who} sits in {body}: the headings, dates and paper speak to the wrong body; choose {found}, or no audience to follow the meeting</source>
        <translation>аудитория — {audience} ({id}), но {who} заседает в другом органе: {body}; заголовки, даты и бумага обращены не к тому органу; выберите {found} или не указывайте аудиторию, чтобы она следовала из встречи</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>депутат</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Депутат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Pack, or why there is none</source>
        <translation>Материалы или почему их нет</translation>
    </message>
    <message>
        <source>Run &amp;Failed Lines Again</source>
        <translation>Повторить &amp;неудачные строки</translation>
    </message>
    <message numerus="yes">
        <source>Built {built} of %n meeting(s)</source>
        <translation>
            <numerusform>Подготовлено {built} из %n встречи</numerusform>
            <numerusform>Подготовлено {built} из %n встреч</numerusform>
            <numerusform>Подготовлено {built} из %n встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>{meetings}, {files}, the schedule ({index}) and the calendar ({calendar}).</source>
        <translation>{meetings}, {files}, расписание ({index}) и календарь ({calendar}).</translation>
    </message>
    <message>
        <source>{meetings}, {files}.</source>
        <translation>{meetings}, {files}.</translation>
    </message>
    <message>
        <source>Cancelled. {text} The schedule ({index}) was not written; meetings already under way when you cancelled may have been written too.</source>
        <translation>Отменено. {text} Расписание ({index}) не записано; встречи, которые уже готовились в момент отмены, могли быть записаны.</translation>
    </message>
    <message>
        <source>{text} {failed}</source>
        <translation>{text} {failed}</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) could not be built:</source>
        <translation>
            <numerusform>Не удалось подготовить %n встречу:</numerusform>
            <numerusform>Не удалось подготовить %n встречи:</numerusform>
            <numerusform>Не удалось подготовить %n встреч:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <source>Line {line}: {stem} ({kinds})</source>
        <translation>Строка {line}: {stem} ({kinds})</translation>
    </message>
    <message>
        <source>Line {line}: not built — {reason}</source>
        <translation>Строка {line}: не подготовлено — {reason}</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>Не подготовлено</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не запускалось</translation>
    </message>
    <message>
        <source>not in this run</source>
        <translation>не в этом запуске</translation>
    </message>
    <message>
        <source>{status} — check</source>
        <translation>{status} — проверьте</translation>
    </message>
    <message>
        <source>no legislator</source>
        <translation>депутат не указан</translation>
    </message>
    <message>
        <source>Line {line}: {who}</source>
        <translation>Строка {line}: {who}</translation>
    </message>
    <message>
        <source>Built: {files} (double-click to open)</source>
        <translation>Готово: {files} (двойной щелчок откроет)</translation>
    </message>
    <message>
        <source>Not built: {reason}</source>
        <translation>Не подготовлено: {reason}</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Проверьте: {warning}</translation>
    </message>
    <message>
        <source>an attendee is empty</source>
        <translation>участник не указан</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: write an attendee as Name (ZIP), like Anna Kowalska (03301)</source>
        <translation>«{value}»: запишите участника как Имя (ZIP), например Anna Kowalska (03301)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has no name before the ZIP</source>
        <translation>«{value}»: перед ZIP нет имени</translation>
    </message>
    <message>
        <source>{person} may live in {where} (the ZIP spans {spans}): not named on the page; check the street address (then confirmed: true names them)</source>
        <translation>{person}, возможно, живёт в {where} (ZIP охватывает {spans}): не назван(а) на странице; проверьте адрес (затем confirmed: true назовёт участника)</translation>
    </message>
    <message>
        <source>constituents not checked: no ZIP data imported (briefer legislators import zccd.csv); their town and state are used as given</source>
        <translation>избиратели не проверены: данные ZIP не импортированы (briefer legislators import zccd.csv); город и штат взяты как указаны</translation>
    </message>
    <message>
        <source>constituents not checked: the meeting names no state and chamber</source>
        <translation>избиратели не проверены: во встрече не указаны штат и палата</translation>
    </message>
    <message>
        <source>{person} gives {given}, not {state}: not named as a constituent</source>
        <translation>{person} указывает {given}, а не {state}: не назван(а) избирателем</translation>
    </message>
    <message>
        <source>{person} has no ZIP: not checked as a constituent</source>
        <translation>у {person} нет ZIP: не проверен(а) как избиратель</translation>
    </message>
    <message>
        <source>{person}: ZIP {zip} is not in the ZIP data (PO-box ZIPs are missing): not checked</source>
        <translation>{person}: ZIP {zip} нет в данных ZIP (в них нет ZIP абонентских ящиков): не проверено</translation>
    </message>
    <message>
        <source>{person} lives in {places}, not {seat}: not named as a constituent</source>
        <translation>{person} живёт в {places}, а не в {seat}: не назван(а) избирателем</translation>
    </message>
    <message>
        <source>{person} lives in {state}, but a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person} живёт в {state}, но по ZIP нельзя узнать округ {place}: подтвердите участника как избирателя, чтобы назвать его на странице</translation>
    </message>
    <message>
        <source>{person} a ZIP does not tell the {place} district: confirm them as a constituent to name them on the page</source>
        <translation>{person}: по ZIP нельзя узнать округ {place}: подтвердите участника как избирателя, чтобы назвать его на странице</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>{state} senator</source>
        <translation>сенатор от штата {state}</translation>
    </message>
    <message numerus="yes">
        <source>too long for one page by about %n lines even at {size} pt with short texts</source>
        <translation>
            <numerusform>длиннее одной страницы примерно на %n строку даже при {size} pt и коротких текстах</numerusform>
            <numerusform>длиннее одной страницы примерно на %n строки даже при {size} pt и коротких текстах</numerusform>
            <numerusform>длиннее одной страницы примерно на %n строк даже при {size} pt и коротких текстах</numerusform>
        </translation>
    </message>
    <message>
        <source>{head}: shorten the ask, the edits or the contact details</source>
        <translation>{head}: сократите просьбу, свои правки или контактные данные</translation>
    </message>
</context>
</TS>
