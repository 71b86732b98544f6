/* The main menu's "Menu" button (issue 19, item 17): progressive enhancement of a menu that is shown
   without JavaScript. The script reveals the button, which folds the menu on narrow screens only (the
   CSS hides the button and shows the list from 48rem up); Escape closes it and gives focus back to the
   button. */
(function () {
  "use strict";
  var nav = document.querySelector("[data-menu]");
  var button = nav && nav.querySelector(".main-nav__toggle");
  var list = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!list) {
    return;
  }

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("main-nav--open", open);
  }

  nav.classList.add("main-nav--collapsible");
  button.hidden = false;
  setOpen(false);

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });

  nav.addEventListener("keydown", function (event) {
    var folded = window.getComputedStyle(button).display !== "none";
    if (event.key === "Escape" && folded && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();
