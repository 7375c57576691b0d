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
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text}\n  hint: {self.hint}" if self.hint else text
