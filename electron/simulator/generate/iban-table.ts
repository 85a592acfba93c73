/**
 * Every IBAN the generator uses, numbered once. Records carry these small integers instead of
 * strings while they are generated and in the cache, which keeps memory and the cache file small.
 */
export class IbanTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  /** The number of an IBAN, adding it when new. */
  add(iban: string): number {
    const known = this.index.get(iban);
    if (known !== undefined) return known;
    this.list.push(iban);
    this.index.set(iban, this.list.length - 1);
    return this.list.length - 1;
  }

  has(iban: string): boolean {
    return this.index.has(iban);
  }

  get(id: number): string {
    const iban = this.list[id];
    if (iban === undefined) throw new RangeError(`unknown IBAN number ${id}`);
    return iban;
  }
}
