"""The Pima diabetes MLP, Liu Er lectures 7-8: Linear(8,6) -> Linear(6,4) -> Linear(4,1), BCE, SGD."""

import io
from dataclasses import dataclass

import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset

from core.data_dir import require_file
from core.errors import InputError, check_float, check_int
from core.training import Callback, History, seeded

FILENAME = "diabetes.csv"
URL = "https://raw.githubusercontent.com/plotly/datasets/master/diabetes.csv"
FEATURES = ["Pregnancies", "Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI",
            "DiabetesPedigreeFunction", "Age"]  # fmt: skip
TARGET = "Outcome"
ZERO_MEANS_MISSING = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
# Units and the range a form accepts: wide enough for real patients, narrow enough to catch typos.
UNITS = {
    "Pregnancies": ("count", 0, 20),
    "Glucose": ("mg/dL, 2 h OGTT", 0, 300),
    "BloodPressure": ("mm Hg, diastolic", 0, 200),
    "SkinThickness": ("mm, triceps", 0, 100),
    "Insulin": ("µU/mL, 2 h serum", 0, 900),
    "BMI": ("kg/m²", 0, 80),
    "DiabetesPedigreeFunction": ("score", 0, 3),
    "Age": ("years", 18, 120),
}
MAX_UPLOAD_BYTES = 1_000_000
MAX_EPOCHS = 5000
ACTIVATIONS = {"sigmoid": nn.Sigmoid, "relu": nn.ReLU, "tanh": nn.Tanh}


# ---------------------------------------------------------------- data


def load_frame(directory=None) -> pd.DataFrame:
    path = require_file(FILENAME, URL, directory)
    return validate_frame(pd.read_csv(path), require_target=True)


def validate_frame(df: pd.DataFrame, require_target: bool) -> pd.DataFrame:
    """The columns, types and values the app relies on; raises InputError naming what is wrong."""
    expected = FEATURES + ([TARGET] if require_target else [])
    columns = [str(c).strip() for c in df.columns]
    missing = [c for c in expected if c not in columns]
    extra = [c for c in columns if c not in expected and not (c == TARGET and not require_target)]
    if missing:
        raise InputError("csv_missing", "missing columns: {cols}", cols=", ".join(missing))
    if extra:
        raise InputError("csv_extra", "unexpected columns: {cols}", cols=", ".join(extra))
    df = df.set_axis(columns, axis=1)
    if df.empty:
        raise InputError("csv_empty", "the file has a header but no rows")
    numeric = df[expected].apply(pd.to_numeric, errors="coerce")
    bad = numeric.isna() & df[expected].notna()
    if bad.any().any():
        row, col = next((r, c) for c in expected for r in df.index[bad[c]])
        raise InputError(
            "csv_not_numeric",
            "column {col}, row {row}: '{value}' is not a number",
            col=col,
            row=int(row) + 2,
            value=df.at[row, col],
        )
    if numeric.isna().any().any():
        col = numeric.columns[numeric.isna().any()][0]
        raise InputError("csv_blank", "column {col} has empty cells", col=col)
    for col in FEATURES:
        _, low, high = UNITS[col]
        out = numeric[(numeric[col] < low) | (numeric[col] > high)]
        if len(out):
            raise InputError(
                "csv_range",
                "column {col}, row {row}: {value} is outside {low}–{high}",
                col=col,
                row=int(out.index[0]) + 2,
                value=out[col].iloc[0],
                low=low,
                high=high,
            )
    if require_target and not numeric[TARGET].isin([0, 1]).all():
        raise InputError("csv_target", "Outcome must be 0 or 1")
    return numeric


def read_upload(data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> pd.DataFrame:
    """Parse an uploaded CSV as text only (nothing is unpickled); Outcome is optional."""
    if len(data) == 0:
        raise InputError("csv_empty_file", "the file is empty")
    if len(data) > max_bytes:
        raise InputError(
            "csv_too_big",
            "the file has {size} bytes; the limit is {limit}",
            size=len(data),
            limit=max_bytes,
        )
    try:
        df = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(
            "csv_unreadable",
            "this is not a readable CSV file ({reason})",
            reason=type(exc).__name__,
        ) from None
    return validate_frame(df, require_target=TARGET in [str(c).strip() for c in df.columns])


class DiabetesDataset(Dataset):
    """As the course writes it: features and labels as tensors, indexed one row at a time."""

    def __init__(self, x: torch.Tensor, y: torch.Tensor):
        self.x_data = x
        self.y_data = y
        self.len = x.shape[0]

    def __getitem__(self, index):
        return self.x_data[index], self.y_data[index]

    def __len__(self):
        return self.len


def stratified_split(y, test_fraction=0.2, seed=0):
    """Indices of train and test rows, each class split in the same proportion."""
    gen = torch.Generator().manual_seed(int(seed))
    y = torch.as_tensor(y)
    train, test = [], []
    for label in y.unique():
        rows = torch.nonzero(y == label).flatten()
        rows = rows[torch.randperm(len(rows), generator=gen)]
        n_test = round(len(rows) * test_fraction)
        test.append(rows[:n_test])
        train.append(rows[n_test:])
    return torch.cat(train).sort().values, torch.cat(test).sort().values


@dataclass
class Preprocessor:
    """Median imputation of 'zero means missing' and standardisation, fitted on training rows only."""

    medians: dict
    mean: torch.Tensor
    std: torch.Tensor
    impute: bool
    fitted_rows: int

    @classmethod
    def fit(cls, train: pd.DataFrame, impute: bool):
        medians = {c: float(train.loc[train[c] > 0, c].median()) for c in ZERO_MEANS_MISSING}
        x = _impute(train[FEATURES], medians) if impute else train[FEATURES]
        values = torch.tensor(x.to_numpy(), dtype=torch.float32)
        return cls(medians, values.mean(0), values.std(0).clamp_min(1e-6), impute, len(train))

    def transform(self, df: pd.DataFrame) -> torch.Tensor:
        x = _impute(df[FEATURES], self.medians) if self.impute else df[FEATURES]
        return (torch.tensor(x.to_numpy(), dtype=torch.float32) - self.mean) / self.std


def _impute(x: pd.DataFrame, medians: dict) -> pd.DataFrame:
    x = x.astype(float)  # medians are fractional; a copy, so the caller's frame is untouched
    for col, median in medians.items():
        x.loc[x[col] == 0, col] = median
    return x


@dataclass
class Split:
    x_train: torch.Tensor
    y_train: torch.Tensor
    x_test: torch.Tensor
    y_test: torch.Tensor
    train_rows: torch.Tensor
    test_rows: torch.Tensor
    prep: Preprocessor


def prepare(df: pd.DataFrame, seed=0, impute=False, test_fraction=0.2) -> Split:
    train_rows, test_rows = stratified_split(df[TARGET].to_numpy(), test_fraction, seed)
    train, test = df.iloc[train_rows.numpy()], df.iloc[test_rows.numpy()]
    prep = Preprocessor.fit(train, impute)

    def labels(part):
        return torch.tensor(part[TARGET].to_numpy(), dtype=torch.float32).reshape(-1, 1)

    return Split(
        prep.transform(train),
        labels(train),
        prep.transform(test),
        labels(test),
        train_rows,
        test_rows,
        prep,
    )


# ---------------------------------------------------------------- model


class Model(nn.Module):
    """The course's network, generalised: hidden=(6, 4) and sigmoid give exactly Linear(8,6)-Linear(6,4)-Linear(4,1).

    forward() returns logits: BCEWithLogitsLoss is the course's Sigmoid + BCELoss fused into one
    numerically stable step (log-sum-exp), so the loss is the same and never saturates.
    """

    def __init__(self, hidden=(6, 4), activation="sigmoid"):
        super().__init__()
        if activation not in ACTIVATIONS:
            raise InputError("activation", "unknown activation {name}", name=activation)
        sizes = [len(FEATURES), *hidden, 1]
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:], strict=False))
        self.activation = ACTIVATIONS[activation]()

    def forward(self, x):
        for linear in self.linears[:-1]:
            x = self.activation(linear(x))
        return self.linears[-1](x)

    def activations(self, x):
        """Every layer's output for x, input first and probability last (for the network diagram)."""
        outs = [x]
        for linear in self.linears[:-1]:
            outs.append(self.activation(linear(outs[-1])))
        outs.append(torch.sigmoid(self.linears[-1](outs[-1])))
        return outs


def check_hidden(hidden) -> tuple:
    hidden = tuple(check_int("hidden size", h, 1, 256) for h in hidden)
    if len(hidden) > 4:
        raise InputError("too_many_layers", "at most 4 hidden layers")
    return hidden


def build_model(hidden=(6, 4), activation="sigmoid", seed=0) -> Model:
    hidden = check_hidden(hidden)
    return seeded(lambda: Model(hidden, activation), seed)


def make_optimizer(name, params, lr):
    lr = check_float("learning rate", lr, 0.0, 100.0, low_open=True)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=0.9)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    raise InputError("optimizer", "unknown optimizer {name}", name=name)


# ---------------------------------------------------------------- training


def accuracy(logits, y):
    return ((logits > 0).float() == y).float().mean().item()


def train(
    model,
    split: Split,
    optimizer="sgd",
    lr=0.1,
    batch_size=32,
    epochs=100,
    seed=0,
    callback: Callback = None,
    history: History | None = None,
) -> History:
    """The course's loop over a DataLoader (batch_size 0 = full batch); trains `model` in place.

    Rows: step (the epoch), loss (training BCE), test_loss, train_acc, test_acc. A History passed in
    is continued, so a second Train press goes on from where the first stopped.
    """
    epochs = check_int("epochs", epochs, 1, MAX_EPOCHS)
    batch_size = check_int("batch size", batch_size, 0, len(split.x_train)) or len(split.x_train)
    criterion = nn.BCEWithLogitsLoss()
    opt = make_optimizer(optimizer, model.parameters(), lr)
    loader = DataLoader(
        DiabetesDataset(split.x_train, split.y_train),
        batch_size=batch_size,
        shuffle=True,
        generator=torch.Generator().manual_seed(int(seed)),
    )
    history = history if history is not None else History()
    start = len(history.rows)
    for epoch in range(start + 1, start + epochs + 1):
        model.train()
        for inputs, labels in loader:
            loss = criterion(model(inputs), labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
        row = evaluate_epoch(model, split, criterion)
        if not history.record(epoch, start + epochs, row.pop("loss"), callback, **row):
            break
    return history


@torch.no_grad()
def evaluate_epoch(model, split, criterion):
    model.eval()
    train_logits, test_logits = model(split.x_train), model(split.x_test)
    return {
        "loss": criterion(train_logits, split.y_train).item(),
        "test_loss": criterion(test_logits, split.y_test).item(),
        "train_acc": accuracy(train_logits, split.y_train),
        "test_acc": accuracy(test_logits, split.y_test),
    }


# ---------------------------------------------------------------- evaluation


@torch.no_grad()
def probabilities(model, x):
    model.eval()
    return torch.sigmoid(model(x)).flatten()


def majority_baseline(y) -> float:
    y = torch.as_tensor(y).flatten()
    return max(y.mean().item(), 1 - y.mean().item())


def confusion(probs, y, threshold=0.5):
    pred, y = (probs >= threshold).long(), torch.as_tensor(y).flatten().long()
    tp = int(((pred == 1) & (y == 1)).sum())
    tn = int(((pred == 0) & (y == 0)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "tp": tp,
        "tn": tn,
        "fp": fp,
        "fn": fn,
        "precision": precision,
        "recall": recall,
        "accuracy": (tp + tn) / len(y),
    }


def roc_curve(probs, y):
    """(false positive rate, true positive rate) at every threshold, and the area under the curve."""
    y = torch.as_tensor(y).flatten()
    order = torch.argsort(probs, descending=True)
    scores, labels = probs[order], y[order]
    tps, fps = torch.cumsum(labels, 0), torch.cumsum(1 - labels, 0)
    last_of_tie = torch.cat([scores[1:] != scores[:-1], torch.tensor([True])])  # one point per distinct score
    tpr = torch.cat([torch.zeros(1), tps[last_of_tie] / labels.sum()])
    fpr = torch.cat([torch.zeros(1), fps[last_of_tie] / (1 - labels).sum()])
    auc = torch.trapezoid(tpr, fpr).item()
    return fpr.tolist(), tpr.tolist(), auc


def parse_hidden(text: str) -> tuple:
    """'6, 4' -> (6, 4); '' -> () for logistic regression."""
    parts = [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]
    try:
        return check_hidden(int(p) for p in parts)
    except ValueError:
        raise InputError(
            "bad_hidden", "hidden sizes must be whole numbers separated by commas, got '{text}'", text=text
        ) from None


# ---------------------------------------------------------------- what the page shows


def test_report(model, split: Split) -> dict:
    """Everything the results section shows, from the held-out rows only."""
    probs = probabilities(model, split.x_test)
    fpr, tpr, auc = roc_curve(probs, split.y_test)
    return {
        "confusion": confusion(probs, split.y_test),
        "fpr": fpr,
        "tpr": tpr,
        "auc": auc,
        "baseline": majority_baseline(split.y_test),
    }


def activations_for(model, split: Split, row: int | None = None, values: dict | None = None):
    """Each layer's activations for one test row (and its true label), or for typed-in feature values."""
    if values is not None:
        x, truth = split.prep.transform(pd.DataFrame([values])), None
    else:
        row = check_int("row", row, 0, len(split.x_test) - 1)
        x, truth = split.x_test[row : row + 1], int(split.y_test[row].item())
    return [a[0].tolist() for a in model.activations(x)], truth


def predict_upload(model, split: Split, data: bytes):
    """(the uploaded rows, each row's probability, accuracy if the file has Outcome else None)."""
    uploaded = read_upload(data)
    p = probabilities(model, split.prep.transform(uploaded))
    acc = None
    if TARGET in uploaded:
        acc = float(((p >= 0.5).float().numpy() == uploaded[TARGET].to_numpy()).mean())
    return uploaded, p.tolist(), acc
