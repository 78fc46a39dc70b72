import { parseArgs } from 'node:util';
import { makeLibrary } from './library/makeLibrary';

const USAGE = `Usage: node --import tsx bench/make-library.ts --stories N --out DIR [--seed S]
  [--revisions] [--trashed SHARE] [--plant-quote-word WORD] [--until ISO-TIME]`;

function numberOption(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const parsed = Number(value);
  if (value === undefined || !Number.isFinite(parsed)) throw new Error(`--${name} needs a number.\n${USAGE}`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      revisions: { type: 'boolean', default: false },
      trashed: { type: 'string' },
      'plant-quote-word': { type: 'string' },
      until: { type: 'string' },
    },
  });
  if (!values.out) throw new Error(`--out is required.\n${USAGE}`);
  const stories = numberOption(values.stories, 'stories');
  let reported = 0;
  const made = await makeLibrary({
    stories,
    out: values.out,
    seed: numberOption(values.seed, 'seed', 1),
    revisions: values.revisions,
    trashedShare: numberOption(values.trashed, 'trashed', 0),
    until: values.until ? new Date(values.until) : undefined,
    plant: values['plant-quote-word'] ? { quoteWord: values['plant-quote-word'] } : undefined,
    onProgress: (done, total) => {
      if (done - reported < total / 10 && done < total) return;
      reported = done;
      console.log(`${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} stories`);
    },
  });
  const megabytes = (made.storyBytes / 1024 / 1024).toFixed(0);
  console.log(
    `Wrote ${made.ids.length.toLocaleString('en-US')} stories (${made.trashedIds.length} in the trash, ` +
      `${megabytes} MB of story files) to ${made.dir} in ${(made.elapsedMs / 1000).toFixed(1)} s.`,
  );
  if (made.planted) {
    console.log(
      `"${made.planted.quoteWord}" is in one quote of ${made.planted.storyId}: ${made.planted.headline}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
