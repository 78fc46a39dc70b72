import { apDate } from './apMonth';

export interface DatelineParts {
  city: string;
  region: string;
  date: string;
  source: string;
}

/** The one AP-style rendering shared by the editor and every exporter: `KHERSON, Ukraine, Nov. 24 (AP) —`. */
export function formatDateline({ city, region, date, source }: DatelineParts): string {
  const place = city.trim().toUpperCase();
  if (!place) return '';
  const parts = [place, region.trim(), apDate(date.trim())].filter(Boolean).join(', ');
  const agency = source.trim() ? ` (${source.trim()})` : '';
  return `${parts}${agency} —`;
}
