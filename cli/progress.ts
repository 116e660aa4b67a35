/** A one-line progress bar on standard error, only when it is a terminal. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const enabled = total > 1 && stream.isTTY === true;
  return {
    update(done: number, label: string) {
      if (!enabled) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}`,
      );
    },
    finish() {
      if (enabled) stream.write('\r\x1b[K');
    },
  };
}
