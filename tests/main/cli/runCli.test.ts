import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/runCli';
import { openLibrary } from '../../../src/main/library/openLibrary';
import { fakeTerminal } from './support';

let root: string;
let library: string;
let out: string;

async function addStories(): Promise<{ approved: string; draft: string }> {
  const repository = await openLibrary(library);
  try {
    const approved = await repository.create({
      headline: 'Talks resume in Istanbul',
      slug: 'talks-resume',
      status: 'approved',
    });
    const draft = await repository.create({
      headline: 'Sanctions widen',
      slug: 'sanctions-widen',
      status: 'draft',
    });
    return { approved: approved.id, draft: draft.id };
  } finally {
    await repository.close();
  }
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-cli-'));
  library = join(root, 'library');
  out = join(root, 'out');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('copydesk', () => {
  it('prints the usage, and exits 2 when no command is given', async () => {
    const terminal = fakeTerminal();
    expect(await runCli([], terminal)).toBe(2);
    expect(terminal.stdout()).toContain('Usage: copydesk <command>');
    expect(await runCli(['help'], fakeTerminal())).toBe(0);
  });

  it('exits 2 on an unknown command or option', async () => {
    const terminal = fakeTerminal();
    expect(await runCli(['publish'], terminal)).toBe(2);
    expect(terminal.stderr()).toContain('unknown command "publish"');
    expect(await runCli(['list', '--colour'], fakeTerminal())).toBe(2);
  });

  it('refuses a library folder that is not there instead of making an empty one', async () => {
    const terminal = fakeTerminal();
    expect(await runCli(['list', '--library', join(root, 'nowhere')], terminal)).toBe(2);
    expect(terminal.stderr()).toContain('No library folder at');
    expect(await readdir(root)).toEqual([]);
  });
});

describe('copydesk list', () => {
  it('lists the stories as a table, and as JSON with --json', async () => {
    await addStories();
    const table = fakeTerminal();
    expect(await runCli(['list', '--library', library], table)).toBe(0);
    expect(table.stdout()).toMatch(/approved .*talks-resume .*Talks resume in Istanbul/);
    expect(table.stdout()).toContain('2 stories');

    const json = fakeTerminal();
    expect(await runCli(['list', '--library', library, '--json'], json)).toBe(0);
    const listed = JSON.parse(json.stdout()) as { slug: string }[];
    expect(listed.map((story) => story.slug).sort()).toEqual(['sanctions-widen', 'talks-resume']);
  });
});

describe('copydesk export', () => {
  it('writes one file per story and format, named from the slug', async () => {
    await addStories();
    const terminal = fakeTerminal();
    const code = await runCli(
      ['export', '--library', library, '--format', 'nitf,ninjs-3.1', '--out', out],
      terminal,
    );
    expect(terminal.stderr()).toBe('');
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'sanctions-widen.ninjs-3.1.json',
      'sanctions-widen.nitf.xml',
      'talks-resume.ninjs-3.1.json',
      'talks-resume.nitf.xml',
    ]);
    expect(terminal.stdout()).toContain('Exported 4 files (2 stories × nitf, ninjs-3.1)');
  });

  it('exports only the named stories, by id or slug, and only those with --status', async () => {
    const { draft } = await addStories();
    expect(
      await runCli(['export', '--library', library, '--format', 'text', '--out', out, draft], fakeTerminal()),
    ).toBe(0);
    expect(await readdir(out)).toEqual(['sanctions-widen.txt']);

    await rm(out, { recursive: true });
    const args = ['export', '--library', library, '--format', 'md', '--out', out];
    expect(await runCli(args, fakeTerminal())).toBe(2);
    expect(
      await runCli([...args.slice(0, 4), 'markdown', '--out', out, '--status', 'approved'], fakeTerminal()),
    ).toBe(0);
    expect(await readdir(out)).toEqual(['talks-resume.md']);
  });

  it('names an unknown format or story and exits 2, writing nothing', async () => {
    await addStories();
    const formats = fakeTerminal();
    expect(
      await runCli(['export', '--library', library, '--format', 'nitf,rtf', '--out', out], formats),
    ).toBe(2);
    expect(formats.stderr()).toContain('Unknown format "rtf"');

    const stories = fakeTerminal();
    const args = ['export', '--library', library, '--format', 'nitf', '--out', out, 'no-such-slug'];
    expect(await runCli(args, stories)).toBe(2);
    expect(stories.stderr()).toContain('No story with the id or slug "no-such-slug"');
    await expect(readdir(out)).rejects.toThrow();
  });
});
