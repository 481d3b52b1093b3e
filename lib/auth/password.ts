import { hash, verify } from "@node-rs/bcrypt";

// bcrypt through a native addon: hashing runs on libuv's thread pool, so a burst of sign-ins never blocks
// the event loop (bcryptjs hashed in JavaScript on it). It reads the $2a$/$2b$ hashes bcryptjs wrote.
export const MIN_PASSWORD_LENGTH = 12;
export const PASSWORD_COST = 12;

// At most two hashes at a time: libuv's pool has four threads that file and crypto I/O share, and this
// machine class has two cores, so a burst of sign-ins queues here instead of starving other requests.
const MAX_CONCURRENT_HASHES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  // A finishing check hands its slot straight to the next in line, so a newcomer cannot slip in between.
  if (running < MAX_CONCURRENT_HASHES) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** Production uses PASSWORD_COST; tests and throwaway seed data may lower it through the argument. */
export function hashPassword(password: string, cost = PASSWORD_COST): Promise<string> {
  return limited(() => hash(password, cost));
}

/** False (never an exception) for a malformed stored hash: a broken row must not become a 500. */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  try {
    return await limited(() => verify(password, storedHash));
  } catch {
    return false;
  }
}

/** Whether a stored hash is weaker than today's policy, so the next successful sign-in re-hashes it. */
export function needsRehash(storedHash: string): boolean {
  const match = /^\$2[abxy]\$(\d{2})\$/.exec(storedHash);
  return !match || Number(match[1]) < PASSWORD_COST;
}

// Compared against when the email is unknown, so the response time does not reveal whether it exists.
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5Wm1xVvC8m9bJtQWzb7wB0xNfJX8e0a";
