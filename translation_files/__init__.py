"""Files for a translation agency: every missing or outdated text of a language exported as one XLIFF file,
and the translated file read back with a report (what was applied, what not and why). It builds on
the translators' to-do (translations) and must not hold it, nor the admin's forms.
"""
