# tests/fetch: loopback tests of the fetcher and reload.
