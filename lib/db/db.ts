import { FlourishDatabase } from './schema';

/** The one database connection of this page or worker. */
export const db = new FlourishDatabase();
