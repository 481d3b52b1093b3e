"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { disconnectConnections, disconnectSchema, previewDisconnect } from "@/lib/connections/disconnect";

// lib/connections checks connections:disconnect again: the REST API (POST /api/v1/connections/disconnect)
// calls the same functions.

export const previewDisconnectAction = defineAction({
  permission: "connections:disconnect",
  input: disconnectSchema,
  run: ({ ids }) => previewDisconnect({ ids }),
});

export const disconnectConnectionsAction = defineAction({
  permission: "connections:disconnect",
  input: disconnectSchema,
  run: async (input) => {
    try {
      return await disconnectConnections(input);
    } finally {
      // Even a run that failed part-way may have changed connections and counts.
      revalidatePath("/", "layout");
    }
  },
});
