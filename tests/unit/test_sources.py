from observer_app.core.sources import parse_source, parse_vlcopt


def test_url_header_suffix():
    s = parse_source("http://x/live.m3u8|User-Agent=Foo%20Bar&Referer=http://y/&X-Other=1")
    assert (s.url, s.user_agent, s.referrer) == ("http://x/live.m3u8", "Foo Bar", "http://y/")


def test_plain_url_keeps_given_headers():
    s = parse_source("  http://x/a.mp4 ", user_agent="UA")
    assert (s.url, s.user_agent, s.referrer) == ("http://x/a.mp4", "UA", None)


def test_extvlcopt_lines():
    assert parse_vlcopt("#EXTVLCOPT:http-user-agent=Mozilla/5.0 (X11)") == (
        "user_agent",
        "Mozilla/5.0 (X11)",
    )
    assert parse_vlcopt("#EXTVLCOPT:http-referrer=https://site/") == ("referrer", "https://site/")
    assert parse_vlcopt("#EXTVLCOPT:network-caching=1000") is None
    assert parse_vlcopt("#EXTINF:-1,x") is None
