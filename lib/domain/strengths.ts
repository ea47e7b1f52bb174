/**
 * The 24 character strengths of the VIA Classification, grouped in its 6 virtues. The names are
 * the classification's; the one-line descriptions and the "use it in a new way today" ideas are
 * Flourish's own, written for leaders at work. The VIA survey itself is copyrighted: Flourish never
 * reproduces its items and never scores anyone; the user enters the ranking their report gave them.
 */

export const VIA_SURVEY_URL = 'https://www.viacharacter.org/';
export const VIA_CREDIT = 'VIA Classification © VIA Institute on Character';

export type VirtueId = 'wisdom' | 'courage' | 'humanity' | 'justice' | 'temperance' | 'transcendence';

export interface Virtue {
  id: VirtueId;
  name: string;
}

export interface Strength {
  id: string;
  name: string;
  virtue: VirtueId;
  /** One line on what the strength looks like at work. */
  description: string;
  /** Concrete ways to use it differently today (Seligman et al. 2005: new use, not just knowing). */
  ideas: string[];
}

export const VIRTUES: readonly Virtue[] = [
  { id: 'wisdom', name: 'Wisdom' },
  { id: 'courage', name: 'Courage' },
  { id: 'humanity', name: 'Humanity' },
  { id: 'justice', name: 'Justice' },
  { id: 'temperance', name: 'Temperance' },
  { id: 'transcendence', name: 'Transcendence' },
];

export const STRENGTHS: readonly Strength[] = [
  {
    id: 'creativity',
    name: 'Creativity',
    virtue: 'wisdom',
    description: 'Finding new and useful ways to do things.',
    ideas: [
      'Bring two unusual options to your next decision instead of one obvious one.',
      'Rewrite a recurring meeting’s agenda so it ends with a decision, not an update.',
      'Sketch the problem you are stuck on as a picture before you write about it.',
      'Ask your team for the “crazy” version of a plan, then keep the best part of it.',
    ],
  },
  {
    id: 'curiosity',
    name: 'Curiosity',
    virtue: 'wisdom',
    description: 'Taking an interest in people, ideas and experiences for their own sake.',
    ideas: [
      'In your next one-to-one, ask two follow-up questions before offering any view.',
      'Spend 15 minutes with a team whose work you understand least.',
      'Ask a customer-facing colleague what surprised them this week.',
      'Replace one “why did you…” with “what led you to…” today.',
    ],
  },
  {
    id: 'judgment',
    name: 'Judgment',
    virtue: 'wisdom',
    description: 'Thinking things through from all sides and changing your mind on evidence.',
    ideas: [
      'Before a big call, write down the strongest case against your preferred option.',
      'Ask someone who disagrees with you to walk you through their reasoning.',
      'Name the one fact that would change your mind on a current decision.',
      'Review a past decision: what did you know then, and what would you weigh differently?',
    ],
  },
  {
    id: 'love-of-learning',
    name: 'Love of Learning',
    virtue: 'wisdom',
    description: 'Mastering new skills and bodies of knowledge, on purpose.',
    ideas: [
      'Block 20 minutes to learn one thing your role will need next year.',
      'Ask an expert on your team to teach you one concept over coffee.',
      'Turn a recent mistake into a one-paragraph lesson and share it.',
      'Read the source, not the summary, for one decision today.',
    ],
  },
  {
    id: 'perspective',
    name: 'Perspective',
    virtue: 'wisdom',
    description: 'Seeing the big picture and offering advice that makes sense to others.',
    ideas: [
      'Open your next meeting by reminding everyone what the work is ultimately for.',
      'When someone brings you a problem, ask what it will matter in a year.',
      'Write three sentences on how this quarter fits the three-year picture.',
      'Mentor someone for 15 minutes on a situation you have seen before.',
    ],
  },
  {
    id: 'bravery',
    name: 'Bravery',
    virtue: 'courage',
    description: 'Speaking up and acting on conviction when it is uncomfortable.',
    ideas: [
      'Raise the issue everyone is avoiding in your next leadership meeting.',
      'Give one piece of direct feedback you have been postponing.',
      'Say “I don’t know” out loud where it matters, and ask for help.',
      'Back a colleague’s unpopular but right idea in public.',
    ],
  },
  {
    id: 'perseverance',
    name: 'Perseverance',
    virtue: 'courage',
    description: 'Finishing what you start, despite obstacles.',
    ideas: [
      'Pick the task you keep moving to tomorrow and do its first 25 minutes now.',
      'Break a stalled project into its next three concrete steps.',
      'Close one open loop from last week before opening anything new.',
      'When you hit a wall today, write down what you will try next before stopping.',
    ],
  },
  {
    id: 'honesty',
    name: 'Honesty',
    virtue: 'courage',
    description: 'Speaking the truth, presenting yourself genuinely, owning your actions.',
    ideas: [
      'Tell your team plainly where a project really stands, including the risks.',
      'Own one mistake openly and say what you will do differently.',
      'Say no to one request you would otherwise accept and resent.',
      'Check that your calendar matches what you say your priorities are.',
    ],
  },
  {
    id: 'zest',
    name: 'Zest',
    virtue: 'courage',
    description: 'Approaching work with energy and enthusiasm.',
    ideas: [
      'Walk, don’t sit, for your next one-to-one.',
      'Start a meeting by sharing something that energised you this week.',
      'Put your most energising task in your best hour of the day.',
      'Celebrate one small win with the team before moving on.',
    ],
  },
  {
    id: 'love',
    name: 'Love',
    virtue: 'humanity',
    description: 'Valuing close relationships, caring and being cared for.',
    ideas: [
      'Ask a direct report how they are really doing, and listen to the whole answer.',
      'Send a note of thanks to someone who has had your back this month.',
      'Protect one evening for the people who matter most outside work.',
      'Remember one personal detail from a colleague and follow up on it.',
    ],
  },
  {
    id: 'kindness',
    name: 'Kindness',
    virtue: 'humanity',
    description: 'Doing good for others without being asked.',
    ideas: [
      'Take one task off an overloaded colleague’s plate today.',
      'Make an introduction that helps someone else’s career.',
      'Give a newcomer 15 minutes of your time and context.',
      'Answer one waiting message with generosity instead of speed.',
    ],
  },
  {
    id: 'social-intelligence',
    name: 'Social Intelligence',
    virtue: 'humanity',
    description: 'Reading what motivates people, including yourself, and adapting to it.',
    ideas: [
      'Before a tough conversation, write down what the other person needs from it.',
      'Notice who has not spoken in a meeting and invite them in.',
      'Name your own mood before a key meeting and decide how to carry it.',
      'Adapt your update to how one stakeholder prefers to hear news.',
    ],
  },
  {
    id: 'teamwork',
    name: 'Teamwork',
    virtue: 'justice',
    description: 'Working well as part of a group, loyal to shared goals.',
    ideas: [
      'Ask your team what you could stop doing that would help them most.',
      'Share credit by name for a recent result.',
      'Join a peer team’s problem for half an hour as a contributor, not the boss.',
      'Agree one shared goal with a peer whose work overlaps yours.',
    ],
  },
  {
    id: 'fairness',
    name: 'Fairness',
    virtue: 'justice',
    description: 'Treating everyone by the same standards, giving everyone a fair chance.',
    ideas: [
      'Check who gets your stretch assignments and whether the pattern is fair.',
      'Make a decision rule explicit before applying it to people.',
      'Give the quieter side of a disagreement a full hearing.',
      'Review one process for whom it might unintentionally disadvantage.',
    ],
  },
  {
    id: 'leadership',
    name: 'Leadership',
    virtue: 'justice',
    description: 'Organising people to get things done while keeping good relations.',
    ideas: [
      'Delegate one decision you would normally make, with clear boundaries.',
      'State the one priority for the week so everyone can repeat it.',
      'Ask each direct report what is blocking them, then clear one blocker.',
      'End a meeting by confirming who does what by when.',
    ],
  },
  {
    id: 'forgiveness',
    name: 'Forgiveness',
    virtue: 'temperance',
    description: 'Letting go of wrongs and giving people a second chance.',
    ideas: [
      'Reset with someone after a tense exchange, without re-arguing it.',
      'Let go of one old grievance that still colours how you read a colleague.',
      'Treat your own missed commitment from yesterday as data, not a verdict.',
      'Give a team member who stumbled a clear path to win back trust.',
    ],
  },
  {
    id: 'humility',
    name: 'Humility',
    virtue: 'temperance',
    description: 'Letting your work speak for itself; seeing yourself accurately.',
    ideas: [
      'Ask for feedback on one thing you think you do well.',
      'Let someone else present the work you contributed most to.',
      'In a disagreement, say what part of the other view is right.',
      'Ask a junior colleague to teach you how they would do a task.',
    ],
  },
  {
    id: 'prudence',
    name: 'Prudence',
    virtue: 'temperance',
    description: 'Being careful about choices, not taking undue risks.',
    ideas: [
      'Run a five-minute pre-mortem on today’s biggest decision.',
      'Sleep on one reply you feel strongly about before sending it.',
      'List the assumptions behind a plan and test the riskiest one.',
      'Say “let me come back to you by Friday” instead of committing on the spot.',
    ],
  },
  {
    id: 'self-regulation',
    name: 'Self-Regulation',
    virtue: 'temperance',
    description: 'Managing your impulses, emotions and habits.',
    ideas: [
      'Check email at three set times today instead of continuously.',
      'Pause for one breath before answering in your hardest meeting.',
      'Keep one meeting strictly to its time and agenda.',
      'Decide in advance when you will stop work tonight, and stop.',
    ],
  },
  {
    id: 'appreciation-of-beauty',
    name: 'Appreciation of Beauty & Excellence',
    virtue: 'transcendence',
    description: 'Noticing and valuing excellence, skill and beauty around you.',
    ideas: [
      'Tell someone specifically what was excellent about their work.',
      'Study one outstanding example in your field and name what makes it great.',
      'Take a five-minute walk and notice three things that are well made.',
      'Polish one deliverable until it is something you are proud of.',
    ],
  },
  {
    id: 'gratitude',
    name: 'Gratitude',
    virtue: 'transcendence',
    description: 'Being aware of and thankful for the good things that happen.',
    ideas: [
      'Write a specific thank-you to someone whose help went unnoticed.',
      'Open your team meeting with one thing you are grateful for this week.',
      'Note three things that went well today and why.',
      'Thank a customer or partner for something concrete.',
    ],
  },
  {
    id: 'hope',
    name: 'Hope',
    virtue: 'transcendence',
    description: 'Expecting the best in the future and working to bring it about.',
    ideas: [
      'Describe to your team what good looks like a year from now.',
      'For one problem, write the path to the best outcome in three steps.',
      'Reframe one setback as the first step of a plan.',
      'Reread your vision and pick one action that moves it forward today.',
    ],
  },
  {
    id: 'humor',
    name: 'Humor',
    virtue: 'transcendence',
    description: 'Bringing lightness and laughter; seeing the lighter side.',
    ideas: [
      'Lighten a tense moment with a kind joke at your own expense.',
      'Share something that made you laugh at the start of a long meeting.',
      'Find the absurd side of a frustrating situation with a trusted peer.',
      'Let the team see you enjoy the work.',
    ],
  },
  {
    id: 'spirituality',
    name: 'Spirituality',
    virtue: 'transcendence',
    description: 'Having a sense of purpose and meaning beyond yourself.',
    ideas: [
      'Connect today’s hardest task to the purpose behind it, in one sentence.',
      'Take five quiet minutes before your first meeting to set an intention.',
      'Tell your team how their work makes a difference to someone real.',
      'Check one decision against your values before you make it.',
    ],
  },
];

const BY_ID = new Map(STRENGTHS.map((strength) => [strength.id, strength]));

/** The strength with this id, or undefined for an id Flourish does not know. */
export function strengthById(id: string): Strength | undefined {
  return BY_ID.get(id);
}
