import net from "node:net";

/** Whether nothing listens on port/host yet (a probe that binds and lets go). */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net
      .createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}
