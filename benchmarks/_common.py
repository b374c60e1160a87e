"""Small helpers the benchmark scripts share."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Dict

HERE = Path(__file__).resolve().parent


def git_commit() -> str:
    """The short commit the figures were measured at, or "" outside a git checkout."""
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def write_results(path: Path, results: Dict[str, Any]) -> None:
    """Write a results file (indented JSON, folders made as needed) and say where."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {path}")
