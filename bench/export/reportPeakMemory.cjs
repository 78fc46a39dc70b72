// Preloaded into the command line under test: prints its peak resident memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
