// Names for two admin inputs that Wagtail 8 leaves unnamed for screen readers (axe-core:
// aria-input-field-name, label): the Draftail rich-text editors and the tag field's text box.
// Each gets the visible label of its field; the editors are drawn after load, hence the observer.
(function () {
  "use strict";

  function fieldLabel(element) {
    var wrapper = element.closest("[data-field-wrapper], .w-field__wrapper, .w-field");
    return wrapper ? wrapper.querySelector("label.w-field__label, .w-field__label") : null;
  }

  function name(element, fallback) {
    if (element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby")) {
      return;
    }
    var label = fieldLabel(element);
    if (label && label.textContent.trim()) {
      if (!label.id) {
        label.id = "portal-label-" + Math.random().toString(36).slice(2, 10);
      }
      element.setAttribute("aria-labelledby", label.id);
    } else {
      element.setAttribute("aria-label", fallback);
    }
  }

  function nameAll() {
    var polish = document.documentElement.lang === "pl";
    document.querySelectorAll(".public-DraftEditor-content[role=textbox]").forEach(function (editor) {
      name(editor, polish ? "Edytor tekstu" : "Text editor");
    });
    document.querySelectorAll("input.ui-autocomplete-input").forEach(function (input) {
      name(input, polish ? "Tagi" : "Tags");
    });
  }

  function start() {
    nameAll();
    new MutationObserver(nameAll).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
