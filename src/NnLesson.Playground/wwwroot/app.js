// NnLesson playground page. The network trains on the server in NnLesson.Core; this script only
// sends the settings and paints what the server computed (field, unit maps, weights, losses).
'use strict';

const FULL_BATCH = 2300;          // PlaygroundLimits.MaxPoints + MaxEdits: a batch at least this big is full batch
const COLORS = { blue: [0, 114, 178], red: [213, 94, 0], white: [255, 255, 255] };

// Ukrainian nouns agree with the number before them (1 параметр, 3 параметри, 33 параметри, 65 параметрів, 11 параметрів):
// Intl.PluralRules('uk') names the form ('one', 'few', 'many'), as UkrainianPlural does in C#.
const UK_PLURAL = new Intl.PluralRules('uk');
const ukCount = (n, one, few, many) => `${n} ${({ one, few, many })[UK_PLURAL.select(n)] ?? many}`;

const TEXT = {
  uk: {
    title: 'NnLesson · майданчик', subtitle: 'MLP навчається на ваших очах (рушій — NnLesson.Core)',
    reset: '⟲ Скинути', play: '▶ Навчати', pause: '❚❚ Пауза', step: '▶| Крок', epoch: 'Епоха',
    data: 'Дані', dataset: 'Набір', moons: 'два півмісяці', circles: 'кола', xor: 'XOR', spiral: 'спіралі',
    noise: 'Шум', points: 'Точок', split: 'Частка валідації', seed: 'Зерно (seed)', newSeed: '↻ нове',
    clickMode: 'Клацання на площині', addClass0: 'клас 0', addClass1: 'клас 1', removePoint: 'прибрати точку',
    pointsCount: (t, v) => `навчальних точок ${t}, валідаційних ${v}`,
    network: 'Мережа', layers: 'Прихованих шарів', activation: 'Активація', units: l => `шар ${l}`,
    networkHint: 'Кожна плитка — карта одного нейрона на площині (x₁, x₂); лінії — ваги: товщина = |w|, помаранчева > 0, синя < 0.',
    lr: 'Швидкість навчання η', batch: 'Розмір пакета', fullBatch: 'увесь набір', l2: 'L2 (λ)', speed: 'Епох за секунду',
    output: 'Вихід: P(клас 1)', class0: 'клас 0', class1: 'клас 1', validationPoints: 'валідаційні', contour: 'межа P = 0,5',
    trainLoss: 'Втрати, навч.:', valLoss: 'Втрати, валід.:', trainAcc: 'Точність, навч.:', valAcc: 'Точність, валід.:',
    lossAxis: 'втрати (BCE)', epochAxis: 'епоха', trainCurve: 'навчальна', valCurve: 'валідаційна',
    formulas: 'Формули слайда 5 з поточними числами', share: 'Поділитися і відтворити',
    exportPng: '⤓ Зберегти PNG', copyLink: 'Копіювати посилання', copy: 'Копіювати',
    reproduce: 'Та сама мережа з командного рядка:',
    exact: 'Команда відтворює цей запуск: ті самі точки, ваги і втрати.',
    differs: d => `Командний рядок підтримує лише 1 шар ReLU, повний пакет, без L2, поділ 80/20, без клацнутих точок і з одним η; тут інакше: ${d}. Команда навчає найближчу за налаштуваннями мережу.`,
    diff: { layers: 'шари', activation: 'активація', batch: 'пакет', l2: 'L2', split: 'поділ', edits: 'додані/прибрані точки', 'lr-changed': 'η змінювали під час навчання' },
    forward: 'Прямий прохід', loss: 'Втрати (бінарна крос-ентропія)', backward: 'Зворотне поширення', update: 'Крок градієнтного спуску',
    example: 'Перша навчальна точка', shapes: 'форми', fullBatchNote: n => `повний пакет: 1 крок за епоху на N = ${n}`,
    miniBatchNote: (b, k) => `міні-пакети по B = ${b}: ${ukCount(k, 'крок', 'кроки', 'кроків')} за епоху`,
    diverged: 'Навчання розійшлося: значення ваг вийшли за межі (переповнення). Зменште η і натисніть «Скинути».',
    disconnected: 'З’єднання з сервером втрачено. Чи працює ще «nnlesson playground»? Оновіть сторінку.',
    copied: 'Скопійовано', footer: 'NnLesson — лекція «Нейронні мережі: від теорії до практичного рішення». Стан запуску (і зерно) — в адресі сторінки.',
    params: n => ukCount(n, 'параметр', 'параметри', 'параметрів'),
    toTeach: 'Навчити в аудиторії (камера) →',
  },
  en: {
    title: 'NnLesson · playground', subtitle: 'an MLP learning before your eyes (engine: NnLesson.Core)',
    reset: '⟲ Reset', play: '▶ Train', pause: '❚❚ Pause', step: '▶| Step', epoch: 'Epoch',
    data: 'Data', dataset: 'Dataset', moons: 'two moons', circles: 'circles', xor: 'XOR', spiral: 'spirals',
    noise: 'Noise', points: 'Points', split: 'Validation share', seed: 'Seed', newSeed: '↻ new',
    clickMode: 'Click on the plane', addClass0: 'class 0', addClass1: 'class 1', removePoint: 'remove a point',
    pointsCount: (t, v) => `${t} training points, ${v} validation points`,
    network: 'Network', layers: 'Hidden layers', activation: 'Activation', units: l => `layer ${l}`,
    networkHint: 'Each tile is one neuron’s map over the plane (x₁, x₂); lines are weights: width = |w|, orange > 0, blue < 0.',
    lr: 'Learning rate η', batch: 'Batch size', fullBatch: 'full batch', l2: 'L2 (λ)', speed: 'Epochs per second',
    output: 'Output: P(class 1)', class0: 'class 0', class1: 'class 1', validationPoints: 'validation', contour: 'boundary P = 0.5',
    trainLoss: 'Loss, train:', valLoss: 'Loss, validation:', trainAcc: 'Accuracy, train:', valAcc: 'Accuracy, validation:',
    lossAxis: 'loss (BCE)', epochAxis: 'epoch', trainCurve: 'training', valCurve: 'validation',
    formulas: 'Slide 5 formulas with the current numbers', share: 'Share and reproduce',
    exportPng: '⤓ Save PNG', copyLink: 'Copy link', copy: 'Copy',
    reproduce: 'The same network from the command line:',
    exact: 'The command reproduces this run: the same points, weights and losses.',
    differs: d => `The command line trains 1 ReLU layer, full batch, no L2, an 80/20 split, no clicked points and one η; here differs: ${d}. The command trains the nearest network.`,
    diff: { layers: 'layers', activation: 'activation', batch: 'batch', l2: 'L2', split: 'split', edits: 'added/removed points', 'lr-changed': 'η changed during training' },
    forward: 'Forward pass', loss: 'Loss (binary cross-entropy)', backward: 'Backpropagation', update: 'Gradient descent step',
    example: 'First training point', shapes: 'shapes', fullBatchNote: n => `full batch: 1 step per epoch on N = ${n}`,
    miniBatchNote: (b, k) => `mini-batches of B = ${b}: ${k} steps per epoch`,
    diverged: 'Training diverged: the weights overflowed. Lower η and press “Reset”.',
    disconnected: 'Lost the connection to the server. Is “nnlesson playground” still running? Reload the page.',
    copied: 'Copied', footer: 'NnLesson — lecture “Neural networks: from theory to a practical solution”. The run’s state (seed included) is in the page address.',
    params: n => `${n} parameters`,
    toTeach: 'Teach in the room (camera) →',
  },
};

// ---- state -------------------------------------------------------------------------------------
const DEFAULTS = { dataset: 'moons', noise: 0.2, points: 300, split: 0.2, seed: 42, units: [8], activation: 'relu',
  lr: 0.5, batch: FULL_BATCH, l2: 0, speed: 30, edits: [] };
let lang = 'uk';
let settings = { ...DEFAULTS };
let data = null;                  // last "state": bounds, train, val
let frame = null;                 // last "frame"
let lossHistory = { train: [], val: [] };
let socket = null;

const $ = id => document.getElementById(id);
const t = key => TEXT[lang][key];
const fmt = (v, digits = 4) => v === null || v === undefined ? '–'
  : Number(v).toLocaleString(lang === 'uk' ? 'uk-UA' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const pct = v => v === null || v === undefined ? '–' : fmt(100 * v, 1) + ' %';

// ---- URL <-> settings ----------------------------------------------------------------------------
function readUrl() {
  const q = new URLSearchParams(location.search);
  const s = { ...DEFAULTS };
  const num = (name, key = name) => { if (q.has(name)) s[key] = Number(q.get(name)); };
  if (q.has('dataset')) s.dataset = q.get('dataset');
  num('noise'); num('points'); num('split'); num('seed'); num('lr'); num('l2'); num('speed');
  if (q.has('units')) s.units = q.get('units').split(',').map(Number);
  if (q.has('activation')) s.activation = q.get('activation');
  if (q.has('batch')) s.batch = q.get('batch') === 'full' ? FULL_BATCH : Number(q.get('batch'));
  if (q.has('edits')) s.edits = decodeEdits(q.get('edits'));
  if (q.get('lang') === 'en' || q.get('lang') === 'uk') lang = q.get('lang');
  return s;
}

function writeUrl() {
  const q = new URLSearchParams();
  q.set('dataset', settings.dataset); q.set('noise', settings.noise); q.set('points', settings.points);
  q.set('split', settings.split); q.set('seed', settings.seed); q.set('units', settings.units.join(','));
  q.set('activation', settings.activation); q.set('lr', settings.lr);
  q.set('batch', settings.batch >= FULL_BATCH ? 'full' : settings.batch); q.set('l2', settings.l2);
  q.set('speed', settings.speed);
  if (settings.edits.length) q.set('edits', encodeEdits(settings.edits));
  q.set('lang', lang);
  history.replaceState(null, '', '?' + q.toString());
}

// edits: "a,x,y,label" adds a point, "r,t,index" / "r,v,index" removes a training / validation point; ";" between.
function encodeEdits(edits) {
  return edits.map(e => e.op === 'add' ? `a,${+e.x.toFixed(4)},${+e.y.toFixed(4)},${e.label}` : `r,${e.val ? 'v' : 't'},${e.index}`).join(';');
}
function decodeEdits(text) {
  return text.split(';').filter(Boolean).map(part => {
    const p = part.split(',');
    return p[0] === 'a' ? { op: 'add', x: Number(p[1]), y: Number(p[2]), label: Number(p[3]) }
      : { op: 'remove', val: p[1] === 'v', index: Number(p[2]) };
  });
}

// ---- connection ---------------------------------------------------------------------------------
function connect() {
  socket = new WebSocket(`ws://${location.host}/ws`);
  socket.addEventListener('open', () => configure());
  socket.addEventListener('message', event => receive(JSON.parse(event.data)));
  socket.addEventListener('close', () => showError(t('disconnected')));
}

function send(message) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
}

function configure() {
  send({ type: 'configure', settings });
}

function receive(message) {
  if (message.type === 'error') { showError(message.message); return; } // message: { uk, en }
  if (message.type === 'state') {
    hideError();
    data = message;
    settings = { ...message.settings };
    writeUrl();
    syncControls();
    return;
  }
  if (message.type === 'frame') {
    if (message.historyFrom === 0) lossHistory = { train: [], val: [] };
    lossHistory.train.splice(message.historyFrom);
    lossHistory.val.splice(message.historyFrom);
    lossHistory.train.push(...message.trainLossHistory);
    lossHistory.val.push(...message.valLossHistory);
    frame = message;
    if (message.diverged) showError({ uk: TEXT.uk.diverged, en: TEXT.en.diverged });
    render();
  }
}

// The error shown, in both languages ({ uk, en }), so switching the language re-words it.
let shownError = null;
function showError(texts) { shownError = texts; const e = $('error'); e.textContent = texts[lang]; e.hidden = false; }
function hideError() { shownError = null; $('error').hidden = true; }

// ---- controls -----------------------------------------------------------------------------------
function change(patch, resetsData = false) {
  settings = { ...settings, ...patch };
  if (resetsData) settings.edits = [];   // removals point into the old points
  writeUrl();
  configure();
}

function setupControls() {
  $('play').addEventListener('click', () => send({ type: frame && frame.playing ? 'pause' : 'play' }));
  $('step').addEventListener('click', () => send({ type: 'step' }));
  $('reset').addEventListener('click', () => { hideError(); send({ type: 'reset' }); });
  $('lang-uk').addEventListener('click', () => setLang('uk'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  $('dataset').addEventListener('change', e => change({ dataset: e.target.value }, true));
  for (const [id, key] of [['noise', 'noise'], ['points', 'points'], ['split', 'split']]) {
    $(id).addEventListener('input', e => { $(id + '-value').textContent = fmt(Number(e.target.value), 2); });
    $(id).addEventListener('change', e => change({ [key]: Number(e.target.value) }, true));
  }
  $('seed').addEventListener('change', e => change({ seed: Math.trunc(Number(e.target.value)) || 0 }, true));
  $('new-seed').addEventListener('click', () => change({ seed: Math.floor(Math.random() * 100000) }, true));
  $('layers-minus').addEventListener('click', () => settings.units.length > 1 && change({ units: settings.units.slice(0, -1) }));
  $('layers-plus').addEventListener('click', () => settings.units.length < 4 && change({ units: [...settings.units, settings.units[settings.units.length - 1]] }));
  $('activation').addEventListener('change', e => change({ activation: e.target.value }));
  $('lr').addEventListener('change', e => change({ lr: Number(e.target.value) }));
  $('batch').addEventListener('change', e => change({ batch: e.target.value === 'full' ? FULL_BATCH : Number(e.target.value) }));
  $('l2').addEventListener('change', e => change({ l2: Number(e.target.value) }));
  $('speed').addEventListener('change', e => change({ speed: Number(e.target.value) }));
  $('field').addEventListener('click', clickPlane);
  $('export').addEventListener('click', exportPng);
  $('copy-link').addEventListener('click', () => copy(location.href, $('copy-link')));
  $('copy-command').addEventListener('click', () => copy($('command').textContent, $('copy-command')));
}

function setSelect(id, value) {
  const select = $(id);
  const text = String(value);
  if (![...select.options].some(o => o.value === text)) {
    const option = document.createElement('option');
    option.value = option.textContent = text;
    select.appendChild(option);
  }
  select.value = text;
}

function syncControls() {
  $('dataset').value = settings.dataset;
  for (const id of ['noise', 'points', 'split']) { $(id).value = settings[id]; $(id + '-value').textContent = fmt(settings[id], 2); }
  $('seed').value = settings.seed;
  $('layers').textContent = settings.units.length;
  setSelect('activation', settings.activation);
  setSelect('lr', settings.lr);
  setSelect('batch', settings.batch >= FULL_BATCH ? 'full' : settings.batch);
  setSelect('l2', settings.l2);
  setSelect('speed', settings.speed);
  const holder = $('units-controls');
  holder.replaceChildren();
  settings.units.forEach((units, l) => {
    const label = document.createElement('label');
    label.innerHTML = `<span></span> <span class="row"><button type="button" id="units-minus-${l}">−</button><b id="units-${l}"></b><button type="button" id="units-plus-${l}">+</button></span>`;
    label.querySelector('span').textContent = t('units')(l + 1);
    label.querySelector('b').textContent = units;
    holder.appendChild(label);
    const set = v => change({ units: settings.units.map((u, i) => i === l ? Math.min(16, Math.max(1, v)) : u) });
    label.querySelector(`#units-minus-${l}`).addEventListener('click', () => units > 1 && set(units - 1));
    label.querySelector(`#units-plus-${l}`).addEventListener('click', () => units < 16 && set(units + 1));
  });
  if (data) $('points-count').textContent = t('pointsCount')(data.train.length, data.val.length) + ' · ' + t('params')(data.parameters);
}

function setLang(next) {
  lang = next;
  document.documentElement.lang = next;
  document.title = t('title');
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  $('lang-uk').classList.toggle('active', next === 'uk');
  $('lang-en').classList.toggle('active', next === 'en');
  if (shownError) $('error').textContent = shownError[lang];
  writeUrl();
  syncControls();
  render();
}

async function copy(text, button) {
  try { await navigator.clipboard.writeText(text); button.title = t('copied'); } catch { /* no clipboard over plain http elsewhere */ }
}

// ---- clicks on the plane ------------------------------------------------------------------------
function clickPlane(event) {
  if (!data) return;
  const canvas = $('field');
  const rect = canvas.getBoundingClientRect();
  const u = (event.clientX - rect.left) / rect.width, v = (event.clientY - rect.top) / rect.height;
  const b = data.bounds;
  const x = b.xMin + u * b.size, y = b.yMin + (1 - v) * b.size;
  const mode = document.querySelector('input[name=click]:checked').value;
  if (mode === 'remove') send({ type: 'removePoint', x, y });
  else send({ type: 'addPoint', x, y, label: Number(mode) });
}

// ---- drawing ------------------------------------------------------------------------------------
function decode(b64) { const s = atob(b64); const a = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a; }

// 0 → blue, ½ → white, 1 → vermillion; 'soft' keeps the field light so the points stay visible.
function diverging(value, soft) {
  const u = value / 255;
  const [from, k] = u < 0.5 ? [COLORS.blue, 1 - 2 * u] : [COLORS.red, 2 * u - 1];
  const strength = soft ? 0.55 * k : k;
  return from.map((c, i) => Math.round(COLORS.white[i] + (c - COLORS.white[i]) * strength));
}

function mapToCanvas(bytes, n, soft) {
  const off = document.createElement('canvas');
  off.width = off.height = n;
  const ctx = off.getContext('2d');
  const image = ctx.createImageData(n, n);
  for (let i = 0; i < n * n; i++) {
    const [r, g, b] = diverging(bytes[i], soft);
    image.data.set([r, g, b, 255], 4 * i);
  }
  ctx.putImageData(image, 0, 0);
  return off;
}

function render() {
  if (!frame || !data) return;
  $('epoch').textContent = frame.epoch;
  document.body.dataset.epoch = frame.epoch;
  document.body.dataset.trainLoss = frame.trainLoss;
  document.body.dataset.valLoss = frame.valLoss;
  $('play').textContent = frame.playing ? t('pause') : t('play');
  $('train-loss').textContent = fmt(frame.trainLoss);
  $('val-loss').textContent = fmt(frame.valLoss);
  $('train-acc').textContent = pct(frame.trainAcc);
  $('val-acc').textContent = pct(frame.valAcc);
  drawField($('field'));
  drawLoss($('loss'));
  drawNetwork($('network'));
  renderFormulas();
  renderCommand();
}

function drawField(canvas) {
  const ctx = canvas.getContext('2d');
  const size = canvas.width, n = frame.fieldSize;
  const field = decode(frame.field);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(mapToCanvas(field, n, true), 0, 0, size, size);
  drawContour(ctx, field, n, size / n);
  const b = data.bounds;
  const px = (x, y) => [(x - b.xMin) / b.size * size, (1 - (y - b.yMin) / b.size) * size];
  for (const [list, hollow] of [[data.train, false], [data.val, true]]) {
    for (const [x, y, label] of list) {
      const [cx, cy] = px(x, y);
      const color = `rgb(${(label ? COLORS.red : COLORS.blue).join(',')})`;
      ctx.beginPath();
      ctx.arc(cx, cy, hollow ? 4 : 3.6, 0, 2 * Math.PI);
      ctx.fillStyle = hollow ? '#fff' : color;
      ctx.strokeStyle = hollow ? color : '#fff';
      ctx.lineWidth = hollow ? 2 : 1;
      ctx.fill(); ctx.stroke();
    }
  }
}

// Marching squares on the grid of cell centres: the segment where P crosses ½ (byte 127.5) in every cell.
function drawContour(ctx, field, n, cell) {
  const level = 127.5;
  const at = (r, c) => field[r * n + c];
  const point = (r1, c1, r2, c2) => {
    const a = at(r1, c1), b = at(r2, c2), s = (level - a) / (b - a);
    return [(c1 + s * (c2 - c1) + 0.5) * cell, (r1 + s * (r2 - r1) + 0.5) * cell];
  };
  ctx.beginPath();
  for (let r = 0; r < n - 1; r++) {
    for (let c = 0; c < n - 1; c++) {
      const crossings = [];
      const edges = [[r, c, r, c + 1], [r, c + 1, r + 1, c + 1], [r + 1, c + 1, r + 1, c], [r + 1, c, r, c]];
      for (const [r1, c1, r2, c2] of edges) {
        if ((at(r1, c1) > level) !== (at(r2, c2) > level)) crossings.push(point(r1, c1, r2, c2));
      }
      for (let i = 0; i + 1 < crossings.length; i += 2) {
        ctx.moveTo(...crossings[i]); ctx.lineTo(...crossings[i + 1]);
      }
    }
  }
  ctx.strokeStyle = '#000'; ctx.lineWidth = 2; ctx.stroke();
}

function drawLoss(canvas) {
  const ctx = canvas.getContext('2d');
  const w = canvas.width, h = canvas.height, left = 48, right = 10, top = 10, bottom = 34;
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h);
  const all = lossHistory.train.concat(lossHistory.val).filter(v => v !== null && isFinite(v));
  const yMax = Math.max(0.1, ...all.slice(0, 4000)) * 1.05;
  const epochs = Math.max(1, lossHistory.train.length - 1);
  const X = e => left + e / epochs * (w - left - right), Y = v => top + (1 - v / yMax) * (h - top - bottom);
  ctx.strokeStyle = '#ccc'; ctx.lineWidth = 1; ctx.fillStyle = '#555'; ctx.font = '12px sans-serif';
  ctx.textAlign = 'right';
  for (let i = 0; i <= 4; i++) {
    const v = yMax * i / 4;
    ctx.beginPath(); ctx.moveTo(left, Y(v)); ctx.lineTo(w - right, Y(v)); ctx.stroke();
    ctx.fillText(fmt(v, 2), left - 4, Y(v) + 4);
  }
  ctx.textAlign = 'center';
  const ticks = [...new Set([0, 1, 2, 3, 4].map(i => Math.round(epochs * i / 4)))];
  for (const e of ticks) ctx.fillText(fmt(e, 0), X(e), h - bottom + 15);
  ctx.fillText(t('epochAxis'), (left + w) / 2, h - 3);
  ctx.save(); ctx.translate(11, (top + h - bottom) / 2); ctx.rotate(-Math.PI / 2); ctx.fillText(t('lossAxis'), 0, 0); ctx.restore();
  const curve = (values, color, dash) => {
    ctx.beginPath(); ctx.setLineDash(dash); ctx.strokeStyle = color; ctx.lineWidth = 2;
    const stride = Math.max(1, Math.floor(values.length / 1000));
    let started = false;
    for (let e = 0; e < values.length; e += stride) {
      const v = values[e];
      if (v === null || !isFinite(v)) continue;
      if (!started) { ctx.moveTo(X(e), Y(v)); started = true; } else ctx.lineTo(X(e), Y(v));
    }
    ctx.stroke(); ctx.setLineDash([]);
  };
  curve(lossHistory.train, '#0072B2', []);
  curve(lossHistory.val, '#D55E00', [6, 4]);
  ctx.textAlign = 'left'; ctx.font = '13px sans-serif';
  ctx.fillStyle = '#0072B2'; ctx.fillText('— ' + t('trainCurve'), w - 190, top + 14);
  ctx.fillStyle = '#D55E00'; ctx.fillText('- - ' + t('valCurve'), w - 100, top + 14);
}

// Columns: inputs x₁ and x₂, each hidden layer's units (their own maps), the output. Lines are the weights.
function drawNetwork(canvas) {
  if (canvas.id === 'network') {
    // fill the panel's width (the canvas keeps its drawing size in pixels, so set it from the layout)
    const width = Math.max(360, Math.floor(canvas.parentElement.clientWidth - 30));
    if (canvas.width !== width) canvas.width = width;
  }
  const ctx = canvas.getContext('2d');
  const sizes = [2, ...settings.units, 1];
  const maxUnits = Math.max(...sizes);
  const tile = Math.max(18, Math.min(44, Math.floor((canvas.height - 30) / maxUnits) - 6));
  const gap = (canvas.height - 20 - maxUnits * tile) / Math.max(1, maxUnits);
  const colX = i => 20 + i * (canvas.width - 40 - tile) / (sizes.length - 1);
  const pos = (layer, j) => {
    const count = sizes[layer];
    const total = count * tile + (count - 1) * gap;
    return [colX(layer), (canvas.height - total) / 2 + j * (tile + gap)];
  };
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
  // weights first, under the tiles
  const wMax = Math.max(1e-9, ...frame.weights.flat().filter(v => v !== null).map(Math.abs));
  frame.weights.forEach((w, l) => {
    const ins = sizes[l], outs = sizes[l + 1];
    for (let i = 0; i < ins; i++) for (let j = 0; j < outs; j++) {
      const v = w[i * outs + j];
      if (v === null) continue;
      const [x1, y1] = pos(l, i), [x2, y2] = pos(l + 1, j);
      ctx.beginPath(); ctx.moveTo(x1 + tile, y1 + tile / 2); ctx.lineTo(x2, y2 + tile / 2);
      ctx.strokeStyle = v > 0 ? 'rgba(213,94,0,0.75)' : 'rgba(0,114,178,0.75)';
      ctx.lineWidth = 0.4 + 5 * Math.abs(v) / wMax;
      ctx.stroke();
    }
  });
  // inputs: x₁ grows to the right, x₂ upwards
  const n = frame.unitSize;
  const ramp = vertical => { const a = new Uint8Array(n * n); for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) a[r * n + c] = Math.round(255 * (vertical ? 1 - r / (n - 1) : c / (n - 1))); return a; };
  const drawTile = (bytes, layer, j, label) => {
    const [x, y] = pos(layer, j);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(mapToCanvas(bytes, n, false), x, y, tile, tile);
    ctx.strokeStyle = '#333'; ctx.lineWidth = 1; ctx.strokeRect(x + 0.5, y + 0.5, tile - 1, tile - 1);
    if (label) { ctx.fillStyle = '#333'; ctx.font = '12px sans-serif'; ctx.textAlign = 'center'; ctx.fillText(label, x + tile / 2, y - 3); }
  };
  drawTile(ramp(false), 0, 0, 'x₁');
  drawTile(ramp(true), 0, 1, 'x₂');
  frame.units.forEach((maps, l) => maps.forEach((b64, j) => drawTile(decode(b64), l + 1, j, j === 0 ? `H${l + 1}` : '')));
  const fieldSmall = decode(frame.field);
  drawTile(fieldSmall.length === n * n ? fieldSmall : downsample(fieldSmall, frame.fieldSize, n), sizes.length - 1, 0, 'ŷ');
}

function downsample(bytes, from, to) {
  const out = new Uint8Array(to * to);
  for (let r = 0; r < to; r++) for (let c = 0; c < to; c++) out[r * to + c] = bytes[Math.floor((r + 0.5) * from / to) * from + Math.floor((c + 0.5) * from / to)];
  return out;
}

function renderFormulas() {
  const L = settings.units.length, N = data.train.length, s = frame.sample;
  const f = { relu: 'ReLU', tanh: 'tanh', sigmoid: 'σ' }[settings.activation];
  const shapes = ['X: [' + N + ', 2]'].concat(settings.units.map((u, l) => `W${sup(l + 1)}: [${l ? settings.units[l - 1] : 2}, ${u}]`))
    .concat([`W${sup(L + 1)}: [${settings.units[L - 1]}, 1]`, `Y: [${N}, 1]`]).join(', ');
  const batch = settings.batch >= N ? t('fullBatchNote')(N) : t('miniBatchNote')(settings.batch, Math.ceil(N / settings.batch));
  const norms = frame.gradNorms ? frame.gradNorms.map((v, l) => `‖dW${sup(l + 1)}‖ = ${fmt(v, 5)}`).join(', ') : '—';
  const l2 = settings.l2 > 0 ? ` + λ/2·Σ‖W‖² (= ${fmt(frame.l2Penalty, 5)})` : '';
  const html = [
    ['forward', [`Zˡ = Aˡ⁻¹·Wˡ + bˡ,  Aˡ = ${f}(Zˡ),  l = 1…${L};  A⁰ = X`, `Y = σ(A${sup(L)}·W${sup(L + 1)} + b${sup(L + 1)})`, `${t('shapes')}: ${shapes}`,
      `${t('example')}: x = (${fmt(s.x1, 3)}; ${fmt(s.x2, 3)}), t = ${s.t} → z = ${fmt(s.z, 3)}, ŷ = σ(z) = ${fmt(s.y, 3)}`]],
    ['loss', [`L = −(1/N)·Σ [t·ln ŷ + (1 − t)·ln(1 − ŷ)]${l2}`, `L = ${fmt(frame.trainLoss)} (N = ${N}),  L_val = ${fmt(frame.valLoss)};  ln 2 = ${fmt(Math.LN2)}`]],
    ['backward', [`dZ${sup(L + 1)} = (Y − T)/N,  dWˡ = Aˡ⁻¹ᵀ·dZˡ${settings.l2 > 0 ? ' + λ·Wˡ' : ''},  dbˡ = Σ dZˡ`, `dZˡ = dZˡ⁺¹·Wˡ⁺¹ᵀ ⊙ ${f}′(Zˡ)`, norms]],
    ['update', [`W ← W − η·dW,  η = ${fmt(settings.lr, 4)}`, batch]],
  ];
  const holder = $('formulas');
  holder.replaceChildren();
  for (const [title, lines] of html) {
    const div = document.createElement('div');
    const h = document.createElement('h3'); h.textContent = t(title); div.appendChild(h);
    for (const line of lines) { const p = document.createElement('p'); p.className = 'f'; p.textContent = line; div.appendChild(p); }
    holder.appendChild(div);
  }
}

function sup(n) { return String(n).split('').map(d => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]).join(''); }

function renderCommand() {
  $('command').textContent = frame.command + (lang === 'en' ? ' --lang en' : '');
  $('command').dataset.exact = frame.commandExact;
  $('command-note').textContent = frame.commandExact ? t('exact')
    : t('differs')(frame.commandDifferences.map(d => t('diff')[d] || d).join(', '));
}

// ---- export -------------------------------------------------------------------------------------
function exportPng() {
  if (!frame) return;
  const out = document.createElement('canvas');
  out.width = 1600; out.height = 900;
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1d1d1f'; ctx.font = 'bold 28px sans-serif'; ctx.textAlign = 'left';
  const arch = [2, ...settings.units, 1].join('→');
  ctx.fillText(`${t(settings.dataset)} · MLP ${arch} (${settings.activation}) · η = ${fmt(settings.lr)} · ${t('epoch').toLowerCase()} ${frame.epoch}`, 30, 46);
  ctx.font = '20px sans-serif'; ctx.fillStyle = '#555';
  ctx.fillText(`${t('trainLoss')} ${fmt(frame.trainLoss)}   ${t('valLoss')} ${fmt(frame.valLoss)}   ${t('valAcc')} ${pct(frame.valAcc)}`, 30, 80);
  const field = document.createElement('canvas'); field.width = field.height = 760; drawField(field);
  ctx.drawImage(field, 30, 110);
  const net = document.createElement('canvas'); net.width = 760; net.height = 470; drawNetwork(net);
  ctx.drawImage(net, 810, 110);
  const loss = document.createElement('canvas'); loss.width = 760; loss.height = 270; drawLoss(loss);
  ctx.drawImage(loss, 810, 600);
  const a = document.createElement('a');
  a.download = `nnlesson_playground_${settings.dataset}_epoch${frame.epoch}.png`;
  a.href = out.toDataURL('image/png');
  a.click();
}

// ---- start --------------------------------------------------------------------------------------
settings = readUrl();
setupControls();
setLang(lang);
connect();
