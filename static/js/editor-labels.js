// django-prose-editor names its toolbar buttons in English only; the admin is read in German. The
// labels in the editor's language come with the form (core.rich_text.EDITOR_LABELS, as JSON), and are
// put on the buttons' titles, screen-reader names and menu entries whenever the toolbar is drawn.
document.addEventListener("DOMContentLoaded", () => {
  const data = document.getElementById("editor-labels");
  if (!data) return;
  const labels = JSON.parse(data.textContent);
  const translate = () => {
    for (const element of document.querySelectorAll(".prose-menubar [title], .prose-menubar [aria-label]")) {
      for (const attribute of ["title", "aria-label"]) {
        const label = labels[element.getAttribute(attribute)];
        if (label) element.setAttribute(attribute, label);
      }
    }
    for (const element of document.querySelectorAll(".prose-menubar__option > *")) {
      const label = labels[element.textContent];
      if (label) element.textContent = label;
    }
  };
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      translate();
    });
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["title"] });
  translate();
});
