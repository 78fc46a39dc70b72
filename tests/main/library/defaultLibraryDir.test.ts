import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLibraryDir } from '../../../src/main/library/defaultLibraryDir';

describe('defaultLibraryDir', () => {
  it('is in the XDG config folder on Linux, as Electron’s userData is', () => {
    expect(defaultLibraryDir({ platform: 'linux', env: {}, home: '/home/jane' })).toBe(
      join('/home/jane', '.config', 'Copydesk', 'library'),
    );
    expect(
      defaultLibraryDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home: '/home/jane' }),
    ).toBe(join('/cfg', 'Copydesk', 'library'));
  });

  it('is in Application Support on macOS and in APPDATA on Windows', () => {
    expect(defaultLibraryDir({ platform: 'darwin', env: {}, home: '/Users/jane' })).toBe(
      join('/Users/jane', 'Library', 'Application Support', 'Copydesk', 'library'),
    );
    expect(
      defaultLibraryDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\jane\\AppData\\Roaming' },
        home: 'x',
      }),
    ).toBe(join('C:\\Users\\jane\\AppData\\Roaming', 'Copydesk', 'library'));
  });
});
