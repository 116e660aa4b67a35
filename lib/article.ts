/** The readable article as the engine sees it: metadata plus its block structure. */

export type BlockKind =
  'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'preformatted' | 'table-cell';

export interface BlockLink {
  text: string;
  href: string;
  rel: string;
}

/** One block of the article (a paragraph, heading, list item…), its text normalised to single spaces. */
export interface ArticleBlock {
  kind: BlockKind;
  text: string;
  links: BlockLink[];
}

export interface Article {
  title: string;
  site: string | null;
  byline: string | null;
  lang: string | null;
  /** ISO date when the page or text names one. */
  published: string | null;
  url: string | null;
  wordCount: number;
  blocks: ArticleBlock[];
}
