"""The one exception type the client raises."""


class MlwbError(Exception):
    """Something the client could not do: what failed, why, and what to do about it."""

    def __init__(self, what, why, hint=None):
        self.what = what
        self.why = why
        self.hint = hint
        text = f"could not {what}: {why}"
        if hint:
            text += f" ({hint})"
        super().__init__(text)
