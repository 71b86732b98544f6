// Names for admin controls that Wagtail 8 leaves unnamed for screen readers (axe-core:
// aria-input-field-name, label, button-name): the Draftail rich-text editors and the tag field's text
// box get the visible label of their field; the editing-sessions buttons (someone else has the page
// open: an avatar, with who and what in a hidden tooltip) get that tooltip's text. The editors and the
// sessions list are drawn after load and redrawn on every ping, hence the observer.
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
    document.querySelectorAll("button.w-editing-sessions__session").forEach(function (button) {
      if (button.hasAttribute("aria-label") || button.hasAttribute("aria-labelledby")) {
        return;
      }
      // The tooltip is inside the button until Wagtail's tooltip controller (tippy.js) takes it.
      var tooltip = button.querySelector(".w-editing-sessions__popup");
      if (!tooltip && button._tippy && button._tippy.props.content instanceof Element) {
        tooltip = button._tippy.props.content;
      }
      var text = tooltip ? tooltip.textContent.replace(/\s+/g, " ").trim() : "";
      button.setAttribute("aria-label", text || (polish ? "Inna osoba na tej stronie" : "Someone else on this page"));
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
