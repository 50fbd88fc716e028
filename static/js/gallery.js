// A story's gallery opens its photos in a modal dialog: focus stays inside, Escape closes it (the
// dialog's own behaviour), the arrow keys and buttons move, and the position is announced.
// Without JavaScript (or a browser without <dialog>) each photo stays a link to its large version.
(() => {
  const gallery = document.querySelector("[data-gallery]");
  const template = document.getElementById("lightbox-template");
  if (!gallery || !template || typeof HTMLDialogElement !== "function") return;
  const links = [...gallery.querySelectorAll(".gallery__link")];
  const dialog = template.content.firstElementChild.cloneNode(true);
  document.body.append(dialog);
  const image = dialog.querySelector("img");
  const caption = dialog.querySelector("figcaption");
  const position = dialog.querySelector("[data-position]");
  let current = 0;
  let opener = null;

  if (links.length < 2) dialog.querySelectorAll("[data-step]").forEach((button) => button.remove());

  function show(index) {
    current = (index + links.length) % links.length;
    const link = links[current];
    const thumbnail = link.querySelector("img");
    image.src = link.href;
    image.width = Number(link.dataset.width);
    image.height = Number(link.dataset.height);
    image.alt = thumbnail ? thumbnail.alt : "";
    if (thumbnail?.lang) image.lang = thumbnail.lang;
    else image.removeAttribute("lang");
    const text = link.closest("figure").querySelector("figcaption");
    // Caption and credit as the page shows them, one after the other; copied as elements, so that a
    // German caption on an English page keeps its lang attribute.
    caption.replaceChildren();
    [...(text?.children || [])].forEach((part, index) => {
      if (index) caption.append(" · ");
      caption.append(part.cloneNode(true));
    });
    caption.hidden = !text;
    position.textContent = position.dataset.position
      .replace("{n}", String(current + 1))
      .replace("{total}", String(links.length));
  }

  gallery.addEventListener("click", (event) => {
    const link = event.target.closest(".gallery__link");
    // A click with a modifier opens the photo in a new tab, as any link does.
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    opener = link;
    show(links.indexOf(link));
    dialog.showModal();
  });

  dialog.addEventListener("click", (event) => {
    const step = event.target.closest("[data-step]");
    if (step) show(current + Number(step.dataset.step));
    else if (event.target.closest("[data-close]") || event.target === dialog) dialog.close();
  });

  dialog.addEventListener("keydown", (event) => {
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      if (links.length > 1) show(current + (event.key === "ArrowRight" ? 1 : -1));
      event.preventDefault();
    } else if (event.key === "Tab") {
      // Keep Tab among the dialog's buttons, also past the last one (not out to the browser's bar).
      const active = dialog.querySelectorAll("button");
      const first = active[0];
      const last = active[active.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && document.activeElement === last) {
        first.focus();
        event.preventDefault();
      }
    }
  });

  dialog.addEventListener("close", () => {
    image.removeAttribute("src");
    opener?.focus();
  });
})();
