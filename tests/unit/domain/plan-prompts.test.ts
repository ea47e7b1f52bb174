import { describe, expect, it } from 'vitest';
import { OBSTACLES } from '../../../lib/domain/obstacles';
import { PLAN_PROMPTS, offerReason, planPrompt, prefilledWhen } from '../../../lib/domain/plan-prompts';

const TITLE = 'Write the board update';

describe('the words an offer to plan starts from', () => {
  it.each([
    ['meetings', 'meetings or interruptions start to crowd out “Write the board update”'],
    ['priorities-changed', 'a new priority pushes “Write the board update” aside'],
    ['underestimated', '“Write the board update” turns out bigger than I planned'],
    ['low-energy', 'my energy is low and “Write the board update” is still waiting'],
    ['waiting', 'I’m still waiting on someone for “Write the board update”'],
    ['avoided', 'I notice I’m putting off “Write the board update”'],
    ['unclear', 'I sit down to “Write the board update”'],
    ['other', 'something gets in the way of “Write the board update” again'],
    ['custom:Board politics', 'Board politics gets in the way of “Write the board update”'],
    [undefined, 'I’m about to put off “Write the board update” again'],
  ])('after %s, the “When” half reads “%s”', (obstacle, when) => {
    expect(prefilledWhen(obstacle, TITLE)).toBe(when);
  });

  it('has a prompt for every built-in obstacle, and no other', () => {
    expect(Object.keys(PLAN_PROMPTS).sort()).toEqual(OBSTACLES.map((o) => o.id).sort());
  });

  it.each([
    ['avoided', 'What is a smaller first step?'],
    ['unclear', 'What is the next physical action?'],
    ['meetings', 'What will you do to keep time for it?'],
    ['custom:Travel', 'What will you do then?'],
    [undefined, 'What will you do instead?'],
  ])('after %s, the “I will” half answers “%s”', (obstacle, ask) => {
    expect(planPrompt(obstacle).ask).toBe(ask);
  });

  it('shortens a long title so the “When” half stays within 200 characters', () => {
    const title = `Prepare ${'the quarterly forecast and '.repeat(8)}the risk register`.slice(0, 200);
    const when = prefilledWhen('meetings', title);
    expect(when).toHaveLength(200);
    expect(when.startsWith('meetings or interruptions start to crowd out “Prepare the quarterly')).toBe(true);
    expect(when.endsWith('…”')).toBe(true);
  });

  it.each([
    [
      { obstacle: 'meetings', repeats: 2, carriedAgain: false },
      '“Meetings and interruptions” got in the way 2 times in the last two weeks. A plan for that moment makes it likelier to get done.',
    ],
    [
      { obstacle: 'custom:Board politics', repeats: 3, carriedAgain: true },
      '“Board politics” got in the way 3 times in the last two weeks. A plan for that moment makes it likelier to get done.',
    ],
    [
      { obstacle: 'unclear', carriedAgain: true },
      'It has been carried over more than once. A plan for that moment makes it likelier to get done.',
    ],
  ])('says why: %o', (offer, reason) => {
    expect(offerReason(offer)).toBe(reason);
  });
});
