// chidao: upload with per-file progress, and review keyboard shortcuts. No build step.
(function () {
  "use strict";
  function csrf() { var m = document.querySelector('meta[name="csrf-token"]'); return m ? m.content : ""; }

  // ---- upload: one request per file to /api/upload, showing progress and the result
  function setupUpload() {
    var zone = document.getElementById("dropzone"), input = document.getElementById("file-input");
    var list = document.getElementById("upload-results");
    if (!zone || !input || !list) return;
    function send(file) {
      var li = document.createElement("li"), name = document.createElement("strong"), bar = document.createElement("progress");
      var msg = document.createElement("span");
      name.textContent = file.name; bar.max = 100; bar.value = 0;
      li.append(name, " ", bar, " ", msg); list.prepend(li);
      var fd = new FormData(); fd.append("files", file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/upload");
      xhr.setRequestHeader("X-CSRF-Token", csrf());
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); } };
      xhr.upload.onload = function () { msg.textContent = "đang trích xuất…"; };
      xhr.onload = function () {
        bar.remove();
        var r;
        try { r = JSON.parse(xhr.responseText); } catch (err) { r = null; }
        if (xhr.status === 200 && r && r[0]) {
          r = r[0]; li.className = r.ok ? "ok" : "fail";
          msg.textContent = ": ";
          if (r.directive_id) { var a = document.createElement("a"); a.href = "/directives/" + r.directive_id; a.textContent = r.message; msg.append(a); }
          else { msg.append(r.message); }
        } else { li.className = "fail"; msg.textContent = ": lỗi " + xhr.status + (r && r.detail ? " — " + r.detail : ""); }
      };
      xhr.onerror = function () { li.className = "fail"; msg.textContent = ": mất kết nối"; };
      xhr.send(fd);
    }
    function sendAll(files) { for (var i = 0; i < files.length; i++) send(files[i]); }
    input.addEventListener("change", function () { sendAll(input.files); input.value = ""; });
    ["dragenter", "dragover"].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); }); });
    ["dragleave", "drop"].forEach(function (t) { zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("over"); }); });
    zone.addEventListener("drop", function (e) { if (e.dataTransfer) sendAll(e.dataTransfer.files); });
    zone.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });
  }

  // ---- review: j/k move, a accept, x reject, e edit, u undo
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.task-row")); }
  var current = 0;
  function select(i, quiet) {
    var r = rows(); if (!r.length) return;
    current = Math.max(0, Math.min(i, r.length - 1));
    r.forEach(function (x) { x.classList.remove("current"); });
    var row = r[current]; row.classList.add("current");
    if (quiet) return;
    row.scrollIntoView({block: "nearest"});
    var id = row.getAttribute("data-task"), anchor = document.getElementById("task-" + id);
    var pane = document.querySelector(".source-pane pre.source");
    if (anchor && pane) { pane.scrollTop = anchor.offsetTop - pane.offsetTop - 40; }
  }
  function setupKeys() {
    if (!document.querySelector("tr.task-row")) return;
    select(0, true);
    document.addEventListener("keydown", function (e) {
      var tag = (e.target && e.target.tagName) || "";
      if (/^(INPUT|TEXTAREA|SELECT)$/.test(tag) || e.ctrlKey || e.metaKey || e.altKey) return;
      var r = rows(); if (!r.length) return;
      var row = r[current];
      if (e.key === "j") { select(current + 1); }
      else if (e.key === "k") { select(current - 1); }
      else if (e.key === "e") { var d = row.querySelector("details.edit"); if (d) { d.open = true; var t = d.querySelector("textarea"); if (t) t.focus(); } }
      else {
        var b = row.querySelector('button[data-key="' + e.key + '"]'); if (!b) return;
        if (row.querySelector(".htmx-request")) { e.preventDefault(); return; }  // this row is being saved
        // a row swapped in a moment ago may not be wired by htmx yet: wire it now, so the click
        // is sent by htmx (and the row replaced) instead of submitting the whole page
        if (window.htmx && b.form) { window.htmx.process(b.form); }
        b.click();
      }
      e.preventDefault();
    });
    document.body.addEventListener("htmx:afterSwap", function () { var r = rows(); if (r[current]) r[current].classList.add("current"); });
  }
  // ---- htmx errors (403, 500 ...) are not swapped in: say so instead of failing silently
  function setupErrors() {
    document.body.addEventListener("htmx:responseError", function (e) {
      var xhr = e.detail.xhr, text = "Lỗi " + xhr.status;
      try { text += ": " + JSON.parse(xhr.responseText).detail; } catch (err) { /* HTML error page */ }
      window.alert(text);
    });
    document.body.addEventListener("htmx:sendError", function () { window.alert("Mất kết nối tới máy chủ."); });
  }
  document.addEventListener("DOMContentLoaded", function () { setupUpload(); setupKeys(); setupErrors(); });
})();
