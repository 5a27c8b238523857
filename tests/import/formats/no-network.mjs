// Preloaded with `node --import` (in the main thread and, through execArgv, in worker threads):
// every way out to the network fails, so a test proves that OCR needs nothing but node_modules.
import dns from 'node:dns';
import net from 'node:net';

const unreachable = () => new Error('network unreachable (test)');
net.Socket.prototype.connect = function connect() {
  throw unreachable();
};
dns.lookup = (_host, options, callback) => (typeof options === 'function' ? options : callback)(unreachable());
globalThis.fetch = () => Promise.reject(unreachable());
