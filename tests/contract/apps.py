from django.apps import AppConfig


class ContractConfig(AppConfig):
    """Excursions: a kind of content added in the tests only (tests.settings), to prove the contract."""

    name = "tests.contract"
    label = "contract"
    verbose_name = "Excursions"
