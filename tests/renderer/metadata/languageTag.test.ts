import { describe, expect, it } from 'vitest';
import { parseLanguage } from '../../../src/renderer/src/metadata/languageTag';

describe('parseLanguage', () => {
  it('accepts BCP 47 tags, trimmed', () => {
    for (const tag of ['en', 'uk', 'en-GB', 'zh-Hant-TW', 'ast']) {
      expect(parseLanguage(` ${tag} `)).toEqual({ ok: true, value: tag });
    }
  });

  it('refuses what is not a language tag, saying what one looks like', () => {
    for (const text of ['e', 'english', 'en_GB', 'en-', '']) {
      const parsed = parseLanguage(text);
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? '' : parsed.error).toMatch(/"en"/);
    }
  });
});
