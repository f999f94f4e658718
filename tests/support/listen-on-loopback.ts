// Loaded with `node --import` before Learning Locker's statements service (learning-record-store.ts), which
// listens on a port with no host, that is on every interface: here it listens on 127.0.0.1 only, as every
// service the tests start does.
import { Server } from 'node:net';

const { listen } = Server.prototype as unknown as { listen: (this: Server, ...args: unknown[]) => Server };
Server.prototype.listen = function (this: Server, ...args: unknown[]) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
} as typeof Server.prototype.listen;
