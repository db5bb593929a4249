"""Every learner-facing string, one catalog per page (and one for the shell, one shared).

Keys are named `<page prefix>.<name>`; each maps to {"en": ..., "zh": ...}. tests/test_strings.py
fails on a key missing a language, a placeholder that differs between languages, a key no code
uses, and English left on any page rendered in 中文.
"""

from ui.strings import (
    autograd,
    common,
    diabetes_mlp,
    dimensions,
    fitting,
    gradient_descent,
    linear_fit,
    mnist_cnn,
    rnn_hello,
    shell,
    sigmoid_softmax,
    teacher,
    tensors,
)

CATALOGS = {
    module.__name__.rsplit(".", 1)[-1]: module.STRINGS
    for module in (
        shell,
        common,
        tensors,
        autograd,
        fitting,
        dimensions,
        linear_fit,
        gradient_descent,
        sigmoid_softmax,
        diabetes_mlp,
        mnist_cnn,
        rnn_hello,
        teacher,
    )
}
STRINGS: dict[str, dict[str, str]] = {}
for catalog in CATALOGS.values():
    duplicated = STRINGS.keys() & catalog.keys()
    assert not duplicated, f"string keys defined twice: {sorted(duplicated)}"
    STRINGS.update(catalog)
