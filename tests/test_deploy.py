"""The shipped configuration of the servers around the site (deploy/)."""

import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.conf import settings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="Debian's redis-server is not installed")
def test_the_shipped_redis_keeps_its_memory_bounded_and_drops_the_least_used(tmp_path):
    port = free_port()
    conf = settings.BASE_DIR / "deploy" / "redis.conf"
    server = subprocess.Popen(
        ["redis-server", str(conf), "--port", str(port), "--dir", str(tmp_path), "--maxmemory", "2mb"],
        stdout=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(port=port)
        for _ in range(50):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        assert client.config_get("maxmemory-policy")["maxmemory-policy"] == "allkeys-lru"
        page = b"x" * 20_000
        for number in range(500):  # 10 MB of pages into 2 MB: no error, the oldest go
            client.set(f"page:{number}", page)
        assert client.info("memory")["used_memory"] < 3 * 2**20
        assert client.exists("page:499") and not client.exists("page:0")
    finally:
        server.terminate()
        server.wait(10)


def test_the_shipped_redis_caps_its_memory():
    lines = (settings.BASE_DIR / "deploy" / "redis.conf").read_text().splitlines()
    assert "maxmemory 256mb" in lines and "maxmemory-policy allkeys-lru" in lines
