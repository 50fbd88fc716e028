// A copy of what was typed into a form, kept in this browser until the save succeeded.
//
// A save can fail after the text has left the page: the database is away and the server answers its
// 503 page, the connection drops, the session ended. Admin pages are never stored by the browser, so
// going back reloads the form from the database and the typing would be lost. This script keeps the
// form's fields in the browser's storage while they are typed; when the form is opened again and the
// copy differs from what the server filled in, a box on the form offers it back (or discards it).
// The page after a send that says the save succeeded (the admin's success message, or an element
// carrying data-form-saved) removes the copy of the form that was sent; any other page keeps it.
//
// The box (templates/includes/form_copy.html) sits inside the form and names the storage
// ("local": kept until used, for editors; "session": gone with the tab, for visitors) and the key.
(() => {
  const SENT = "form-copy:sent";
  const MAX_AGE_DAYS = 14;
  const stores = { local: window.localStorage, session: window.sessionStorage };
  // The rich-text editors (django-prose-editor) announce themselves with the textarea they write.
  const editors = new WeakMap();
  document.addEventListener("prose-editor:ready", (event) => {
    editors.set(event.detail.textarea, event.detail.editor);
  });

  function read(store, key) {
    try {
      const copy = JSON.parse(store.getItem(key));
      const age = (Date.now() - Date.parse(copy.saved)) / 86400000;
      return age < MAX_AGE_DAYS ? copy : null;
    } catch {
      return null;
    }
  }

  // Fields worth keeping: what a person types or picks; never passwords, files or the hidden fields the
  // server owns (tokens, the revision the form was opened on), nor a trap for robots (data-form-copy-skip).
  function fields(form) {
    return [...form.elements].filter(
      (field) =>
        field.name &&
        !field.disabled &&
        !["hidden", "password", "file", "submit", "button", "reset", "image"].includes(field.type) &&
        !field.closest("[data-form-copy-skip], .form-copy"),
    );
  }

  function values(form) {
    const pairs = [];
    for (const field of fields(form)) {
      if ((field.type === "checkbox" || field.type === "radio") && !field.checked) continue;
      if (field.type === "select-multiple") {
        for (const option of field.selectedOptions) pairs.push([field.name, option.value]);
      } else {
        pairs.push([field.name, field.value]);
      }
    }
    return pairs;
  }

  function same(first, second) {
    return JSON.stringify(first) === JSON.stringify(second);
  }

  function setValue(field, value) {
    // A rich-text field: its editor writes the textarea and announces the change itself.
    const editor = editors.get(field);
    if (editor) {
      editor.commands.setContent(value);
      field.value = value;
      return;
    }
    if (field.value === value) return;
    field.value = value;
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function restore(form, pairs) {
    const wanted = new Map();
    for (const [name, value] of pairs) wanted.set(name, [...(wanted.get(name) || []), value]);
    const seen = new Map();
    for (const field of fields(form)) {
      const kept = wanted.get(field.name);
      if (!kept) continue;
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = kept.includes(field.value);
      } else if (field.type === "select-multiple") {
        for (const option of field.options) option.selected = kept.includes(option.value);
      } else {
        const index = seen.get(field.name) || 0;
        seen.set(field.name, index + 1);
        if (index < kept.length) setValue(field, kept[index]);
      }
    }
  }

  // The form sent last is named for the next page only: that page says whether its save succeeded.
  function settle(succeeded) {
    let sent = null;
    try {
      sent = JSON.parse(window.sessionStorage.getItem(SENT));
    } catch {
      // A damaged entry names nothing.
    }
    window.sessionStorage.removeItem(SENT);
    if (succeeded && sent && stores[sent.store]) stores[sent.store].removeItem(sent.key);
  }

  function keep(box) {
    const form = box.closest("form");
    const store = stores[box.dataset.store];
    const key = `form-copy:${box.dataset.key}`;
    const copy = read(store, key);
    if (copy && !same(copy.fields, values(form))) offer(box, form, store, key, copy);
    let timer = null;
    const save = () => {
      window.clearTimeout(timer);
      const pairs = values(form);
      const previous = read(store, key);
      if (previous && same(previous.fields, pairs)) return;
      try {
        store.setItem(key, JSON.stringify({ saved: new Date().toISOString(), fields: pairs }));
      } catch {
        // Storage full or refused (a private window): the form works as without this script.
      }
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 400);
    };
    // Not before the visitor changed something: opening a form leaves no copy behind.
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    form.addEventListener("submit", () => {
      save();
      window.sessionStorage.setItem(SENT, JSON.stringify({ store: box.dataset.store, key }));
    });
  }

  function offer(box, form, store, key, copy) {
    const when = new Date(copy.saved);
    box.querySelector(".form-copy__when").textContent = when.toLocaleString(document.documentElement.lang, {
      dateStyle: "long",
      timeStyle: "short",
    });
    box.hidden = false;
    box.querySelector(".form-copy__restore").addEventListener("click", () => {
      // Wait for the rich-text editors, which are built after the page was read.
      window.setTimeout(() => {
        restore(form, copy.fields);
        box.querySelector(".form-copy__offer").hidden = true;
        box.querySelector(".form-copy__restored").hidden = false;
        box.focus();
      });
    });
    box.querySelector(".form-copy__discard").addEventListener("click", () => {
      store.removeItem(key);
      box.hidden = true;
    });
  }

  function start() {
    settle(Boolean(document.querySelector(".messagelist .success, [data-form-saved]")));
    for (const box of document.querySelectorAll(".form-copy[data-key]")) keep(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
