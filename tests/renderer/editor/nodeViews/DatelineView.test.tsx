import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { typeInto } from '../../support/queries';
import { cleanup, waitFor } from '../../support/render';
import { fieldNamed, keyDown, paragraph, renderBody } from './bodyFixture';

afterEach(cleanup);

const kherson = {
  type: 'dateline',
  attrs: { city: 'Kherson', region: 'Ukraine', date: '2026-11-24', source: '' },
};

describe('the dateline node view', () => {
  it('shows the dateline as it will print over its four labelled fields', async () => {
    const { body } = await renderBody(kherson, paragraph('Three died.'));

    expect(body.querySelector('p[data-type="dateline"]')?.textContent).toBe('KHERSON, Ukraine, Nov. 24 —');
    expect(fieldNamed(body, 'City').value).toBe('Kherson');
    expect(fieldNamed(body, 'Region').value).toBe('Ukraine');
    expect(fieldNamed(body, 'Date')).toMatchObject({ type: 'date', value: '2026-11-24' });
    expect(fieldNamed(body, 'Source').value).toBe('');
  });

  it('turns typing in a field into an edit of the node, keeping the same field', async () => {
    const { body, editor } = await renderBody(kherson, paragraph('Three died.'));
    const city = fieldNamed(body, 'City');
    city.focus();

    await typeInto(city, 'Mykolaiv');
    await typeInto(fieldNamed(body, 'Source'), 'AP');

    expect(editor.getJSON().content?.[0]?.attrs).toMatchObject({ city: 'Mykolaiv', source: 'AP' });
    await waitFor(() =>
      expect(body.querySelector('p[data-type="dateline"]')?.textContent).toBe(
        'MYKOLAIV, Ukraine, Nov. 24 (AP) —',
      ),
    );
    expect(fieldNamed(body, 'City')).toBe(city);
  });

  it('puts the old value back in the field on undo, from the toolbar or from the field itself', async () => {
    const { body, editor } = await renderBody(kherson, paragraph('Three died.'));
    const city = fieldNamed(body, 'City');
    await typeInto(city, 'Mykolaiv');

    await act(async () => {
      editor.commands.undo();
    });
    await waitFor(() => expect(city.value).toBe('Kherson'));
    expect(editor.getJSON().content?.[0]?.attrs).toMatchObject({ city: 'Kherson' });

    await keyDown(city, { key: 'z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(city.value).toBe('Mykolaiv'));
    await keyDown(city, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(city.value).toBe('Kherson'));
  });

  it('sends the caret back to the story after the dateline on Enter or Escape', async () => {
    const { body, editor } = await renderBody(kherson, paragraph('Three died.'));
    const region = fieldNamed(body, 'Region');
    region.focus();

    const enter = await keyDown(region, { key: 'Enter' });

    expect(enter.defaultPrevented).toBe(true);
    expect(editor.state.selection.$from.parent.textContent).toBe('Three died.');
    expect(editor.state.selection.$from.parentOffset).toBe(0);
    expect(document.activeElement).toBe(body);
    expect(editor.getJSON().content).toHaveLength(2);
  });

  it('moves between its fields on Tab, though they stay out of the page’s tab order', async () => {
    const { body } = await renderBody(kherson, paragraph('Three died.'));
    const [city, region, date, source] = ['City', 'Region', 'Date', 'Source'].map((name) =>
      fieldNamed(body, name),
    );
    expect([city, region, date, source].map((field) => field?.tabIndex)).toEqual([-1, -1, -1, -1]);
    city!.focus();

    await keyDown(city!, { key: 'Tab' });
    expect(document.activeElement).toBe(region);
    await keyDown(region!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(city);

    const pastTheEnd = await keyDown(source!, { key: 'Tab' });
    expect(pastTheEnd.defaultPrevented).toBe(false);
  });

  it('is reached from the toolbar’s Insert dateline, which focuses City', async () => {
    const { container, body, editor } = await renderBody(paragraph('Three died.'));

    await act(async () => {
      container.querySelector<HTMLButtonElement>('.insert-dateline')!.click();
    });

    await waitFor(() => expect(document.activeElement).toBe(fieldNamed(body, 'City')));
    expect(editor.getJSON().content?.[0]?.type).toBe('dateline');
  });
});
