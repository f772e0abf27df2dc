// Baseline of the start-up benchmark: a fresh process that only opens an existing PGlite database
// (with the contrib extensions Campanile loads) and answers one query. Prints "opened" when done.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const dir = process.argv[2];
if (!dir) throw new Error('usage: open-pglite.ts <pglite directory>');
const pglite = await PGlite.create(dir, { extensions: { pg_trgm, unaccent } });
await pglite.query('select 1');
process.stdout.write('opened\n');
await pglite.close();
