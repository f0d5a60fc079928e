"""Engines that run shard tasks in parallel, retry failures and report every outcome.

``run_local`` uses a pool of worker processes on this machine; ``run_dask`` a Dask
distributed cluster (a ``LocalCluster`` when no scheduler address is given). Both call the
same task function, so the output does not depend on the engine. A task that raises is tried
again up to ``retries`` more times, then reported as failed; none is dropped.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

WORKER_DIED = "a worker process died (killed, out of memory, or crashed)"


@dataclass(slots=True)
class Outcome:
    """What became of one task: its result, or the error of its last attempt."""

    key: str
    attempts: int
    result: dict[str, Any] | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


Task = Any
TaskFunction = Callable[[Task], dict[str, Any]]
Notify = Callable[[str], None]


def _describe(err: BaseException) -> str:
    text = str(err)
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


class _Ledger:
    """Counts attempts, decides on retries, and keeps the outcomes."""

    def __init__(self, retries: int, key_of: Callable[[Task], str], notify: Notify) -> None:
        self.retries = retries
        self.key_of = key_of
        self.notify = notify
        self.attempts: dict[str, int] = {}
        self.outcomes: dict[str, Outcome] = {}

    def started(self, task: Task) -> None:
        key = self.key_of(task)
        self.attempts[key] = self.attempts.get(key, 0) + 1

    def take_back(self, task: Task) -> None:
        """Forget an attempt that cannot be blamed on the task (its pool broke under it)."""
        key = self.key_of(task)
        self.attempts[key] -= 1

    def succeeded(self, task: Task, result: dict[str, Any]) -> None:
        key = self.key_of(task)
        self.outcomes[key] = Outcome(key, self.attempts[key], result=result)

    def failed(self, task: Task, error: str) -> bool:
        """Record a failed attempt; True if the task should be tried again."""
        key = self.key_of(task)
        attempts = self.attempts[key]
        if attempts <= self.retries:
            self.notify(f"shard {key} failed (attempt {attempts}), trying again: {error}")
            return True
        self.outcomes[key] = Outcome(key, attempts, error=error)
        return False


def run_local(
    tasks: list[Task],
    function: TaskFunction,
    key_of: Callable[[Task], str],
    *,
    workers: int,
    retries: int,
    notify: Notify,
    on_result: Callable[[Outcome], None] = lambda _: None,
) -> list[Outcome]:
    """Run ``function`` over ``tasks`` in ``workers`` fresh processes (spawned, so nothing of
    this process leaks in). A worker that dies breaks the pool and fails every task in flight,
    so which task killed it is not known: those tasks are run again one at a time, uncharged,
    and only a death in that solo pool counts as a failed attempt of its task."""
    ledger = _Ledger(retries, key_of, notify)
    workers = max(1, min(workers, len(tasks)))  # no process without a shard to do
    shared: deque[Task] = deque(tasks)
    alone: deque[Task] = deque()
    context = multiprocessing.get_context("spawn")
    while shared:
        _run_pool(shared, workers, alone, function, ledger, context, on_result)
    while alone:
        _run_pool(alone, 1, None, function, ledger, context, on_result)
    return [ledger.outcomes[key_of(task)] for task in tasks]


def _run_pool(
    queue: deque[Task],
    workers: int,
    suspects: deque[Task] | None,
    function: TaskFunction,
    ledger: _Ledger,
    context: Any,
    on_result: Callable[[Outcome], None],
) -> None:
    """One pool over ``queue`` until it is empty or a worker dies. A task that failed with
    others in flight when the pool broke goes to ``suspects`` with its attempt taken back."""
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        running: dict[Future[dict[str, Any]], Task] = {}
        broken = False
        shared_fate = False  # more than one task was in flight when the pool broke
        while queue or running:
            # no more tasks in flight than workers, so a dying worker sends few tasks to rerun
            while queue and not broken and len(running) < workers:
                task = queue.popleft()
                try:
                    running[pool.submit(function, task)] = task
                except BrokenProcessPool:
                    queue.appendleft(task)
                    broken, shared_fate = True, len(running) > 1
                    break
                ledger.started(task)
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            in_flight = len(running)
            for future in done:
                task = running.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    if not broken:
                        broken, shared_fate = True, in_flight > 1
                    if suspects is not None and shared_fate:
                        ledger.take_back(task)
                        suspects.append(task)
                        continue
                    error = WORKER_DIED
                except Exception as err:
                    error = _describe(err)
                else:
                    ledger.succeeded(task, result)
                    on_result(ledger.outcomes[ledger.key_of(task)])
                    continue
                if ledger.failed(task, error):
                    queue.append(task)
                else:
                    on_result(ledger.outcomes[ledger.key_of(task)])


def run_dask(
    tasks: list[Task],
    function: TaskFunction,
    key_of: Callable[[Task], str],
    *,
    workers: int,
    retries: int,
    notify: Notify,
    scheduler: str | None = None,
    on_result: Callable[[Outcome], None] = lambda _: None,
) -> list[Outcome]:
    """Run ``function`` over ``tasks`` on a Dask cluster: the one at ``scheduler``, or a
    ``LocalCluster`` of ``workers`` single-threaded processes started (and stopped) here."""
    import logging
    import uuid

    from dask.distributed import Client, LocalCluster, as_completed

    ledger = _Ledger(retries, key_of, notify)
    run = uuid.uuid4().hex[:8]
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=max(1, min(workers, len(tasks))),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        tasks_by_name: dict[str, Task] = {}

        def submit(task: Task) -> Any:
            key = key_of(task)
            ledger.started(task)
            name = f"rasd-shard-{key}-{run}-{ledger.attempts[key]}"
            tasks_by_name[name] = task
            return client.submit(function, task, key=name, pure=False)

        pending = as_completed([submit(task) for task in tasks])
        for future in pending:
            task = tasks_by_name.pop(future.key)
            try:
                result = future.result()
            except Exception as err:
                if ledger.failed(task, _describe(err)):
                    pending.add(submit(task))
                else:
                    on_result(ledger.outcomes[key_of(task)])
            else:
                ledger.succeeded(task, result)
                on_result(ledger.outcomes[key_of(task)])
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [ledger.outcomes[key_of(task)] for task in tasks]
