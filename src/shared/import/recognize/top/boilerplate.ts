import { isDateAlone } from './dateAlone';

function keyOf(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/^[\s•·|>›»*-]+|[\s:.!…•·|>›»*-]+$/gu, '');
}

// Lines a saved web page wraps around every article. Only these are dropped anywhere in the copy: none of
// them can be a paragraph of a story.
const PAGE_CHROME = new Set([
  'advertisement',
  'advertisements',
  'ad',
  'sponsored',
  'sponsored content',
  'story continues below advertisement',
  'story continues below',
  'article continues below advertisement',
  'article continues below this ad',
  'continue reading below',
  'continue reading',
  'scroll to continue with content',
  'connect with us',
  'follow us',
  'share this article',
  'share this story',
  'share this',
  'share',
  'share article',
  'copy link',
  'link copied',
  'subscribe',
  'subscribe now',
  'sign up',
  'sign up for our newsletter',
  'skip to content',
  'skip to main content',
  'listen to this article',
  'listen',
  'print',
  'print this page',
  'comments',
  'leave a comment',
  'view comments',
  'read more',
  'related',
  'related articles',
  'related stories',
  'most read',
  'most popular',
  'trending',
  'loading',
  'menu',
  'close',
  'search',
  'home',
  'back to top',
  'font size',
  'text size',
  'save',
  'save article',
  'gift this article',
  'image',
  'photo',
  'video',
]);

// Dropped only above the lede, where a page's date and author widgets break them into lines of their own.
const HEADER_WORDS = new Set(['published', 'on', 'published on', 'updated', 'posted', 'posted on', 'by']);

const SHARE_WORDS = new Set(
  'share on via this article story page facebook twitter x linkedin email e-mail mail whatsapp telegram reddit pinterest print copy link tweet messenger flipboard bluesky threads mastodon sms comment comments instagram youtube tiktok'.split(
    ' ',
  ),
);
const PLATFORMS = new Set(
  'facebook twitter linkedin email e-mail whatsapp telegram reddit pinterest flipboard bluesky threads mastodon messenger instagram youtube tiktok'.split(
    ' ',
  ),
);

function isShareButtons(key: string): boolean {
  const words = key.split(/[\s,|•·/]+/u).filter(Boolean);
  return (
    words.length > 0 &&
    words.every((word) => SHARE_WORDS.has(word)) &&
    words.some((word) => PLATFORMS.has(word))
  );
}

const STAMP =
  /^(?:published|updated|last updated|first published|posted|modified|originally published)\b:?(?: on| at)?:?\s*(.*)$/u;
const READING_TIME = /^\d{1,3}\s*(?:-|\s)?\s*(?:min|mins|minute|minutes)(?: read| listen)?$/u;

// Longer than any boilerplate line: a paragraph this long is never compared with the lists.
const MAX_BOILERPLATE_LENGTH = 120;

/** Why a line is web boilerplate anywhere in the copy, or null. */
export function pageChromeReason(line: string): string | null {
  if (line.length > MAX_BOILERPLATE_LENGTH) return null;
  const key = keyOf(line);
  if (PAGE_CHROME.has(key)) return 'web boilerplate';
  if (isShareButtons(key)) return 'share buttons';
  return null;
}

/** Why a line above the lede is boilerplate (page chrome, a date, a publication stamp), or null. */
export function headerBoilerplateReason(line: string): string | null {
  if (line.length > MAX_BOILERPLATE_LENGTH) return null;
  const chrome = pageChromeReason(line);
  if (chrome) return chrome;
  const key = keyOf(line);
  if (HEADER_WORDS.has(key)) return 'web boilerplate';
  if (READING_TIME.test(key)) return 'reading time';
  if (isDateAlone(line)) return 'a date alone';
  const stamp = STAMP.exec(key);
  if (stamp && (stamp[1] === '' || isDateAlone(stamp[1] ?? ''))) return 'publication date';
  return null;
}
