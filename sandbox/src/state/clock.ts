/**
 * The sandbox's clock: real time plus an offset that tests can advance, running at a speed tests can
 * set (`POST /_sandbox/clock {advanceSeconds?, advanceMs?, speed?}`): at speed 20 a sandbox minute
 * passes in 3 real seconds, so per-minute limits can be exercised without waiting minutes.
 */
export class Clock {
  private offsetMs = 0;
  private factor = 1;
  /** Real time when the speed was last set: drift since then is (real − anchor) × (factor − 1). */
  private anchor = Date.now();

  now(): number {
    const real = Date.now();
    return real + this.offsetMs + Math.floor((real - this.anchor) * (this.factor - 1));
  }

  seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sandbox milliseconds per real millisecond from now on (1 = real time). */
  setSpeed(speed: number): void {
    const real = Date.now();
    this.offsetMs += Math.floor((real - this.anchor) * (this.factor - 1));
    this.anchor = real;
    this.factor = speed;
  }

  reset(): void {
    this.offsetMs = 0;
    this.factor = 1;
    this.anchor = Date.now();
  }

  get speed(): number {
    return this.factor;
  }

  get offset(): number {
    return this.offsetMs + Math.floor((Date.now() - this.anchor) * (this.factor - 1));
  }
}
