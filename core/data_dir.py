"""The one place that decides where data files live."""

import os
import urllib.request
from pathlib import Path

from core.errors import DataMissingError

ENV_VAR = "PLAYGROUND_DATA_DIR"
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "data"  # git-ignored


def data_dir() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_DIR).expanduser()


def require_file(filename: str, url: str | None = None, directory: Path | None = None) -> Path:
    """Path to `filename` in the data directory, downloading it from `url` when it is missing."""
    directory = Path(directory) if directory is not None else data_dir()
    path = directory / filename
    if path.is_file():
        return path
    if url is None:
        raise DataMissingError(directory, filename, "no download source")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".part")
        with urllib.request.urlopen(url, timeout=20) as response, open(tmp, "wb") as out:
            out.write(response.read())
        tmp.replace(path)
    except OSError as exc:  # offline, DNS failure, read-only folder...
        raise DataMissingError(directory, filename, f"download failed: {exc}") from exc
    return path
