/** Questions the leader wants to bring to their next coaching session (schema version 5). */
import { db } from './db';
import type { CoachQuestion } from '../../domain/types';
import { checkQuestion } from '../../domain/validation';

/** Every question, in the order it was noted. */
export function questionsInOrder(): Promise<CoachQuestion[]> {
  return db.questions.orderBy('createdAt').toArray();
}

/** The questions still waiting for a session, in the order they were noted. */
export async function waitingQuestions(): Promise<CoachQuestion[]> {
  return (await questionsInOrder()).filter((question) => question.broughtTo === undefined);
}

/** Notes a question for the next session. */
export async function addQuestion(text: string): Promise<CoachQuestion> {
  const now = Date.now();
  const question: CoachQuestion = {
    id: crypto.randomUUID(),
    text: checkQuestion(text),
    createdAt: now,
    updatedAt: now,
  };
  await db.questions.add(question);
  return question;
}

/** Rewords a question. */
export async function updateQuestion(id: string, text: string): Promise<void> {
  await db.questions.update(id, { text: checkQuestion(text), updatedAt: Date.now() });
}

/** Deletes a question. */
export async function removeQuestion(id: string): Promise<void> {
  await db.questions.delete(id);
}

/** Puts a removed question back as it was (undo). */
export async function restoreQuestion(question: CoachQuestion): Promise<void> {
  await db.questions.put(question);
}

/** Marks questions as brought to a session (`null`: waiting again). */
export async function bringQuestion(id: string, sessionId: string | null): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    const question = await db.questions.get(id);
    if (!question) return;
    const { broughtTo: _was, ...rest } = question;
    await db.questions.put({ ...rest, ...(sessionId && { broughtTo: sessionId }), updatedAt: Date.now() });
  });
}
