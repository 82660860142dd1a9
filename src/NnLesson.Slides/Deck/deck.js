// Slide navigation: arrow keys (and PageUp/PageDown, Space, Home, End), F for full screen, the slide in the URL's #.
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll("section.slide"));
  var current = 0;

  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (s, k) { s.classList.toggle("current", k === current); });
    document.getElementById("counter").textContent = (current + 1) + " / " + slides.length;
    document.body.setAttribute("data-current", slides[current].id);
    if (location.hash !== "#" + slides[current].id) {
      try { history.replaceState(null, "", "#" + slides[current].id); } catch (e) { /* some file:// setups refuse; the slide still changes */ }
    }
    window.scrollTo(0, 0);
  }

  function fromHash() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    var index = slides.findIndex(function (s) { return s.id === id; });
    return index < 0 ? 0 : index;
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
    switch (e.key) {
      case "ArrowRight": case "PageDown": case " ": show(current + 1); break;
      case "ArrowLeft": case "PageUp": show(current - 1); break;
      case "Home": show(0); break;
      case "End": show(slides.length - 1); break;
      case "f": case "F": toggleFullScreen(); break;
      default: return;
    }
    e.preventDefault();
  });
  document.getElementById("prev").addEventListener("click", function () { show(current - 1); });
  document.getElementById("next").addEventListener("click", function () { show(current + 1); });
  document.getElementById("fullscreen").addEventListener("click", toggleFullScreen);
  window.addEventListener("hashchange", function () { show(fromHash()); });
  show(fromHash());
})();
