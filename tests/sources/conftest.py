"""Fixtures for the source tests: a local HTTP server, and a guard that keeps every test off the network.

The guard is autouse: any socket connect to an address other than 127.0.0.1 / ::1, and any name
lookup other than localhost or an IP literal, fails the test at once. So a bug in the fetcher's
address checks shows up as a test failure, never as traffic leaving this machine.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from sources_helpers import TestServer

_LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_outside_network(monkeypatch):
    """Refuse connects to non-loopback addresses and lookups of non-local names (test safety net)."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(address, tuple) and not _is_loopback(host):
            raise AssertionError(f"test tried to connect to {address}: only loopback is allowed")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else str(host)
        try:
            ipaddress.ip_address(name.split("%")[0])
        except ValueError:
            if name.lower() not in _LOCAL_NAMES:
                raise AssertionError(f"test tried to resolve {name!r}: use 127.0.0.1 or localhost")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def server():
    srv = TestServer()
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture
def fetcher():
    """A Fetcher that may reach the local test server (loopback allowed), with no politeness delay."""
    from detente.sources.http import Fetcher
    return Fetcher(timeout=2.0, allow_private=True, min_interval=0)


@pytest.fixture
def no_delay(monkeypatch):
    """No politeness delay between requests to the same host (the CLI builds its own Fetcher)."""
    from detente.sources import http
    monkeypatch.setattr(http, "DEFAULT_MIN_INTERVAL", 0.0)
