"""Liu Er lectures 12-13: an RNN learns "hello" -> "ohlol", in the course's three versions."""

from dataclasses import dataclass, field

import torch
from torch import nn

from core.errors import InputError, check_float, check_int
from core.training import Callback, History, Progress, seeded

MAX_LEN = 32
MAX_EPOCHS = 500
VERSIONS = ("cell", "rnn", "embedding")
# Seeds (added to the sidebar's global seed) with which each version, at the course's settings,
# predicts "ohlol" within 15 epochs; found by scanning seeds 0.. and pinned by the tests.
PINNED_SEEDS = {"cell": 3, "rnn": 3, "embedding": 0}


# ---------------------------------------------------------------- data


def check_pair(source: str, target: str):
    if not source or not target:
        raise InputError("rnn_empty", "input and target strings must not be empty")
    if len(source) != len(target):
        raise InputError(
            "rnn_length",
            "input ({a} characters) and target ({b} characters) must have the same length",
            a=len(source),
            b=len(target),
        )
    if len(source) > MAX_LEN:
        raise InputError(
            "rnn_too_long",
            "strings may have at most {max} characters, got {n}",
            max=MAX_LEN,
            n=len(source),
        )
    return source, target


def build_vocab(source: str, target: str) -> list[str]:
    """Sorted characters of both strings; for hello/ohlol this is the course's idx2char = ['e','h','l','o']."""
    return sorted(set(source) | set(target))


def encode(text: str, vocab: list[str]) -> torch.Tensor:
    return torch.tensor([vocab.index(c) for c in text])


def one_hot(indices: torch.Tensor, size: int) -> torch.Tensor:
    return torch.eye(size)[indices]


# ---------------------------------------------------------------- the course's three models


class CellModel(nn.Module):
    """(a) nn.RNNCell, looped by hand over the sequence."""

    def __init__(self, input_size, hidden_size, batch_size=1):
        super().__init__()
        self.batch_size = batch_size
        self.hidden_size = hidden_size
        self.rnncell = nn.RNNCell(input_size=input_size, hidden_size=hidden_size)

    def forward(self, input, hidden):
        return self.rnncell(input, hidden)

    def init_hidden(self):
        return torch.zeros(self.batch_size, self.hidden_size)


class SeqModel(nn.Module):
    """(b) nn.RNN runs the loop itself: input (seq_len, batch, input_size)."""

    def __init__(self, input_size, hidden_size, batch_size=1, num_layers=1):
        super().__init__()
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.hidden_size = hidden_size
        self.rnn = nn.RNN(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers)

    def forward(self, input):
        hidden = torch.zeros(self.num_layers, self.batch_size, self.hidden_size)
        out, _ = self.rnn(input, hidden)
        self.last_hidden = out.detach().view(-1, self.hidden_size)  # kept for the heatmap
        return out.view(-1, self.hidden_size)


class EmbeddingModel(nn.Module):
    """(c) nn.Embedding + two-layer nn.RNN (batch_first) + nn.Linear."""

    def __init__(self, num_class, embedding_size=10, hidden_size=8, num_layers=2):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.num_class = num_class
        self.emb = nn.Embedding(num_class, embedding_size)
        self.rnn = nn.RNN(
            input_size=embedding_size,
            hidden_size=hidden_size,
            num_layers=num_layers,
            batch_first=True,
        )
        self.fc = nn.Linear(hidden_size, num_class)

    def forward(self, x):
        hidden = torch.zeros(self.num_layers, x.size(0), self.hidden_size)
        x = self.emb(x)  # (batch, seq_len, embedding_size)
        x, _ = self.rnn(x, hidden)  # (batch, seq_len, hidden_size)
        self.last_hidden = x.detach()[0]  # kept for the heatmap: (seq_len, hidden_size)
        x = self.fc(x)  # (batch, seq_len, num_class)
        return x.view(-1, self.num_class)


def build_model(version: str, vocab_size: int, seed: int) -> nn.Module:
    if version not in VERSIONS:
        raise InputError("rnn_version", "unknown version {version}", version=version)
    builders = {
        "cell": lambda: CellModel(vocab_size, vocab_size),
        "rnn": lambda: SeqModel(vocab_size, vocab_size),
        "embedding": lambda: EmbeddingModel(vocab_size),
    }
    return seeded(builders[version], seed)


# ---------------------------------------------------------------- one epoch of each version, as the course writes it


def epoch_cell(net, criterion, optimizer, inputs, labels):
    """inputs (seq_len, batch, input_size), labels (seq_len, 1). Loss summed over the steps."""
    loss = 0
    optimizer.zero_grad()
    hidden = net.init_hidden()
    hiddens = []
    for input, label in zip(inputs, labels, strict=True):
        hidden = net(input, hidden)
        loss += criterion(hidden, label)
        hiddens.append(hidden)
    loss.backward()
    optimizer.step()
    logits = torch.cat(hiddens).detach()  # the hidden state is the output: hidden_size == vocab size
    return loss.item(), logits, logits


def epoch_sequence(net, criterion, optimizer, inputs, labels):
    """(b) and (c): the model runs the whole sequence; one loss over all time steps."""
    optimizer.zero_grad()
    outputs = net(inputs)
    loss = criterion(outputs, labels)
    loss.backward()
    optimizer.step()
    return loss.item(), outputs.detach(), net.last_hidden


def course_tensors(version, source, target, vocab):
    x, y = encode(source, vocab), encode(target, vocab)
    if version == "cell":
        return one_hot(x, len(vocab)).view(-1, 1, len(vocab)), y.view(-1, 1)
    if version == "rnn":
        return one_hot(x, len(vocab)).view(-1, 1, len(vocab)), y
    return x.view(1, -1), y


EPOCH_FUNCS = {"cell": epoch_cell, "rnn": epoch_sequence, "embedding": epoch_sequence}


# ---------------------------------------------------------------- training


@dataclass
class RNNRun:
    version: str
    vocab: list
    source: str
    target: str
    seed: int
    predicted: list = field(default_factory=list)  # per epoch, from that epoch's forward pass
    history: History = field(default_factory=History)
    hidden: list = field(default_factory=list)  # per epoch: (seq_len, hidden_size)
    probs: list = field(default_factory=list)  # per epoch: (seq_len, vocab) softmax
    first_correct: int | None = None

    @property
    def losses(self) -> list:
        return self.history.losses

    def printout(self) -> list[str]:
        total = len(self.losses)
        return [
            f"Predicted string: {p}, Epoch [{i + 1}/{total}] loss={loss:.4f}"
            for i, (p, loss) in enumerate(zip(self.predicted, self.losses, strict=True))
        ]


def train(
    version="cell",
    source="hello",
    target="ohlol",
    epochs=15,
    lr=0.1,
    seed=None,
    callback: Callback = None,
):
    """The course's loop: CrossEntropyLoss, Adam(lr=0.1); records what each epoch's forward pass saw."""
    check_pair(source, target)
    epochs = check_int("epochs", epochs, 1, MAX_EPOCHS)
    lr = check_float("learning rate", lr, 0.0, 10.0, low_open=True)
    seed = PINNED_SEEDS.get(version, 0) if seed is None else int(seed)
    vocab = build_vocab(source, target)
    net = build_model(version, len(vocab), seed)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(net.parameters(), lr=lr)
    inputs, labels = course_tensors(version, source, target, vocab)
    run = RNNRun(version, vocab, source, target, seed)
    for epoch in range(epochs):
        loss, logits, hidden = EPOCH_FUNCS[version](net, criterion, optimizer, inputs, labels)
        predicted = "".join(vocab[i] for i in logits.argmax(dim=1).tolist())
        if not run.history.record(epoch + 1, epochs, loss, callback, correct=float(predicted == target)):
            break
        run.predicted.append(predicted)
        run.hidden.append(hidden.reshape(len(source), -1).tolist())
        run.probs.append(torch.softmax(logits, dim=1).tolist())
        if predicted == target and run.first_correct is None:
            run.first_correct = epoch + 1
    return run


def stably_correct_by(run: RNNRun, epoch: int) -> bool:
    """Correct at `epoch` and at every epoch between its first correct one and `epoch`."""
    if run.first_correct is None or run.first_correct > epoch:
        return False
    return all(p == run.target for p in run.predicted[run.first_correct - 1 : epoch])


def across_seeds(
    version="cell",
    source="hello",
    target="ohlol",
    seeds=range(20),
    epochs=100,
    lr=0.1,
    by_epoch=15,
    callback: Callback = None,
):
    """Train once per seed; rows of (seed, first correct epoch or None, stably correct by `by_epoch`)."""
    seeds = list(seeds)
    rows, progress = [], History()
    for i, seed in enumerate(seeds):
        run = train(version, source, target, epochs, lr, seed)
        rows.append(
            {
                "seed": seed,
                "first_correct": run.first_correct,
                "stable_by": stably_correct_by(run, by_epoch),
                "final_loss": run.losses[-1] if run.losses and not run.history.diverged else None,
                "diverged_at": run.history.diverged_at,
            }
        )
        # The study's own progress: one step per seed, its loss the seed's last finite loss.
        progress.rows.append({"step": i + 1, "loss": run.losses[-1] if run.losses else 0.0})
        if callback is not None:
            callback(Progress(i + 1, len(seeds), progress.rows[-1]["loss"]))
    return rows


# ---------------------------------------------------------------- shapes and the unrolled diagram


def stage_shapes(version, source, target):
    """(stage, tensor shape) through one forward pass of this run's actual tensors."""
    vocab = build_vocab(*check_pair(source, target))
    net = build_model(version, len(vocab), 0)
    inputs, labels = course_tensors(version, source, target, vocab)
    with torch.no_grad():
        if version == "cell":
            hidden = net.init_hidden()
            out = net(inputs[0], hidden)
            return [
                ("inputs", inputs.shape),
                ("input x_t", inputs[0].shape),
                ("hidden h_t", out.shape),
                ("labels", labels.shape),
                ("label y_t", labels[0].shape),
            ]
        if version == "rnn":
            out, h_n = net.rnn(inputs, torch.zeros(net.num_layers, 1, net.hidden_size))
            return [
                ("inputs", inputs.shape),
                ("h_0", (net.num_layers, 1, net.hidden_size)),
                ("out", out.shape),
                ("h_n", h_n.shape),
                ("out.view(-1, hidden)", out.view(-1, net.hidden_size).shape),
                ("labels", labels.shape),
            ]
        emb = net.emb(inputs)
        out, h_n = net.rnn(emb, torch.zeros(net.num_layers, 1, net.hidden_size))
        logits = net.fc(out)
        return [
            ("inputs", inputs.shape),
            ("embedding", emb.shape),
            ("h_0", (net.num_layers, 1, net.hidden_size)),
            ("rnn out", out.shape),
            ("h_n", h_n.shape),
            ("fc", logits.shape),
            ("view(-1, num_class)", logits.view(-1, len(vocab)).shape),
            ("labels", labels.shape),
        ]
