import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../lib/domain/format';
import { looksFinished, readTypedTime } from '../../../lib/domain/typed-time';

describe('a time of day as people type it', () => {
  it.each([
    ['18:00', '18:00'],
    ['6 pm', '18:00'],
    ['6:00 PM', '18:00'],
    ['6pm', '18:00'],
    ['18.00', '18:00'],
    ['1800', '18:00'],
    ['6:15 p.m.', '18:15'],
    ['6:15p', '18:15'],
    ['  17:30  ', '17:30'],
    ['17h30', '17:30'],
    ['930', '09:30'],
    ['9:05 am', '09:05'],
    ['6', '06:00'],
    ['18', '18:00'],
    ['0:00', '00:00'],
    ['12 am', '00:00'],
    ['12:30 am', '00:30'],
    ['12 pm', '12:00'],
    ['12:45 PM', '12:45'],
    ['23:59', '23:59'],
    ['17 h 30', '17:30'],
    ['17:30 Uhr', '17:30'],
    ['17 Uhr', '17:00'],
    ['5:30 p. m.', '17:30'],
    ['5:30\u202fPM', '17:30'],
  ])('“%s” is %s', (typed, time) => {
    expect(readTypedTime(typed)).toEqual({ time });
  });

  it.each([
    ['25:00', '“25:00” is not a time of day: hours go from 0 to 23.'],
    ['24:00', '“24:00” is not a time of day: hours go from 0 to 23.'],
    ['18:75', '“18:75” has 75 minutes: an hour has 0 to 59.'],
    ['13 pm', '“13 pm” is not a time of day: with am or pm the hour is 1 to 12.'],
    ['0 am', '“0 am” is not a time of day: with am or pm the hour is 1 to 12.'],
    ['soon', '“soon” is not a time Flourish can read. Type a time like 17:30 or 5:30 pm.'],
    ['18:0', '“18:0” is not a time Flourish can read. Type a time like 17:30 or 5:30 pm.'],
    ['180000', '“180000” is not a time Flourish can read. Type a time like 17:30 or 5:30 pm.'],
    ['-6', '“-6” is not a time Flourish can read. Type a time like 17:30 or 5:30 pm.'],
    ['', 'The time is empty. Type a time like 17:30 or 5:30 pm.'],
    ['   ', 'The time is empty. Type a time like 17:30 or 5:30 pm.'],
  ])('“%s” is refused: %s', (typed, problem) => {
    expect(readTypedTime(typed)).toEqual({ problem });
  });
});

describe('whether typing looks finished', () => {
  it.each([
    ['18:00', true],
    ['0630', true],
    ['18.15', true],
    ['6 pm', true],
    ['6:30pm', true],
    ['6:30 p.m.', true],
    ['17 h 30', true],
    ['17:30 Uhr', true],
    ['6', false],
    ['18', false],
    ['6:00', false],
    ['6:00 p', false],
    ['18:0', false],
  ])('“%s”: %s', (typed, finished) => {
    expect(looksFinished(typed)).toBe(finished);
  });
});

describe('every clock Flourish shows reads back as the time it shows', () => {
  // What Intl writes for 17:05 and 00:30 in each locale Flourish formats with, written out.
  it.each([
    ['en-US', '17:05', '00:30'],
    ['en-GB', '17:05', '00:30'],
    ['en-CA', '17:05', '00:30'],
    ['en-IN', '17:05', '00:30'],
    ['de-DE', '17:05', '00:30'],
    ['de-CH', '17:05', '00:30'],
    ['fr-FR', '17:05', '00:30'],
    ['fr-CA', '17:05', '00:30'],
    ['es-ES', '17:05', '00:30'],
    ['es-MX', '17:05', '00:30'],
    ['es-CO', '17:05', '00:30'],
  ])('%s', (locale, evening, night) => {
    expect(readTypedTime(formatClock(17, 5, locale))).toEqual({ time: evening });
    expect(readTypedTime(formatClock(0, 30, locale))).toEqual({ time: night });
  });

  it('reads every minute of the day back in en-US, fr-CA and es-CO', () => {
    for (const locale of ['en-US', 'fr-CA', 'es-CO']) {
      for (let minutes = 0; minutes < 24 * 60; minutes++) {
        const [hour, minute] = [Math.floor(minutes / 60), minutes % 60];
        const expected = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        expect(readTypedTime(formatClock(hour, minute, locale))).toEqual({ time: expected });
      }
    }
  });
});
