import { toExportStory } from '@shared/export/model/toExportStory';
import { EXPORT_FORMATS, exportFormat } from '@shared/export/registry';
import { exportBaseName, exportFileName } from '../export/exportFileName';
import { exportToFolder } from '../export/exportToFolder';
import type { StoryRepository } from '../library/StoryRepository';
import type { DesktopHost } from './DesktopHost';
import type { Handlers } from './Handlers';
import { UnavailableError } from './UnavailableError';

export type ExportHost = Pick<DesktopHost, 'chooseFolder' | 'resources'>;

type ExportChannel = 'export:formats' | 'export:preview' | 'export:write' | 'folder:choose';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function exportHandlers(library: StoryRepository, host: ExportHost): Pick<Handlers, ExportChannel> {
  return {
    'export:formats': async () =>
      EXPORT_FORMATS.map(({ id, label, fileSuffix, isText }) => ({ id, label, fileSuffix, isText })),
    'export:preview': async ({ id, format: formatId }) => {
      const story = await library.get(id);
      const format = exportFormat(formatId);
      const bytes = await format.export(toExportStory(story), host.resources, { textWidth: null });
      return {
        format: formatId,
        fileName: exportFileName(exportBaseName(story), format),
        text: format.isText ? utf8.decode(bytes) : null,
        byteLength: bytes.byteLength,
      };
    },
    'export:write': async ({ ids, formats, folder, textWidth }) => {
      const summaries = await Promise.all(ids.map((id) => library.get(id)));
      const outcome = await exportToFolder({
        stories: summaries.map(({ id, slug }) => ({ id, slug })),
        load: (id) => library.get(id),
        formats: formats.map(exportFormat),
        folder,
        options: { textWidth },
        resources: host.resources,
      });
      return { folder, ...outcome };
    },
    'folder:choose': async () => {
      if (!host.chooseFolder) {
        throw new UnavailableError('This window cannot show a folder picker: type the folder’s full path.');
      }
      return { folder: await host.chooseFolder() };
    },
  };
}
