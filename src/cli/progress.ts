/**
 * A progress line on stderr: redrawn in place on a terminal, every quarter
 * otherwise (logs stay short). Whatever the caller reports, 100 % is printed once.
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastShown = -1;
  let finished = false;
  return (done, total) => {
    if (finished) return;
    const percent = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    finished = percent === 100;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}% (${done}/${total})${finished ? "\n" : ""}`);
    } else if (percent >= lastShown + 25 || finished) {
      lastShown = percent;
      stream.write(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}
