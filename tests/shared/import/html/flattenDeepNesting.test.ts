import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '@shared/import/html/flattenDeepNesting';
import { htmlDocument } from '@shared/import/html/htmlDocument';

describe('flattenDeepNesting', () => {
  it('turns what lies deeper than the limit into its text', () => {
    const { body } = htmlDocument(`${'<div>'.repeat(10)}<p>deep <b>words</b></p>${'</div>'.repeat(10)}`);
    expect(flattenDeepNesting(body, 5)).toBe(true);
    expect(body.querySelectorAll('div')).toHaveLength(5);
    expect(body.querySelector('p')).toBeNull();
    expect(body.textContent).toBe('deep words');
  });

  it('leaves a shallow page as it is', () => {
    const { body } = htmlDocument('<div><p>words</p></div>');
    expect(flattenDeepNesting(body)).toBe(false);
    expect(body.innerHTML).toBe('<div><p>words</p></div>');
  });
});
