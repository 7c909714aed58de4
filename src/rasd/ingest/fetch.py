"""HTTP fetching for feeds and their pages: timeouts on, a polite user agent, a swappable transport."""

from __future__ import annotations

import httpx

from rasd import __version__
from rasd.errors import FetchError

__all__ = ["Fetcher"]

USER_AGENT = f"rasd/{__version__} (+https://github.com/rasd-project/rasd; Arabic news event monitor)"


class Fetcher:
    """Fetch URLs; pass ``transport=httpx.MockTransport(...)`` in tests."""

    def __init__(self, timeout: float = 10.0, transport: httpx.BaseTransport | None = None,
                 max_bytes: int = 10_000_000) -> None:
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout), transport=transport, follow_redirects=True,
            headers={"User-Agent": USER_AGENT},
        )
        self.max_bytes = max_bytes

    def get(self, url: str) -> bytes:
        try:
            response = self._client.get(url)
            response.raise_for_status()
        except httpx.TimeoutException:
            raise FetchError(url, "timed out; try again later or raise --timeout") from None
        except httpx.HTTPStatusError as exc:
            raise FetchError(url, f"HTTP {exc.response.status_code}") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"could not fetch ({type(exc).__name__}: {exc})") from None
        if len(response.content) > self.max_bytes:
            raise FetchError(url, f"response is {len(response.content) / 1e6:.1f} MB, over the "
                                  f"{self.max_bytes / 1e6:.0f} MB limit")
        return response.content

    def close(self) -> None:
        self._client.close()
