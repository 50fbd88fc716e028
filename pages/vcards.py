"""A contact person as a vCard 3.0 (vobject), in the page's language."""

import vobject
from django.utils.translation import gettext as _

from core.translated_text import translated_text


def contact_card(contact) -> str:
    card = vobject.vCard()
    card.add("fn").value = contact.name
    given, _space, family = contact.name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("org").value = [
        str(_("City of Arnsberg")),
        *filter(None, [translated_text(contact, "unit").text]),
    ]
    card.add("title").value = translated_text(contact, "role").text
    if contact.phone:
        phone = card.add("tel")
        phone.value, phone.type_param = contact.phone, "WORK"
    if contact.email:
        email = card.add("email")
        email.value, email.type_param = contact.email, "INTERNET"
    if contact.street or contact.postal_code:
        address = vobject.vcard.Address(street=contact.street, code=contact.postal_code, city=contact.town)
        card.add("adr").value = address
    return card.serialize()
