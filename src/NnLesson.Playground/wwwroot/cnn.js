// NnLesson CNN page. The network trains on the server (NnLesson.Core's FastCnnTrainer, train-cnn's LeNet); this script
// sends the settings and the lecturer's buttons, and shows what the server streams (CnnDraw paints the canvases).
'use strict';

// Ukrainian nouns agree with the number before them (1 епоха, 3 епохи, 20 епох): Intl.PluralRules('uk') names the form.
const UK_PLURAL = new Intl.PluralRules('uk');
const ukWord = (n, one, few, many) => ({ one, few, many })[UK_PLURAL.select(n)] ?? many;

const TEXT = {
  uk: {
    title: 'NnLesson · CNN', subtitle: 'згорткова мережа вчиться бачити на Fashion-MNIST (рушій — NnLesson.Core)',
    reset: '⟲ Скинути', play: '▶ Навчати', pause: '❚❚ Пауза', step: '▶| Крок', epoch: 'Епоха', stepLabel: 'крок',
    toMlp: '← MLP', toTeach: 'Навчити в аудиторії →',
    settings: 'Налаштування', lr: 'Швидкість навчання η', batch: 'Розмір пакета B', channels: 'Фільтри C1, C2',
    filters: 'Фільтри першого шару (conv1, 5×5)', negative: 'від’ємні', positive: 'додатні',
    filtersHint: 'Ваги кожного фільтра w: [C1, 1, 5, 5], кожен у власному масштабі. На початку — шум (ініціалізація He); під час навчання з’являються детектори країв і плям.',
    maps: 'Вибране зображення крізь мережу (клацніть інше в сітці)',
    mapsHint: 'Вихід кожного шару: після conv + ReLU і після max-pool кожен канал у своєму масштабі (чорне — 0, біле — його максимум); dense1 — 120 чисел; ліворуч — ймовірності softmax (жирним — правильний клас).',
    lossTitle: 'Втрати на пакетах (крос-ентропія)', raw: 'кожен пакет', smooth: 'згладжені', epochAxis: 'епоха',
    accuracyTitle: 'Точність на тесті', chance: 'навмання',
    accuracyHint: (every, quick, all) => `● кожні ${every} ${ukWord(every, 'крок', 'кроки', 'кроків')}: перші ${num(quick)} тестових ${ukWord(quick, 'зображення', 'зображення', 'зображень')}; ■ кінець епохи: усі ${num(all)}.`,
    // after «після» the genitive: 0,11 епохи (a fraction), 1 епохи, 21 епохи, but 2 / 5 / 11 епох
    accuracyNote: (images, epochs) => `на ${num(images)} ${ukWord(images, 'зображенні', 'зображеннях', 'зображеннях')}, після ${fmt(epochs, 2)} ${!Number.isInteger(+fmt(epochs, 2).replace(',', '.')) || ukWord(epochs, 'one', 'few', 'many') === 'one' ? 'епохи' : 'епох'}`,
    gridTitle: 'Тестові зображення і відповіді мережі',
    update: (lr, b, steps) => `SGD з моментумом: v ← μ·v + ∂L/∂θ, θ ← θ − η·v; μ = 0,9, η = ${fmt(lr, 4)}, B = ${b}: ${num(steps)} ${ukWord(steps, 'крок', 'кроки', 'кроків')} за епоху; половина зображень віддзеркалена.`,
    network: 'Мережа:', params: n => `${num(n)} ${ukWord(n, 'параметр', 'параметри', 'параметрів')}`,
    data: (folder, train, test, k) => `Дані: ${folder} — ${num(train)} навчальних і ${num(test)} тестових зображень, ${k} ${ukWord(k, 'клас', 'класи', 'класів')}.`,
    diverged: 'Навчання розійшлося: втрати стали NaN. Зменште η і натисніть «Скинути».',
    finished: n => `Навчання завершено: ${n} ${ukWord(n, 'епоха', 'епохи', 'епох')}. «Скинути» — почати знову.`,
    loading: 'Читаю набір даних…',
    disconnected: 'З’єднання з сервером втрачено. Чи працює ще «nnlesson playground»? Оновіть сторінку.',
    footer: 'NnLesson — лекція «Нейронні мережі: від теорії до практичного рішення». Та сама мережа з командного рядка: nnlesson train-cnn (там η ще й спадає за косинусом).',
    right: 'правильно', wrong: 'помилка', truth: 'насправді',
  },
  en: {
    title: 'NnLesson · CNN', subtitle: 'a convolutional network learning to see Fashion-MNIST (engine: NnLesson.Core)',
    reset: '⟲ Reset', play: '▶ Train', pause: '❚❚ Pause', step: '▶| Step', epoch: 'Epoch', stepLabel: 'step',
    toMlp: '← MLP', toTeach: 'Teach in the room →',
    settings: 'Settings', lr: 'Learning rate η', batch: 'Batch size B', channels: 'Filters C1, C2',
    filters: 'First-layer filters (conv1, 5×5)', negative: 'negative', positive: 'positive',
    filtersHint: 'The weights of each filter w: [C1, 1, 5, 5], each on its own scale. Noise at first (He initialisation); edge and blob detectors appear as it trains.',
    maps: 'The chosen image through the network (click another in the grid)',
    mapsHint: 'Each layer’s output: after conv + ReLU and after max-pool every channel on its own scale (black 0, white its maximum); dense1 is 120 numbers; on the left the softmax probabilities (the true class in bold).',
    lossTitle: 'Loss on the batches (cross-entropy)', raw: 'each batch', smooth: 'smoothed', epochAxis: 'epoch',
    accuracyTitle: 'Test accuracy', chance: 'chance',
    accuracyHint: (every, quick, all) => `● every ${every} steps: the first ${num(quick)} test images; ■ end of an epoch: all ${num(all)}.`,
    accuracyNote: (images, epochs) => `on ${num(images)} images, after ${fmt(epochs, 2)} epoch${fmt(epochs, 2) === '1' ? '' : 's'}`,
    gridTitle: 'Test images and the network’s answers',
    update: (lr, b, steps) => `SGD with momentum: v ← μ·v + ∂L/∂θ, θ ← θ − η·v; μ = 0.9, η = ${fmt(lr, 4)}, B = ${b}: ${num(steps)} steps per epoch; half of the images mirrored.`,
    network: 'Network:', params: n => `${num(n)} parameters`,
    data: (folder, train, test, k) => `Data: ${folder} — ${num(train)} training and ${num(test)} test images, ${k} classes.`,
    diverged: 'Training diverged: the loss became NaN. Lower η and press “Reset”.',
    finished: n => `Training finished: ${n} epochs. “Reset” starts again.`,
    loading: 'Reading the data set…',
    disconnected: 'Lost the connection to the server. Is “nnlesson playground” still running? Reload the page.',
    footer: 'NnLesson — lecture “Neural networks: from theory to a practical solution”. The same network from the command line: nnlesson train-cnn (where η also follows a cosine).',
    right: 'right', wrong: 'wrong', truth: 'truth',
  },
};

let lang = 'uk';
let ready = null;      // "ready": data (or missing), limits, defaults
let state = null;      // "state": settings, layers, parameters, stepsPerEpoch
let frame = null;      // the last "frame"
let losses = [];       // every batch's loss so far
let lossEpochs = [];   // where each of them stands in epochs (spread evenly between two frames: B may change during a run)
let evaluations = [];  // every "evaluation" so far
let settings = null;
let socket = null;

const $ = id => document.getElementById(id);
const t = key => TEXT[lang][key];
const locale = () => (lang === 'uk' ? 'uk-UA' : 'en-US');
const fmt = (v, digits = 3) => v === null || v === undefined || !Number.isFinite(Number(v)) ? '–'
  : Number(v).toLocaleString(locale(), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const num = v => Number(v).toLocaleString(locale());
const pct = (v, digits = 1) => !Number.isFinite(Number(v)) ? '–' : `${fmt(100 * Number(v), digits)}${lang === 'uk' ? '\u00a0' : ''}%`;
const names = () => (lang === 'uk' ? ready.data.namesUk : ready.data.namesEn);

// ---- URL ↔ settings (and the language) ----------------------------------------------------------
function readUrl(defaults) {
  const q = new URLSearchParams(location.search);
  const s = { ...defaults };
  if (q.has('lr')) s.learningRate = Number(q.get('lr'));
  if (q.has('batch')) s.batch = Number(q.get('batch'));
  if (q.has('channels')) s.channels = q.get('channels');
  if (q.has('seed')) s.seed = Number(q.get('seed'));
  return s;
}

function writeUrl() {
  if (!settings) return; // before the server's defaults arrive the address still holds what the page was opened with
  const q = new URLSearchParams();
  q.set('lr', settings.learningRate); q.set('batch', settings.batch); q.set('channels', settings.channels); q.set('seed', settings.seed);
  q.set('lang', lang);
  history.replaceState(null, '', '?' + q.toString());
}

// ---- connection ---------------------------------------------------------------------------------
function connect() {
  socket = new WebSocket(`ws://${location.host}/cnn/ws`);
  socket.addEventListener('message', event => receive(JSON.parse(event.data)));
  socket.addEventListener('close', () => { document.body.dataset.connected = '0'; showError(t('disconnected')); });
}

const send = message => { if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message)); };
const configure = () => send({ type: 'configure', settings });

function receive(m) {
  switch (m.type) {
    case 'ready':
      ready = m;
      document.body.dataset.connected = '1';
      if (!m.data) { showError(m.missing[lang]); document.body.dataset.missing = '1'; render(); return; }
      hideError();
      settings = readUrl(m.defaults);
      buildGrid();
      configure();
      return;
    case 'state':
      state = m; settings = { ...m.settings };
      if (m.fresh) { losses = []; lossEpochs = []; evaluations = []; frame = null; }
      hideError(); writeUrl(); syncControls(); return;
    case 'frame':
      losses.splice(m.lossFrom); lossEpochs.splice(m.lossFrom);
      {
        const from = lossEpochs.length ? lossEpochs[lossEpochs.length - 1] : 0, n = m.losses.length;
        m.losses.forEach((v, i) => { losses.push(Number(v)); lossEpochs.push(from + (m.epochs - from) * (i + 1) / n); });
      }
      frame = m;
      document.body.dataset.step = m.step;
      if (m.diverged) showError(t('diverged'));
      render(); return;
    case 'evaluation':
      evaluations.push({ ...m, accuracy: Number(m.accuracy), loss: Number(m.loss) });
      document.body.dataset.evaluations = evaluations.length;
      document.body.dataset.accuracy = m.accuracy;
      render(); return;
    case 'error':
      showError(m.message[lang]); return;
  }
}

function showError(text) { const e = $('error'); e.textContent = text; e.hidden = false; }
function hideError() { $('error').hidden = true; }

// ---- controls -----------------------------------------------------------------------------------
function option(select, value, text) { const o = document.createElement('option'); o.value = value; o.textContent = text; select.appendChild(o); }

function syncControls() {
  if (!ready || !ready.data || !settings) return;
  const rates = [...new Set([0.005, 0.01, 0.02, 0.05, 0.1, 0.2, settings.learningRate])].sort((a, b) => a - b);
  $('lr').replaceChildren(); rates.forEach(r => option($('lr'), r, fmt(r, 4)));
  $('lr').value = String(settings.learningRate);
  $('batch').replaceChildren(); ready.limits.batches.forEach(b => option($('batch'), b, b));
  $('batch').value = String(settings.batch);
  $('channels').value = settings.channels;
  $('update-line').textContent = state ? t('update')(settings.learningRate, settings.batch, state.stepsPerEpoch) : '';
}

function setupControls() {
  $('play').addEventListener('click', () => send({ type: frame && frame.playing ? 'pause' : 'play' }));
  $('step').addEventListener('click', () => send({ type: 'step' }));
  $('reset').addEventListener('click', () => { hideError(); send({ type: 'reset' }); });
  $('lang-uk').addEventListener('click', () => setLang('uk'));
  $('lang-en').addEventListener('click', () => setLang('en'));
  $('lr').addEventListener('change', e => { settings = { ...settings, learningRate: Number(e.target.value) }; configure(); });
  $('batch').addEventListener('change', e => { settings = { ...settings, batch: Number(e.target.value) }; configure(); });
  $('channels').addEventListener('change', e => { settings = { ...settings, channels: e.target.value }; configure(); });
  window.addEventListener('resize', () => render());
}

function setLang(next) {
  lang = next;
  document.documentElement.lang = next;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
  $('lang-uk').classList.toggle('active', next === 'uk');
  $('lang-en').classList.toggle('active', next === 'en');
  if (ready && !ready.data) showError(ready.missing[lang]);
  writeUrl(); syncControls(); render();
}

// ---- the grid of test images ----------------------------------------------------------------------
function buildGrid() {
  const d = ready.data, side = d.width, pixels = CnnDraw.decode(d.gridPixels);
  const holder = $('grid');
  holder.replaceChildren();
  d.gridLabels.forEach((label, i) => {
    const button = document.createElement('button');
    button.type = 'button'; button.dataset.index = i;
    const canvas = document.createElement('canvas');
    CnnDraw.thumbnail(canvas, pixels.subarray(i * side * side, (i + 1) * side * side), side);
    const caption = document.createElement('span'); caption.className = 'label';
    button.append(canvas, caption);
    button.addEventListener('click', () => send({ type: 'select', image: i }));
    holder.appendChild(button);
  });
}

function renderGrid() {
  const d = ready.data;
  [...$('grid').children].forEach((button, i) => {
    const truth = d.gridLabels[i], answer = frame.gridPredicted[i], right = truth === answer;
    button.className = (right ? 'right' : 'wrong') + (i === frame.selected ? ' selected' : '');
    button.querySelector('.label').textContent = names()[answer]; // ✓ or ✗ in the corner (cnn.css), the colour too
    button.title = `${t('truth')}: ${names()[truth]} · ${names()[answer]} ${pct(frame.gridConfidence[i], 0)}`;
  });
}

// ---- everything else that shows -------------------------------------------------------------------
// train-cnn's table in one line: the shape after each step, a ReLU written with the layer before it (its shape is the same).
function networkLine() {
  const parts = [`[1, ${ready.data.height}, ${ready.data.width}]`];
  state.layers.forEach((l, i) => {
    if (l.kind === 'Relu') return;
    const relu = state.layers[i + 1] && state.layers[i + 1].kind === 'Relu' ? ' + ReLU' : '';
    const shape = l.output[1] === 1 && l.output[2] === 1 ? `[${l.output[0]}]` : `[${l.output.join(', ')}]`;
    const what = { Conv: `conv ${l.kernel}×${l.kernel}${l.padding ? ' pad ' + l.padding : ''}`, MaxPool: `max-pool ${l.kernel}×${l.kernel}`,
      Flatten: 'flatten', Dense: 'dense' }[l.kind];
    parts.push(`${what}${relu} ${shape}`);
  });
  return `${t('network')} ${parts.join(' → ')} → softmax · ${t('params')(state.parameters)}`;
}

function render() {
  document.title = `${t('title')}`;
  $('footer').textContent = ready && ready.data ? `${t('data')(ready.data.folder, ready.data.trainImages, ready.data.testImages, ready.data.namesEn.length)} ${t('footer')}` : t('footer');
  if (!ready || !ready.data || !state || !frame) { $('network-line').textContent = ready && ready.data ? t('loading') : ''; return; }
  $('network-line').textContent = networkLine();
  $('play').textContent = frame.playing ? t('pause') : t('play');
  $('epoch').textContent = fmt(frame.epochs, 2);
  $('step-count').textContent = num(frame.step);
  if (frame.finished) showError(t('finished')(ready.limits.maxEpochs));
  syncControls();
  const d = ready.data, side = d.width;
  CnnDraw.filters($('filters'), frame.filters.map(Number), frame.filterCount, frame.kernel);
  const pixels = CnnDraw.decode(d.gridPixels).subarray(frame.selected * side * side, (frame.selected + 1) * side * side);
  CnnDraw.maps($('maps'), pixels, side, frame.maps, frame.probabilities.map(Number), names(), d.gridLabels[frame.selected], p => pct(p, 0));
  const epochs = Math.max(frame.epochs, ...evaluations.map(e => e.epochs));
  CnnDraw.loss($('loss'), losses, lossEpochs, epochs, TEXT[lang], fmt);
  CnnDraw.accuracy($('accuracy-chart'), evaluations, epochs, d.namesEn.length, TEXT[lang], fmt, pct);
  const last = evaluations[evaluations.length - 1];
  $('accuracy').textContent = last ? pct(last.accuracy) : '–';
  $('accuracy-note').textContent = last ? t('accuracyNote')(last.images, last.epochs) : '';
  $('accuracy-hint').textContent = t('accuracyHint')(ready.limits.quickTestEvery, d.quickTestImages, d.testImages);
  renderGrid();
}

// ---- start --------------------------------------------------------------------------------------
{
  const q = new URLSearchParams(location.search);
  if (q.get('lang') === 'en' || q.get('lang') === 'uk') lang = q.get('lang');
}
setupControls();
setLang(lang);
connect();
