// Preloaded (node --require) into a benchmarked process: its CPU time (user + system, all threads, from the
// process's start) as the last line on standard error. On a busy machine it varies far less than wall time.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(user + system) / 1000}\n`);
});
