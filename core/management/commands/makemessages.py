from django.core.management.commands import makemessages


class Command(makemessages.Command):
    # Fuzzy guesses ("partnerships/" taking the translation of "Partnerships") are wrong more often
    # than right for short strings, and msgen would leave them in the English catalogue.
    msgmerge_options = [*makemessages.Command.msgmerge_options, "--no-fuzzy-matching"]
