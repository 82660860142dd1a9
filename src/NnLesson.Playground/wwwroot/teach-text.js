// NnLesson Teach page: its constants and every visible text in both languages (loaded first; teach.js starts the page).
'use strict';

const CLASS_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7F3C8D', '#3A3A3A', '#A6761D', '#1B9E77'];
const RECORD_EVERY_MS = 120;      // a held record button takes ~8 frames a second
const FRAME_SHORT_SIDE = 256;     // the network's resize: nothing finer survives, so nothing finer is sent
const FRAMES_IN_FLIGHT = 1;       // a second frame would only wait behind the first on the server (bench/RESULTS-teach-page.md)
const PHOTO_TYPES = /^image\/(jpeg|png|webp)$/;
const MAX_REJECTED_SHOWN = 50;
const PHOTO_NAMES = /\.(jpe?g|png|webp)$/i;

const plural = (forms, n) => {
  // forms: { one, few, many, other } for uk (Intl.PluralRules("uk")), { one, other } for en
  const rule = new Intl.PluralRules(lang === 'uk' ? 'uk' : 'en').select(n);
  return forms[rule] ?? forms.other ?? forms.many;
};

const TEXT = {
  uk: {
    title: 'NnLesson · навчити в аудиторії', subtitle: 'ResNet-18 + голова softmax учаться ваших класів (рушій — той самий, що в nnlesson teach)',
    toPlayground: '← майданчик MLP', classes: 'Класи', addClass: '+ Додати клас', importFolder: 'Папка набору (train/val)…',
    record: '● Тримайте — запис', files: 'Файли…', remove: 'Прибрати клас', removePhoto: 'прибрати',
    dropNote: 'Перетягніть сюди фото або цілу папку (JPEG, PNG, WebP).',
    notPhoto: name => `«${name}»: не JPEG, PNG чи WebP.`,
    tooBig: (name, mb) => `«${name}»: більше за ${fmt(mb, 0)} МБ — межа для одного фото.`,
    unreadable: name => `«${name}»: не вдалося прочитати файл.`,
    classFull: (name, cls, n) => `«${name}»: у класі «${cls}» вже ${n} фото — це межа.`,
    sessionFull: (name, n) => `«${name}»: у сесії вже ${n} фото — це межа.`,
    samples: n => `${n} ${plural({ one: 'зразок', few: 'зразки', many: 'зразків', other: 'зразка' }, n)}`,
    valSamples: n => `, з них валідаційних ${n}`,
    newClass: k => `Клас ${k}`,
    limits: l => `Межі: ${l.maxClasses} класів, ${l.maxPhotosPerClass} фото в класі, ${l.maxPhotosPerSession} у сесії, ${fmt(l.maxPhotoBytes / 1048576, 0)} МБ і ${fmt(l.maxPhotoPixels / 1e6, 0)} Мпікс на фото. Фото лишаються лише на сервері в пам’яті (їхні ознаки — ще й у кеші), до кінця сесії.`,
    rejectedTitle: 'Не прийнято:',
    camera: 'Камера і передбачення', startCamera: '▶ Увімкнути камеру', stopCamera: '■ Вимкнути камеру', predictLive: 'передбачати наживо',
    noCamera: 'Камера вимкнена.', cameraFailed: e => `Камера недоступна: ${e}`,
    camHint: 'Мережа бачить центральний квадрат кадру; тепла карта — карта активації класу (CAM) для найімовірнішого класу.',
    rate: (fps, ms) => `${fmt(fps, 1)} ${plural({ one: 'кадр', few: 'кадри', many: 'кадрів', other: 'кадру' }, Math.round(fps))}/с · від кадру до стовпчиків ${fmt(ms, 0)} мс`,
    training: 'Навчання голови', epochs: 'Епох', lr: 'Крок η', l2: 'L2 (λ)', valShare: 'Частка валідації', seed: 'Зерно',
    train: '▶ Навчити', stop: '■ Зупинити', training_: (e, n) => `епоха ${e} з ${n}`,
    stopped: (e, c, m) => `зупинено після епохи ${e}: голову збережено` + (m ? `; на валідації ${c} з ${m}` : ''), trained: (c, m) => `навчено: на валідації ${c} з ${m}`,
    diverged: 'Навчання розійшлося (ваги переповнились): зменште η.',
    trainLoss: 'Втрати, навч.:', valLoss: 'Втрати, валід.:', trainAcc: 'Точність, навч.:', valAcc: 'Точність, валід.:',
    lossAxis: 'втрати (крос-ентропія)', accAxis: 'точність', epochAxis: 'епоха', trainCurve: 'навчальна', valCurve: 'валідаційна',
    split: (n, m, bySeed, f) => bySeed ? `Навчальних фото ${n}, валідаційних ${m} (${fmt(100 * f, 0)} % кожного класу відкладено, зерно).` : `Навчальних фото ${n}, валідаційних ${m} (позначені val).`,
    check: c => `Перевірка градієнта (центральні різниці, h = 1e-5, ${c.photos} фото, усі ${c.parameters} ${plural({ one: 'параметр', few: 'параметри', many: 'параметрів', other: 'параметра' }, c.parameters)}): макс. відносна похибка ${sci(c.max)} (W ${sci(c.w)}, b ${sci(c.b)}).`,
    checkWarn: ' Більше за 1e-6: при дуже малих градієнтах (мало фото) її дає саме округлення.',
    formulaTitle: 'Формула з поточними числами (перше навчальне фото):',
    share: 'Зберегти і відтворити', exportHead: '⤓ Експорт head.json', importHead: '⤒ Імпорт head.json',
    reproduce: 'Та сама голова з командного рядка (фото збережіть як my-classes/<клас>/…):',
    commandNote: 'Класи командний рядок упорядковує за назвою; з позначеними val фото — my-classes/train/<клас>/ і my-classes/val/<клас>/. Потім: nnlesson classify ФОТО --head head.json',
    imported: (name, k) => `Імпортовано ${name}: ${k} ${plural({ one: 'клас', few: 'класи', many: 'класів', other: 'класу' }, k)}; можна передбачати.`,
    disconnected: 'З’єднання з сервером втрачено. Чи працює ще «nnlesson playground»? Оновіть сторінку.',
    uploading: n => `надсилається ${n}…`,
    footer: 'NnLesson — лекція «Нейронні мережі: від теорії до практичного рішення». Жодних зовнішніх адрес: сторінка, ResNet-18 і навчання — на цьому комп’ютері.',
  },
  en: {
    title: 'NnLesson · teach in the room', subtitle: 'ResNet-18 + a softmax head learn your classes (the same engine as nnlesson teach)',
    toPlayground: '← MLP playground', classes: 'Classes', addClass: '+ Add a class', importFolder: 'Data-set folder (train/val)…',
    record: '● Hold to record', files: 'Files…', remove: 'Remove class', removePhoto: 'remove',
    dropNote: 'Drop photos or a whole folder here (JPEG, PNG, WebP).',
    notPhoto: name => `'${name}': not a JPEG, PNG or WebP image.`,
    tooBig: (name, mb) => `'${name}': larger than ${fmt(mb, 0)} MB, the limit for one photo.`,
    unreadable: name => `'${name}': the file could not be read.`,
    classFull: (name, cls, n) => `'${name}': class '${cls}' already has ${n} photos, the limit.`,
    sessionFull: (name, n) => `'${name}': the session already has ${n} photos, the limit.`,
    samples: n => `${n} ${plural({ one: 'sample', other: 'samples' }, n)}`,
    valSamples: n => `, ${n} for validation`,
    newClass: k => `Class ${k}`,
    limits: l => `Limits: ${l.maxClasses} classes, ${l.maxPhotosPerClass} photos a class, ${l.maxPhotosPerSession} a session, ${fmt(l.maxPhotoBytes / 1048576, 0)} MB and ${fmt(l.maxPhotoPixels / 1e6, 0)} megapixels a photo. Photos stay only in the server's memory (their features also in the cache), until the session ends.`,
    rejectedTitle: 'Not accepted:',
    camera: 'Camera and prediction', startCamera: '▶ Start the camera', stopCamera: '■ Stop the camera', predictLive: 'predict live',
    noCamera: 'The camera is off.', cameraFailed: e => `No camera: ${e}`,
    camHint: 'The network sees the frame’s centre square; the heat map is the class activation map (CAM) of the most probable class.',
    rate: (fps, ms) => `${fmt(fps, 1)} frames/s · frame to bars ${fmt(ms, 0)} ms`,
    training: 'Training the head', epochs: 'Epochs', lr: 'Rate η', l2: 'L2 (λ)', valShare: 'Validation share', seed: 'Seed',
    train: '▶ Train', stop: '■ Stop', training_: (e, n) => `epoch ${e} of ${n}`,
    stopped: (e, c, m) => `stopped after epoch ${e}: the head is kept` + (m ? `; ${c} of ${m} right on validation` : ''), trained: (c, m) => `trained: ${c} of ${m} right on validation`,
    diverged: 'Training diverged (the weights overflowed): lower η.',
    trainLoss: 'Loss, train:', valLoss: 'Loss, validation:', trainAcc: 'Accuracy, train:', valAcc: 'Accuracy, validation:',
    lossAxis: 'loss (cross-entropy)', accAxis: 'accuracy', epochAxis: 'epoch', trainCurve: 'training', valCurve: 'validation',
    split: (n, m, bySeed, f) => bySeed ? `${n} training photos, ${m} validation photos (${fmt(100 * f, 0)} % of each class held out by seed).` : `${n} training photos, ${m} validation photos (marked val).`,
    check: c => `Gradient check (central differences, h = 1e-5, ${c.photos} photos, all ${c.parameters} parameters): max relative error ${sci(c.max)} (W ${sci(c.w)}, b ${sci(c.b)}).`,
    checkWarn: ' Above 1e-6: with tiny gradients (few photos) round-off alone gives it.',
    formulaTitle: 'The formula with the current numbers (first training photo):',
    share: 'Save and reproduce', exportHead: '⤓ Export head.json', importHead: '⤒ Import head.json',
    reproduce: 'The same head from the command line (save the photos as my-classes/<class>/…):',
    commandNote: 'The command line orders classes by name; with photos marked val use my-classes/train/<class>/ and my-classes/val/<class>/. Then: nnlesson classify PHOTO --head head.json',
    imported: (name, k) => `Imported ${name}: ${k} ${plural({ one: 'class', other: 'classes' }, k)}; ready to predict.`,
    disconnected: 'Lost the connection to the server. Is “nnlesson playground” still running? Reload the page.',
    uploading: n => `sending ${n}…`,
    footer: 'NnLesson — lecture “Neural networks: from theory to a practical solution”. No external address: the page, ResNet-18 and the training all run on this computer.',
  },
};
