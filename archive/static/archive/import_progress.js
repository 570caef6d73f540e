// Live progress of a queued import on its admin page: polls the run's JSON endpoint every
// second and updates the figures the page rendered; once the run has ended, reloads the page
// so that it shows the run's final counts and report. Without JavaScript the page shows the
// state at the time it was loaded (reload it to update).
//
// The admin puts its form media in the page's <head>: the box is looked up once the document
// is parsed, not when the script runs (it ran before the box existed and never polled).
(function () {
  "use strict";
  var box, url;

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return "—";
    seconds = Math.round(seconds);
    if (seconds < 60) return seconds + " s";
    var minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + " min " + String(seconds % 60).padStart(2, "0") + " s";
    return Math.floor(minutes / 60) + " h " + String(minutes % 60).padStart(2, "0") + " min";
  }

  function set(name, value) {
    var node = box.querySelector('[data-field="' + name + '"]');
    if (node) node.textContent = value;
  }

  function show(p) {
    var bar = box.querySelector("progress");
    if (bar) {
      bar.max = Math.max(p.files_total, 1);
      bar.value = p.files_done;
    }
    set("status", p.status_label);
    set("files_done", p.files_done.toLocaleString());
    set("files_total", p.files_total.toLocaleString());
    set("percent", p.percent + " %");
    set("rate", p.files_per_second.toLocaleString() + " files/s");
    set("eta", duration(p.eta_seconds));
    set("batches", p.batches_done + " / " + p.batches_total);
    set("created", p.created.toLocaleString());
    set("unchanged", p.unchanged.toLocaleString());
    set("failed", p.failed.toLocaleString());
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (p) {
        show(p);
        if (p.finished) {
          box.dataset.finished = "1";
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 5000); // the server may be restarting: try again, less often
      });
  }
  function start() {
    box = document.getElementById("import-progress");
    if (!box || box.dataset.finished === "1") return;
    url = box.dataset.url;
    box.querySelector("[data-hint]")?.remove();
    window.setTimeout(poll, 1000);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
