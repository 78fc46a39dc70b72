import { describe, expect, it } from 'vitest';
import { folderOf } from '../../../src/renderer/src/library/quarantineFolder';

describe('folderOf', () => {
  it('drops the file name from POSIX and Windows paths', () => {
    expect(folderOf('/home/desk/Copydesk/quarantine/a.story.json')).toBe('/home/desk/Copydesk/quarantine');
    expect(folderOf('C:\\Users\\desk\\Copydesk\\quarantine\\a.story.json')).toBe(
      'C:\\Users\\desk\\Copydesk\\quarantine',
    );
  });
});
