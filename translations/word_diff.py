"""A text's change word by word, as people read it: for a translator, the German words that changed
since the English text was saved (workbench), and for the comparison of two revisions (workplace)."""

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Words of unchanged text kept on each side of a change; longer unchanged runs are shortened.
CONTEXT_WORDS = 8
_TOKENS = re.compile(r"\s+|[^\s]+")


def _shortened(tokens: list[str], first: bool, last: bool) -> str:
    words = [i for i, token in enumerate(tokens) if not token.isspace()]
    if len(words) <= 2 * CONTEXT_WORDS:
        return escape("".join(tokens))
    head = [] if first else tokens[: words[CONTEXT_WORDS]]
    tail = [] if last else tokens[words[-CONTEXT_WORDS] :]
    return escape("".join(head)) + " … " + escape("".join(tail))


def word_diff(old: str, new: str) -> SafeString:
    """`old` to `new` word by word: <del> what went, <ins> what came, unchanged text shortened. Changed
    words separated by spaces only are one change ("Neue Kurzfassung", not "Neue" and "Kurzfassung")."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    parts, gone, came = [], [], []

    def flush():
        if gone:
            parts.append(f"<del>{escape(''.join(gone))}</del>")
        if came:
            parts.append(f"<ins>{escape(''.join(came))}</ins>")
        gone.clear(), came.clear()

    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        last = index == len(opcodes) - 1
        if tag != "equal":
            gone.extend(a[i1:i2]), came.extend(b[j1:j2])
        elif (gone or came) and not last and "".join(a[i1:i2]).isspace():
            gone.extend(a[i1:i2]), came.extend(b[j1:j2])
        else:
            flush()
            parts.append(_shortened(a[i1:i2], index == 0, last))
    flush()
    return mark_safe(f'<p class="word-diff">{"".join(parts)}</p>')
