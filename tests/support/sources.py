"""Small conference sources written by hand: an IPTV playlist and a calendar for one sitting."""

from __future__ import annotations

PLAYLIST = """#EXTM3U
#EXTINF:-1 tvg-id="com5" group-title="Committee 5",Committee 5 (floor)
https://webcast.example.org/com5/index.m3u8
#EXTINF:-1 tvg-id="pl" group-title="Plenary",Plenary (floor)
https://webcast.example.org/plenary/index.m3u8
"""
CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:s1@test\r
DTSTAMP:20261201T000000Z\r
DTSTART;TZID=Asia/Seoul:20261202T093000\r
DTEND;TZID=Asia/Seoul:20261202T123000\r
SUMMARY:Committee 5 - Meeting 1\r
LOCATION:Committee 5\r
END:VEVENT\r
END:VCALENDAR\r
"""
