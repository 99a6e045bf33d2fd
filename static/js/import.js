// Import reports: list the chosen files with their sizes (flagging any over the limit)
// and show that the upload is under way once the form is sent.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("import-form");
    if (!form) return;
    var input = form.querySelector("input[type=file]");
    var chosen = document.getElementById("import-chosen");
    var progress = document.getElementById("import-progress");
    var limit = Number(form.dataset.maxBytes) * 1024 * 1024;
    function size(bytes) { return bytes < 1024 * 1024 ? Math.ceil(bytes / 1024) + " KB" : (bytes / 1024 / 1024).toFixed(1) + " MB"; }
    input.addEventListener("change", function () {
      chosen.textContent = "";
      Array.prototype.forEach.call(input.files, function (file) {
        var item = document.createElement("li");
        item.textContent = file.name + " (" + size(file.size) + ")" + (file.size > limit ? " — over the limit, will not load" : "");
        if (file.size > limit) item.className = "over-limit";
        chosen.appendChild(item);
      });
    });
    form.addEventListener("submit", function () {
      var count = input.files.length;
      progress.hidden = false;
      progress.querySelector("span").textContent = "Uploading and reading " + count + " file" + (count === 1 ? "" : "s") + "…";
      form.querySelector("input[type=submit]").disabled = true;
    });
  });
})();
