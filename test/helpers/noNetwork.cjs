// Preloaded with `node --require` (it runs in every worker thread too): any attempt to reach a
// network — fetch, a socket, a name lookup — is written to $NO_NETWORK_LOG and fails.
const { appendFileSync } = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const { isMainThread } = require('node:worker_threads');

const log = process.env.NO_NETWORK_LOG;
function attempt(what) {
  if (log) appendFileSync(log, `${isMainThread ? 'main' : 'worker'} ${what}\n`);
  throw new Error(`network access attempted: ${what}`);
}
globalThis.fetch = (url) => attempt(`fetch ${String(url)}`);
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // Node's own calls pass the normalised [options, callback] pair as one argument.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  // Local pipes (tsx's IPC) are not a network; TCP and UDP are.
  if (first && typeof first === 'object' && typeof first.path === 'string') return connect.apply(this, args);
  if (typeof first === 'string' && !/^\d+$/.test(first)) return connect.apply(this, args);
  return attempt(`connect ${JSON.stringify(first)}`);
};
dns.lookup = (host) => attempt(`lookup ${host}`);
