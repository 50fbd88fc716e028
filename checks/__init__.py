"""Checks of what editors write, when a form is saved ("Prüfungen"): alternative texts, headings, link
texts, capitals, sentence length and readability, English that is still German, the rules of Leichte
Sprache. One list of checks (registry); a check joins it by being declared in checks/rules.py. Errors
keep a draft from being published, never from being saved; warnings inform, and an editor may mark one
as considered, with a reason kept in the revision. It must not hold the admin's forms (the workplace
shows what this finds) nor any content type.
"""
