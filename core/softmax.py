"""Softmax with temperature, its shift invariance, and cross-entropy three ways (D2L 4.1, Liu Er 9)."""

import torch
import torch.nn.functional as F

from core.errors import InputError, check_float

MAX_CLASSES = 10


def check_logits(logits) -> torch.Tensor:
    logits = torch.as_tensor(logits, dtype=torch.float32)
    if logits.ndim != 1 or not 2 <= len(logits) <= MAX_CLASSES:
        raise InputError("n_classes", "give between 2 and {max} logits", max=MAX_CLASSES)
    if not torch.isfinite(logits).all():
        raise InputError(
            "not_finite",
            "{name} must be a finite number, got {value}",
            name="logits",
            value=logits.tolist(),
        )
    return logits


def naive_softmax(o: torch.Tensor) -> torch.Tensor:
    """exp(o) / sum(exp(o)), straight from the formula: overflows once exp(o) exceeds float32."""
    return torch.exp(o) / torch.exp(o).sum(dim=-1, keepdim=True)


def stable_softmax(o: torch.Tensor, temperature: float = 1.0) -> torch.Tensor:
    """Subtract the max first: softmax is shift-invariant, and now exp() never sees a positive number."""
    z = o / temperature
    z = z - z.max(dim=-1, keepdim=True).values
    e = torch.exp(z)
    return e / e.sum(dim=-1, keepdim=True)


def log_softmax(o: torch.Tensor) -> torch.Tensor:
    """log-sum-exp form: o - max - log(sum(exp(o - max)))."""
    m = o.max(dim=-1, keepdim=True).values
    return o - m - torch.log(torch.exp(o - m).sum(dim=-1, keepdim=True))


def softmax_terms(logits, temperature=1.0):
    """Each class's term of the softmax, written out: o, o/T, exp(o/T - max), p."""
    o = check_logits(logits)
    temperature = check_float("temperature", temperature, 0.0, 1e4, low_open=True)
    z = o / temperature
    e = torch.exp(z - z.max())
    p = e / e.sum()
    return [
        {
            "class": i,
            "o": o[i].item(),
            "o/T": z[i].item(),
            "exp(o/T − max)": e[i].item(),
            "p": p[i].item(),
        }
        for i in range(len(o))
    ]


def shift_demo(logits, c: float):
    """Probabilities of o and of o + c: the same, because exp(o + c) = exp(c) exp(o) cancels."""
    o = check_logits(logits)
    return stable_softmax(o), stable_softmax(o + c)


def overflow_demo(logits=(1000.0, 1001.0, 1002.0)):
    """The naive formula gives NaN in float32 (inf / inf); the stable one the right answer."""
    o = torch.tensor(logits, dtype=torch.float32)
    return {
        "naive": naive_softmax(o),
        "stable": stable_softmax(o),
        "reference (float64, shifted)": torch.softmax(o.double() - 1000, dim=0),
    }


def cross_entropy_three_ways(logits, target: int):
    """F.cross_entropy == F.nll_loss(F.log_softmax) == -log softmax(o)[target], by index or one-hot."""
    o = check_logits(logits)
    if not 0 <= int(target) < len(o):
        raise InputError("bad_target", "the true class must be between 0 and {last}", last=len(o) - 1)
    batch, t = o.unsqueeze(0), torch.tensor([int(target)])
    one_hot = F.one_hot(t, len(o)).float()
    return {
        "F.cross_entropy(logits, index)": F.cross_entropy(batch, t).item(),
        "F.cross_entropy(logits, one-hot)": F.cross_entropy(batch, one_hot).item(),
        "F.nll_loss(F.log_softmax(logits), index)": F.nll_loss(F.log_softmax(batch, dim=1), t).item(),
        "−log softmax(o)[y]": -log_softmax(o)[int(target)].item(),
    }


def parse_logits(text: str) -> list[float]:
    """'0.1, 10, 0.1' -> [0.1, 10.0, 0.1], with a clear error for anything else."""
    parts = [p for p in text.replace("，", ",").replace(";", ",").split(",") if p.strip()]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise InputError("bad_logits", "logits must be numbers separated by commas, got '{text}'", text=text) from None
    return check_logits(values).tolist()


def class_labels(text: str, n: int, unnamed: str = "class {i}") -> list[str]:
    """Names from a comma-separated list, padded with `unnamed` numbered from 0, and made unique."""
    names = [p.strip() for p in text.replace("，", ",").split(",") if p.strip()][:n]
    names += [unnamed.format(i=i) for i in range(len(names), n)]
    return [name if names.index(name) == i else f"{name} ({i})" for i, name in enumerate(names)]
