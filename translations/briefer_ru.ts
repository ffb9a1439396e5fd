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
        <source>&amp;Copy Read-ahead Text</source>
        <translation>&amp;Копировать текст для письма</translation>
    </message>
    <message>
        <source>Copy the text for an email to the office before the meeting</source>
        <translation>Скопировать текст для письма в офис перед встречей</translation>
    </message>
    <message>
        <source>Import &amp;Legislators…</source>
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
        <translation>&amp;Недавние</translation>
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
        <source>&lt;i&gt;Claim: “{claim}”&lt;/i&gt;</source>
        <translation>&lt;i&gt;Утверждение: «{claim}»&lt;/i&gt;</translation>
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
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>Exported {name} ({label}, one page at {size} pt)</source>
        <translation>Экспортирован {name} ({label}, одна страница, {size} пт)</translation>
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
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Выбрать логотип</translation>
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
        <source>Choose a Logo</source>
        <translation>Выберите логотип</translation>
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
        <source>e.g. Jeanne Shaheen</source>
        <translation>напр. Jeanne Shaheen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
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
        <source>Staffer:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <source>Staffer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Who you meet</source>
        <translation>С кем вы встречаетесь</translation>
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
        <source>QR code address</source>
        <translation>Адрес QR-кода</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>QR-код:</translation>
    </message>
    <message>
        <source>Fill in {name}</source>
        <translation>Заполнение: {name}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Есть</translation>
    </message>
    <message>
        <source>The meeting has a date</source>
        <translation>У встречи есть дата</translation>
    </message>
    <message>
        <source>Untick to leave the date off the page</source>
        <translation>Снимите отметку, чтобы не ставить дату на страницу</translation>
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
        <source>Change template</source>
        <translation>Смена шаблона</translation>
    </message>
    <message>
        <source>Change paper</source>
        <translation>Смена бумаги</translation>
    </message>
    <message>
        <source>Not updated: the page is too long — showing the last version that fitted.</source>
        <translation>Не обновлено: страница слишком длинная — показана последняя версия, которая помещалась.</translation>
    </message>
    <message>
        <source>Not updated: the page cannot be built — showing the last version that was built.</source>
        <translation>Не обновлено: страницу нельзя собрать — показана последняя собранная версия.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
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
        <source>Too long:</source>
        <translation>Слишком длинно:</translation>
    </message>
    <message>
        <source>remove a point or shorten an edit</source>
        <translation>уберите тезис или сократите свой текст</translation>
    </message>
    <message>
        <source>shorten the ask (with the meeting details it takes {share} of the page), or remove a point</source>
        <translation>сократите просьбу (вместе с данными встречи она занимает {share} страницы) или уберите тезис</translation>
    </message>
    <message>
        <source>candidates:</source>
        <translation>кандидаты:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
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
</context>
</TS>
