"""A learner without a browser: Streamlit's own websocket protocol (BackMsg / ForwardMsg protobufs).

The browser's frontend does the same: it opens `/_stcore/stream` with the "streamlit" subprotocol,
asks for a script run (`BackMsg.rerun_script` with the page, the URL's query string and every
widget's state) and reads the deltas the run sends until `script_finished`. A widget is found by its
label in those deltas; moving it sends a new run with its new state (and the fragment it lives in,
so a slider in a fragment reruns only the fragment, as in the browser). Used by bench/classroom.py.
"""

import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websocket  # websocket-client: plain sockets, so gevent (Locust) can schedule many of them
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


class ProtocolError(RuntimeError):
    """The server closed the socket, a run did not finish in time, or a script failed to compile."""


@dataclass
class Widget:
    id: str
    kind: str  # the element type: "slider", "button", "number_input", ...
    proto: object
    fragment_id: str = ""


@dataclass
class RunResult:
    seconds: float
    texts: list[str] = field(default_factory=list)  # markdown, headings, captions, metrics, alerts
    exceptions: list[str] = field(default_factory=list)  # st.exception elements: tracebacks shown
    arrivals: list[tuple[float, str]] = field(default_factory=list)  # (time.perf_counter(), element type)


class StreamlitSession:
    """One browser tab's worth of session: a websocket, its widgets, their current states."""

    def __init__(self, base_url: str, timeout_s: float = 60.0, cookies: dict[str, str] | None = None):
        """`cookies`: what this "browser" already holds, such as its learner cookie (set by the page's
        JavaScript in a real browser)."""
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        own = "; ".join(f"{name}={value}" for name, value in (cookies or {}).items())
        self.cookie = "; ".join(c for c in (self._cookie(), own) if c)  # behind HAProxy: the replica pinned to
        parts = urlsplit(self.base_url)
        self.ws = websocket.create_connection(
            f"ws://{parts.netloc}/_stcore/stream",
            subprotocols=["streamlit"],
            timeout=timeout_s,
            header=[f"Cookie: {self.cookie}"] if self.cookie else None,
        )
        self.widgets: dict[str, Widget] = {}  # label -> widget, from the latest run
        self.keyed: dict[str, Widget] = {}  # the widget's own key -> widget (labels repeat: "Your answer")
        self.states: dict[str, WidgetState] = {}  # id -> state the "browser" holds
        self.page = ""
        self.query = ""

    def _cookie(self) -> str:
        """A first page load, as a browser makes it, to receive the load balancer's cookie."""
        with urllib.request.urlopen(f"{self.base_url}/", timeout=30) as response:
            cookies = response.headers.get_all("Set-Cookie") or []
        return "; ".join(c.split(";", 1)[0] for c in cookies)

    @property
    def replica(self) -> str:
        return next((c.split("=", 1)[1] for c in self.cookie.split("; ") if c.startswith("PLAYGROUND_REPLICA=")), "")

    def open(self, page: str, query: str = "") -> RunResult:
        """Navigate to a page (its URL path) with a query string, as following a link does."""
        self.page, self.query = page, query
        self.widgets, self.states, self.keyed = {}, {}, {}
        return self._run()

    def set_slider(self, label: str, value: float) -> RunResult:
        widget = self.widget(label, "slider")
        state = WidgetState(id=widget.id)
        state.double_array_value.data.append(value)
        self.states[widget.id] = state
        return self._run(fragment_id=widget.fragment_id)

    def click(self, label: str) -> RunResult:
        widget = self.widget(label, "button")
        trigger = WidgetState(id=widget.id, trigger_value=True)
        return self._run(extra=[trigger], fragment_id=widget.fragment_id)

    def set_text(self, key: str, value: str) -> None:
        """Type into a text input (found by its key); sent with the next run, as a browser does on a click."""
        widget = self.keyed[key]
        self.states[widget.id] = WidgetState(id=widget.id, string_value=value)

    def click_key(self, key: str) -> RunResult:
        widget = self.keyed[key]
        return self._run(extra=[WidgetState(id=widget.id, trigger_value=True)], fragment_id=widget.fragment_id)

    def widget(self, label: str, kind: str) -> Widget:
        widget = self.widgets.get(label)
        if widget is None or widget.kind != kind:
            raise ProtocolError(f"no {kind} labelled {label!r} on {self.page}: {sorted(self.widgets)}")
        return widget

    def close(self) -> None:
        self.ws.close()

    def _run(self, extra: list[WidgetState] = (), fragment_id: str = "") -> RunResult:
        msg = BackMsg()
        client = msg.rerun_script
        client.query_string, client.page_name, client.fragment_id = self.query, self.page, fragment_id
        client.widget_states.widgets.extend([*self.states.values(), *extra])
        start = last_heard = time.perf_counter()
        self.ws.send_binary(msg.SerializeToString())
        result = RunResult(0.0)
        while True:
            try:
                data = self.ws.recv()
            except (websocket.WebSocketException, OSError) as exc:
                raise ProtocolError(f"{self.page}: {type(exc).__name__}: {exc}") from exc
            if not isinstance(data, bytes):
                continue
            last_heard = time.perf_counter()  # a long training or wait in line is fine while it reports
            fmsg = ForwardMsg()
            fmsg.ParseFromString(data)
            kind = fmsg.WhichOneof("type")
            if kind == "delta":
                self._read_delta(fmsg.delta, result)
            elif kind == "script_finished":
                if fmsg.script_finished in DONE:
                    result.seconds = time.perf_counter() - start
                    return result
                if fmsg.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    raise ProtocolError(f"{self.page}: the script did not compile")
                # FINISHED_EARLY_FOR_RERUN: the page called st.rerun() (after training): keep reading
            if time.perf_counter() - last_heard > self.timeout_s:
                raise ProtocolError(f"{self.page}: nothing heard for {self.timeout_s:.0f} s")

    def _read_delta(self, delta, result: RunResult) -> None:
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        proto = getattr(element, kind)
        result.arrivals.append((time.perf_counter(), kind))
        if kind == "exception":
            result.exceptions.append(f"{proto.type}: {proto.message}")
        elif kind in ("markdown", "heading", "alert", "text"):
            result.texts.append(getattr(proto, "body", ""))
        elif kind == "metric":
            result.texts.append(f"{proto.label}: {proto.body}")
        elif kind == "progress":
            result.texts.append(proto.text)
        widget_id = getattr(proto, "id", "")
        label = getattr(proto, "label", "")
        if widget_id and label:
            self.widgets[label] = Widget(widget_id, kind, proto, delta.fragment_id)
        if widget_id.startswith("$$ID-") and widget_id.count("-") >= 2:  # "$$ID-<hash>-<user key>"
            self.keyed[widget_id.split("-", 2)[2]] = Widget(widget_id, kind, proto, delta.fragment_id)
