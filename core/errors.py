"""Errors the app shows to a learner instead of a traceback."""


class InputError(ValueError):
    """A bad setting or input. `key` lets the UI translate the message; str() is English."""

    def __init__(self, key: str, message: str, **params):
        self.key = key
        self.params = params
        super().__init__(message.format(**params))


class DataMissingError(RuntimeError):
    """A data file is neither on disk nor downloadable; names the directory and file expected."""

    def __init__(self, directory, filename: str, reason: str = ""):
        self.directory = str(directory)
        self.filename = filename
        self.params = {"directory": self.directory, "filename": filename}
        self.key = "data_missing"
        hint = f" ({reason})" if reason else ""
        super().__init__(
            f"Data file '{filename}' was not found in '{self.directory}' and could not be "
            f"downloaded{hint}. Put the file there or set PLAYGROUND_DATA_DIR to a folder that has it."
        )


def check_int(name: str, value, low: int | None = None, high: int | None = None) -> int:
    if isinstance(value, bool) or not float(value).is_integer():
        raise InputError("not_int", "{name} must be a whole number, got {value}", name=name, value=value)
    value = int(value)
    if low is not None and value < low:
        raise InputError(
            "too_small",
            "{name} must be at least {low}, got {value}",
            name=name,
            low=low,
            value=value,
        )
    if high is not None and value > high:
        raise InputError(
            "too_large",
            "{name} must be at most {high}, got {value}",
            name=name,
            high=high,
            value=value,
        )
    return value


def check_float(name: str, value, low: float | None = None, high: float | None = None, low_open: bool = False) -> float:
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        raise InputError("not_finite", "{name} must be a finite number, got {value}", name=name, value=value)
    if low is not None and (value <= low if low_open else value < low):
        op = ">" if low_open else "≥"
        raise InputError(
            "out_of_range",
            "{name} must be {op} {bound}, got {value}",
            name=name,
            op=op,
            bound=low,
            value=value,
        )
    if high is not None and value > high:
        raise InputError(
            "out_of_range",
            "{name} must be ≤ {bound}, got {value}",
            name=name,
            op="≤",
            bound=high,
            value=value,
        )
    return value
