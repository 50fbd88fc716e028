// Hiding a notice without a page reload. Without JavaScript the same form posts and redirects back.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest(".notice__hide");
  if (!form) return;
  event.preventDefault();
  let response;
  try {
    response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
  } catch {
    form.submit();
    return;
  }
  if (!response.ok) {
    form.submit();
    return;
  }
  const notice = form.closest(".notice");
  const region = notice.parentElement;
  notice.remove();
  if (!region.querySelector(".notice")) region.remove();
  // The focused button is gone: keep keyboard and screen-reader users at the start of the content.
  document.getElementById("main")?.focus();
});

// On a phone, several notices would push the page's heading a screen down: their texts fold, each
// title stays with a "Read the notice" toggle. On a wider screen (or after turning the phone) all open.
const narrow = window.matchMedia("(max-width: 40rem)");
function foldNotices() {
  const details = document.querySelectorAll(".notice__details");
  const fold = narrow.matches && details.length > 1;
  details.forEach((element) => { element.open = !fold; });
  document.querySelector(".notices")?.classList.toggle("notices--folded", fold);
}
foldNotices();
narrow.addEventListener("change", foldNotices);
