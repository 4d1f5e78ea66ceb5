"""The webcast streams of a web page, found by yt-dlp (a maintained resolver, not scraping).

yt-dlp runs in a child process stopped at a deadline, since a player page can hang or loop;
its generic extractor reads HTML5 video and HLS/DASH links, its site extractors YouTube,
Vimeo, Kaltura and the rest. ``services.sources.resolve_page`` turns what it finds into the
conference's streams; ``player.page_refresh`` asks again when a resolved address expires.
"""

from __future__ import annotations

import threading
from typing import TypedDict

#: How long the stream resolver may take for one page (it fetches the page and its players).
RESOLVE_DEADLINE_S = 45.0


class PageStream(TypedDict):
    """One stream yt-dlp found on a web page: its manifest (or media file) address, the
    languages of its audio-only renditions, no picture, live or on demand."""

    url: str
    languages: list[str]
    audio_only: bool
    live: bool


def resolve_streams(
    url: str, deadline_s: float = RESOLVE_DEADLINE_S
) -> tuple[list[PageStream], str]:
    """yt-dlp's reading of a web page, in a child process stopped after ``deadline_s`` (a
    player page can hang or loop): ``[{"url", "languages", "audio_only", "live"}]`` and "", or
    [] and why not. Its generic extractor reads HTML5 video and HLS/DASH links; its site
    extractors YouTube, Vimeo, Kaltura and the rest."""
    import multiprocessing

    from observer_app import isolate

    if multiprocessing.current_process().daemon:  # the window's refresh worker: no children
        return _resolve_in_thread(url, deadline_s)
    try:
        return isolate.call(_resolve, url, name="observer-resolver", timeout=deadline_s), ""
    except isolate.IsolatedError as exc:
        return [], str(exc)
    except Exception as exc:  # noqa: BLE001 - yt-dlp's own errors: the page has no stream it knows
        return [], _plain(exc)


def _resolve_in_thread(url: str, deadline_s: float) -> tuple[list[PageStream], str]:
    """``resolve_streams`` where no child process may be started (a daemon process, such as
    the refresh worker, which is itself stopped by its own deadline): a daemon thread that is
    waited for ``deadline_s`` and left behind after that."""
    outcome: list[tuple[list[PageStream], str]] = []

    def run() -> None:
        try:
            outcome.append((_resolve(url), ""))
        except Exception as exc:  # noqa: BLE001 - as in resolve_streams
            outcome.append(([], _plain(exc)))

    worker = threading.Thread(target=run, name="observer-resolver", daemon=True)
    worker.start()
    worker.join(deadline_s)
    return outcome[0] if outcome else ([], f"no answer within {deadline_s:g} s; stopped waiting")


def _resolve(url: str) -> list[PageStream]:
    """In the child: yt-dlp without downloading; one stream per manifest (or media file), with
    the languages of its audio-only renditions."""
    import yt_dlp

    class _Quiet:
        def debug(self, msg: str) -> None:
            pass

        warning = info = debug

        def error(self, msg: str) -> None:
            pass

    options = {"quiet": True, "skip_download": True, "socket_timeout": 15, "logger": _Quiet()}
    try:
        with yt_dlp.YoutubeDL(options) as ydl:
            info = ydl.extract_info(url, download=False)
    except yt_dlp.utils.DownloadError as exc:
        # Its class does not survive the trip back from the child process (it arrived as
        # "DownloadError: ERROR: Unsupported URL: ..."): send its words in a plain error.
        raise RuntimeError(_plain(exc)) from None
    found: dict[str, PageStream] = {}
    for entry in info.get("entries") or [info]:
        for f in (entry or {}).get("formats") or []:
            address = f.get("manifest_url") or f.get("url")
            if not address:
                continue
            item = found.setdefault(
                address,
                {
                    "url": address,
                    "languages": [],
                    "audio_only": True,
                    "live": bool(entry.get("is_live")),
                },
            )
            if f.get("vcodec") != "none":
                # Unknown (None) may be video: a live page's plain media playlist says no codec,
                # and taking it for audio would hide the committee's picture.
                item["audio_only"] = False
            language = f.get("language")
            if f.get("vcodec") == "none" and language and language not in item["languages"]:
                item["languages"].append(language)
    return list(found.values())


def _plain(exc: BaseException) -> str:
    """yt-dlp's message without its "ERROR: " prefix, on one line, short."""
    return " ".join(str(exc).replace("ERROR: ", "").split())[:200]
