import { describe, expect, it } from 'vitest';
import { daysApart, outsideStoryWindow, STORY_WINDOW_DAYS } from '../../../lib/analysis/story-dates.ts';

describe('publication dates as a story signal', () => {
  it('counts calendar days between ISO dates and timestamps', () => {
    expect(daysApart('2025-08-18', '2025-08-19')).toBe(1);
    expect(daysApart('2025-08-19T23:30:00-04:00', '2025-08-19')).toBe(0);
    expect(daysApart('2025-02-12', '2025-08-18')).toBe(187);
  });

  it('gives no verdict when a date is missing or unreadable', () => {
    expect(daysApart(null, '2025-08-19')).toBeNull();
    expect(daysApart('last Tuesday', '2025-08-19')).toBeNull();
    expect(outsideStoryWindow(undefined, '2025-08-19')).toBe(false);
  });

  it('rules out the same story only beyond the window', () => {
    expect(outsideStoryWindow('2025-08-18', '2025-08-18')).toBe(false);
    expect(
      outsideStoryWindow('2025-08-01', `2025-08-${String(1 + STORY_WINDOW_DAYS).padStart(2, '0')}`),
    ).toBe(false);
    expect(outsideStoryWindow('2025-02-12', '2025-08-18')).toBe(true);
  });
});
