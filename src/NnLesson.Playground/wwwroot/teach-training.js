// NnLesson Teach page: training the head: status, gradient check, the formula with numbers, the curves (the page's scripts share one global scope; teach.js, loaded last, starts it).
'use strict';

// ---- training ------------------------------------------------------------------------------------
function readSettings() {
  const n = id => Number($(id).value);
  return { epochs: n('epochs'), lr: n('lr'), l2: n('l2'), valFraction: n('val-fraction'), seed: n('seed') };
}

function renderTrainButton() {
  const ready = classes.length >= 2 && classes.every(c => c.samples.length >= 1);
  const running = !!(run && !(run.progress && (run.progress.finished || run.progress.diverged)));
  $('train').disabled = !ready || running;
  $('stop').hidden = !running;
  $('export').disabled = !headClasses;
}

function renderTraining() {
  const status = $('train-status');
  if (!run) { status.textContent = ''; drawCurves(); renderTrainButton(); return; }
  const s = run.started;
  const p = run.progress;
  const last = a => a.length ? a[a.length - 1] : null;
  $('train-loss').textContent = fmt(last(run.trainLoss));
  $('val-loss').textContent = fmt(last(run.valLoss));
  $('train-acc').textContent = pct(last(run.trainAcc));
  $('val-acc').textContent = run.valAcc.length ? pct(last(run.valAcc)) + (p && p.finished ? ` (${p.valCorrect}/${s.validation})` : '') : '–';
  status.textContent = p && p.finished && p.stopped ? t('stopped')(p.measured - 1, p.valCorrect, s.validation)
    : p && p.finished ? t('trained')(p.valCorrect, s.validation) : t('training_')(p ? p.measured - 1 : 0, s.epochs);
  const check = $('check');
  check.textContent = t('split')(s.train, s.validation, s.splitBySeed, s.valFraction) + ' ' + t('check')({ ...s.check, parameters: s.parameters })
    + (s.check.max < s.check.tolerance ? '' : t('checkWarn'));
  check.classList.toggle('warn', !(s.check.max < s.check.tolerance));
  $('command').textContent = ((p && p.command) || s.command) + (lang === 'en' ? ' --lang en' : ''); // after a stop: the epochs taken
  $('command-note').textContent = t('commandNote');
  renderFormula();
  drawCurves();
  renderTrainButton();
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
