// NnLesson Teach page. ResNet-18 and the softmax head run on the server (the same code as `nnlesson teach`);
// this script records webcam frames and picks files, sends them over the WebSocket, and draws what comes back.
'use strict';

const CLASS_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7F3C8D', '#3A3A3A', '#A6761D', '#1B9E77'];
const RECORD_EVERY_MS = 120;      // a held record button takes ~8 frames a second
const FRAME_SHORT_SIDE = 256;     // the network's resize: nothing finer survives, so nothing finer is sent

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
    dropNote: 'Перетягніть сюди фото (JPEG, PNG, WebP).',
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
    train: '▶ Навчити', training_: (e, n) => `епоха ${e} з ${n}`, trained: (c, m) => `навчено: на валідації ${c} з ${m}`,
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
    dropNote: 'Drop photos here (JPEG, PNG, WebP).',
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
    train: '▶ Train', training_: (e, n) => `epoch ${e} of ${n}`, trained: (c, m) => `trained: ${c} of ${m} right on validation`,
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

// ---- state -------------------------------------------------------------------------------------
let lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'uk';
let socket = null;
let classes = [];                 // from the server's "state": [{ id, name, samples: [{ id, name, subset }] }]
let headClasses = null;           // class names of the trained or imported head
let limits = null;
const thumbs = new Map();         // sample id → thumbnail URL (data:)
const pending = new Map();        // seq → { classId, name, thumb, resolve }
const rejected = [];              // [{ name, reason: { uk, en } }]
let seq = 0;
let afterState = null;          // resolves with the next state (true) or error (false) after replaceClasses
let run = null;                   // the current training: trainingStarted + histories + last progress
let lastError = null;
let camera = null;                // MediaStream
let recording = null;             // { classId, timer }
let predicting = false;
let prediction = null;            // last "prediction"
const predictStats = { times: [], latencies: [], count: 0 };

const $ = id => document.getElementById(id);
const t = key => TEXT[lang][key];
const fmt = (v, digits = 4) => v === null || v === undefined || Number.isNaN(v) ? '–'
  : Number(v).toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pct = v => v === null || v === undefined ? '–' : fmt(100 * v, 1) + (lang === 'uk' ? ' %' : '%');
function sci(v) {
  if (!(v > 0)) return fmt(v);
  const e = Math.floor(Math.log10(v)); const m = v / 10 ** e;
  return `${fmt(m, 1)}·10${String(e).replace('-', '⁻').split('').map(d => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d] ?? d).join('')}`;
}

// ---- connection --------------------------------------------------------------------------------
function connect() {
  socket = new WebSocket(`ws://${location.host}/teach/ws`);
  socket.binaryType = 'arraybuffer';
  socket.addEventListener('message', event => receive(JSON.parse(event.data)));
  socket.addEventListener('close', () => { showError({ uk: TEXT.uk.disconnected, en: TEXT.en.disconnected }); document.body.dataset.connected = '0'; });
  socket.addEventListener('open', () => { document.body.dataset.connected = '1'; });
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

/** Binary message: uint32 LE header length, JSON header, photo bytes (TeachInbox on the server). */
function sendPhoto(header, bytes) {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const message = new Uint8Array(4 + json.length + bytes.byteLength);
  new DataView(message.buffer).setUint32(0, json.length, true);
  message.set(json, 4);
  message.set(new Uint8Array(bytes), 4 + json.length);
  socket.send(message.buffer);
}

function receive(message) {
  switch (message.type) {
    case 'state':
      classes = message.classes; headClasses = message.headClasses; limits = message.limits;
      hideError(); renderCards(); renderBars(); renderTrainButton();
      if (afterState) { const resolve = afterState; afterState = null; resolve(true); }
      break;
    case 'added': {
      const p = pending.get(message.seq); pending.delete(message.seq);
      if (p) { thumbs.set(message.id, p.thumb); p.resolve(true); }
      const c = classes.find(x => x.id === message.class);
      if (c) c.samples.push({ id: message.id, name: p ? p.name : '', subset: p ? p.subset : 'auto' });
      renderCards(); renderTrainButton();
      break;
    }
    case 'rejected': {
      const p = pending.get(message.seq); pending.delete(message.seq);
      if (p) p.resolve(false);
      if (p && p.predict) { predictBusy = false; break; }
      rejected.unshift({ name: message.name, reason: message.reason }); rejected.splice(20);
      renderCards(); renderRejected();
      break;
    }
    case 'error':
      showError(message.reason);
      if (afterState) { const resolve = afterState; afterState = null; resolve(false); }
      run = run && run.progress ? run : null; renderTraining();
      break;
    case 'trainingStarted':
      run = { started: message, trainLoss: [], trainAcc: [], valLoss: [], valAcc: [], progress: null };
      hideError(); renderTraining();
      break;
    case 'progress':
      if (!run) break;
      for (const key of ['trainLoss', 'trainAcc', 'valLoss', 'valAcc']) { run[key].splice(message.from); run[key].push(...message[key]); }
      run.progress = message;
      if (message.diverged) showError({ uk: TEXT.uk.diverged, en: TEXT.en.diverged });
      document.body.dataset.epoch = String(message.measured - 1);
      if (message.finished) {
        document.body.dataset.trained = '1';
        document.body.dataset.valCorrect = String(message.valCorrect ?? '');
        document.body.dataset.valCount = String(run.started.validation);
      }
      renderTraining();
      break;
    case 'prediction': {
      const p = pending.get(message.seq); pending.delete(message.seq);
      prediction = message;
      if (p) {
        const latency = performance.now() - p.captured;
        const now = performance.now();
        predictStats.times.push(now); predictStats.latencies.push(latency); predictStats.count++;
        while (predictStats.times.length > 0 && now - predictStats.times[0] > 3000) { predictStats.times.shift(); predictStats.latencies.shift(); }
        p.resolve(true);
      }
      predictBusy = false;
      renderBars(); drawCam(); renderRate();
      document.body.dataset.predicted = headClasses ? headClasses[message.predicted] : '';
      document.body.dataset.predictions = String(predictStats.count);
      document.body.dataset.serverMs = String(message.serverMs);
      break;
    }
    case 'head': {
      const a = document.createElement('a');
      a.download = message.name;
      a.href = URL.createObjectURL(new Blob([message.text], { type: 'application/json' }));
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      break;
    }
  }
}

function showError(reason) { lastError = reason; const e = $('error'); e.textContent = reason[lang]; e.hidden = false; }
function hideError() { lastError = null; $('error').hidden = true; }

// ---- class cards -------------------------------------------------------------------------------
function renderCards() {
  const host = $('cards');
  // a name being typed survives the redraw (photos arrive while the lecturer renames a class)
  const active = document.activeElement;
  const typing = active && active.matches && active.matches('.card .top input') ? { id: active.dataset.classId, value: active.value } : null;
  host.replaceChildren(...classes.map((c, k) => card(c, k)));
  if (typing) {
    const input = host.querySelector(`.top input[data-class-id="${typing.id}"]`);
    if (input) { input.value = typing.value; input.focus(); }
  }
  $('add-class').disabled = limits && classes.length >= limits.maxClasses;
  $('limits-hint').textContent = limits ? t('limits')(limits) : '';
  const total = classes.reduce((s, c) => s + c.samples.length, 0);
  document.body.dataset.samples = String(total);
  document.body.dataset.pending = String([...pending.values()].filter(p => !p.predict).length);
}

function card(c, k) {
  const el = document.createElement('div');
  el.className = 'card'; el.dataset.classId = c.id;
  const top = document.createElement('div'); top.className = 'top';
  const swatch = document.createElement('span'); swatch.className = 'swatch'; swatch.style.background = CLASS_COLORS[k % CLASS_COLORS.length];
  const name = document.createElement('input'); name.value = c.name; name.dataset.classId = c.id; name.maxLength = 40;
  name.setAttribute('aria-label', t('classes'));
  name.addEventListener('change', () => send({ type: 'renameClass', id: c.id, name: name.value }));
  const vals = c.samples.filter(s => s.subset === 'val').length;
  const count = document.createElement('span'); count.className = 'count';
  count.textContent = t('samples')(c.samples.length) + (vals ? t('valSamples')(vals) : '');
  const remove = document.createElement('button'); remove.type = 'button'; remove.textContent = '✕'; remove.title = t('remove');
  remove.className = 'remove-class';
  remove.disabled = classes.length <= 2;
  remove.addEventListener('click', () => send({ type: 'removeClass', id: c.id }));
  top.append(swatch, name, count, remove);

  const actions = document.createElement('div'); actions.className = 'actions';
  const rec = document.createElement('button'); rec.type = 'button'; rec.className = 'record'; rec.textContent = t('record');
  rec.dataset.classId = c.id;
  rec.disabled = !camera;
  rec.addEventListener('pointerdown', e => { e.preventDefault(); startRecording(c.id, rec); });
  for (const ev of ['pointerup', 'pointerleave', 'pointercancel']) rec.addEventListener(ev, () => stopRecording());
  const pick = document.createElement('label'); pick.className = 'button-like'; pick.textContent = t('files');
  const input = document.createElement('input'); input.type = 'file'; input.multiple = true; input.hidden = true;
  input.accept = 'image/jpeg,image/png,image/webp'; input.dataset.classId = c.id;
  input.addEventListener('change', () => { uploadFiles(c.id, [...input.files]); input.value = ''; });
  pick.append(input);
  actions.append(rec, pick);

  const grid = document.createElement('div'); grid.className = 'thumbs';
  for (const s of c.samples) grid.append(thumb(s));
  for (const [, p] of pending) if (p.classId === c.id && !p.predict) grid.append(thumb(null, p.thumb));
  const note = document.createElement('p'); note.className = 'dropnote'; note.textContent = t('dropNote');

  el.append(top, actions, grid, note);
  el.addEventListener('dragover', e => { e.preventDefault(); el.classList.add('drop'); });
  el.addEventListener('dragleave', () => el.classList.remove('drop'));
  el.addEventListener('drop', e => {
    e.preventDefault(); e.stopPropagation(); el.classList.remove('drop');
    uploadFiles(c.id, [...e.dataTransfer.files]);
  });
  return el;
}

function thumb(sample, url) {
  const el = document.createElement('div'); el.className = 'thumb';
  const img = document.createElement('img'); img.alt = sample ? sample.name : '';
  const src = sample ? thumbs.get(sample.id) : url;
  if (src) img.src = src;
  el.append(img);
  if (!sample) { el.classList.add('pending'); return el; }
  el.title = sample.name;
  el.dataset.sampleId = sample.id;
  if (sample.subset === 'val') el.classList.add('val');
  const x = document.createElement('button'); x.type = 'button'; x.textContent = '×'; x.title = t('removePhoto');
  x.addEventListener('click', () => { thumbs.delete(sample.id); send({ type: 'removeSample', id: sample.id }); });
  el.append(x);
  return el;
}

function renderRejected() {
  const list = $('rejected');
  list.replaceChildren(...rejected.map(r => { const li = document.createElement('li'); li.textContent = r.reason[lang]; return li; }));
  document.body.dataset.rejected = String(rejected.length);
}

// ---- uploads -----------------------------------------------------------------------------------
/** Sends one photo and resolves when the server answered (added or rejected). */
function upload(classId, name, bytes, thumbUrl, subset = 'auto') {
  return new Promise(resolve => {
    const s = ++seq;
    pending.set(s, { classId, name, thumb: thumbUrl, subset, resolve });
    sendPhoto({ type: 'sample', seq: s, class: classId, name, subset }, bytes);
  });
}

async function thumbnailOf(blob) {
  try {
    const bitmap = await createImageBitmap(blob);
    const c = document.createElement('canvas'); c.width = c.height = 96;
    const side = Math.min(bitmap.width, bitmap.height);
    c.getContext('2d').drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, 96, 96);
    bitmap.close();
    return c.toDataURL('image/jpeg', 0.8);
  } catch {
    return '';   // not decodable here: the server will say why
  }
}

async function uploadFiles(classId, files, subset = 'auto') {
  const sends = [];
  for (const file of files) {
    const bytes = await file.arrayBuffer();
    const url = await thumbnailOf(file);
    sends.push(upload(classId, file.name, bytes, url, subset));
    renderCards();
    if (sends.length % 4 === 0) await Promise.all(sends.slice(-4)); // at most a few photos in flight
  }
  await Promise.all(sends);
  renderCards();
}

/** A data-set folder as `nnlesson teach DATA` reads it: DATA/<class>/… or DATA/train/<class>/… + DATA/val/<class>/…. */
async function importFolder(files) {
  const entries = [];
  for (const file of files) {
    const parts = (file.webkitRelativePath || file.name).split('/').filter(p => p.length > 0);
    if (parts.some(p => p.startsWith('.')) || parts.length < 2) continue;
    const at = parts.findIndex(p => p === 'train' || p === 'val' || p === 'validation');
    if (at >= 0 && parts.length >= at + 3) entries.push({ file, cls: parts[at + 1], subset: parts[at] === 'train' ? 'train' : 'val' });
    else if (at < 0) entries.push({ file, cls: parts[parts.length - 2], subset: 'auto' });
  }
  const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const names = [...new Set(entries.map(e => e.cls))].sort(byOrdinal);
  if (names.length < 2) return;
  const ready = new Promise(resolve => { afterState = resolve; });
  send({ type: 'replaceClasses', names });
  if (!await ready) return;
  thumbs.clear();
  // teach's order: by class, train before val, file names in ordinal order
  const order = { train: 0, auto: 0, val: 1 };
  entries.sort((a, b) => byOrdinal(a.cls, b.cls) || order[a.subset] - order[b.subset] || byOrdinal(a.file.name, b.file.name));
  for (const name of names) {
    const c = classes.find(x => x.name === name);
    for (const subset of ['train', 'auto', 'val']) {
      const files = entries.filter(e => e.cls === name && e.subset === subset).map(e => e.file);
      if (files.length > 0) await uploadFiles(c.id, files, subset);
    }
  }
}

// ---- webcam ------------------------------------------------------------------------------------
async function toggleCamera() {
  if (camera) {
    camera.getTracks().forEach(track => track.stop());
    camera = null; $('video').srcObject = null; $('predict-live').checked = false; predicting = false;
    renderCamera(); renderCards();
    return;
  }
  try {
    camera = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
    $('video').srcObject = camera;
    await $('video').play();
    document.body.dataset.camera = '1';
  } catch (e) {
    camera = null;
    showError({ uk: TEXT.uk.cameraFailed(e.message || e.name), en: TEXT.en.cameraFailed(e.message || e.name) });
  }
  renderCamera(); renderCards();
}

/** The current video frame, scaled so its shorter side is FRAME_SHORT_SIDE, as JPEG bytes. */
async function grabFrame(shortSide = FRAME_SHORT_SIDE) {
  const video = $('video');
  const w = video.videoWidth, h = video.videoHeight;
  if (!w || !h) return null;
  const scale = Math.min(1, shortSide / Math.min(w, h));
  const c = document.createElement('canvas'); c.width = Math.round(w * scale); c.height = Math.round(h * scale);
  c.getContext('2d').drawImage(video, 0, 0, c.width, c.height);
  const blob = await new Promise(resolve => c.toBlob(resolve, 'image/jpeg', 0.9));
  return { blob, bytes: await blob.arrayBuffer() };
}

function startRecording(classId, button) {
  if (!camera || recording) return;
  button.classList.add('on');
  let n = 0;
  const take = async () => {
    const frame = await grabFrame(360);
    if (!frame || !recording) return;
    n++;
    upload(classId, `webcam-${Date.now()}-${n}.jpg`, frame.bytes, await thumbnailOf(frame.blob));
    renderCards();
  };
  recording = { classId, timer: setInterval(take, RECORD_EVERY_MS) };
  take();
}

function stopRecording() {
  if (!recording) return;
  clearInterval(recording.timer); recording = null;
  document.querySelectorAll('button.record.on').forEach(b => b.classList.remove('on'));
}

let predictBusy = false;
/** One frame in flight at a time: the next is captured when the bars of the last are drawn. */
async function predictLoop() {
  if (!predicting || !camera) return;
  if (!predictBusy && headClasses && socket.readyState === WebSocket.OPEN) {
    const captured = performance.now();
    const frame = await grabFrame();
    if (frame) {
      predictBusy = true;
      const s = ++seq;
      pending.set(s, { predict: true, captured, resolve: () => {} });
      sendPhoto({ type: 'predict', seq: s }, frame.bytes);
    }
  }
  requestAnimationFrame(predictLoop);
}

function renderCamera() {
  $('camera-start').textContent = camera ? t('stopCamera') : t('startCamera');
  $('no-camera').hidden = !!camera;
  $('predict-live').disabled = !camera;
  if (!camera || !predicting) { prediction = prediction && predicting ? prediction : null; drawCam(); }
}

function renderRate() {
  const n = predictStats.times.length;
  if (n < 2) { $('rate').textContent = ''; return; }
  const fps = (n - 1) / ((predictStats.times[n - 1] - predictStats.times[0]) / 1000);
  const sorted = [...predictStats.latencies].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  $('rate').textContent = t('rate')(fps, median);
  document.body.dataset.fps = fps.toFixed(2);
  document.body.dataset.latencyMs = median.toFixed(1);
}

// ---- prediction bars and the class activation map -----------------------------------------------
function renderBars() {
  const host = $('bars');
  if (!headClasses) { host.replaceChildren(); return; }
  const p = prediction ? prediction.probabilities : headClasses.map(() => 0);
  host.replaceChildren(...headClasses.map((name, k) => {
    const row = document.createElement('div'); row.className = 'bar' + (prediction && prediction.predicted === k ? ' best' : '');
    const label = document.createElement('span'); label.className = 'name'; label.textContent = name;
    const track = document.createElement('span'); track.className = 'track';
    const fill = document.createElement('span'); fill.className = 'fill'; fill.style.display = 'block';
    fill.style.width = `${(100 * p[k]).toFixed(1)}%`; fill.style.background = CLASS_COLORS[k % CLASS_COLORS.length];
    track.append(fill);
    const value = document.createElement('span'); value.className = 'value'; value.textContent = prediction ? pct(p[k]) : '–';
    row.append(label, track, value);
    return row;
  }));
}

/** The 7×7 map over the centre square the network saw: shorter side → 256, centre 224, i.e. 224/256 of the shorter side. */
function drawCam() {
  const canvas = $('cam-overlay');
  const video = $('video');
  const rect = canvas.getBoundingClientRect();
  canvas.width = Math.max(1, Math.round(rect.width)); canvas.height = Math.max(1, Math.round(rect.height));
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!prediction || !predicting || !video.videoWidth) return;
  const scale = Math.min(canvas.width / video.videoWidth, canvas.height / video.videoHeight); // object-fit: contain
  const shown = { w: video.videoWidth * scale, h: video.videoHeight * scale };
  const side = Math.min(shown.w, shown.h) * 224 / 256;
  const x0 = (canvas.width - side) / 2, y0 = (canvas.height - side) / 2;
  const { mapWidth: mw, mapHeight: mh, map } = prediction;
  const small = document.createElement('canvas'); small.width = mw; small.height = mh;
  const image = small.getContext('2d').createImageData(mw, mh);
  for (let i = 0; i < mw * mh; i++) {
    // 0…1: the weakest evidence transparent, the strongest opaque red; yellow between
    const v = map[i];
    image.data[4 * i] = 255; image.data[4 * i + 1] = Math.round(220 * (1 - v)); image.data[4 * i + 2] = 0;
    image.data[4 * i + 3] = Math.round(190 * v * v);
  }
  small.getContext('2d').putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, x0, y0, side, side);
  ctx.strokeStyle = 'rgba(255,255,255,0.7)'; ctx.setLineDash([6, 4]); ctx.strokeRect(x0, y0, side, side);
}

// ---- training ------------------------------------------------------------------------------------
function readSettings() {
  const n = id => Number($(id).value);
  return { epochs: n('epochs'), lr: n('lr'), l2: n('l2'), valFraction: n('val-fraction'), seed: n('seed') };
}

function renderTrainButton() {
  const ready = classes.length >= 2 && classes.every(c => c.samples.length >= 1);
  $('train').disabled = !ready;
  $('export').disabled = !headClasses;
}

function renderTraining() {
  const status = $('train-status');
  if (!run) { status.textContent = ''; drawCurves(); return; }
  const s = run.started;
  const p = run.progress;
  const last = a => a.length ? a[a.length - 1] : null;
  $('train-loss').textContent = fmt(last(run.trainLoss));
  $('val-loss').textContent = fmt(last(run.valLoss));
  $('train-acc').textContent = pct(last(run.trainAcc));
  $('val-acc').textContent = run.valAcc.length ? pct(last(run.valAcc)) + (p && p.finished ? ` (${p.valCorrect}/${s.validation})` : '') : '–';
  status.textContent = p && p.finished ? t('trained')(p.valCorrect, s.validation) : t('training_')(p ? p.measured - 1 : 0, s.epochs);
  const check = $('check');
  check.textContent = t('split')(s.train, s.validation, s.splitBySeed, s.valFraction) + ' ' + t('check')({ ...s.check, parameters: s.parameters })
    + (s.check.max < s.check.tolerance ? '' : t('checkWarn'));
  check.classList.toggle('warn', !(s.check.max < s.check.tolerance));
  $('command').textContent = s.command + (lang === 'en' ? ' --lang en' : '');
  $('command-note').textContent = t('commandNote');
  renderFormula();
  drawCurves();
}

function renderFormula() {
  const host = $('formula');
  if (!run || !run.progress) { host.replaceChildren(); return; }
  const s = run.started, e = run.progress.example;
  const vec = (v, d = 3) => `(${v.map(x => fmt(x, d)).join('; ')})`;
  const k = s.classes.length;
  const lines = [
    t('formulaTitle') + ` «${s.classes[e.class]}»`,
    `x = (f/‖f‖ − μ)/σ = ${vec(e.x)}; …  [${s.features}]`,
    `z = W·x + b = ${vec(e.z)}   W [${k}, ${s.features}], b [${k}]`,
    `p = softmax(z) = ${vec(e.p)}`,
    `L = −ln p_${e.class + 1} + (λ/2)·‖W‖² = ${fmt(e.loss)} + ${fmt(e.l2term)}   (λ = ${fmt(s.l2)})`,
    `W ← W − η·∂L/∂W,  b ← b − η·∂L/∂b   (η = ${fmt(s.lr)}, ${t('epochAxis')} ${run.progress.measured - 1}/${s.epochs})`,
  ];
  host.replaceChildren(...lines.map(line => { const el = document.createElement('p'); el.textContent = line; return el; }));
}

function drawCurves() {
  const canvas = $('curves');
  // drawn at the size it is shown (the panel is narrow on a wide screen, full width on a laptop)
  const rect = canvas.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const W = Math.max(300, Math.round(rect.width)), H = Math.max(160, Math.round(rect.height));
  canvas.width = W * dpr; canvas.height = H * dpr;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, W, H);
  ctx.font = '12px "DejaVu Sans", sans-serif';
  const half = (W - 20) / 2;
  const panels = [
    { x: 42, label: t('lossAxis'), train: run ? run.trainLoss : [], val: run ? run.valLoss : [], max: null },
    { x: 42 + half + 10, label: t('accAxis'), train: run ? run.trainAcc : [], val: run ? run.valAcc : [], max: 1 },
  ];
  const epochs = run ? run.started.epochs : 200;
  for (const panel of panels) {
    const w = half - 40, h = H - 60, top = 22;
    const max = panel.max ?? Math.max(0.1, ...panel.train.filter(Number.isFinite), ...panel.val.filter(Number.isFinite)) * 1.05;
    ctx.strokeStyle = '#999'; ctx.lineWidth = 1; ctx.strokeRect(panel.x, top, w, h);
    ctx.fillStyle = '#5f6368'; ctx.textAlign = 'left'; ctx.fillText(panel.label, panel.x, 14);
    ctx.textAlign = 'right'; ctx.fillText(fmt(max, 2), panel.x - 4, top + 10); ctx.fillText('0', panel.x - 4, top + h);
    ctx.textAlign = 'center'; ctx.fillText(`${t('epochAxis')} 0…${epochs}`, panel.x + w / 2, top + h + 16);
    for (const [values, color, dash] of [[panel.train, '#0072B2', []], [panel.val, '#D55E00', [5, 3]]]) {
      if (values.length < 1) continue;
      ctx.strokeStyle = color; ctx.lineWidth = 2; ctx.setLineDash(dash); ctx.beginPath();
      values.forEach((v, i) => {
        const x = panel.x + (i / Math.max(1, epochs)) * w, y = top + h - (Math.min(v, max) / max) * h;
        if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      });
      ctx.stroke(); ctx.setLineDash([]);
    }
  }
  ctx.textAlign = 'left';
  ctx.fillStyle = '#0072B2'; ctx.fillRect(42, H - 14, 14, 3); ctx.fillStyle = '#5f6368'; ctx.fillText(t('trainCurve'), 60, H - 9);
  ctx.fillStyle = '#D55E00'; ctx.fillRect(160, H - 14, 14, 3); ctx.fillStyle = '#5f6368'; ctx.fillText(t('valCurve'), 178, H - 9);
}

// ---- language and controls -----------------------------------------------------------------------
function setLang(next) {
  lang = next;
  document.documentElement.lang = next;
  document.title = t('title');
  document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
  $('lang-uk').classList.toggle('active', next === 'uk');
  $('lang-en').classList.toggle('active', next === 'en');
  const q = new URLSearchParams(location.search); q.set('lang', next);
  history.replaceState(null, '', `${location.pathname}?${q}`);
  $('to-playground').href = `/?lang=${next}`;
  if (lastError) showError(lastError);
  renderCards(); renderRejected(); renderCamera(); renderBars(); renderTraining(); renderRate();
}

function setup() {
  $('lang-uk').addEventListener('click', () => setLang('uk'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  $('add-class').addEventListener('click', () => send({ type: 'addClass', name: freeName() }));
  $('folder-input').addEventListener('change', async () => { await importFolder([...$('folder-input').files]); $('folder-input').value = ''; });
  $('camera-start').addEventListener('click', toggleCamera);
  $('predict-live').addEventListener('change', () => {
    predicting = $('predict-live').checked;
    predictStats.times = []; predictStats.latencies = [];
    if (predicting) predictLoop(); else { prediction = null; renderBars(); drawCam(); }
  });
  $('train').addEventListener('click', () => send({ type: 'train', settings: readSettings() }));
  $('export').addEventListener('click', () => send({ type: 'exportHead' }));
  $('head-input').addEventListener('change', async () => {
    const file = $('head-input').files[0];
    if (!file) return;
    send({ type: 'importHead', name: file.name, text: await file.text() });
    $('head-input').value = '';
  });
  document.addEventListener('dragover', e => e.preventDefault());
  document.addEventListener('drop', e => e.preventDefault());   // a photo dropped beside a card is not opened by the browser
  window.addEventListener('resize', () => { drawCam(); drawCurves(); });
}

function freeName() {
  for (let k = classes.length + 1; ; k++) {
    const name = t('newClass')(k);
    if (!classes.some(c => c.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

setup();
setLang(lang);
connect();
