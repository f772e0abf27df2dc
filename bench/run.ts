// npm run bench [-- <name>…] [--quick]: runs bench/<name>.ts (all of them without a name), each in its
// own process, one after the other. Every benchmark prints its figures as
//   bench <name>: <value> <unit> (baseline <value> <unit>, ratio <r>)
// on stdout (see bench/lib/report.ts); --quick is passed through (CI smoke, under a minute).
// Benchmarks in ON_DEMAND run only when named (Lighthouse: about 40 s whatever --quick says).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const ON_DEMAND = new Set(['lighthouse']);
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !available.includes(n));
if (unknown.length) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const name of names.length ? names : available.filter((n) => !ON_DEMAND.has(n))) {
  process.stderr.write(`== bench/${name}.ts${flags.length ? ` ${flags.join(' ')}` : ''}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${name}.ts`, ...flags], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    process.stderr.write(`bench/${name}.ts failed (exit ${result.status ?? result.signal})\n`);
  }
}
process.exit(failed ? 1 : 0);
