import pytest
import torch

from core import diabetes
from core.errors import DataMissingError, InputError


@pytest.fixture(scope="module")
def df():
    return diabetes.load_frame()


@pytest.fixture(scope="module")
def split(df):
    return diabetes.prepare(df, seed=0)


def test_dataset_matches_its_readme(df):
    assert df.shape == (768, 9)
    means = df.mean()
    assert means["Glucose"] == pytest.approx(120.894531, abs=1e-6)
    assert means["BMI"] == pytest.approx(31.992578, abs=1e-6)
    assert means["Age"] == pytest.approx(33.240885, abs=1e-6)
    assert means["Outcome"] == pytest.approx(0.348958, abs=1e-6)


def test_torch_dataset_serves_rows(split):
    ds = diabetes.DiabetesDataset(split.x_train, split.y_train)
    x, y = ds[3]
    assert len(ds) == len(split.x_train) and x.shape == (8,) and y.shape == (1,)


def test_split_is_stratified_and_disjoint(df, split):
    train, test = set(split.train_rows.tolist()), set(split.test_rows.tolist())
    assert not train & test and len(train | test) == 768
    assert len(test) == 154
    assert split.y_test.mean().item() == pytest.approx(df.Outcome.mean(), abs=0.01)
    assert split.y_train.mean().item() == pytest.approx(df.Outcome.mean(), abs=0.01)


@pytest.mark.parametrize("impute", [False, True])
def test_preprocessing_is_fitted_on_training_rows_only(df, impute):
    split = diabetes.prepare(df, seed=0, impute=impute)
    train = df.iloc[split.train_rows.numpy()]
    assert split.prep.fitted_rows == len(train)
    refit = diabetes.Preprocessor.fit(train, impute)
    assert torch.equal(split.prep.mean, refit.mean) and split.prep.medians == refit.medians
    everything = diabetes.Preprocessor.fit(df, impute)
    assert not torch.allclose(split.prep.mean, everything.mean)
    assert split.x_train.mean(0).abs().max().item() < 1e-4  # standardised with its own statistics


def test_imputation_replaces_zeros_with_training_medians(df):
    split = diabetes.prepare(df, seed=0, impute=True)
    train = df.iloc[split.train_rows.numpy()]
    raw = split.x_train * split.prep.std + split.prep.mean
    glucose = diabetes.FEATURES.index("Glucose")
    assert raw[:, glucose].min().item() > 0
    assert split.prep.medians["Glucose"] == train.loc[train.Glucose > 0, "Glucose"].median()


def test_course_network_shapes():
    model = diabetes.build_model()
    shapes = [tuple(linear.weight.shape) for linear in model.linears]
    assert shapes == [(6, 8), (4, 6), (1, 4)]
    assert isinstance(model.activation, torch.nn.Sigmoid)
    assert [tuple(linear.weight.shape) for linear in diabetes.build_model(()).linears] == [(1, 8)]


def test_training_is_reproducible(split):
    runs = [diabetes.train(diabetes.build_model(seed=3), split, epochs=5, seed=3).rows for _ in range(2)]
    assert runs[0] == runs[1]


def test_default_settings_beat_the_majority_baseline(split):
    seen = []
    model = diabetes.build_model(seed=0)
    history = diabetes.train(model, split, "sgd", 0.1, 32, 100, seed=0, callback=seen.append)
    baseline = diabetes.majority_baseline(split.y_test)
    assert history.rows[-1]["test_acc"] >= baseline + 0.05
    assert len(seen) == 100 and set(seen[-1].metrics) == {"test_loss", "train_acc", "test_acc"}
    probs = diabetes.probabilities(model, split.x_test)
    cm = diabetes.confusion(probs, split.y_test)
    assert cm["tp"] + cm["tn"] + cm["fp"] + cm["fn"] == len(split.y_test)
    assert cm["accuracy"] == pytest.approx(history.rows[-1]["test_acc"])
    _, _, auc = diabetes.roc_curve(probs, split.y_test)
    assert 0.75 < auc <= 1.0


def test_roc_auc_on_known_cases():
    y = torch.tensor([0.0, 0.0, 1.0, 1.0])
    assert diabetes.roc_curve(torch.tensor([0.1, 0.2, 0.8, 0.9]), y)[2] == pytest.approx(1.0)
    assert diabetes.roc_curve(torch.tensor([0.9, 0.8, 0.2, 0.1]), y)[2] == pytest.approx(0.0)
    assert diabetes.roc_curve(torch.tensor([0.5, 0.5, 0.5, 0.5]), y)[2] == pytest.approx(0.5)


def test_divergence_is_reported(split):
    history = diabetes.train(diabetes.build_model((64, 64), "relu"), split, "sgd", 100.0, 0, 20)
    assert history.diverged_at is not None and len(history.rows) < 20


def csv_bytes(df):
    return df.to_csv(index=False).encode()


@pytest.mark.parametrize(
    ("mutate", "key"),
    [
        (lambda d: d.drop(columns=["BMI"]), "csv_missing"),
        (lambda d: d.assign(Extra=1), "csv_extra"),
        (lambda d: d.iloc[:0], "csv_empty"),
        (
            lambda d: d.astype({"Glucose": object}).assign(Glucose=["high"] + list(d.Glucose[1:])),
            "csv_not_numeric",
        ),
        (lambda d: d.assign(Age=[500] + list(d.Age[1:])), "csv_range"),
        (lambda d: d.assign(Outcome=[2] + list(d.Outcome[1:])), "csv_target"),
    ],
)
def test_malformed_csvs_raise_the_right_errors(df, mutate, key):
    with pytest.raises(InputError) as err:
        diabetes.read_upload(csv_bytes(mutate(df.head(10))))
    assert err.value.key == key


def test_upload_limits_and_garbage():
    with pytest.raises(InputError) as err:
        diabetes.read_upload(b"")
    assert err.value.key == "csv_empty_file"
    with pytest.raises(InputError) as err:
        diabetes.read_upload(b"x" * 100, max_bytes=10)
    assert err.value.key == "csv_too_big"
    with pytest.raises(InputError) as err:
        diabetes.read_upload(b"\xff\xfe\x00garbage\x00")
    assert err.value.key in {"csv_unreadable", "csv_missing"}


def test_upload_without_outcome_is_accepted(df):
    features_only = df.head(5).drop(columns=["Outcome"])
    assert list(diabetes.read_upload(csv_bytes(features_only)).columns) == diabetes.FEATURES


def test_missing_data_directory_error_names_the_path(tmp_path, monkeypatch):
    monkeypatch.setattr(diabetes, "URL", "http://127.0.0.1:9/diabetes.csv")
    with pytest.raises(DataMissingError) as err:
        diabetes.load_frame(tmp_path)
    assert str(tmp_path) in str(err.value) and "diabetes.csv" in str(err.value)


def test_hidden_parsing_and_diagram():
    assert diabetes.parse_hidden("6, 4") == (6, 4) and diabetes.parse_hidden("") == ()
    with pytest.raises(InputError):
        diabetes.parse_hidden("6, x")
    model = diabetes.build_model()
    acts = [a[0].tolist() for a in model.activations(torch.zeros(1, 8))]
    assert [len(a) for a in acts] == [8, 6, 4, 1]
