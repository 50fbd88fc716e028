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
