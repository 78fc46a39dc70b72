/**
 * Puts text in a live region at most once per `intervalMs`, ending on the latest text, so a screen reader
 * hears a changing figure now and then rather than on every change. What is there at the start needs no
 * announcing, so the region starts empty.
 */
export class ThrottledAnnouncer {
  private latest: string;
  private announced: string | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly region: () => HTMLElement | null,
    private readonly intervalMs: number,
    initial: string,
  ) {
    this.latest = initial;
  }

  say(text: string): void {
    if (text === this.latest) return;
    this.latest = text;
    if (this.timer !== null) return;
    const wait = this.lastAt + this.intervalMs - Date.now();
    if (wait <= 0) this.announce();
    else this.timer = setTimeout(() => this.announce(), wait);
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private announce(): void {
    this.timer = null;
    if (this.latest === this.announced) return;
    const region = this.region();
    if (!region) return;
    this.lastAt = Date.now();
    this.announced = this.latest;
    region.textContent = this.latest;
  }
}
