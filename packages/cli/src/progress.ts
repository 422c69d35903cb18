import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, total: number): void;
  /** What the run does once every input is done (linking, writing the files): it can take a while on a corpus. */
  phase(what: string): void;
  stop(): void;
}

/** A progress bar on a terminal; silent when output goes to a file or pipe, or when asked to be quiet. */
export function createProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress {
  if (quiet || !stream.isTTY)
    return { update: () => undefined, phase: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      // While inputs are done, the time left; after, what the run is doing (the payload's status). Until it has
      // seen a few inputs done, cli-progress has no estimate ("NULL", "INF"), which its time format would print
      // as "LLs".
      format: (options, params, payload: { status?: string }) =>
        cliProgress.Format.Formatter(
          {
            ...options,
            format: payload.status
              ? "{bar} {value}/{total} inputs | {status}"
              : Number.isFinite(params.eta)
                ? "{bar} {value}/{total} inputs | {eta_formatted} left"
                : "{bar} {value}/{total} inputs | estimating the time left",
          },
          params,
          payload,
        ),
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        // Inputs are listed as the run goes, so the total grows until the listing is done.
        bar.setTotal(total);
        bar.update(done);
      }
    },
    phase(what) {
      if (started) bar.update({ status: what });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
