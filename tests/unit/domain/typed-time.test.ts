import { describe, expect, it } from 'vitest';
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
    ['6', false],
    ['18', false],
    ['6:00', false],
    ['6:00 p', false],
    ['18:0', false],
  ])('“%s”: %s', (typed, finished) => {
    expect(looksFinished(typed)).toBe(finished);
  });
});
