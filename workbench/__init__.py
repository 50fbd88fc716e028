"""The translators' workbench: one object's texts in one language beside their source (the German, or
the English for a partner language), where each stands, machine drafts and their confirmation, and
"draft every outdated text" from the status page. It builds on the translators' to-do (translations)
and is wired into the admin site by the workplace."""
