import type { Byline } from '../../story/story';
import type { ExportStory } from '../model/exportStory';
import { printedDateline } from '../model/printedDateline';
import { isBlankText, publishableText } from '../model/publishableText';
import { checkedTime } from '../model/storyTime';
import { wholeNumber } from '../model/wholeNumber';
import { checkedLanguage } from './checkedLanguage';

interface Person {
  '@type': 'Person';
  name: string;
  jobTitle?: string;
  worksFor?: { '@type': 'Organization'; name: string };
}

const present = (text: string) => !isBlankText(text);

function personOf({ name, title, organization }: Byline): Person {
  return {
    '@type': 'Person',
    name: publishableText(name),
    ...(present(title) && { jobTitle: publishableText(title) }),
    ...(present(organization) && {
      worksFor: { '@type': 'Organization' as const, name: publishableText(organization) },
    }),
  };
}

// The em dash only joins the dateline to the lede; schema.org's dateline is the place, date and source.
const datelineText = (line: string) => publishableText(printedDateline(line));

/**
 * schema.org `NewsArticle` for the page's JSON-LD, with the same text the page shows. The story's first
 * version stands for its publication time (it has none of its own); a field the story lacks is left out.
 */
export function newsArticleJsonLd(story: ExportStory): Record<string, unknown> {
  const authors = story.bylines.filter((byline) => present(byline.name)).map(personOf);
  const keywords = story.keywords.filter(present).map(publishableText);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(present(story.headline) && { headline: publishableText(story.headline) }),
    ...(present(story.subheadline) && { description: publishableText(story.subheadline) }),
    ...(authors.length > 0 && { author: authors }),
    datePublished: checkedTime('creation time', story.createdAt),
    dateModified: checkedTime('update time', story.updatedAt),
    ...(present(story.section) && { articleSection: publishableText(story.section) }),
    ...(keywords.length > 0 && { keywords }),
    inLanguage: checkedLanguage(story.language),
    wordCount: wholeNumber('word count', story.wordCount, 0),
    ...(story.dateline && { dateline: datelineText(story.dateline.line) }),
  };
}
