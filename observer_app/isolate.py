"""Run heavy pure-Python work in a separate process, where it cannot hold the window's GIL.

A worker *thread* parsing a 4,600-channel playlist and a 2,000-event calendar (~0.5 s of
Python) shares the interpreter lock with the GUI thread: every call from Qt into Python (a
repaint asking a model for its data, a timer) then waits up to the switch interval for it, and
the window stuttered by 40-130 ms during each background refresh. A child process has its own
interpreter; only the pickled answer crosses back, a big one in pieces (``dumps_in_pieces``):
one unpickle of a 50,000-channel conference held the GIL for up to a second.

Processes are started with "spawn" (never fork a process that runs Qt and threads) and as
daemons, so quitting the app never waits for a refresh stuck on a slow server.
"""

from __future__ import annotations

import gc
import io
import multiprocessing
import os
import pickle
from collections.abc import Callable
from typing import Any


class IsolatedError(RuntimeError):
    """The child process died, or its failure could not be carried back as it was."""


def call(
    fn: Callable[..., Any],
    *args: Any,
    name: str = "observer-isolated",
    timeout: float | None = None,
    background: bool = False,
) -> Any:
    """``fn(*args)`` in a fresh process; its result, or its exception raised here. ``fn`` must be
    a module-level function and ``args``/the result picklable. Blocks: call it from a thread.
    After ``timeout`` seconds the child is stopped and ``IsolatedError`` raised (a server that
    drips one byte per read never trips requests' own timeouts). ``background``: the child runs
    at a lower CPU priority, so that on a busy machine the window wins the cores (a refresh that
    parsed at the window's priority left it waiting 40-90 ms at a time)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, fn, args, background), name=name, daemon=True
    )
    process.start()
    sender.close()  # ours: so that recv sees EOF if the child dies without answering
    try:
        if not receiver.poll(timeout):
            process.terminate()
            process.join(5)
            raise IsolatedError(f"the worker process gave no answer within {timeout:g} s; stopped")
        payload = receiver.recv_bytes()
    except EOFError:
        process.join(5)
        raise IsolatedError(
            f"the worker process stopped without an answer (exit code {process.exitcode})"
        ) from None
    finally:
        receiver.close()
    process.join(5)
    ok, value = pickle.loads(payload)
    if ok:
        return value
    raise value


#: Items per piece of a long tuple in ``dumps_in_pieces``: ~10 ms to unpickle 500 channels.
PIECE = 500


class _PiecePickler(pickle.Pickler):
    """Pickles long tuples (a conference's 50,000 channels) as separately pickled pieces."""

    def persistent_id(self, obj: Any) -> Any:
        if type(obj) is tuple and len(obj) > PIECE:
            return [dumps_in_pieces(obj[i : i + PIECE]) for i in range(0, len(obj), PIECE)]
        return None


class _PieceUnpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        # Python code between the pieces: the interpreter can hand the GIL to the GUI thread.
        return tuple(item for piece in pid for item in loads_in_pieces(piece))


def dumps_in_pieces(obj: Any) -> bytes:
    """``pickle.dumps``, but long tuples go in pieces: one ``pickle.loads`` is a single C call
    that holds the GIL throughout (1 s for a 50,000-channel conference on a worker thread, the
    window frozen meanwhile); ``loads_in_pieces`` lets other threads run between pieces."""
    out = io.BytesIO()
    _PiecePickler(out, pickle.HIGHEST_PROTOCOL).dump(obj)
    return out.getvalue()


def loads_in_pieces(data: bytes, long_lived: bool = False) -> Any:
    """The object ``dumps_in_pieces`` packed (equal to it; shared references across pieces of a
    long tuple become copies).

    ``long_lived`` (a conference to show): the cyclic collector does not run while it is
    unpacked and never walks it afterwards (``gc.freeze``): 300,000 new objects set off a full
    collection, 190-240 ms during which every thread, the GUI's too, waited. The price: cyclic
    garbage alive at that moment is kept too (see heap.py); a refresh comes every few minutes."""
    if not long_lived:
        return _PieceUnpickler(io.BytesIO(data)).load()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _PieceUnpickler(io.BytesIO(data)).load()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


#: How much nicer than the window a background child is (os.nice; 19 is the least priority).
BACKGROUND_NICENESS = 10


def _child(sender, fn: Callable[..., Any], args: tuple, background: bool = False) -> None:
    if background and hasattr(os, "nice"):
        try:
            os.nice(BACKGROUND_NICENESS)
        except OSError:  # not allowed here: run at the window's priority
            pass
    try:
        outcome: tuple[bool, Any] = (True, fn(*args))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
        outcome = (False, _portable(exc))
    try:
        payload = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an unpicklable result
        payload = pickle.dumps((False, IsolatedError(f"the answer could not be sent back: {exc}")))
    sender.send_bytes(payload)
    sender.close()


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling both ways (custom exceptions often do not), else its words."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return IsolatedError(f"{type(exc).__name__}: {exc}")
