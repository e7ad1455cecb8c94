import { validate } from '../server/src/config';

describe('messaging settings', () => {
  it('takes a receipt window of 0 (no window) and refuses a negative one, naming it', () => {
    expect(() => validate({ receiptWindow: 0 })).not.toThrow();
    expect(() => validate({ receiptWindow: 500 })).not.toThrow();
    expect(() => validate({ receiptWindow: -1 })).toThrow('receiptWindow must be a non-negative integer');
  });

  it('still refuses 0 where a positive number is needed', () => {
    expect(() => validate({ jobSize: 0 })).toThrow('jobSize must be a positive integer');
  });
});
