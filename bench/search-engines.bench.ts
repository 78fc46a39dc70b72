/**
 * MiniSearch against FlexSearch on generated ~800-word stories. Run:
 *   node --expose-gc --import tsx bench/search-engines.bench.ts [--stories 100,10000] [--variants a,b]
 *        [--queries 1000] [--updates 50] [--limit 1000]
 * Each variant × library size runs in its own process, so heap figures and garbage do not leak between them.
 */
import { execFileSync } from 'node:child_process';
import { ENGINE_VARIANTS } from './search/engineVariants';
import { measureEngine, type EngineFigures } from './search/measureEngine';
import { printFigures } from './search/report';

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
}

const args = process.argv.slice(2);
const settings = {
  queries: Number(option(args, 'queries', '1000')),
  updates: Number(option(args, 'updates', '50')),
  limit: Number(option(args, 'limit', '1000')),
};
const child = option(args, 'child', '');

if (child) {
  const [variant, stories] = child.split(':');
  const kind = ENGINE_VARIANTS[variant!];
  if (!kind) throw new Error(`Unknown variant ${variant}`);
  console.log(JSON.stringify(measureEngine(variant!, kind, Number(stories), settings)));
} else {
  const sizes = option(args, 'stories', '100,10000').split(',').map(Number);
  const variants = option(args, 'variants', Object.keys(ENGINE_VARIANTS).join(',')).split(',');
  const figures: EngineFigures[] = [];
  for (const stories of sizes) {
    for (const variant of variants) {
      const output = execFileSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=6000',
          '--import',
          'tsx',
          __filename,
          '--child',
          `${variant}:${stories}`,
          ...['queries', 'updates', 'limit'].flatMap((name) => [
            `--${name}`,
            String(settings[name as 'limit']),
          ]),
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
      );
      const measured = JSON.parse(output.trim().split('\n').at(-1)!) as EngineFigures;
      figures.push(measured);
      console.error(`${variant} @ ${stories}: ${JSON.stringify(measured)}`);
    }
  }
  printFigures(figures, settings);
}
