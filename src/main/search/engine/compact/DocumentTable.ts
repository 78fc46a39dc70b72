/**
 * The indexed stories by ordinal. A re-indexed story gets a new ordinal and its old one is marked dead, so an
 * update never searches the postings for the old entries; compaction drops the dead ones.
 */
export class DocumentTable {
  private readonly ordinals = new Map<string, number>();
  private aliveFlags: Uint8Array;
  private trashFlags: Uint8Array;
  private lengthsOf: Uint32Array;
  private aliveTotalLength = 0;

  constructor(
    private readonly ids: string[] = [],
    lengths: Uint32Array = new Uint32Array(0),
    inTrash: Uint8Array = new Uint8Array(0),
  ) {
    this.aliveFlags = new Uint8Array(Math.max(16, ids.length)).fill(1, 0, ids.length);
    this.trashFlags = new Uint8Array(this.aliveFlags.length);
    this.trashFlags.set(inTrash);
    this.lengthsOf = new Uint32Array(Math.max(16, ids.length));
    this.lengthsOf.set(lengths);
    ids.forEach((id, ordinal) => {
      if (this.ordinals.has(id)) throw new Error(`Story ${id} is indexed twice.`);
      this.ordinals.set(id, ordinal);
      this.aliveTotalLength += lengths[ordinal]!;
    });
  }

  /** Ordinals handed out so far, dead ones included. */
  get issued(): number {
    return this.ids.length;
  }

  get aliveCount(): number {
    return this.ordinals.size;
  }

  get averageLength(): number {
    return this.ordinals.size === 0 ? 1 : Math.max(1, this.aliveTotalLength / this.ordinals.size);
  }

  /** Indexed by ordinal; read-only for callers, and replaced when the table grows. */
  get alive(): Uint8Array {
    return this.aliveFlags;
  }

  get lengths(): Uint32Array {
    return this.lengthsOf;
  }

  /** 1 where the story is in the trash, by ordinal; replaced when the table grows. */
  get inTrash(): Uint8Array {
    return this.trashFlags;
  }

  setInTrash(id: string, inTrash: boolean): void {
    const ordinal = this.ordinals.get(id);
    if (ordinal !== undefined) this.trashFlags[ordinal] = inTrash ? 1 : 0;
  }

  ordinalOf(id: string): number | undefined {
    return this.ordinals.get(id);
  }

  idAt(ordinal: number): string {
    return this.ids[ordinal]!;
  }

  append(id: string, length: number, inTrash = false): number {
    if (this.ordinals.has(id)) throw new Error(`Story ${id} is already indexed.`);
    const ordinal = this.ids.length;
    if (ordinal === this.aliveFlags.length) this.grow();
    this.ids.push(id);
    this.aliveFlags[ordinal] = 1;
    this.trashFlags[ordinal] = inTrash ? 1 : 0;
    this.lengthsOf[ordinal] = length;
    this.ordinals.set(id, ordinal);
    this.aliveTotalLength += length;
    return ordinal;
  }

  kill(id: string): void {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return;
    this.ordinals.delete(id);
    this.aliveFlags[ordinal] = 0;
    this.aliveTotalLength -= this.lengthsOf[ordinal]!;
  }

  private grow(): void {
    const flags = new Uint8Array(this.aliveFlags.length * 2);
    flags.set(this.aliveFlags);
    const trash = new Uint8Array(flags.length);
    trash.set(this.trashFlags);
    this.trashFlags = trash;
    const lengths = new Uint32Array(this.lengthsOf.length * 2);
    lengths.set(this.lengthsOf);
    this.aliveFlags = flags;
    this.lengthsOf = lengths;
  }
}
