"""Which client a request came from, and a key for it that is not its address. Pure.

X-Forwarded-For is written by whoever sent the request, so it is read only when the
connection comes from a proxy we were told to trust (SB_TRUSTED_PROXIES), and then
from the right: the nearest address that is not one of our proxies is the client's.
Everything to its left was written by the client and is ignored.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import Iterable, Optional, Sequence, Tuple, Union

from bot.limits.keys import keyed_hash

Address = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]
Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]
UNKNOWN = "unknown"


@lru_cache(maxsize=16)
def networks(trusted: Tuple[str, ...]) -> Tuple[Network, ...]:
    """The trusted proxies (addresses or CIDR ranges, already checked by bot.config)."""
    return tuple(ipaddress.ip_network(item, strict=False) for item in trusted)


def parse(raw: str) -> Optional[Address]:
    """An address as proxies write it ("203.0.113.5", "[2001:db8::1]:443", "1.2.3.4:80")."""
    raw = raw.strip().strip('"')
    if raw.startswith("["):
        raw = raw[1:].split("]", 1)[0]
    elif raw.count(":") == 1:
        raw = raw.split(":", 1)[0]
    try:
        found = ipaddress.ip_address(raw)
    except ValueError:
        return None
    if isinstance(found, ipaddress.IPv6Address) and found.ipv4_mapped is not None:
        return found.ipv4_mapped
    return found


def _trusted(address: Address, trusted: Tuple[Network, ...]) -> bool:
    return any(address.version == net.version and address in net for net in trusted)


def client_address(peer: str, forwarded_for: Iterable[str], trusted: Sequence[str]) -> str:
    """The client's address: the peer's, or through trusted proxies the one they saw."""
    found = parse(peer)
    if found is None:
        return UNKNOWN
    proxies = networks(tuple(trusted))
    if not _trusted(found, proxies):
        return str(found)
    hops = [hop for value in forwarded_for for hop in value.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = parse(hop)
        if address is None:
            break  # written by the client: the last good address stands
        found = address
        if not _trusted(found, proxies):
            break
    return str(found)


def forwarded_https(peer: str, forwarded_proto: str, trusted: Sequence[str]) -> bool:
    """Whether a proxy we trust, in front of us, says the client came over https (the
    first value of X-Forwarded-Proto is the one the client used)."""
    found = parse(peer)
    return (found is not None and _trusted(found, networks(tuple(trusted)))
            and forwarded_proto.split(",")[0].strip().lower() == "https")


def address_key(secret: str, address: str) -> str:
    """A key for a client address that is not the address (HMAC: an IPv4 address could be
    found again from a plain hash by trying all 2^32). An IPv6 client is its /64, which a
    single household or phone is given whole."""
    parsed = parse(address)
    if isinstance(parsed, ipaddress.IPv6Address):
        address = str(ipaddress.IPv6Network(f"{parsed}/64", strict=False))
    return keyed_hash(secret, "client-address", address)


def requester_key(secret: str, peer: str, forwarded_for: Iterable[str],
                  trusted: Sequence[str]) -> str:
    """The key of the client behind a request (see client_address and address_key)."""
    return address_key(secret, client_address(peer, forwarded_for, trusted))
