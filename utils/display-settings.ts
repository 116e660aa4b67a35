import type { Palette } from '../lib/page/highlights.ts';
import type { MarkCategory } from '../lib/page/marks.ts';
import { markedCategories, palette, validCategories } from './settings.ts';

export async function displaySettings(): Promise<{ visible: MarkCategory[]; palette: Palette }> {
  const [categories, chosenPalette] = await Promise.all([markedCategories.getValue(), palette.getValue()]);
  return {
    visible: validCategories(categories),
    palette: chosenPalette === 'high-contrast' ? 'high-contrast' : 'standard',
  };
}
