/** Terms numbered in the order they are first seen: a term's id is its position. Only ever grows. */
export class Vocabulary {
  readonly terms: string[];
  private readonly ids = new Map<string, number>();

  constructor(terms: string[] = []) {
    this.terms = [...terms];
    this.terms.forEach((term, id) => this.ids.set(term, id));
  }

  /** Every term's id (the loaded corpus's map: never changed once the corpus is made). */
  get termIds(): Map<string, number> {
    return this.ids;
  }

  find(term: string): number | undefined {
    return this.ids.get(term);
  }

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.ids.set(term, id);
    }
    return id;
  }
}
