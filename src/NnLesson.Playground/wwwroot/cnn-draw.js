// NnLesson CNN page: the canvases. Every number drawn here was computed on the server (NnLesson.Core); this file only paints.
'use strict';

const CnnDraw = (() => {
  const BLUE = [0, 114, 178], RED = [213, 94, 0], WHITE = [255, 255, 255];

  // w / max|w| in −1 … 1 → blue … white … vermillion (the filter figure's scale, in colour: the sign shows at a glance).
  const diverging = u => {
    const [to, k] = u < 0 ? [BLUE, -u] : [RED, u];
    return WHITE.map((c, i) => Math.round(c + (to[i] - c) * Math.min(1, k)));
  };

  // Canvases keep their drawing size in pixels: match it to the laid-out width (sharp on a projector), height from the layout.
  function fit(canvas, height) {
    const width = Math.max(120, Math.floor(canvas.clientWidth * (window.devicePixelRatio || 1)));
    const scale = width / Math.max(1, canvas.clientWidth);
    if (canvas.width !== width) canvas.width = width;
    const h = Math.round(height * scale);
    if (canvas.height !== h) { canvas.height = h; canvas.style.height = `${height}px`; }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    return { ctx, width: canvas.clientWidth, height };
  }

  // A [h, w] block of bytes (0 black … 255 white) or of RGB triples, drawn at (x, y) with square cells of `cell` pixels.
  function cells(ctx, x, y, w, h, cell, colour) {
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) {
      ctx.fillStyle = colour(r * w + c);
      ctx.fillRect(x + c * cell, y + r * cell, Math.ceil(cell), Math.ceil(cell));
    }
  }

  const grey = v => `rgb(${v},${v},${v})`;

  // filters: [count·k·k] floats, w: [count, 1, k, k]; each filter on its own scale max|w|.
  function filters(canvas, values, count, k) {
    const columns = count <= 4 ? count : count <= 16 ? 4 : 8;
    const rows = Math.ceil(count / columns);
    const gap = 6;
    const width = canvas.clientWidth || 300;
    const tile = Math.floor((width - gap * (columns - 1)) / columns);
    const { ctx } = fit(canvas, rows * tile + (rows - 1) * gap);
    ctx.clearRect(0, 0, width, rows * (tile + gap));
    for (let f = 0; f < count; f++) {
      const w = values.slice(f * k * k, (f + 1) * k * k);
      const max = Math.max(1e-8, ...w.map(Math.abs));
      const x = (f % columns) * (tile + gap), y = Math.floor(f / columns) * (tile + gap);
      cells(ctx, x, y, k, k, tile / k, i => `rgb(${diverging(w[i] / max).join(',')})`);
      ctx.strokeStyle = '#888'; ctx.lineWidth = 1; ctx.strokeRect(x + 0.5, y + 0.5, tile - 1, tile - 1);
    }
  }

  function decode(b64) { const s = atob(b64); const a = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a; }

  // The chosen image through every layer: the image and its softmax on the left, each layer's maps in a band on the right.
  function maps(canvas, input, side, layers, probabilities, names, truth, fmtPct) {
    const width = canvas.clientWidth || 560;
    const left = Math.min(230, Math.max(170, Math.round(width * 0.3)));
    const area = width - left - 12;
    const bands = layers.map(layer => {
      const pixels = decode(layer.values);
      const dense = layer.channels === 1 && layer.height === 1;
      const columns = dense ? Math.min(30, layer.width) : layer.channels <= 8 ? layer.channels : layer === layers[0] ? 8 : 16;
      const count = dense ? layer.width : layer.channels;
      const rows = Math.ceil(count / columns);
      const gap = dense ? 0 : 3;
      const tile = Math.min(dense ? 14 : 72, Math.floor((area - gap * (columns - 1)) / columns));
      return { layer, pixels, dense, columns, rows, gap, tile };
    });
    const labelHeight = 18;
    const height = Math.max(left + 12 * 18 + 30, bands.reduce((h, b) => h + labelHeight + b.rows * (b.tile + b.gap) + 8, 0));
    const { ctx } = fit(canvas, height);
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, width, height);
    // the input, 28×28 grey pixels as they are (not normalised)
    const big = left - 20;
    cells(ctx, 0, 0, side, side, big / side, i => grey(input[i]));
    ctx.strokeStyle = '#333'; ctx.strokeRect(0.5, 0.5, big, big);
    // softmax: one bar per class; the true class's name underlined, the answer's bar in its colour
    const answer = probabilities.indexOf(Math.max(...probabilities));
    ctx.font = '13px "DejaVu Sans", sans-serif'; ctx.textBaseline = 'middle';
    ctx.fillStyle = '#555'; ctx.fillText(`softmax [${probabilities.length}]`, 0, big + 16);
    probabilities.forEach((p, k) => {
      const y = big + 32 + k * 18;
      ctx.fillStyle = k === truth ? '#1d1d1f' : '#666';
      ctx.font = `${k === truth ? 'bold ' : ''}12px "DejaVu Sans", sans-serif`;
      ctx.textAlign = 'left'; ctx.fillText(names[k], 0, y);
      const barX = Math.round(left * 0.56), barW = left - barX - 44;
      ctx.fillStyle = '#eee'; ctx.fillRect(barX, y - 6, barW, 12);
      ctx.fillStyle = k === answer ? (answer === truth ? '#009E73' : '#D55E00') : '#999';
      ctx.fillRect(barX, y - 6, Math.max(1, p * barW), 12);
      ctx.fillStyle = '#333'; ctx.textAlign = 'right'; ctx.fillText(fmtPct(p), left - 4, y);
    });
    ctx.textAlign = 'left';
    let y = 0;
    for (const b of bands) {
      const { layer } = b;
      ctx.fillStyle = '#333'; ctx.font = '13px "DejaVu Sans", sans-serif'; ctx.textBaseline = 'top';
      const shape = b.dense ? `[${layer.width}]` : `[${layer.channels}, ${layer.height}, ${layer.width}]`;
      ctx.fillText(`${layer.name}  ${shape}`, left + 12, y + 2);
      y += labelHeight;
      const size = layer.height * layer.width;
      const count = b.dense ? layer.width : layer.channels;
      for (let m = 0; m < count; m++) {
        const x = left + 12 + (m % b.columns) * (b.tile + b.gap), top = y + Math.floor(m / b.columns) * (b.tile + b.gap);
        if (b.dense) { ctx.fillStyle = grey(b.pixels[m]); ctx.fillRect(x, top, b.tile, b.tile); continue; }
        cells(ctx, x, top, layer.width, layer.height, b.tile / layer.width, i => grey(b.pixels[m * size + i]));
      }
      if (b.dense) { ctx.strokeStyle = '#bbb'; ctx.strokeRect(left + 12.5, y + 0.5, b.columns * b.tile, b.rows * b.tile); }
      y += b.rows * (b.tile + b.gap) + 8;
    }
  }

  // Axes in epochs (x) and the given range (y); returns the mappings.
  function axes(ctx, w, h, xMax, yMax, yLabel, xLabel, fmt, yTicks = 4) {
    const L = 44, R = 20, T = 8, B = 30;
    const X = e => L + e / xMax * (w - L - R), Y = v => T + (1 - v / yMax) * (h - T - B);
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, w, h);
    ctx.strokeStyle = '#ddd'; ctx.lineWidth = 1; ctx.fillStyle = '#555'; ctx.font = '12px "DejaVu Sans", sans-serif';
    ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
    for (let i = 0; i <= yTicks; i++) {
      const v = yMax * i / yTicks;
      ctx.beginPath(); ctx.moveTo(L, Y(v)); ctx.lineTo(w - R, Y(v)); ctx.stroke();
      ctx.fillText(yLabel(v), L - 4, Y(v));
    }
    ctx.textAlign = 'center'; ctx.textBaseline = 'alphabetic';
    const step = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10].find(s => xMax / s <= 6) ?? 10;
    for (let i = 0; i * step <= xMax + 1e-9; i++) ctx.fillText(fmt(i * step, 2), X(i * step), h - B + 15);
    ctx.fillText(xLabel, (L + w) / 2, h - 2);
    return { X, Y, L, R, T, B };
  }

  // Per-batch losses (light) and their exponential moving average s ← 0.95·s + 0.05·L (dark), over epochs.
  function loss(canvas, losses, at, epochs, texts, fmt) {
    const { ctx, width: w, height: h } = fit(canvas, canvas.clientWidth > 520 ? 210 : 108);
    const xMax = Math.max(0.25, epochs);
    const finite = losses.filter(Number.isFinite);
    const yMax = Math.max(0.5, Math.min(3, Math.max(...finite.slice(0, 200), 0.5))) * 1.05;
    const { X, Y } = axes(ctx, w, h, xMax, yMax, v => fmt(v, 1), texts.epochAxis, fmt);
    const stride = Math.max(1, Math.floor(losses.length / 1500));
    const line = (values, colour, width) => {
      ctx.beginPath(); ctx.strokeStyle = colour; ctx.lineWidth = width;
      values.forEach((v, i) => { if (i % stride) return; const x = X(at[i]), y = Y(Math.min(v, yMax)); i ? ctx.lineTo(x, y) : ctx.moveTo(x, y); });
      ctx.stroke();
    };
    line(losses, 'rgba(0,114,178,0.28)', 1);
    let s = finite[0] ?? 0;
    line(losses.map(v => (s = 0.95 * s + 0.05 * (Number.isFinite(v) ? v : s))), '#0072B2', 2.5);
    ctx.font = '13px "DejaVu Sans", sans-serif'; ctx.textAlign = 'right';
    ctx.fillStyle = 'rgba(0,114,178,0.6)'; ctx.fillText(`— ${texts.raw}`, w - 12, 22);
    ctx.fillStyle = '#0072B2'; ctx.fillText(`━ ${texts.smooth}`, w - 12, 40);
  }

  // Test accuracy over epochs: quick measurements as circles, full ones as squares with their value; chance 1/K dashed.
  function accuracy(canvas, evaluations, epochs, classes, texts, fmt, fmtPct) {
    const { ctx, width: w, height: h } = fit(canvas, canvas.clientWidth > 520 ? 170 : 92);
    const xMax = Math.max(0.25, epochs);
    const { X, Y } = axes(ctx, w, h, xMax, 1, v => fmtPct(v, 0), texts.epochAxis, fmt, 4);
    ctx.setLineDash([5, 4]); ctx.strokeStyle = '#999'; ctx.beginPath(); ctx.moveTo(X(0), Y(1 / classes)); ctx.lineTo(X(xMax), Y(1 / classes)); ctx.stroke();
    ctx.setLineDash([]);
    const quick = evaluations.filter(e => e.kind === 'Quick'), full = evaluations.filter(e => e.kind === 'Full');
    ctx.strokeStyle = '#0072B2'; ctx.lineWidth = 1.5; ctx.beginPath();
    quick.forEach((e, i) => i ? ctx.lineTo(X(e.epochs), Y(e.accuracy)) : ctx.moveTo(X(e.epochs), Y(e.accuracy)));
    ctx.stroke();
    ctx.fillStyle = '#0072B2';
    for (const e of quick) { ctx.beginPath(); ctx.arc(X(e.epochs), Y(e.accuracy), 3, 0, 2 * Math.PI); ctx.fill(); }
    ctx.font = 'bold 12px "DejaVu Sans", sans-serif'; ctx.textAlign = 'center';
    for (const e of full) {
      ctx.fillStyle = '#D55E00'; ctx.fillRect(X(e.epochs) - 5, Y(e.accuracy) - 5, 10, 10);
      ctx.fillStyle = '#1d1d1f'; ctx.fillText(fmtPct(e.accuracy, 1), X(e.epochs), Y(e.accuracy) + 20);
    }
    ctx.fillStyle = '#777'; ctx.font = '12px "DejaVu Sans", sans-serif'; ctx.textAlign = 'left';
    ctx.fillText(texts.chance, X(0) + 4, Y(1 / classes) - 5);
  }

  // A grid image: [side, side] grey bytes into a small canvas (CSS scales it up, pixelated).
  function thumbnail(canvas, pixels, side) {
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d');
    const image = ctx.createImageData(side, side);
    for (let i = 0; i < side * side; i++) image.data.set([pixels[i], pixels[i], pixels[i], 255], 4 * i);
    ctx.putImageData(image, 0, 0);
  }

  return { filters, maps, loss, accuracy, thumbnail, decode };
})();
