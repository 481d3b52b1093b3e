// @ts-nocheck
import bcrypt from "bcryptjs";

// bcrypt with cost 12 in production; tests and the seed of throwaway data may lower it through the argument.
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string, cost = 12): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so the response time does not reveal whether it exists.
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5Wm1xVvC8m9bJtQWzb7wB0xNfJX8e0a";
