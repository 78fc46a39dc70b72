import type { CliIo } from './cliIo';

/** "[#########-----------]  45%  450/1000": one line, fitted to the terminal's width. */
export function progressLine(done: number, total: number, columns: number): string {
  const fraction = total === 0 ? 1 : done / total;
  const counts = `${String(Math.floor(fraction * 100)).padStart(3)}%  ${done}/${total}`;
  const width = Math.max(10, Math.min(40, columns - counts.length - 4));
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]  ${counts}`;
}

/** Draws the bar in place on a terminal, at most every 50 ms; prints nothing into a pipe or a log file. */
export function progressReporter(io: CliIo): {
  update: (done: number, total: number) => void;
  end: () => void;
} {
  let lastDrawnAt = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!io.interactive) return;
      const now = Date.now();
      if (done < total && now - lastDrawnAt < 50) return;
      lastDrawnAt = now;
      drawn = true;
      io.err(`\r${progressLine(done, total, io.columns)}`);
    },
    end() {
      if (drawn) io.err('\n');
    },
  };
}
