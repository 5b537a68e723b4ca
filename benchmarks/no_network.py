"""A guard that makes any non-loopback network connection fail inside the benchmark process."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


class NetworkBlocked(OSError):
    """Raised when an extractor tries to reach the network during a benchmark run."""


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", errors="replace")
    if not isinstance(host, str):
        return False
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@contextmanager
def blocked() -> Iterator[list[str]]:
    """Within the block, connecting or resolving a non-loopback host raises ``NetworkBlocked``.

    Yields the list of hosts that something tried to reach.
    """
    attempts: list[str] = []
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(host):
            attempts.append(str(host))
            raise NetworkBlocked(f"network access to {host!r} blocked during the benchmark")
        real_connect(self, address)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
        if host is not None and not _is_loopback(host):
            attempts.append(str(host))
            raise NetworkBlocked(f"name lookup of {host!r} blocked during the benchmark")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    try:
        yield attempts
    finally:
        socket.socket.connect = real_connect  # type: ignore[method-assign]
        socket.getaddrinfo = real_getaddrinfo
