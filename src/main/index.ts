import { runApp } from './app/runApp';

runApp(__dirname).catch((error: unknown) => {
  console.error('Copydesk failed to start', error);
  process.exit(1);
});
