// What a command may touch besides the API: its output streams and the environment. Tests pass their own.

export type Io = {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars redraw in place only there). */
  isTty: boolean;
  env: Record<string, string | undefined>;
};

export const processIo = (): Io => ({
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
  env: process.env,
});
