import pytest


def test_hiding_with_javascript_needs_no_reload_and_lasts(site, page_at):
    page = page_at(site + "/en/")
    page.evaluate("window.notReloaded = true")
    page.get_by_role("button", name="Hide this notice").click()
    page.wait_for_selector(".notices", state="detached")
    assert page.evaluate("window.notReloaded") is True, "the page was not reloaded"
    assert page.evaluate("document.activeElement.id") == "main"
    page.goto(site + "/en/timeline/")
    assert page.locator(".notice").count() == 0


def test_hiding_without_javascript_posts_a_form_and_comes_back(site, page_at):
    page = page_at(site + "/de/zeitleiste/", javascript=False)
    assert page.locator(".notice").count() == 1
    page.get_by_role("button", name="Hinweis ausblenden").click()
    page.wait_for_load_state()
    assert page.url == site + "/de/zeitleiste/"
    assert page.locator(".notice").count() == 0
    page.goto(site + "/de/")
    assert page.locator(".notice").count() == 0


# The rectangles of every piece of text in the notice that the hide button overlaps.
OVERLAPS = """() => {
  const button = document.querySelector('.notice__hide button').getBoundingClientRect();
  const walker = document.createTreeWalker(document.querySelector('.notice__body'), NodeFilter.SHOW_TEXT);
  const hits = [];
  while (walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(walker.currentNode);
    for (const r of range.getClientRects()) {
      const across = r.left < button.right && r.right > button.left;
      if (r.width && across && r.top < button.bottom && r.bottom > button.top)
        hits.push(walker.currentNode.textContent.trim());
    }
  }
  return hits;
}"""


@pytest.mark.parametrize("width", [320, 480, 700, 768, 900, 1024, 1280])
def test_the_hide_button_never_covers_the_notice_text(site, page_at, width):
    page = page_at(site + "/de/", width=width)
    assert page.get_by_role("button", name="Hinweis ausblenden").is_visible()
    assert page.evaluate(OVERLAPS) == []
