// NnLesson Teach page: the webcam, recording, live prediction, the bars and the class activation map (the page's scripts share one global scope; teach.js, loaded last, starts it).
'use strict';

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

let framesInFlight = 0;           // frames sent and not yet answered (≤ FRAMES_IN_FLIGHT)
let shownSeq = 0;                 // the frame whose bars are drawn
let lastFrameTime = -1;           // the video time of the last frame sent: the same picture is not sent twice
let capturing = false;
/**
 * Up to FRAMES_IN_FLIGHT frames in flight (bench/RESULTS-teach-page.md: one), and never the same video frame twice;
 * an answer older than the bars on screen is not drawn.
 */
async function predictLoop() {
  if (!predicting || !camera) return;
  const video = $('video');
  if (!capturing && framesInFlight < FRAMES_IN_FLIGHT && headClasses && socket.readyState === WebSocket.OPEN
      && video.currentTime !== lastFrameTime) {
    capturing = true;
    lastFrameTime = video.currentTime;
    const captured = performance.now();
    const frame = await grabFrame();
    if (frame && predicting) {
      framesInFlight++;
      const s = ++seq;
      pending.set(s, { predict: true, captured, resolve: () => {} });
      sendPhoto({ type: 'predict', seq: s }, frame.bytes);
    }
    capturing = false;
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
