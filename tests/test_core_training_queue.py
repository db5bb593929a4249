"""The fair training line (core.training_queue): first come, first served, one at a time, and
leaving for any reason frees the place. Oracle: the order threads actually ran in."""

import threading
import time

import pytest

from core.training_queue import DEFAULT_ESTIMATE_S, TrainingQueue


def test_first_job_runs_at_once_and_the_next_waits_its_turn():
    q = TrainingQueue()
    first, second, third = q.join("a"), q.join("b"), q.join("c")
    assert first.wait(0) and (first.place(), second.place(), third.place()) == (0, 1, 2)
    assert not second.wait(0.01)
    first.leave(finished=True)
    assert second.wait(0) and (second.place(), third.place()) == (0, 1)


def test_leaving_the_line_moves_everyone_behind_up():
    q = TrainingQueue()
    running, waiting, behind = q.join("a"), q.join("a"), q.join("a")
    waiting.leave()  # Stop or a closed tab while waiting
    assert behind.place() == 1 and q.snapshot() == {"running": 1, "waiting": 1}
    running.leave()
    assert behind.running and q.snapshot() == {"running": 1, "waiting": 0}
    behind.leave()
    behind.leave()  # leaving twice is harmless
    assert q.snapshot() == {"running": 0, "waiting": 0}


def test_an_exception_in_the_block_frees_the_slot_and_is_not_an_estimate():
    q = TrainingQueue()
    with pytest.raises(RuntimeError), q.join("mnist") as ticket:
        assert ticket.wait(0)
        raise RuntimeError("the script run was stopped")
    assert q.snapshot() == {"running": 0, "waiting": 0}
    assert q.estimate("mnist") == DEFAULT_ESTIMATE_S


def test_estimate_counts_the_run_in_progress_and_everyone_ahead():
    q = TrainingQueue()
    with q.join("rnn") as ticket:  # one finished run teaches the estimate for its kind
        time.sleep(0.2)
    learned = q.estimate("rnn")
    assert 0.2 <= learned < 5.0
    running, ahead, mine = q.join("mnist"), q.join("rnn"), q.join("rnn")
    assert ticket.wait_estimate() == 0.0 and running.wait_estimate() == 0.0
    # ahead waits for the running MNIST job (unknown kind: the default, minus what it has run);
    # mine waits for that too, plus one RNN run
    assert DEFAULT_ESTIMATE_S - 0.5 <= ahead.wait_estimate() <= DEFAULT_ESTIMATE_S
    assert mine.wait_estimate() - ahead.wait_estimate() == pytest.approx(learned, abs=0.05)


def test_threads_train_one_at_a_time_in_arrival_order():
    q, order, inside, most_inside = TrainingQueue(), [], [0], [0]
    lock = threading.Lock()

    def learner(name):
        with q.join("x") as ticket:
            while not ticket.wait(0.05):
                pass
            with lock:
                inside[0] += 1
                most_inside[0] = max(most_inside[0], inside[0])
                order.append(name)
            time.sleep(0.02)
            with lock:
                inside[0] -= 1

    threads = []
    for name in range(8):
        threads.append(threading.Thread(target=learner, args=(name,)))
        threads[-1].start()
        time.sleep(0.005)  # arrive in this order
    for thread in threads:
        thread.join(10)
    assert order == list(range(8)) and most_inside[0] == 1


def test_two_slots_run_two_jobs():
    q = TrainingQueue(slots=2)
    a, b, c = q.join("x"), q.join("x"), q.join("x")
    assert a.running and b.running and c.place() == 1
