from django import template

register = template.Library()


@register.filter
def notice_text(active, name):
    """`active|notice_text:"title"`: the text in the page's language, or German marked as such."""
    return active.text(name)
