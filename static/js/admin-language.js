// Opens the language tabs named in the address (…/change/#lang-en), as the translation status links do.
// modeltranslation builds the tabs once the page is ready; this runs after it, on load.
window.addEventListener("load", () => {
  const match = /^#lang-([a-z-]+)$/.exec(window.location.hash);
  if (!match) return;
  window.setTimeout(() => {
    for (const tab of document.querySelectorAll(".ui-tabs-nav a")) {
      if (tab.textContent.trim() === match[1]) tab.click();
    }
  });
});
