// How long the server keeps an idle connection open (`next start --keepAliveTimeout`). Node's default, 5 s, is barely
// above the idle time of Node's own fetch (undici: 4 s, or the server's hint less 1 s): on a loaded machine a client
// sent a request on a socket the server was closing at that moment and got a connection reset (bench/RESULTS.md §11,
// 1 of 228 review clicks). A server that waits longer than its clients lets the client always close first; 65 s is
// the usual figure for servers behind a proxy that keeps connections for 60 s.
export const KEEP_ALIVE_MS = 65_000;
export const keepAliveArgs = ["--keepAliveTimeout", String(KEEP_ALIVE_MS)];
