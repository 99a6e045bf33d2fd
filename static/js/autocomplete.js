// Actor names as the user types, under the search box. Progressive enhancement:
// without JavaScript the form is a plain search form.
(function () {
  "use strict";
  document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
    var list = document.createElement("ul");
    list.className = "autocomplete-list";
    list.setAttribute("role", "listbox");
    list.id = "autocomplete-" + Math.random().toString(36).slice(2);
    list.hidden = true;
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    input.parentNode.appendChild(list);
    var timer = null, active = -1, last = "";

    function close() { list.hidden = true; active = -1; }
    function choose(name) { input.value = name; close(); input.form.submit(); }
    function render(results) {
      list.textContent = "";
      results.forEach(function (result, i) {
        var item = document.createElement("li");
        item.setAttribute("role", "option");
        item.textContent = result.name;  // text, never HTML
        item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(result.name); });
        list.appendChild(item);
      });
      list.hidden = results.length === 0;
      active = -1;
    }
    function highlight(i) {
      var items = list.querySelectorAll("li");
      items.forEach(function (item, j) { item.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        if (q === last) return;
        last = q;
        fetch(input.dataset.autocomplete + "?q=" + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) { if (input.value.trim() === q) render(data.results); })
          .catch(close);
      }, 120);
    });
    input.addEventListener("keydown", function (event) {
      var items = list.querySelectorAll("li");
      if (list.hidden || !items.length) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % items.length); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight((active - 1 + items.length) % items.length); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(items[active].textContent); }
      else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  });
})();
