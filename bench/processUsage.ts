// The memory and CPU time the portal's own processes use: the process the bench started
// (`npm start`'s script, which runs the jobs queue) and everything it launched (the Next server).
// PostgreSQL, nginx and the load generator are not counted: they are not ours to size.
import { readdirSync, readFileSync } from 'node:fs'

const parentOf = (pid: number): number | null => {
  try {
    // The command name may hold spaces and parentheses: fields start after its last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return null // ended meanwhile
  }
}

const rssKb = (pid: number): number => {
  try {
    return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Pids of `root` and all its descendants, read from /proc (Linux). */
export const processTree = (root: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const parent = parentOf(Number(entry))
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
  }
  const tree: number[] = []
  const visit = (pid: number) => {
    tree.push(pid)
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return tree
}

/** Resident memory of `root` and its descendants, in MiB (VmRSS summed; shared pages count once per process). */
export const treeRssMb = (root: number): number => Math.round(processTree(root).reduce((sum, pid) => sum + rssKb(pid), 0) / 1024)

const pssKb = (pid: number): number => {
  try {
    return Number(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+)/m)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/**
 * The memory `root` and its descendants hold together, in MiB: proportional set sizes summed, a
 * page shared by n processes counting 1/n in each. Summed RSS counts the Node binary's pages
 * (~40 MB) once per process though the start script and the server share them.
 */
export const treePssMb = (root: number): number => Math.round(processTree(root).reduce((sum, pid) => sum + pssKb(pid), 0) / 1024)

const CLOCK_TICKS_PER_SECOND = 100 // USER_HZ on Linux (sysconf(_SC_CLK_TCK)), the unit of /proc/<pid>/stat times

const cpuTicks = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[11]) + Number(fields[12]) // utime + stime (fields 14 and 15 of proc(5))
  } catch {
    return 0
  }
}

/** CPU time used so far by `root` and its descendants (user + system), in milliseconds, at 10 ms resolution. */
export const treeCpuMs = (root: number): number => (processTree(root).reduce((sum, pid) => sum + cpuTicks(pid), 0) * 1000) / CLOCK_TICKS_PER_SECOND
