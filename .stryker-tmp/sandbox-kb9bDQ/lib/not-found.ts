// @ts-nocheck
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages: a record that does not exist renders the 404 page instead of an error. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
