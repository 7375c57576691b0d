"""The one exception users see: what is wrong, where, and what to do."""

from dataclasses import dataclass


@dataclass
class KgError(Exception):
    """An error in the user's input or request, reported without a traceback.

    `where` names the file and line (``data.jsonl:3``) or the thing asked for; `hint` says
    what to do about it.
    """

    message: str
    where: str = ""
    hint: str = ""

    def __str__(self) -> str:
        text = f"{_short(self.where)}: {_short(self.message)}" if self.where else _short(self.message)
        return f"{text}\n  hint: {self.hint}" if self.hint else text


LONGEST = 300  # characters of a message or place: a value quoted from a 50 MB line stays readable


def _short(text: str) -> str:
    return text if len(text) <= LONGEST else f"{text[:LONGEST - 40]}… ({len(text):,} characters)"
