import { berlinLocal, humanDateTimeZone, parseBerlinTime } from '../dates';

/** Embargo times are typed and read in Leipzig time, stored in UTC; the DST days are the traps. */

describe('parseBerlinTime', () => {
  it('reads winter and summer wall-clock time with the right offset', () => {
    expect(parseBerlinTime('2026-01-15T10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(parseBerlinTime('2026-07-15 10:00').toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(parseBerlinTime('2026-07-15T10:00:30').toISOString()).toBe('2026-07-15T08:00:30.000Z');
  });

  it('takes explicit offsets as they are', () => {
    expect(parseBerlinTime('2026-07-15T10:00Z').toISOString()).toBe('2026-07-15T10:00:00.000Z');
    expect(parseBerlinTime('2026-07-15T10:00:00.000+05:30').toISOString()).toBe(
      '2026-07-15T04:30:00.000Z'
    );
  });

  it('handles the spring-forward day (29 March 2026)', () => {
    expect(parseBerlinTime('2026-03-29T01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(() => parseBerlinTime('2026-03-29T02:00')).toThrow(/does not exist in Leipzig/);
    expect(() => parseBerlinTime('2026-03-29T02:59')).toThrow(/does not exist in Leipzig/);
    expect(parseBerlinTime('2026-03-29T03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('handles the fall-back day (25 October 2026)', () => {
    expect(parseBerlinTime('2026-10-25T01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(() => parseBerlinTime('2026-10-25T02:30')).toThrow(/happens twice/);
    expect(parseBerlinTime('2026-10-25T02:30+02:00').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z'
    );
    expect(parseBerlinTime('2026-10-25T02:30+01:00').toISOString()).toBe(
      '2026-10-25T01:30:00.000Z'
    );
    expect(parseBerlinTime('2026-10-25T03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('refuses what is not a time, with an example', () => {
    for (const bad of [
      '',
      'tomorrow',
      '2026-02-30T10:00',
      '2026-13-01T10:00',
      '10:00',
      '2026-01-01T25:00',
    ])
      expect(() => parseBerlinTime(bad)).toThrow(/2026-11-26T10:00/);
  });
});

describe('showing an instant in Leipzig', () => {
  it('names the zone, so a reader abroad is not misled', () => {
    expect(humanDateTimeZone(new Date('2026-03-29T00:30:00Z'), 'de')).toBe(
      '29. März 2026 um 01:30 MEZ'
    );
    expect(humanDateTimeZone(new Date('2026-03-29T01:30:00Z'), 'de')).toBe(
      '29. März 2026 um 03:30 MESZ'
    );
    expect(humanDateTimeZone(new Date('2026-10-25T00:30:00Z'), 'en')).toBe(
      '25 October 2026 at 02:30 CEST'
    );
    expect(humanDateTimeZone(new Date('2026-10-25T01:30:00Z'), 'en')).toBe(
      '25 October 2026 at 02:30 CET'
    );
    expect(berlinLocal(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00');
  });
});
