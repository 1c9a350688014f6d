// The parts of n3 that building a graph needs: its data factory, parser and writer, each loaded from its own
// module. The package's index also loads its store, reasoner and stream classes (with a copy of Node's streams),
// which cost a one-article build some 40 ms at start-up; modules that need those import 'n3' itself.
// (n3 declares no "exports", so its lib/ modules may be required by path; tests/rdf/n3-parts.test.ts checks that
// they are the package's own classes.)
import { createRequire } from 'node:module';
import type * as N3 from 'n3';

const require = createRequire(import.meta.url);
const part = <T>(file: string): T => (require(`n3/lib/${file}.js`) as { default: T }).default;

export const DataFactory: typeof N3.DataFactory = part('N3DataFactory');
export const Parser: typeof N3.Parser = part('N3Parser');
export const Writer: typeof N3.Writer = part('N3Writer');
