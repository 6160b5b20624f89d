/**
 * A magazine feature as Chromium prints it (round 42e's shape): masthead, menu, rubric, headline, byline, an
 * opening paragraph, the story's own paragraphs, one block in the middle under test, two closing paragraphs and a
 * related box. The tests of captions and pull quotes in the body's middle share it.
 */

/** The page with `story` (paragraphs after the opening one) and `middle` (the block under test) in its body. */
export function ferryPage(story: readonly string[], middle: string): string {
  return [
    'Lowland & Coast',
    'Features Food Places Shop Subscribe',
    'Features',
    'The ferrymen of the upper estuary',
    '',
    'Words by Owen Marsh · 3 October 2026',
    '',
    'Every morning at half past six the first ferry leaves the slipway at Tregaron Quay, and every evening at seven the last one ties up there again, whatever the tide.',
    '',
    ...story.flatMap((p) => [p, '']),
    middle,
    '',
    'Passengers are fewer than they were, mostly walkers in summer and schoolchildren in winter, but the crossing saves a drive of eleven miles around the head of the estuary.',
    '',
    'The council has promised to keep paying the subsidy until at least 2030, and the families say they will keep the boats running for as long as it does.',
    '',
    'You might also like',
    'A sourdough starter that has lived for a century',
  ].join('\n');
}
