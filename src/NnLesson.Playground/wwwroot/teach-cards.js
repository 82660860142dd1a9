// NnLesson Teach page: class cards, photo uploads, dropped files and folders (the page's scripts share one global scope; teach.js, loaded last, starts it).
'use strict';

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
  input.addEventListener('change', () => { uploadChecked(c.id, [...input.files].map(file => ({ file, path: file.name }))); input.value = ''; });
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
    dropInto(c.id, e.dataTransfer);
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

/**
 * Photos and whole folders dropped on a card. The entries are taken while the drop event runs (the browser empties the
 * DataTransfer when it returns); folders are walked recursively, hidden files skipped as teach skips them, anything but
 * JPEG, PNG and WebP named in the rejected list with the reason, and the caps checked before a byte is sent.
 */
function dropInto(classId, dataTransfer) {
  const entries = [...(dataTransfer.items ?? [])].filter(item => item.kind === 'file')
    .map(item => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null)).filter(Boolean);
  const plain = entries.length ? null : [...dataTransfer.files].map(file => ({ file, path: file.name }));
  return (async () => {
    const found = plain ?? (await Promise.all(entries.map(entry => walkEntry(entry, '')))).flat();
    await uploadChecked(classId, found);
  })();
}

/** A FileSystemEntry → [{ file, path }]: a file, or every file under a folder (readEntries gives a batch a call), in name order. */
async function walkEntry(entry, parent) {
  const path = parent + entry.name;
  if (entry.name.startsWith('.')) return [];
  if (entry.isFile) {
    try { return [{ file: await new Promise((resolve, reject) => entry.file(resolve, reject)), path }]; }
    catch { return [{ file: null, path }]; }
  }
  if (!entry.isDirectory) return [];
  const reader = entry.createReader();
  const children = [];
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject)).catch(() => []);
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files = [];
  for (const child of children) files.push(...await walkEntry(child, path + '/'));
  return files;
}

/** Refuses here what the server would refuse anyway (type, bytes, the class's and the session's room), naming each file; sends the rest. */
async function uploadChecked(classId, found) {
  const c = classes.find(x => x.id === classId);
  if (!c) return;
  const waiting = [...pending.values()].filter(p => !p.predict);
  let inClass = c.samples.length + waiting.filter(p => p.classId === classId).length;
  let inSession = classes.reduce((n, x) => n + x.samples.length, 0) + waiting.length;
  const accepted = [];
  const refuse = reason => rejected.unshift({ name: '', reason });
  for (const { file, path } of found) {
    const both = f => ({ uk: f(TEXT.uk), en: f(TEXT.en) });
    if (!file) refuse(both(T => T.unreadable(path)));
    else if (!(PHOTO_TYPES.test(file.type) || PHOTO_NAMES.test(file.name))) refuse(both(T => T.notPhoto(path)));
    else if (limits && file.size > limits.maxPhotoBytes) refuse(both(T => T.tooBig(path, limits.maxPhotoBytes / 1048576)));
    else if (limits && inSession >= limits.maxPhotosPerSession) refuse(both(T => T.sessionFull(path, limits.maxPhotosPerSession)));
    else if (limits && inClass >= limits.maxPhotosPerClass) refuse(both(T => T.classFull(path, c.name, limits.maxPhotosPerClass)));
    else { accepted.push(file); inClass++; inSession++; }
  }
  rejected.splice(MAX_REJECTED_SHOWN);
  renderRejected();
  await uploadFiles(classId, accepted);
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
