/** Listening on the configured address, with a failure a person can act on instead of an 'error' event. */
import type { Server } from "node:http";

export class ListenError extends Error {}

const REASONS: Record<string, (where: string) => string> = {
  EADDRINUSE: (where) => `${where} is already in use; stop what listens there or choose another port with --port or PORT (0 picks a free one)`,
  EADDRNOTAVAIL: (where) => `${where} is not an address of this machine; set --host or HOST to one that is (127.0.0.1, 0.0.0.0)`,
  ENOTFOUND: (where) => `${where}: the host name does not resolve; set --host or HOST to an address of this machine`,
  EACCES: (where) => `${where} needs privileges this process lacks; choose a port above 1023 with --port or PORT`,
};

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const reason = REASONS[error.code ?? ""];
      reject(reason ? new ListenError(`cannot listen: ${reason(`${host}:${port}`)}`) : error);
    };
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve();
    });
  });
}
