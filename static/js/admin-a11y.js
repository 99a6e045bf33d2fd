// The admin's autocomplete boxes (select2) show an empty choice as a text box with
// no name; give each the name of the field it stands for.
(function () {
  "use strict";
  function name(select) {
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    return select.getAttribute("aria-label") || (label ? label.textContent.replace(/:\s*$/, "").trim() : select.name);
  }
  function nameAll() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var box = document.getElementById("select2-" + select.id + "-container");
      if (box && !box.hasAttribute("aria-label")) box.setAttribute("aria-label", name(select));
    });
  }
  window.addEventListener("load", nameAll);
  document.addEventListener("DOMContentLoaded", function () { setTimeout(nameAll, 0); });
  document.addEventListener("formset:added", function () { setTimeout(nameAll, 0); });
})();
