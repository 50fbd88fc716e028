// The site's service worker (the offline app): pages a visitor has read, kept on their device for
// reading without a connection. Only public pages are kept (never a form, a page marked private or
// no-store, or the administration); a page served from the copy shows a note with its date.
"use strict";
const SITE = {{ settings_json|safe }};
const PAGES = "pages";  // kept across releases: the pages read
const SHELL = "shell-" + SITE.release;  // the offline page and the styles of this release
const ASSETS = "assets-" + SITE.release;  // styles, scripts and icons the pages loaded
const MOST_ASSETS = 40;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await Promise.all([...Object.values(SITE.offline), ...SITE.shell].map((url) => refresh(shell, url)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== PAGES && name !== SHELL && name !== ASSETS) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith(SITE.admin)) {
    return;
  }
  const language = url.pathname.split("/")[1];
  if (request.mode === "navigate" && SITE.languages.includes(language)) {
    event.respondWith(page(event, url, language));
  } else if (url.pathname.startsWith(SITE.static)) {
    event.respondWith(asset(request));
  }
});

// A page: from the network, kept if it may be; from the copy when the network or the site fails.
async function page(event, url, language) {
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    response = null;
  }
  if (response && response.status < 500) {
    if (keepable(response)) event.waitUntil(keep(url, response.clone()));
    event.waitUntil(refreshOffline(language));
    return response;
  }
  const copy = await caches.match(address(url), { cacheName: PAGES });
  if (copy) return noted(copy, language);
  const offline = await caches.match(SITE.offline[language], { cacheName: SHELL });
  if (offline) return listed(offline);
  return response || Response.error();
}

function address(url) {
  return url.origin + url.pathname + url.search;  // without the #fragment
}

function keepable(response) {
  const control = response.headers.get("Cache-Control") || "";
  const type = response.headers.get("Content-Type") || "";
  return (
    response.status === 200 && response.type === "basic" && type.startsWith("text/html") &&
    !/private|no-store|no-cache/.test(control)
  );
}

async function keep(url, response) {
  const text = await response.text();
  const headers = new Headers(response.headers);
  // The page's own title, without the site's name after the last dash.
  const found = text.match(/<title>([^<]*)<\/title>/);
  const title = found ? found[1].replace(/\s+–[^–]*$/, "").trim() : url.pathname;
  headers.set("X-Kept-At", new Date().toISOString());
  headers.set("X-Kept-Title", encodeURIComponent(title));
  const cache = await caches.open(PAGES);
  await cache.delete(address(url));  // read again: the newest read, the last to go
  await cache.put(address(url), new Response(text, { status: 200, headers }));
  const kept = await cache.keys();
  for (const old of kept.slice(0, Math.max(0, kept.length - SITE.mostPages))) await cache.delete(old);
}

// The copy with its note shown: the page's template holds the note, hidden, in the page's language.
async function noted(copy, language) {
  const kept = copy.headers.get("X-Kept-At") || "";
  const format = { dateStyle: "long", timeStyle: "short" };
  const when = kept ? new Date(kept).toLocaleString(SITE.locales[language], format) : "";
  const text = (await copy.text())
    .replace("data-offline-note hidden", "data-offline-note")
    .replace("<span data-offline-time></span>", `<time datetime="${kept}">${when}</time>`);
  return new Response(text, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// The offline page with the pages kept on this device, newest first.
async function listed(offline) {
  const cache = await caches.open(PAGES);
  const items = [];
  const offlinePages = Object.values(SITE.offline).map((path) => self.location.origin + path);
  for (const request of (await cache.keys()).reverse()) {
    if (offlinePages.includes(request.url)) continue;
    const copy = await cache.match(request);
    const title = decodeURIComponent(copy.headers.get("X-Kept-Title") || "").replace(/[<>]/g, "");
    items.push(`<li><a href="${request.url.replace(/["<>]/g, encodeURIComponent)}">${title}</a></li>`);
  }
  let text = await offline.text();
  if (items.length) text = text.replace(/(<ul[^>]*data-kept-pages[^>]*>)[\s\S]*?<\/ul>/, `$1${items.join("")}</ul>`);
  return new Response(text, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

// Styles, scripts, icons: their names change with their content, so a kept one is always right.
async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(ASSETS);
    await cache.put(request, response.clone());
    const all = await cache.keys();
    for (const old of all.slice(0, Math.max(0, all.length - MOST_ASSETS))) await cache.delete(old);
  }
  return response;
}

// The offline page names the partnerships' contacts: fetched again once a day while online.
async function refreshOffline(language) {
  const shell = await caches.open(SHELL);
  const kept = await shell.match(SITE.offline[language]);
  const date = kept ? Date.parse(kept.headers.get("Date") || "") : NaN;
  if (!(Date.now() - date < 24 * 3600 * 1000)) await refresh(shell, SITE.offline[language]).catch(() => {});
}

async function refresh(cache, url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (response.ok) await cache.put(url, response);
}
