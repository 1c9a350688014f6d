// SHA-256 of a string (as UTF-8), hex. Every article is hashed for its id and
// every relation for its statement IRI: Node's one-shot crypto.hash() (Node
// 20.12+) costs about half of createHash().update().digest() for such short
// inputs, and gives the same digest; older Node versions take the long way.
import * as crypto from 'node:crypto';

const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

export function sha256Hex(text: string): string {
  return oneShot !== undefined ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
