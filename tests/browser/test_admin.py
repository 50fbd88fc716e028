"""The admin as two editors use it at once, in German, in a real browser."""

from django.contrib.auth import get_user_model


def signed_in(browser, site, username):
    context = browser.new_context(locale="de-DE", extra_http_headers={"Accept-Language": "de"})
    page = context.new_page()
    page.goto(site + "/admin/login/?next=/admin/milestones/milestone/")
    page.fill("#id_username", username)
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.click("text=Delegationsbesuch Morogoro")
    return page


def test_the_second_of_two_editors_keeps_the_typing_and_the_first_edit_stays(site, browser, admin_user):
    get_user_model().objects.create_superuser("kim", "kim@example.org", "password", first_name="Kim")
    first, second = signed_in(browser, site, "admin"), signed_in(browser, site, "kim")
    second.fill("#id_title_de", "Besuch der Delegation aus Morogoro")
    second.click("input[name=_continue]")
    first.fill("#id_title_de", "Delegation aus Morogoro in Arnsberg")
    first.click("input[name=_continue]")
    assert "Kim hat dies am" in first.locator(".errorlist.nonfield").inner_text()
    assert first.input_value("#id_title_de") == "Delegation aus Morogoro in Arnsberg"
    second.reload()
    assert second.input_value("#id_title_de") == "Besuch der Delegation aus Morogoro"


def test_the_translation_status_opens_the_english_tab(site, browser, admin_user):
    from partnerships.models import Partnership

    morogoro = Partnership.objects.get(slug_de="morogoro")
    morogoro.summary_en = ""
    morogoro.save()
    # In German, where the form opens on the German tabs.
    page = browser.new_context(extra_http_headers={"Accept-Language": "de"}).new_page()
    page.goto(site + "/admin/login/?next=/admin/translation-status/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.click("#status-partnership tbody a")  # the entry's workbench, which leads to its form
    page.click(".translation-workbench p a")
    page.wait_for_selector(".ui-tabs")
    page.wait_for_function("document.querySelector('#id_summary_en').offsetParent !== null")
    assert not page.locator("#id_summary_de").is_visible()


def test_an_editor_makes_a_word_bold_and_adds_a_list_without_any_blocked_script(site, browser, admin_user):
    from partnerships.models import Partnership

    morogoro = Partnership.objects.get(slug_de="morogoro")
    page = browser.new_context(locale="de-DE", extra_http_headers={"Accept-Language": "de"}).new_page()
    blocked = []
    page.on(
        "console",
        lambda message: blocked.append(message.text) if "Content Security" in message.text else None,
    )
    page.goto(site + f"/admin/login/?next=/admin/partnerships/partnership/{morogoro.pk}/change/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    # The language tabs rearrange the form once it is ready: click only after that.
    page.wait_for_selector(".ui-tabs")
    page.wait_for_load_state("networkidle")
    editor = page.locator(".form-row.field-body_de .ProseMirror[contenteditable=true]")

    def click_after_the_last_word():
        last = editor.locator(":scope > *").last
        last.scroll_into_view_if_needed()
        box = last.bounding_box()
        page.mouse.click(box["x"] + box["width"] - 2, box["y"] + box["height"] - 4)
        # The editor learns of a click's new caret from the browser's (asynchronous) selectionchange
        # event; a person's next key press never comes this quickly.
        page.wait_for_timeout(150)

    click_after_the_last_word()
    page.keyboard.press("Enter")
    page.locator(".form-row.field-body_de button[data-name=bulletList]").click()
    click_after_the_last_word()
    page.keyboard.type("Abfall")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # a second Enter leaves the list
    page.keyboard.type("Wichtig")
    page.keyboard.press("Shift+Home")
    page.locator(".form-row.field-body_de button[data-name=bold]").click()
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    morogoro.refresh_from_db()
    assert morogoro.body_de.endswith("aus.</p><ul><li><p>Abfall</p></li></ul><p><strong>Wichtig</strong></p>")
    assert blocked == []


def test_a_translator_reads_the_german_text_with_its_headings_and_lists_as_text(site, browser):
    from django.contrib.auth.models import Permission

    from stories.models import Story

    # A translator's rights on stories (the role's group is gone once an earlier live-server test
    # emptied the database: data migrations made it).
    translator = get_user_model().objects.create_user("ute", password="password", is_staff=True)
    translator.user_permissions.add(*Permission.objects.filter(codename__in=["view_story", "change_story"]))
    story = Story.objects.get(slug_de="delegation-aus-morogoro-zu-gast-in-arnsberg")
    page = browser.new_context(locale="de-DE", extra_http_headers={"Accept-Language": "de"}).new_page()
    page.goto(site + f"/admin/login/?next=/admin/stories/story/{story.pk}/change/")
    page.fill("#id_username", "ute")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    german = page.locator(".readonly.rich-text").filter(has_text="Wer zu Gast war")
    heading, text = german.locator("h2").first, german.locator(":scope > p").first
    # Not the admin's blue bar of a form section (the form has a section "Worum es geht" too).
    assert heading.evaluate("h => getComputedStyle(h).backgroundColor") == "rgba(0, 0, 0, 0)"
    indent = german.locator("ul").first.bounding_box()["x"] - text.bounding_box()["x"]
    assert 0 < indent < 40, indent
