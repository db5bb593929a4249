"""The whole app in a real Chromium, driven by Playwright.

Waits use Playwright's retrying locators and expect(): an element may be absent for a moment while
Streamlit reruns the script, so no wait assumes it exists.
"""

import os
import re
import shutil

import pytest
from playwright.sync_api import expect

import e2e
from ui.nav import TOPICS
from ui.strings import STRINGS

pytestmark = pytest.mark.browser
ARTIFACTS = e2e.ROOT / "test-artifacts"
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")  # each test worker's servers log to their own file

# A topic's link text in English -> its address, for go_to's first page
TOPIC_PATHS = {STRINGS[topic.title]["en"]: topic.url_path for topic in TOPICS}
BROWSER = e2e.find_browser()
if BROWSER is None:
    if os.environ.get("REQUIRE_BROWSER"):
        raise RuntimeError("REQUIRE_BROWSER is set but no Chromium was found (apt-get install chromium)")
    pytest.skip("no Chromium found and REQUIRE_BROWSER unset", allow_module_level=True)


@pytest.fixture(scope="module")
def server():
    """The app as `make run` serves it, except that a training keeps its slot to the end (slices are
    sliced_server's): test_a_second_learner_waits_in_line_and_can_leave_it needs the first run to stay."""
    ARTIFACTS.mkdir(exist_ok=True)
    env = {"PLAYGROUND_TRAIN_SLICE_S": "0"}
    with e2e.streamlit_server(ARTIFACTS / f"streamlit-{WORKER}.log", env=env) as (url, proc, log):
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = e2e.launch(p, BROWSER)
        yield b
        b.close()


def new_tab(browser):
    """A fresh browser context and its blank page, collecting console errors: (context, page)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and not base_path_probe(m) and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    return context, page


def base_path_probe(message) -> bool:
    """Streamlit's frontend, opened at a page's address, first looks for the server below that path
    (/linear-fit/_stcore/health, then host-config) and falls back to the root on their 404s."""
    return re.search(r"/[\w-]+/_stcore/(health|host-config)$", message.location.get("url", "")) is not None


def open_app(browser, server):
    """A fresh browser context on Home: (context, page)."""
    context, page = new_tab(browser)
    page.goto(server)
    page.get_by_role("heading", name="Deep Learning Playground").first.wait_for(timeout=60_000)
    return context, page


@pytest.fixture
def page(browser, server):
    """A fresh tab, still blank: go_to opens its first topic by address rather than through Home, which
    cost the browser a whole page drawn (over a second of CPU) in each test."""
    context, page = new_tab(browser)
    page.server = server
    yield page
    context.close()


def slider_thumb(page, label):
    """A slider's thumb, found by its label: the page's first slider may be another one while a section reruns."""
    box = page.locator('[data-testid="stSlider"]').filter(has=page.get_by_text(label, exact=True))
    return box.locator('input[type="range"]')


def go_to(page, link_text, heading):
    """A topic by its link in the sidebar; a blank tab opens the topic's address (the one a shared link has)."""
    if page.url == "about:blank":
        page.goto(f"{page.server}/{TOPIC_PATHS[link_text]}")
    else:
        page.locator('[data-testid="stSidebarNav"]').get_by_text(link_text, exact=True).click()
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    e2e.wait_idle(page)


def set_number(page, label, value):
    field = page.locator('[data-testid="stNumberInput"]').filter(has_text=label).locator("input")
    field.fill(str(value))
    field.press("Enter")
    e2e.wait_idle(page)


def metric_value(page, index=0):
    return page.locator('[data-testid="stMetricValue"]').nth(index).inner_text().strip()


def metric(page, index=0):
    """A retrying locator: expect() re-queries it until it holds, also across reruns."""
    return page.locator('[data-testid="stMetricValue"]').nth(index)


def test_linear_fit_slider_updates_mse(page):
    import torch

    from core import linear

    go_to(page, "Linear fit", "Linear fit")
    before = metric_value(page)
    thumb = slider_thumb(page, "w (weight being explored)")
    assert thumb.get_attribute("value") == "2"
    thumb.focus()
    thumb.press("ArrowRight")
    X, y = linear.synthetic_data([2.0, -3.4], 4.2, 1000, 0.01, seed=0)
    w_star, _ = linear.closed_form(X, y)
    expected = linear.mse_at(X, y, torch.tensor([[2.1, w_star[1].item(), 0.0]])).item()
    expect(metric(page)).not_to_have_text(before, timeout=30_000)
    expect(metric(page)).to_have_text(f"{expected:.4f}", timeout=30_000)
    expect(page).to_have_url(re.compile(r"lin_w=2\.1"))  # the address bar is the share link, fragments too
    e2e.wait_idle(page)
    page.screenshot(path=str(ARTIFACTS / "linear_fit.png"), full_page=False)
    if os.environ.get("SAVE_README_SCREENSHOT"):
        shutil.copy(ARTIFACTS / "linear_fit.png", e2e.ROOT / "docs" / "screenshot.png")
    assert page.console_errors == []


def test_language_switch_survives_navigation(browser, server):
    context, page = open_app(browser, server)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name="简体中文").click()
    page.get_by_role("heading", name="深度学习游乐场").first.wait_for(timeout=30_000)
    go_to(page, "线性回归", "线性回归")
    code_panel = page.get_by_text("生成这个结果的代码").first
    expect(code_panel).to_be_visible()
    expect(page.get_by_text("def synthetic_data(")).to_have_count(0)  # a closed panel is sent no code
    code_panel.click()
    expect(page.get_by_text("def synthetic_data(").first).to_be_visible(timeout=30_000)
    assert page.console_errors == []
    context.close()


def test_divergent_learning_rate_shows_message(page):
    go_to(page, "Linear fit", "Linear fit")
    field = page.get_by_label("your learning rate")
    field.fill("5")
    field.press("Enter")
    expect(field).to_have_value("5.0000", timeout=30_000)
    page.get_by_role("button", name="Train", exact=True).last.click()  # the learning rates, below the fold
    expect(page.get_by_text("Diverged at step").first).to_be_visible(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0


def click_button(page, label):
    page.get_by_role("button", name=label, exact=True).click()


def test_rnn_trains_and_reads_ohlol(page):
    go_to(page, "RNN: hello → ohlol", "RNN: hello → ohlol")
    click_button(page, "Train")
    expect(page.get_by_text("Predicted string after epoch 15:")).to_contain_text("ohlol", timeout=30_000)
    expect(page.get_by_text("Predicted string: ohlol, Epoch [15/15]")).to_have_count(1, timeout=30_000)
    assert page.console_errors == []


def test_stop_ends_training_and_keeps_partial_result(page):
    go_to(page, "RNN: hello → ohlol", "RNN: hello → ohlol")
    click_button(page, "Run 20 seeds")
    stop = page.get_by_role("button", name="Stop")
    stop.wait_for(timeout=10_000)
    stop.click()
    page.get_by_text("Stopped at seed").wait_for(timeout=30_000)  # a step of the sweep is one seed's run
    e2e.wait_idle(page)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_softmax_probabilities_follow_a_logit(page):
    go_to(page, "Sigmoid & softmax", "Sigmoid & softmax")
    probs = page.get_by_text("p = dog")
    assert "cat 0.9999" in probs.inner_text()
    field = page.locator('[data-testid="stTextInput"]').filter(has_text="logits o").locator("input")
    field.fill("0.1, 0.1, 0.1")
    field.press("Enter")
    page.get_by_text("cat 0.3333").wait_for(timeout=30_000)
    assert "dog 0.3333" in page.get_by_text("p = dog").inner_text()
    assert page.console_errors == []


def test_shared_link_opens_the_page_with_its_settings(browser, server):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/linear-fit?lin_ds=course&lin_w=1.5")
    page.get_by_role("heading", name="Linear fit").first.wait_for(timeout=60_000)
    e2e.wait_idle(page)
    assert metric_value(page) == f"{0.25 * 14 / 3:.4f}"  # mean((1.5x - 2x)^2), x = 1, 2, 3
    assert page.locator('[role="dialog"]').count() == 0  # no "Page not found" modal
    page.close()


def test_gradient_descent_step_and_play(page):
    from core import descent

    go_to(page, "Gradient descent", "Gradient descent")
    w = 1.0
    for _ in range(3):
        w = descent.gd_step(w, 0.0, 0.05).new_w
        click_button(page, "Step")
        expect(metric(page)).to_have_text(f"{w:.4f}", timeout=30_000)  # retried until the rerun shows it
    click_button(page, "Play")
    expect(metric(page)).not_to_have_text(f"{w:.4f}", timeout=30_000)
    click_button(page, "Pause")
    page.get_by_role("button", name="Play", exact=True).wait_for(timeout=15_000)
    e2e.wait_idle(page)
    page.wait_for_timeout(1500)  # a tick the browser sent before the pause reached the server may still land
    e2e.wait_idle(page)
    paused_at = metric_value(page)
    page.wait_for_timeout(1500)
    assert metric_value(page) == paused_at  # the timer is off
    assert float(paused_at) > w
    assert page.console_errors == []


def test_diabetes_trains_live_and_stops(page):
    go_to(page, "Diabetes MLP", "Diabetes MLP")
    set_number(page, "epochs", 3000)
    click_button(page, "Train")
    progress = page.get_by_text("Epoch ").filter(has_text="/3000")
    progress.first.wait_for(timeout=30_000)
    first = progress.first.inner_text()
    page.wait_for_function(
        "t => [...document.querySelectorAll('[data-testid=\"stProgress\"]')].some(e => e.innerText && e.innerText !== t)",
        arg=first,
        timeout=30_000,
    )
    click_button(page, "Stop")
    page.get_by_text("Stopped at epoch").wait_for(timeout=30_000)
    e2e.wait_idle(page)
    stopped = int(page.get_by_text("Stopped at epoch").inner_text().split("epoch ")[1].split(";")[0])
    assert 1 <= stopped < 3000
    # The partly trained model is evaluated below the chart, once the post-Stop run gets there.
    page.locator('[data-testid="stMetric"]').filter(has_text="test accuracy").wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "diabetes_stopped.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0


def draw(page, points):
    box = page.locator(".upper-canvas").first.bounding_box()
    page.mouse.move(box["x"] + points[0][0], box["y"] + points[0][1])
    page.mouse.down()
    for x, y in points[1:]:
        page.mouse.move(box["x"] + x, box["y"] + y, steps=2)
    page.mouse.up()


def prediction(page):
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="prediction")
    metric.wait_for(timeout=30_000)
    e2e.wait_idle(page)
    return metric.locator('[data-testid="stMetricValue"]').inner_text().strip()


def test_mnist_reads_a_drawn_one_and_zero(page):
    import math

    go_to(page, "MNIST CNN", "MNIST CNN")
    page.locator(".upper-canvas").first.wait_for(timeout=30_000)
    draw(page, [(150, 40 + 5 * i) for i in range(41)])
    assert prediction(page) == "1"
    click_button(page, "Clear")
    page.get_by_text("Draw a digit on the black square").first.wait_for(timeout=30_000)
    e2e.wait_idle(page)
    ellipse = [(140 + 60 * math.cos(a / 20 * math.pi), 140 + 95 * math.sin(a / 20 * math.pi)) for a in range(42)]
    draw(page, ellipse)
    assert prediction(page) == "0"
    page.screenshot(path=str(ARTIFACTS / "mnist.png"))
    assert page.console_errors == []


def test_mnist_trains_a_short_run(page):
    go_to(page, "MNIST CNN", "MNIST CNN")
    set_number(page, "batch size", 2048)
    click_button(page, "Train")
    page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Test accuracy").wait_for(timeout=120_000)
    e2e.wait_idle(page)
    # The live chart and the confusion matrix, at least two: a retrying locator, since on a busy machine the
    # charts' code may still be loading after the run ends (a count() once read 0 here)
    expect(page.locator('[data-testid="stVegaLiteChart"]').nth(1)).to_be_visible(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_mnist_stop_shows_and_hands_over_the_model_as_training_left_it(page):
    """A click starts the next script run at once (Streamlit's fastReruns), while the stopped run trains
    on to its next report. The new run must wait for it before it reads or moves the model: the accuracy
    it shows is the downloaded model's, as core.mnist.evaluate finds it here (the oracle), and the note
    names the step that model reached. When it did not wait, the note named an earlier step, the numbers
    were of another model, and once moving the model to the CPU mid-step killed the server (a general
    protection fault in torch's set_data)."""
    import torch

    from core import mnist

    # 9 update steps an epoch (40,000 images at 4,096): a report only at each epoch's end, after which
    # the stopped run trains a whole epoch more, seconds in which the new run draws the result
    page.goto(f"{page.server}/mnist-cnn?mn_recipe=course&mn_batch=4096&mn_epochs=3")
    page.get_by_role("heading", name="MNIST CNN").first.wait_for(timeout=60_000)
    e2e.wait_idle(page)
    click_button(page, "Train")
    expect(page.get_by_text(re.compile(r"Update step 9/27 · loss")).first).to_be_visible(timeout=120_000)
    click_button(page, "Stop")
    note = page.get_by_text(re.compile(r"Stopped at update step \d+;")).first
    expect(note).to_be_visible(timeout=120_000)
    shown = page.locator('[data-testid="stAlertContentSuccess"]').filter(has_text="Test accuracy")
    expect(shown).to_be_visible(timeout=60_000)
    step = int(re.search(r"update step (\d+);", note.inner_text()).group(1))
    accuracy = float(re.search(r"Test accuracy ([\d.]+)%", shown.inner_text()).group(1)) / 100
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download this model's state_dict").click()
    model = mnist.build_model("cnn")
    model.load_state_dict(torch.load(download.value.path(), weights_only=True))
    x_test, y_test = mnist.load_split(False, str(mnist.data_dir()))
    assert step == 18  # the stopped run's last report: the end of epoch 2
    assert abs(mnist.evaluate(model, x_test, y_test)["accuracy"] - accuracy) <= 2e-4  # shown to 0.01%, ±2 digits
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_server_stopped_mid_training_exits_cleanly(browser):
    """SIGTERM, as a teacher's restart or a supervisor sends it, while a learner trains. Streamlit's script
    threads are daemons: one still inside a torch op when Python finalises is ended from the GIL by
    pthread_exit, whose unwinding aborts the process in a C++ destructor ("terminate called without an
    active exception", a core dump). The exit status and the log are the oracle."""
    import signal

    log_path = ARTIFACTS / f"streamlit-stopped-{WORKER}.log"
    with e2e.streamlit_server(log_path) as (url, proc, _):
        context, page = new_tab(browser)
        # 2 update steps an epoch, 40 in all: the run is mid-step, between reports, when the signal comes
        page.goto(f"{url}/mnist-cnn?mn_recipe=course&mn_batch=4096&mn_images=10000&mn_epochs=20")
        page.get_by_role("heading", name="MNIST CNN").first.wait_for(timeout=60_000)
        e2e.wait_idle(page)
        click_button(page, "Train")
        expect(page.get_by_text(re.compile(r"Update step \d+/40 · loss")).first).to_be_visible(timeout=120_000)
        # The tab closes first: its script run trains on, and uvicorn's graceful shutdown, which has no time
        # limit, once waited over a minute for an open browser's connection under a full suite's load
        context.close()
        proc.send_signal(signal.SIGTERM)
        returncode = proc.wait(timeout=60)
    assert "terminate called" not in log_path.read_text()
    assert returncode == 0


def test_hostile_link_is_named_and_language_and_seed_come_from_the_link(browser, server):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/linear-fit?lang=zh&seed=3&lin_n=inf&lin_lr=%3Cb%3Ex%3C%2Fb%3E&lin_epochs=1e20")
    expect(page.get_by_role("heading", name="线性回归").first).to_be_visible(timeout=60_000)
    notice = page.locator('[data-testid="stAlertContentWarning"]').filter(has_text="lin_n")
    expect(notice).to_contain_text("lin_lr", timeout=30_000)
    expect(notice).to_contain_text("lin_epochs")
    expect(page.locator("b", has_text="x")).to_have_count(0)  # the HTML in the link is shown as text, never rendered
    sidebar_seed = page.locator('[data-testid="stSidebar"] [data-testid="stNumberInput"] input')
    expect(sidebar_seed).to_have_value("3")
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()


def test_share_popover_shows_the_current_link(page):
    go_to(page, "Sigmoid & softmax", "Sigmoid & softmax")
    thumb = slider_thumb(page, "w")  # w of sigmoid(wx + b)
    thumb.focus()
    thumb.press("ArrowRight")  # a fragment rerun: only the sigmoid section
    expect(page).to_have_url(re.compile(r"ss_w=1\.1"), timeout=30_000)
    page.get_by_role("button", name="Share these settings").click()
    link = page.locator('[data-testid="stPopoverBody"] code, [data-testid="stPopoverBody"] pre').first
    expect(link).to_contain_text("ss_w=1.1", timeout=30_000)
    expect(link).to_contain_text("lang=en")


def set_text(page, label, value):
    field = page.locator('[data-testid="stTextInput"]').filter(has_text=label).locator("input")
    field.fill(value)
    field.press("Enter")


def test_tensors_broadcast_or_refuse_with_torchs_error(page):
    go_to(page, "Tensors & broadcasting", "Tensors & broadcasting")
    expect(page.get_by_text("broadcast to (3, 4)").first).to_be_visible(timeout=30_000)
    set_text(page, "shape of b", "2")
    expect(page.get_by_text("The size of tensor a (3) must match").first).to_be_visible(timeout=30_000)
    set_text(page, "shape of b", "3, x")
    expect(page.get_by_text("A shape is whole numbers").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "tensors.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_autograd_graph_and_gradients_for_a_typed_expression(page):
    go_to(page, "Autograd and the dynamic graph", "Autograd and the dynamic graph")
    set_text(page, "expression over x, w and b", "w * x ** 2")
    table = page.locator('[data-testid="stDataFrame"]').first
    expect(page.locator('[data-testid="stGraphVizChart"] svg').first).to_contain_text("MulBackward0", timeout=30_000)
    expect(table).to_be_visible()
    set_text(page, "expression over x, w and b", "__import__('os').getcwd()")
    expect(page.get_by_text("is not allowed here").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "autograd.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0


def test_foundations_sliders_update_their_results(page):
    go_to(page, "The curse of dimensionality", "The curse of dimensionality")
    ratio = metric(page, 0)
    expect(ratio).to_have_text("1.59", timeout=30_000)  # d = 100, 200 points, seed 0 (tests/test_core_dimensions)
    thumb = slider_thumb(page, "dimensions d")
    thumb.focus()
    thumb.press("End")  # d = 1000
    expect(ratio).to_have_text("1.15", timeout=30_000)
    expect(page).to_have_url(re.compile(r"cd_d=1000"))
    go_to(page, "Under- and over-fitting", "Under- and over-fitting")
    train_loss = metric(page, 0)
    expect(train_loss).to_have_text("0.004948", timeout=30_000)
    thumb = slider_thumb(page, "polynomial degree")
    thumb.focus()
    thumb.press("Home")  # degree 0: a constant cannot follow the cubic
    expect(train_loss).not_to_have_text("0.004948", timeout=30_000)
    assert float(train_loss.inner_text()) > 1.0
    assert page.locator('[data-testid="stException"]').count() == 0


def test_quick_slider_moves_keep_the_typed_logits(browser, server):
    """Regression: with the text inputs inside the slider's fragment, a later session lost the logits
    (the box went empty) after a slider move. Two sessions, several quick moves each."""
    for _ in range(2):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{server}/sigmoid-softmax?ss_logits=1%2C2%2C3")
        probs = page.locator('[data-testid="stMarkdown"]').filter(has_text="p = ").first
        expect(probs).to_contain_text("chicken 0.6652", timeout=60_000)
        thumb = page.locator('[data-testid="stSlider"]').filter(has_text="temperature").locator('input[type="range"]')
        for i in range(6):
            before = probs.inner_text()
            thumb.focus()
            thumb.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
            expect(probs).not_to_have_text(before, timeout=30_000)
        box = page.locator('[data-testid="stTextInput"]').filter(has_text="logits o").locator("input")
        expect(box).to_have_value("1,2,3")
        page.close()


def test_notebook_download_holds_the_settings_on_the_page(page):
    """The deferred download (built when pressed) reaches the browser as a valid notebook with the
    slider's current value; tests/test_notebooks.py runs such notebooks in a kernel."""
    import nbformat

    go_to(page, "Under- and over-fitting", "Under- and over-fitting")
    thumb = slider_thumb(page, "polynomial degree")
    thumb.focus()
    thumb.press("ArrowRight")  # degree 3 → 4
    expect(page).to_have_url(re.compile(r"of_degree=4"), timeout=30_000)
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Download as Jupyter notebook").click()
    assert download.value.suggested_filename == "fitting.ipynb"
    nb = nbformat.read(download.value.path(), as_version=4)
    nbformat.validate(nb)
    parameters = next(cell for cell in nb.cells if "parameters" in cell.metadata.get("tags", []))
    assert "degree = 4" in parameters.source.splitlines()
    assert nb.cells[0].source.startswith("# Under- and over-fitting")


def test_a_second_learner_waits_in_line_and_can_leave_it(browser, server):
    """Two sessions: while one trains, the other sees its place in line (never "try again"); Stop
    takes it out of the line, and once the first is done a new press trains at once."""
    first_ctx, first = new_tab(browser)
    second_ctx, second = new_tab(browser)
    first.server = second.server = server  # go_to opens each learner's topic by its address
    try:
        go_to(first, "Diabetes MLP", "Diabetes MLP")
        set_number(first, "epochs", 5000)
        click_button(first, "Train")
        expect(first.get_by_text("/5000").first).to_be_visible(timeout=30_000)
        go_to(second, "RNN: hello → ohlol", "RNN: hello → ohlol")
        click_button(second, "Train")
        expect(second.get_by_text("you are number 1 in line").first).to_be_visible(timeout=30_000)
        click_button(second, "Stop")
        expect(second.get_by_text("You left the line").first).to_be_visible(timeout=30_000)
        click_button(first, "Stop")
        expect(first.get_by_text("Stopped at epoch").first).to_be_visible(timeout=30_000)
        click_button(second, "Train")
        expect(second.get_by_text("Predicted string after epoch 15:").first).to_be_visible(timeout=30_000)
        assert second.locator('[data-testid="stException"]').count() == 0
    finally:
        first_ctx.close()
        second_ctx.close()


@pytest.fixture(scope="module")
def sliced_server():
    """A server whose trainings hand their slot on after 2 s while someone waits (the default is 30 s)."""
    ARTIFACTS.mkdir(exist_ok=True)
    env = {"PLAYGROUND_TRAIN_SLICE_S": "2"}
    with e2e.streamlit_server(ARTIFACTS / f"streamlit-sliced-{WORKER}.log", env=env) as (url, proc, log):
        yield url


def test_a_long_training_pauses_for_the_next_in_line_and_goes_on_where_it_paused(browser, sliced_server):
    """Two learners each train the diabetes MLP for 5,000 epochs (about 45 s each on its own). After its
    slice the first pauses and says where; the second trains meanwhile; once the second stops, the first
    goes on from the epoch it paused at, not from the start."""
    first_ctx, first = new_tab(browser)
    second_ctx, second = new_tab(browser)
    first.server = second.server = sliced_server
    try:
        for learner in (first, second):
            go_to(learner, "Diabetes MLP", "Diabetes MLP")
            set_number(learner, "epochs", 5000)
        click_button(first, "Train")
        expect(first.get_by_text("/5000").first).to_be_visible(timeout=30_000)
        click_button(second, "Train")
        paused = first.get_by_text(re.compile(r"Paused at \d+/5000")).first
        expect(paused).to_be_visible(timeout=30_000)
        paused_at = int(re.search(r"Paused at (\d+)/5000", paused.inner_text(timeout=30_000)).group(1))
        assert 0 < paused_at < 5000
        expect(second.get_by_text(re.compile(r"Epoch \d+/5000")).first).to_be_visible(timeout=30_000)
        click_button(second, "Stop")
        expect(second.get_by_text("Stopped at epoch").first).to_be_visible(timeout=30_000)
        # its bar first redraws the epoch it paused at: wait for a later one, which only going on can reach
        going_on = re.compile(rf"Epoch (?!{paused_at}/)\d+/5000")
        expect(first.get_by_text(going_on).first).to_be_visible(timeout=30_000)
        click_button(first, "Stop")
        stopped = first.get_by_text(re.compile(r"Stopped at epoch \d+")).first
        expect(stopped).to_be_visible(timeout=30_000)
        stopped_at = int(re.search(r"Stopped at epoch (\d+)", stopped.inner_text()).group(1))
        assert paused_at < stopped_at < 5000, (paused_at, stopped_at)
        for learner in (first, second):
            assert learner.locator('[data-testid="stException"]').count() == 0
    finally:
        first_ctx.close()
        second_ctx.close()


def exercise(page, statement_text):
    """The bordered box of the exercise whose statement holds this text (the innermost match)."""
    return page.locator('[data-testid="stLayoutWrapper"]').filter(has_text=statement_text).last


def check_exercise(page, box, label):
    box.get_by_role("button", name=label, exact=True).click()
    e2e.wait_idle(page)


def test_exercises_in_chinese_each_kind_wrong_then_right(browser, server):
    """中文, on the tensors page: a shape to compute, a choice and a goal on the page, each answered wrong
    and then right. The right shape is computed here from the numbers the page drew for this learner."""
    import torch

    from core.exercises.base import grade
    from core.exercises.catalog import BY_ID

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/tensors?lang=zh")
    expect(page.get_by_role("heading", name="练习").first).to_be_visible(timeout=60_000)
    e2e.wait_idle(page)

    compute = exercise(page, "的形状是什么？")
    compute.scroll_into_view_if_needed()
    shapes = re.findall(r"形状是\s*\(([\d, ]+)\)", compute.inner_text())
    a, b = (tuple(int(n) for n in s.split(",") if n.strip()) for s in shapes[:2])
    answer = compute.locator("input").first
    answer.fill("报错")
    check_exercise(page, compute, "检查")
    hint = grade(BY_ID["tb.broadcast_shape"], {"a": list(a), "b": list(b)}, "报错").hint  # the core's verdict
    expect(compute.get_by_text("还不对。").first).to_be_visible(timeout=30_000)
    expect(compute.get_by_text(STRINGS[hint]["zh"][:12]).first).to_be_visible()
    answer.fill("×".join(map(str, torch.broadcast_shapes(a, b))))
    check_exercise(page, compute, "检查")
    expect(compute.get_by_text("正确。").first).to_be_visible(timeout=30_000)

    choice = exercise(page, "会报错，而")
    choice.get_by_text("是按列求和").click()
    check_exercise(page, choice, "检查")
    expect(choice.get_by_text("在每一行内求和").first).to_be_visible(timeout=30_000)
    choice.get_by_text("keepdim 把它保留为").click()
    check_exercise(page, choice, "检查")
    expect(choice.get_by_text("正确。").first).to_be_visible(timeout=30_000)

    goal = exercise(page, "使它们的和有")
    check_exercise(page, goal, "检查")
    expect(goal.get_by_text("结果有 2 个维度").first).to_be_visible(timeout=30_000)
    set_text(page, "a 的形状", "2, 1, 4")
    e2e.wait_idle(page)
    set_text(page, "b 的形状", "3, 1")
    e2e.wait_idle(page)
    check_exercise(page, goal, "检查")
    expect(goal.get_by_text("正确。").first).to_be_visible(timeout=30_000)
    expect(page.get_by_role("heading", name="练习 · 已完成 3/4")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "exercises-zh.png"), full_page=True)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()


def test_mnist_a_drawing_the_cnn_is_unsure_of_passes_the_exercise(page):
    go_to(page, "MNIST CNN", "MNIST CNN")
    page.locator(".upper-canvas").first.wait_for(timeout=30_000)
    goal = exercise(page, "less than 50% confidence")
    check_exercise(page, goal, "Check")
    expect(goal.get_by_text("There is no result on the page").first).to_be_visible(timeout=30_000)
    page.locator(".upper-canvas").first.scroll_into_view_if_needed()
    draw(page, [(80, 50 + 5 * i) for i in range(35)] + [(80 + 5 * i, 220) for i in range(27)])  # an L
    prediction(page)
    check_exercise(page, goal, "Check")
    expect(goal.get_by_text("Correct.").first).to_be_visible(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0


@pytest.fixture(scope="module")
def class_server(tmp_path_factory):
    """A server in class mode with a teacher key and its own SQLite store, as `make serve-class` runs it."""
    state = tmp_path_factory.mktemp("class-state")
    env = {"PLAYGROUND_CLASS": "B1", "PLAYGROUND_TEACHER_KEY": "open sesame", "PLAYGROUND_STATE_DIR": str(state)}
    with e2e.streamlit_server(ARTIFACTS / f"streamlit-class-{WORKER}.log", env=env) as (url, proc, log):
        yield url, f"sqlite:///{state / 'playground.db'}"


def exercises_heading(page, done):
    return page.get_by_role("heading", name=f"Exercises · {done}/4 done")


def test_progress_survives_a_reload_and_a_second_browser_is_another_learner(browser, class_server):
    url, _ = class_server
    first = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = first.new_page()
    page.goto(f"{url}/tensors")
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_label("Class code").fill("B1")
    sidebar.get_by_label("Your name (as the teacher should see it)").fill("Ada")
    sidebar.get_by_role("button", name="Join the class").click()
    expect(sidebar.get_by_text("You are Ada in class B1.")).to_be_visible(timeout=60_000)
    trap = exercise(page, "How many elements does")
    n = int(re.search(r"has shape \((\d+), 1\)", trap.inner_text()).group(1))
    trap.locator("input").first.fill(str(n * n))
    check_exercise(page, trap, "Check")
    expect(trap.get_by_text("✓ Saved to your progress.")).to_be_visible(timeout=30_000)
    expect(exercises_heading(page, 1)).to_be_visible()

    page.reload()
    expect(exercises_heading(page, 1)).to_be_visible(timeout=60_000)
    expect(page.locator('[data-testid="stSidebar"]').get_by_text("You are Ada in class B1.")).to_be_visible()
    assert "resume" not in page.url and "playground_learner" not in page.url

    second = browser.new_context(viewport={"width": 1400, "height": 1000})
    other = second.new_page()
    other.goto(f"{url}/tensors")
    expect(exercises_heading(other, 0)).to_be_visible(timeout=60_000)
    expect(other.locator('[data-testid="stSidebar"]').get_by_role("button", name="Join the class")).to_be_visible()
    other.wait_for_function("document.cookie.includes('playground_learner=')", timeout=30_000)
    cookies = {c["name"]: c["value"] for c in first.cookies()}, {c["name"]: c["value"] for c in second.cookies()}
    assert cookies[0]["playground_learner"] != cookies[1]["playground_learner"]
    first.close()
    second.close()


def test_the_teacher_view_without_the_key_shows_nothing_and_with_it_the_grid_is_the_database(browser, class_server):
    from core.progress import ProgressStore

    url, db_url = class_server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{url}/teacher")
    main = page.locator('[data-testid="stMainBlockContainer"]')
    key = main.get_by_label("Teacher key")
    key.fill("sesame")
    main.get_by_role("button", name="Open", exact=True).click()
    expect(page.get_by_text("That key is not right.")).to_be_visible(timeout=30_000)
    assert page.locator('[data-testid="stDataFrame"]').count() == 0
    key.fill("open sesame")
    main.get_by_role("button", name="Open", exact=True).click()
    button = page.get_by_role("button", name="Download the grid as CSV")
    expect(button).to_be_visible(timeout=30_000)
    with page.expect_download() as download:
        button.click()
    rows = download.value.path().read_text().splitlines()
    store = ProgressStore(db_url)
    names = [learner.name for learner in store.class_learners("B1")]
    assert [row.split(",")[0] for row in rows[1:]] == names and names, (rows, names)
    header = rows[0].split(",")
    done = {row.split(",")[0]: int(row.split(",")[1]) for row in rows[1:]}
    by_id = {learner.id: learner.name for learner in store.class_learners("B1")}
    expected = {name: 0 for name in names}
    for cell in store.class_grid("B1"):
        expected[by_id[cell["learner_id"]]] += cell["done"]
    assert header[:2] == ["learner", "done"] and done == expected
    context.close()


# ---------------------------------------------------------------- your own data, tablets and touch

LAYOUT_CHECK = (e2e.ROOT / "tests" / "layout_check.js").read_text()
TOUCH_WIDTHS = {420: 900, 820: 1180, 1180: 820}  # phone; iPad portrait and landscape (sidebar open)


def points_count(page):
    """The "N points" caption under the points table (retrying: it is redrawn on every change)."""
    return page.locator('[data-testid="stCaptionContainer"]').filter(has_text=re.compile(r"^\d+ points \("))


def least_squares(page):
    return page.locator('[data-testid="stMarkdownContainer"]').filter(has_text="Least squares solves").first


def own_chart(page, key):
    """The chart a points setting draws, whose clicks add points (its canvas, where Vega listens)."""
    return page.locator(f".st-key-{key}\\.chart\\.").or_(page.locator('[data-testid="stVegaLiteChart"]')).first


def open_at(browser, server, path):
    context, page = new_tab(browser)
    page.goto(f"{server}/{path}")
    page.locator("h1").first.wait_for(timeout=60_000)
    e2e.wait_idle(page)
    return context, page


def chart_canvas(page):
    """The first chart of the "Your points" section: the scatter with its click targets."""
    section = page.locator('[data-testid="stVegaLiteChart"]').first
    section.wait_for(timeout=30_000)
    return section.locator("canvas, svg").first


def test_three_clicks_on_the_linear_fit_chart_add_points_and_move_the_fitted_line(browser, server):
    context, page = open_at(browser, server, "linear-fit?lin_ds=own")
    expect(points_count(page)).to_have_text(re.compile(r"^3 points"), timeout=30_000)
    expect(least_squares(page)).to_contain_text("w = [2.0000], b = 0.0000")  # the course's y = 2x
    for n, (fx, fy) in enumerate(((0.25, 0.2), (0.5, 0.6), (0.75, 0.3)), start=4):  # inside the plot, not its axes
        canvas = chart_canvas(page)
        box = canvas.bounding_box()
        canvas.click(position={"x": box["width"] * fx, "y": box["height"] * fy})
        expect(points_count(page)).to_have_text(re.compile(rf"^{n} points"), timeout=30_000)
        e2e.wait_idle(page)
    expect(least_squares(page)).not_to_contain_text("w = [2.0000], b = 0.0000", timeout=30_000)
    expect(page).to_have_url(re.compile(r"lin_pts=[-0-9.e_~]+"))  # six points travel in the link
    page.screenshot(path=str(ARTIFACTS / "linear_fit_own_points.png"))
    context.close()


def test_a_csv_file_uploaded_becomes_the_points(browser, server, tmp_path):
    context, page = open_at(browser, server, "sigmoid-softmax?ss_source=own")
    csv_file = tmp_path / "hours.csv"
    csv_file.write_text("\ufeffhours;passed\n0,5;0\n1,5;0\n2,5;1\n3,5;0\n4,5;1\n", encoding="utf-8")
    page.get_by_role("tab", name="CSV file").first.click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').first.set_input_files(str(csv_file))
    expect(points_count(page)).to_have_text(re.compile(r"^5 points"), timeout=30_000)
    click_button(page, "Train")  # logistic regression, below the fold, trains when asked
    expect(page.get_by_text("The two classes overlap").first).to_be_visible(timeout=30_000)
    context.close()


def touch_stroke(page, points):
    """A finger stroke through Chrome's touch events (CDP), as a tablet sends it."""
    cdp = page.context.new_cdp_session(page)
    (x0, y0), *rest = points
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x0, "y": y0}]})
    for x, y in rest:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def a_one_drawn_at_the_pads_right_edge_is_read(page, width):
    pad = page.locator(".upper-canvas").first
    pad.wait_for(timeout=30_000)
    box = pad.bounding_box()
    assert box["width"] == 280 and box["x"] + box["width"] <= width  # the whole pad is on screen
    x = box["x"] + 250  # 30 px from the pad's right edge
    touch_stroke(page, [(x, box["y"] + 40 + 5 * i) for i in range(41)])
    assert prediction(page) == "1"


def a_tapped_point_is_added(page, width):
    expect(points_count(page)).to_have_text(re.compile(r"^3 points"), timeout=60_000)
    canvas = chart_canvas(page)
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    canvas.tap(position={"x": box["width"] * 0.7, "y": box["height"] * 0.2})
    expect(points_count(page)).to_have_text(re.compile(r"^4 points"), timeout=30_000)


# What a finger does on the pages that take touch, once their layout is checked: the page is already
# open at the width, so a touch check costs no page of its own (a page drawn is ~5 s of the browser's CPU).
TOUCHED = {"mnist-cnn": a_one_drawn_at_the_pads_right_edge_is_read, "linear-fit": a_tapped_point_is_added}


PAGES_OPEN = {  # every page, the own-data pages with their tables shown
    "tensors": "tensors",
    "autograd": "autograd",
    "fitting": "fitting?of_source=own&of_test=own",
    "dimensions": "dimensions",
    "linear-fit": "linear-fit?lin_ds=own",
    "gradient-descent": "gradient-descent",
    "sigmoid-softmax": "sigmoid-softmax?ss_source=own",
    "diabetes-mlp": "diabetes-mlp",
    "mnist-cnn": "mnist-cnn",
    "rnn": "rnn",
}


WIDGETS = ".stButton, .stSlider, .stNumberInput, .stTextInput, .stSelectbox, .stRadio"


def layout_faults(page) -> dict:
    """Elements past the content's edges, controls on top of each other, and page-wide sideways scroll,
    once the page has stopped changing (two looks in a row agree) with its controls drawn: on a busy
    machine a widget's code may still be loading (a grey placeholder) for longer than two looks."""
    faults = page.evaluate(LAYOUT_CHECK)
    for _ in range(80):
        page.wait_for_timeout(250)
        again = page.evaluate(LAYOUT_CHECK)
        if again == faults and drawn(faults):
            return faults
        faults = again
    return faults


def drawn(faults: dict) -> bool:
    return faults["boxes"] > 20 and faults["controls"] > 5


# Every page on an iPad in portrait with the sidebar open; on a phone and in landscape the pages that take
# touch (the points charts, the drawing pad).
TOUCH_PAGES = ("fitting", "linear-fit", "sigmoid-softmax", "mnist-cnn")
CHECKED_AT = {420: TOUCH_PAGES, 820: tuple(PAGES_OPEN), 1180: TOUCH_PAGES}


@pytest.mark.parametrize("width", TOUCH_WIDTHS)
def test_every_page_fits_its_width_with_no_control_under_another_and_takes_touch(browser, server, width):
    assert set(PAGES_OPEN) == {topic.url_path for topic in TOPICS}
    assert set(TOUCHED) <= set(CHECKED_AT[width])
    context = browser.new_context(viewport={"width": width, "height": TOUCH_WIDTHS[width]}, has_touch=True)
    page = context.new_page()
    for name in CHECKED_AT[width]:
        path = PAGES_OPEN[name]
        page.goto(f"{server}/{path}")
        page.locator("h1").first.wait_for(timeout=60_000)
        e2e.wait_idle(page)
        page.wait_for_function(f"() => document.querySelectorAll('{WIDGETS}').length > 5", timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / f"{width}px_{name}.png"))
        faults = layout_faults(page)
        assert drawn(faults), (name, faults)  # the page was there to check
        assert faults["pageOverflow"] <= 0 and not faults["cut"] and not faults["overlaps"], (name, faults)
        assert page.locator('[data-testid="stException"]').count() == 0, name
        if name in TOUCHED:
            TOUCHED[name](page, width)
    # The check sees what it claims to: a control pushed past the edge and one put on top of another.
    page.evaluate("""() => {
        const boxes = [...document.querySelectorAll('[data-testid="stElementContainer"]')]
            .filter(e => e.querySelector('.stButton, .stDownloadButton'));
        boxes[0].style.marginLeft = '2000px';
        boxes[1].style.position = 'relative';
        const target = boxes[2].getBoundingClientRect(), here = boxes[1].getBoundingClientRect();
        boxes[1].style.top = (target.top - here.top) + 'px';
        boxes[1].style.left = (target.left - here.left) + 'px';
    }""")
    planted = layout_faults(page)
    assert planted["cut"] and planted["overlaps"], planted
    context.close()
