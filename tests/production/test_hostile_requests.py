"""The deployed portal against forged headers and random query strings (issue 19, items 3 and 4):
gunicorn with the production settings, reached directly or as through nginx, and the shared Redis."""

import uuid

from tests.production.helpers import PASSWORD, Visitor, redis_client

DIRECT = "127.0.0.2"  # a visitor who reaches gunicorn directly: no configured proxy


def attempt(server, visitor, username, password, forwarded):
    visitor.get(server, "/konto/logowanie/")
    return visitor.post(
        server,
        "/konto/logowanie/",
        {"username": username, "password": password},
        headers={"X-Forwarded-For": forwarded},
    )


def counted_addresses(site, username):
    # PostgreSQL returns its inet column as ipaddress objects, SQLite as text.
    return {str(row[0]) for row in site.sql("SELECT ip_address FROM axes_accessattempt WHERE username = %s", username)}


def test_reached_directly_a_forged_x_forwarded_for_neither_names_the_visitor_nor_unlocks(servers):
    server = servers.start("a")
    visitor = Visitor(source=DIRECT)
    answers = [attempt(server, visitor, "moderator.podlaskie", "zle-haslo", f"10.0.0.{n}").status for n in range(1, 6)]
    assert answers == [200, 200, 200, 200, 429]
    assert counted_addresses(servers, "moderator.podlaskie") == {DIRECT}

    owner = Visitor(source=DIRECT)
    assert attempt(server, owner, "moderator.podlaskie", PASSWORD, "10.0.0.2").status == 429
    assert "sessionid" not in owner.cookies
    # Nor through the proxy from another address: the account is locked wherever the guesses came from.
    assert attempt(server, Visitor(), "moderator.podlaskie", PASSWORD, "198.51.100.3").status == 429


def test_through_the_proxy_the_address_it_appended_is_the_visitors(servers):
    server = servers.start("a")
    username = f"nikt-{uuid.uuid4().hex[:8]}"
    response = attempt(server, Visitor(), username, "zle-haslo", "6.6.6.6, 198.51.100.7")
    assert response.status == 200
    assert counted_addresses(servers, username) == {"198.51.100.7"}


def cache_keys(site):
    return list(redis_client().scan_iter(f"{site.cache_prefix}:*"))


def test_random_query_parameters_make_no_entries_in_redis(servers):
    server = servers.start("a")
    visitor = Visitor()
    for path in ("/", "/aktualnosci/"):
        visitor.get(server, f"{path}?x=warm-up")
    keys = len(cache_keys(servers))

    for _n in range(200):
        response = visitor.get(server, f"/?x={uuid.uuid4().hex}")
        assert response.status == 200 and not response.header("X-Page-Cache")
    assert len(cache_keys(servers)) == keys

    # The news listing reads ``page``: each page number is kept, and served to the next visitor.
    assert visitor.get(server, "/aktualnosci/?page=2").header("X-Page-Cache") in {"miss", "hit"}
    assert Visitor().get(server, "/aktualnosci/?page=2").header("X-Page-Cache") == "hit"
