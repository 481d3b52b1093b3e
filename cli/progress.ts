// A one-line progress bar on a terminal; elsewhere (CI logs, tests) one line per 10 % so logs stay short.

export type Progress = { tick(label?: string): void; done(): void };

export function progressBar(total: number, write: (text: string) => void, isTty: boolean): Progress {
  let current = 0;
  let lastDecile = -1;
  const render = (label = "") => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((current / total) * width);
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${current}/${total}${label ? ` ${label}` : ""}`;
  };
  return {
    tick(label) {
      current += 1;
      if (isTty) return write(`\r${render(label)}\x1b[K`);
      const decile = total === 0 ? 10 : Math.floor((current / total) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        write(`${render()}\n`);
      }
    },
    done() {
      if (isTty) write("\n");
    },
  };
}
