"""Where the project's files are, independent of the current directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # bot/ops/paths.py -> the repository
MODEL_PATH = ROOT / "models" / "frontdoor.tar.gz"
SPACY_MODEL_DIR = ROOT / "models" / "spacy" / "en_frontdoor"
VAR_DIR = ROOT / "var"
