// Registers the site's service worker (templates/offline/sw.js): pages read are kept for reading
// offline. Browsers without service workers, or with them switched off, read the site as before.
"use strict";
(function () {
  const script = document.currentScript;
  if ("serviceWorker" in navigator && script) {
    navigator.serviceWorker.register(script.dataset.worker, { scope: "/" }).catch(function () {});
  }
})();
