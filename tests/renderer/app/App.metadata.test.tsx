import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryDraft } from '@shared/story/story';
import { FakeLibrary } from '../support/fakeLibrary';
import { chooseOption, click, getByLabel, getByRole, queryAllByRole, typeInto } from '../support/queries';
import { advance, cleanup } from '../support/render';
import { renderApp } from '../support/renderApp';
import { installFakeClock, openDetails, openStory, statusText } from '../support/storyEditor';

beforeEach(installFakeClock);

afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

async function detailsOf(draft: Partial<StoryDraft> = {}) {
  const library = new FakeLibrary();
  const story = library.add({ headline: 'Grain deal', ...draft });
  const { container } = await renderApp(library);
  await openStory(container, 'Grain deal');
  const panel = await openDetails(container);
  /** What the library holds once autosave has run. */
  const saved = async () => {
    await advance(700);
    return library.story(story.id)!;
  };
  return { library, container, panel, saved };
}

function noteOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
}

describe('the story details panel', () => {
  it('edits bylines as rows, leaving out rows without a name', async () => {
    const { container, panel, saved } = await detailsOf();
    const rows = () => queryAllByRole(panel, 'group', /^Byline \d$/);
    expect(rows()).toHaveLength(1);

    await typeInto(getByRole(rows()[0]!, 'textbox', 'Byline'), 'Jane Doe');
    await typeInto(getByRole(rows()[0]!, 'textbox', 'Byline title'), 'Staff writer');
    await click(getByRole(panel, 'button', 'Add byline'));
    expect(document.activeElement).toBe(getByRole(rows()[1]!, 'textbox', 'Byline'));
    await typeInto(getByRole(rows()[1]!, 'textbox', 'Byline organization'), 'Reuters');
    expect(noteOf(getByRole(rows()[1]!, 'textbox', 'Byline'))).toBe('Add a name, or this byline is left out');
    await click(getByRole(panel, 'button', 'Add byline'));

    expect((await saved()).bylines).toEqual([{ name: 'Jane Doe', title: 'Staff writer', organization: '' }]);

    await click(getByRole(rows()[0]!, 'button', 'Remove byline'));
    expect(rows()).toHaveLength(2);
    expect((await saved()).bylines).toEqual([]);
    expect(statusText(container)).toBe('Saved');
  });

  it('parses keywords as typed, keeping the text while the story gets the clean list', async () => {
    const { panel, saved } = await detailsOf();
    const keywords = getByRole(panel, 'textbox', 'Keywords') as HTMLInputElement;

    await typeInto(keywords, 'Ukraine, grain ,, Odesa, ukraine,');

    expect(keywords.value).toBe('Ukraine, grain ,, Odesa, ukraine,');
    expect((await saved()).keywords).toEqual(['Ukraine', 'grain', 'Odesa']);
  });

  it('derives the slug from the headline until it is edited, and derives it again on request', async () => {
    const { container, panel, saved } = await detailsOf({ slug: 'grain-deal' });
    const slug = getByRole(panel, 'textbox', 'Slug') as HTMLInputElement;
    const derive = getByRole(panel, 'button', 'Derive slug from headline') as HTMLButtonElement;
    expect(derive.disabled).toBe(true);

    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Grain deal extended');
    expect(slug.value).toBe('grain-deal-extended');

    await typeInto(slug, 'grain-2026');
    await typeInto(getByRole(container, 'textbox', 'Headline'), 'Grain deal extended again');
    expect(slug.value).toBe('grain-2026');
    expect((await saved()).slug).toBe('grain-2026');

    await click(derive);
    expect(slug.value).toBe('grain-deal-extended-again');
    expect((await saved()).slug).toBe('grain-deal-extended-again');
  });

  it('shows why a slug is wrong as it is typed, and never sends it', async () => {
    const { library, panel, saved } = await detailsOf({ slug: 'grain-deal' });
    const slug = getByRole(panel, 'textbox', 'Slug') as HTMLInputElement;

    await typeInto(slug, 'Grain Deal');

    expect(slug.value).toBe('Grain Deal');
    expect(slug.getAttribute('aria-invalid')).toBe('true');
    expect(noteOf(slug)).toBe('A slug is lowercase letters, digits and single hyphens');
    expect((await saved()).slug).toBe('grain-deal');
    expect(library.callsOf('story:save')).toEqual([]);

    await typeInto(slug, 'grain-deal-2');
    expect(slug.getAttribute('aria-invalid')).toBeNull();
    expect((await saved()).slug).toBe('grain-deal-2');
  });

  it('validates the language tag the same way', async () => {
    const { panel, saved } = await detailsOf();
    const language = getByRole(panel, 'textbox', 'Language') as HTMLInputElement;

    await typeInto(language, 'english');
    expect(noteOf(language)).toMatch(/BCP 47/);
    expect((await saved()).language).toBe('en');

    await typeInto(language, 'uk-UA');
    expect((await saved()).language).toBe('uk-UA');
  });

  it('sets status, priority, section, length target and notes for the desk', async () => {
    const { panel, saved } = await detailsOf();

    await chooseOption(getByRole(panel, 'combobox', 'Status'), 'in-edit');
    await chooseOption(getByRole(panel, 'combobox', 'Priority'), '2');
    await typeInto(getByRole(panel, 'combobox', 'Section'), 'Business');
    await typeInto(getByRole(panel, 'spinbutton', 'Length target'), '650');
    await typeInto(getByRole(panel, 'textbox', 'Notes for the desk'), 'Check the tonnage with the ministry.');

    expect(await saved()).toMatchObject({
      status: 'in-edit',
      priority: 2,
      section: 'Business',
      targetWords: 650,
      editorNotes: 'Check the tonnage with the ministry.',
    });
    const priorities = [...(getByRole(panel, 'combobox', 'Priority') as HTMLSelectElement).options];
    expect(priorities.map((option) => option.textContent)).toHaveLength(9);
    expect(priorities[0]?.textContent).toBe('1 · Flash');

    await typeInto(getByRole(panel, 'spinbutton', 'Length target'), '');
    expect((await saved()).targetWords).toBeNull();
  });

  it('stores an embargo as an ISO time with offset, and empty as none', async () => {
    const { panel, saved } = await detailsOf();
    const embargo = getByLabel(panel, 'Embargo') as HTMLInputElement;

    await typeInto(embargo, '2026-03-02T14:30');
    const stored = (await saved()).embargo!;
    expect(stored).toMatch(/^2026-03-02T14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(stored).getTime()).toBe(new Date(2026, 2, 2, 14, 30).getTime());
    expect(embargo.value).toBe('2026-03-02T14:30');

    await typeInto(embargo, '');
    expect((await saved()).embargo).toBeNull();
  });

  it('shows a trashed story’s details read-only', async () => {
    const library = new FakeLibrary();
    library.addTrashed({
      headline: 'Old news',
      bylines: [{ name: 'Jane Doe', title: '', organization: '' }],
    });
    const { container } = await renderApp(library);
    await click(getByRole(container, 'tab', 'Trash'));
    await advance(0);
    await click(getByRole(getByRole(container, 'list', 'Trash'), 'button', /^Old news/));
    await advance(0);
    const panel = await openDetails(container);

    expect((getByRole(panel, 'textbox', 'Byline') as HTMLInputElement).readOnly).toBe(true);
    expect((getByRole(panel, 'combobox', 'Status') as HTMLSelectElement).disabled).toBe(true);
    expect(queryAllByRole(panel, 'button', 'Add byline')).toEqual([]);
  });
});
