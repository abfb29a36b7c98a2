import cliProgress from 'cli-progress'

/** One progress bar per phase on a terminal; plain lines every few seconds elsewhere (CI logs). */
export function progressBar(label: string) {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar({ format: `${label.padEnd(10)} [{bar}] {percentage}% {value}/{total} eta {eta_formatted}` }, cliProgress.Presets.shades_classic)
    let started = false
    return {
      update(done: number, total: number) {
        if (!started) {
          bar.start(total, 0)
          started = true
        }
        bar.setTotal(total)
        bar.update(done)
      },
      stop: () => started && bar.stop(),
    }
  }
  let last = 0
  return {
    update(done: number, total: number) {
      if (Date.now() - last > 5000 || done === total) {
        console.log(`${label}: ${done}/${total}`)
        last = Date.now()
      }
    },
    stop() {},
  }
}
