import type { LongStory } from './longStory';

/** Creates the story through the harness's HTTP API, the same validated path the app's own calls take. */
export async function createStory(harnessUrl: string, story: LongStory): Promise<void> {
  const response = await fetch(`${harnessUrl}api/story:create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ draft: { headline: story.headline, body: story.body } }),
  });
  const result = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) {
    throw new Error(`Creating "${story.headline}" failed: ${result.error?.message ?? response.status}`);
  }
}
