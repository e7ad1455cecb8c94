import { shanghaiDay } from '@wedraw/kit';

/**
 * The plugin's notion of "now". Production reads the system clock; tests move it
 * (`strapi.plugin('points').service('clock').set(date)`) to cross day boundaries and expiry dates.
 */
export default () => {
  let offsetMs = 0;
  return {
    now(): Date {
      return new Date(Date.now() + offsetMs);
    },
    today(): string {
      return shanghaiDay(new Date(Date.now() + offsetMs));
    },
    /** Pretend it is `at` (null: back to the real clock); time keeps running from there. */
    set(at: Date | string | null) {
      offsetMs = at === null ? 0 : new Date(at).getTime() - Date.now();
    },
  };
};

export interface Clock {
  now(): Date;
  today(): string;
  set(at: Date | string | null): void;
}
