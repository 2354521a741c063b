"""Which client a request came from (X-Forwarded-For only through our own proxies), and
the key that stands for it without being it."""

from __future__ import annotations

from typing import List

import pytest

from bot.commissioner.throttle import retry_after, waiting_time
from bot.config import ConfigError, load_settings
from bot.limits.addresses import address_key, client_address, forwarded_https

PROXIES = ("10.0.0.0/8", "127.0.0.1/32", "2001:db8:ffff::/48")


@pytest.mark.parametrize("peer, forwarded, expected", [
    ("203.0.113.9", [], "203.0.113.9"),
    ("203.0.113.9", ["198.51.100.1"], "203.0.113.9"),  # not our proxy: its header is ignored
    ("10.1.2.3", [], "10.1.2.3"),  # our proxy, saying nothing: the proxy itself
    ("10.1.2.3", ["198.51.100.1"], "198.51.100.1"),
    ("10.1.2.3", ["1.1.1.1, 198.51.100.1"], "198.51.100.1"),  # 1.1.1.1 was the client's claim
    ("10.1.2.3", ["198.51.100.1, 10.9.9.9"], "198.51.100.1"),  # through two of our proxies
    ("10.1.2.3", ["1.1.1.1", "198.51.100.1"], "198.51.100.1"),  # two headers, in order
    ("10.1.2.3", ["garbage, 198.51.100.1"], "198.51.100.1"),
    ("10.1.2.3", ["198.51.100.1, not-an-address"], "10.1.2.3"),  # never the client's words
    ("10.1.2.3", ["10.4.4.4"], "10.4.4.4"),  # only our proxies: the furthest one
    ("10.1.2.3", ["[2001:db8::7]:443"], "2001:db8::7"),
    ("10.1.2.3", ["198.51.100.1:5555"], "198.51.100.1"),
    ("127.0.0.1", ['"198.51.100.1"'], "198.51.100.1"),
    ("::ffff:10.1.2.3", ["198.51.100.1"], "198.51.100.1"),  # IPv4 seen through IPv6
    ("2001:db8:ffff::1", ["2001:db8:1::5"], "2001:db8:1::5"),
    ("", ["198.51.100.1"], "unknown"),
])
def test_client_address(peer: str, forwarded: List[str], expected: str) -> None:
    assert client_address(peer, forwarded, PROXIES) == expected


@pytest.mark.parametrize("peer, proto, expected", [
    ("10.1.2.3", "https", True),
    ("10.1.2.3", "HTTPS", True),
    ("10.1.2.3", "https, http", True),  # the first is what the client used
    ("10.1.2.3", "http", False),
    ("10.1.2.3", "", False),
    ("203.0.113.9", "https", False),  # not our proxy: anyone can write the header
    ("", "https", False),
])
def test_forwarded_https(peer: str, proto: str, expected: bool) -> None:
    assert forwarded_https(peer, proto, PROXIES) is expected


def test_without_trusted_proxies_the_header_is_never_read() -> None:
    assert client_address("127.0.0.1", ["198.51.100.1"], ()) == "127.0.0.1"


def test_the_key_stands_for_the_address_without_being_it() -> None:
    key = address_key("secret-a", "198.51.100.1")
    assert "198" not in key and len(key) == 32
    assert key == address_key("secret-a", "198.51.100.1")
    assert key != address_key("secret-b", "198.51.100.1")  # an HMAC, not a plain hash
    assert key != address_key("secret-a", "198.51.100.2")
    # one IPv6 household (a /64) is one client, whichever of its addresses it uses
    assert address_key("s", "2001:db8:1:2::5") == address_key("s", "2001:db8:1:2:ffff::1")
    assert address_key("s", "2001:db8:1:2::5") != address_key("s", "2001:db8:1:3::5")


def test_trusted_proxies_setting() -> None:
    settings = load_settings({"SB_TRUSTED_PROXIES": " 10.0.0.0/8, 127.0.0.1 ,::1"})
    assert settings.commissioner.trusted_proxies == ("10.0.0.0/8", "127.0.0.1/32", "::1/128")
    assert load_settings({}).commissioner.trusted_proxies == ()
    with pytest.raises(ConfigError, match="SB_TRUSTED_PROXIES"):
        load_settings({"SB_TRUSTED_PROXIES": "proxy.internal"})
    with pytest.raises(ConfigError, match="SB_ADDRESS_SIGN_IN_FAILURES"):
        load_settings({"SB_ADDRESS_SIGN_IN_FAILURES": "0"})


@pytest.mark.parametrize("seconds, words, header", [
    (0.2, "a minute", "1"), (59, "a minute", "59"), (61, "2 minutes", "61"),
    (119.5, "2 minutes", "120"), (1800, "30 minutes", "1800")])
def test_how_long_to_wait(seconds: float, words: str, header: str) -> None:
    assert waiting_time(seconds) == words and retry_after(seconds) == header
