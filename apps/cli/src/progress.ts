// A progress bar on stderr for long steps (silent when stderr is not a terminal).
import cliProgress from 'cli-progress';

export function progress(label: string, total: number) {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {step}`,
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: '' });
  return {
    step(name: string) {
      bar.increment(1, { step: name });
    },
    stop() {
      bar.stop();
    },
  };
}
