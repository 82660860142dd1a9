// Slide navigation: arrow keys (and PageUp/PageDown, Space, Home, End), F for full screen, the slide in the URL's #.
// Present mode (#present, key P): every figure one step, filling the screen under its slide's heading and formulas;
// N shows the speaker notes (what the slide shows, the run's numbers), S opens them in a second window.
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll("section.slide"));
  var steps = Array.prototype.slice.call(document.querySelectorAll("section.slide figure"));
  var current = 0;
  var step = 0;
  var presenting = false;
  var notesWindow = null;

  function setHash(hash) {
    if (location.hash !== hash) {
      try { history.replaceState(null, "", hash); } catch (e) { /* some file:// setups refuse; the view still changes */ }
    }
  }

  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (s, k) { s.classList.toggle("current", k === current); });
    document.getElementById("counter").textContent = (current + 1) + " / " + slides.length;
    document.body.setAttribute("data-current", slides[current].id);
    if (!presenting) {
      setHash("#" + slides[current].id);
      window.scrollTo(0, 0);
    }
  }

  // The figure of step k scaled to fill its box (the space under the heading and formulas), its aspect kept:
  // s = min(boxW / w, boxH / h), then centred.
  function fit() {
    if (!presenting || steps.length === 0) { return; }
    var figure = steps[step];
    var img = figure.querySelector("img");
    var box = figure.getBoundingClientRect();
    var w = Number(img.getAttribute("width")) || img.naturalWidth || 1;
    var h = Number(img.getAttribute("height")) || img.naturalHeight || 1;
    var s = Math.min(box.width / w, box.height / h);
    img.style.width = Math.floor(w * s) + "px";
    img.style.height = Math.floor(h * s) + "px";
    img.style.left = Math.floor((box.width - w * s) / 2) + "px";
    img.style.top = Math.floor((box.height - h * s) / 2) + "px";
  }

  function notesOf(k) {
    var figure = steps[k];
    var section = figure.closest("section.slide");
    var lines = [];
    var heading = section.querySelector("h2");
    lines.push({ kind: "h", text: heading ? heading.textContent : "" });
    lines.push({ kind: "p", text: (k + 1) + " / " + steps.length + " · " + figure.querySelector("img").getAttribute("alt") });
    var shows = section.querySelector(".shows");
    if (shows) { lines.push({ kind: "p", text: shows.textContent }); }
    Array.prototype.forEach.call(section.querySelectorAll("table.numbers tr"), function (row) {
      lines.push({ kind: "n", text: row.cells[0].textContent + ": " + row.cells[1].textContent });
    });
    return lines;
  }

  function fillNotes(container, k) {
    var doc = container.ownerDocument;
    container.textContent = "";
    notesOf(k).forEach(function (line) {
      var el = doc.createElement(line.kind === "h" ? "h2" : "p");
      if (line.kind === "n") { el.className = "number"; }
      el.textContent = line.text;
      container.appendChild(el);
    });
  }

  function updateNotes() {
    if (!presenting || steps.length === 0) { return; }
    var aside = document.getElementById("notes");
    if (!aside.hidden) { fillNotes(aside, step); }
    if (notesWindow && !notesWindow.closed) {
      fillNotes(notesWindow.document.body, step);
      notesWindow.document.title = aside.getAttribute("data-title");
    }
  }

  function showStep(k) {
    if (steps.length === 0) { return; }
    step = Math.max(0, Math.min(steps.length - 1, k));
    var section = steps[step].closest("section.slide");
    show(slides.indexOf(section));
    steps.forEach(function (f, i) { f.classList.toggle("current", i === step); });
    document.body.setAttribute("data-step", String(step + 1));
    setHash("#present-" + (step + 1));
    fit();
    updateNotes();
  }

  function present(on, k) {
    presenting = on && steps.length > 0;
    document.body.classList.toggle("presenting", presenting);
    if (presenting) {
      showStep(k);
    } else {
      document.getElementById("notes").hidden = true;
      steps.forEach(function (f) {
        f.classList.remove("current");
        var img = f.querySelector("img");
        img.style.width = img.style.height = img.style.left = img.style.top = "";
      });
      document.body.removeAttribute("data-step");
      show(current);
    }
  }

  function toggleNotes() {
    var aside = document.getElementById("notes");
    aside.hidden = !aside.hidden;
    updateNotes();
  }

  function openNotesWindow() {
    notesWindow = window.open("", "nnlesson-notes", "width=640,height=720");
    if (!notesWindow) { return; }
    var style = notesWindow.document.createElement("style");
    style.textContent = "body { font: 20px/1.45 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; margin: 1.2rem; } h2 { color: #0072B2; } .number { font-family: 'DejaVu Sans Mono', Consolas, monospace; margin: 0.1rem 0; }";
    notesWindow.document.head.appendChild(style);
    updateNotes();
  }

  function fromHash() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    var match = /^present(?:-(\d+))?$/.exec(id);
    if (match) { return { present: true, step: match[1] ? Number(match[1]) - 1 : 0 }; }
    var index = slides.findIndex(function (s) { return s.id === id; });
    return { present: false, slide: index < 0 ? 0 : index };
  }

  function route() {
    var where = fromHash();
    if (where.present) { present(true, where.step); } else { present(false); show(where.slide); }
  }

  // P from the handout starts at the first figure of the slide on screen (or the next slide that has one).
  function firstStepFrom(slideIndex) {
    var k = steps.findIndex(function (f) { return slides.indexOf(f.closest("section.slide")) >= slideIndex; });
    return k < 0 ? 0 : k;
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () { /* refused without a user gesture */ });
    }
  }

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (presenting) {
      switch (e.key) {
        case "ArrowRight": case "ArrowDown": case "PageDown": case " ": case "Enter": showStep(step + 1); break;
        case "ArrowLeft": case "ArrowUp": case "PageUp": case "Backspace": showStep(step - 1); break;
        case "Home": showStep(0); break;
        case "End": showStep(steps.length - 1); break;
        case "n": case "N": toggleNotes(); break;
        case "s": case "S": openNotesWindow(); break;
        case "p": case "P": case "Escape": present(false); break;
        case "f": case "F": toggleFullScreen(); break;
        default: return;
      }
    } else {
      switch (e.key) {
        case "ArrowRight": case "PageDown": case " ": show(current + 1); break;
        case "ArrowLeft": case "PageUp": show(current - 1); break;
        case "Home": show(0); break;
        case "End": show(slides.length - 1); break;
        case "f": case "F": toggleFullScreen(); break;
        case "p": case "P": present(true, firstStepFrom(current)); break;
        default: return;
      }
    }
    e.preventDefault();
  });
  // A click in present mode steps forward (a click with Shift steps back); a click on the notes does nothing.
  document.addEventListener("click", function (e) {
    if (!presenting || e.target.closest("#notes")) { return; }
    showStep(e.shiftKey ? step - 1 : step + 1);
  });
  document.getElementById("prev").addEventListener("click", function () { show(current - 1); });
  document.getElementById("next").addEventListener("click", function () { show(current + 1); });
  document.getElementById("fullscreen").addEventListener("click", toggleFullScreen);
  document.getElementById("present-button").addEventListener("click", function (e) { e.stopPropagation(); present(true, firstStepFrom(current)); });
  window.addEventListener("resize", fit);
  window.addEventListener("hashchange", route);
  route();
})();
