// NnLesson Teach page. ResNet-18 and the softmax head run on the server (the same code as `nnlesson teach`);
// the page records webcam frames and picks files, sends them over the WebSocket, and draws what comes back.
// Its scripts, loaded in this order: teach-text.js (constants, both languages), teach-cards.js, teach-camera.js,
// teach-training.js, and this one (state, connection, language, start), which runs last.
'use strict';

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
      if (p && p.predict) { framesInFlight = Math.max(0, framesInFlight - 1); break; }
      rejected.unshift({ name: message.name, reason: message.reason }); rejected.splice(MAX_REJECTED_SHOWN);
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
        document.body.dataset.stopped = message.stopped ? '1' : '0';
        document.body.dataset.valCorrect = String(message.valCorrect ?? '');
        document.body.dataset.valCount = String(run.started.validation);
      }
      renderTraining();
      break;
    case 'prediction': {
      const p = pending.get(message.seq); pending.delete(message.seq);
      framesInFlight = Math.max(0, framesInFlight - 1);
      if (message.seq < shownSeq) break;       // an older frame than the bars show: never drawn over a newer one
      shownSeq = message.seq;
      prediction = message;
      if (p) {
        const latency = performance.now() - p.captured;
        const now = performance.now();
        predictStats.times.push(now); predictStats.latencies.push(latency); predictStats.count++;
        while (predictStats.times.length > 0 && now - predictStats.times[0] > 3000) { predictStats.times.shift(); predictStats.latencies.shift(); }
        p.resolve(true);
      }
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
    predictStats.times = []; predictStats.latencies = []; framesInFlight = 0; lastFrameTime = -1;
    if (predicting) predictLoop(); else { prediction = null; renderBars(); drawCam(); }
  });
  $('train').addEventListener('click', () => send({ type: 'train', settings: readSettings() }));
  $('stop').addEventListener('click', () => send({ type: 'stopTraining' }));
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
