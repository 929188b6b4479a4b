// `qinggao FILE | head`: the reader may close the pipe before the output is written. Unix tools
// then end without a word; Node would print an EPIPE stack trace. Exit quietly instead, with
// the status the run has so far (the output that was asked for is what the reader took).
export function exitQuietlyWhenStdoutCloses(status: () => number): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(status());
  });
}
