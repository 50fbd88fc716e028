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
    page.click("#status-partnership a")
    page.wait_for_selector(".ui-tabs")
    page.wait_for_function("document.querySelector('#id_summary_en').offsetParent !== null")
    assert not page.locator("#id_summary_de").is_visible()
