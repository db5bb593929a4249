from conftest import open_page


def click(at, label):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_train_shows_the_predicted_string(app):
    open_page(app, "views/rnn_hello.py")
    assert any("Press Train" in i.value for i in app.info)
    click(app, "Train")
    assert any("**ohlol**" in m.value for m in app.markdown)
    printout = next(c.value for c in app.code if "Predicted string:" in c.value)
    assert printout.splitlines()[-1].startswith("Predicted string: ohlol, Epoch [15/15]")
    app.slider(key="rnn_epoch_view").set_value(1).run()
    assert not app.exception


def test_invalid_strings_show_a_message(app):
    open_page(app, "views/rnn_hello.py")
    app.text_input(key="rnn_target").set_value("ohl").run()
    assert not app.exception
    assert any("same length" in e.value for e in app.error)
    app.text_input(key="rnn_source").set_value("").run()
    assert any("must not be empty" in e.value for e in app.error)


def test_versions_and_seed_sweep(app):
    open_page(app, "views/rnn_hello.py")
    app.radio(key="rnn_version").set_value("embedding").run()
    click(app, "Train")
    assert any("**ohlol**" in m.value for m in app.markdown)
    assert any("batch_first" in m.value for m in app.markdown)
    click(app, "Run 20 seeds")
    stable = next(m for m in app.metric if "stably" in m.label)
    assert stable.value.endswith("/20")
