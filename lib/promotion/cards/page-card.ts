import type { BlockLink } from '../../article.ts';

/** A sponsored box seen in the live page (Readability often drops these from its output). */
export interface PageCard {
  /** The box's text, its blocks joined by spaces. */
  text: string;
  /** The advertising cues seen in the box, as signal ids. */
  signals: string[];
  /** The box's links, when known. */
  links?: BlockLink[];
}
