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


def test_a_run_past_its_slice_hands_the_slot_on_only_while_someone_waits():
    q = TrainingQueue(slice_s=0.05)
    long = q.join("mnist")
    time.sleep(0.06)
    assert long.running and not long.turn_over()  # nobody waits: the slice does not matter
    short = q.join("rnn")
    assert long.turn_over()
    long.requeue()
    assert short.running and not long.running and long.place() == 1
    assert not short.turn_over()  # its slice starts with its turn
    time.sleep(1.0)  # the paused run waits: this is not part of its length
    short.leave(finished=True)
    assert long.running and not long.turn_over()  # back, and alone in the line
    long.leave(finished=True)
    assert 0.06 <= q.estimate("mnist") < 0.9  # both turns counted, the second of them a moment


def test_with_slices_each_job_ahead_counts_a_slice_at_most():
    unsliced, sliced = TrainingQueue(), TrainingQueue(slice_s=0.5)
    for q in (unsliced, sliced):  # three jobs of a kind not yet seen: DEFAULT_ESTIMATE_S each
        running, next_, last = q.join("a"), q.join("a"), q.join("a")
        assert running.running
        if q is unsliced:
            assert DEFAULT_ESTIMATE_S - 0.5 <= next_.wait_estimate() <= DEFAULT_ESTIMATE_S
            assert last.wait_estimate() == pytest.approx(next_.wait_estimate() + DEFAULT_ESTIMATE_S, abs=0.05)
        else:
            assert 0.0 <= next_.wait_estimate() <= 0.5  # what is left of the running job's slice
            assert last.wait_estimate() == pytest.approx(next_.wait_estimate() + 0.5, abs=0.05)


def learners_finishing(slice_s: float) -> list[str]:
    """One long run (40 reports of 10 ms) and then three short ones (2 reports) arriving 50 ms later,
    each in its thread, checking its turn at every report as LiveTraining does: who finished when."""
    q, finished, inside, most_inside = TrainingQueue(slice_s=slice_s), [], [0], [0]
    lock = threading.Lock()

    def learner(name, reports):
        with q.join(name) as ticket:
            while not ticket.wait(0.05):
                pass
            for _ in range(reports):
                with lock:
                    inside[0] += 1
                    most_inside[0] = max(most_inside[0], inside[0])
                time.sleep(0.01)
                with lock:
                    inside[0] -= 1
                if ticket.turn_over():
                    ticket.requeue()
                    while not ticket.wait(0.05):
                        pass
        with lock:
            finished.append(name)

    threads = [threading.Thread(target=learner, args=("long", 40))]
    threads[0].start()
    time.sleep(0.05)
    for name in ("a", "b", "c"):
        threads.append(threading.Thread(target=learner, args=(name, 2)))
        threads[-1].start()
        time.sleep(0.005)  # arrive in this order
    for thread in threads:
        thread.join(20)
    assert most_inside[0] == 1, "two runs held the one slot at once"
    return finished


def test_short_runs_behind_a_long_one_finish_first_when_it_is_sliced():
    """Oracle: the order the threads finished in. Without slices the long run, first in line, ends first."""
    assert learners_finishing(slice_s=0.0) == ["long", "a", "b", "c"]
    assert learners_finishing(slice_s=0.1) == ["a", "b", "c", "long"]
