import { request } from 'node:http';
import type { RawResponse } from './testServer';

/** Sends a chunked body without Content-Length, stopping once the server has answered. */
export function streamBody(port: number, totalBytes: number): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    let answered = false;
    const outgoing = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/echo:input', agent: false },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (data: Buffer) => chunks.push(data));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    const writeMore = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once('drain', writeMore);
      }
      if (!answered) outgoing.end();
    };
    writeMore();
  });
}
