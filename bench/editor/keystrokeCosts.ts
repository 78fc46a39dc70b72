import { median } from '../saveStory/statistics';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds: less than `dur` when the thread was descheduled meanwhile. */
  tdur?: number;
  args?: { data?: { type?: string } };
}

type Interval = [start: number, end: number];

export interface KeystrokeCosts {
  /** Milliseconds the renderer's main thread was busy, per keystroke. */
  busy: number[];
  /** The CPU time of the same tasks: the work itself, without the time other processes held the CPU. */
  cpu: number[];
  /** Of which JavaScript (event listeners, observers, timers), less any layout it forced. */
  script: number[];
  /** Of which style recalculation and layout, forced by script or done for a frame. */
  styleAndLayout: number[];
  /** The CPU time of the script and style and layout: without the time other processes held the CPU. */
  scriptAndLayoutCpu: number[];
}

const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
]);
const STYLE_AND_LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'Layout']);

/** Chromium's categories for main-thread tasks, event dispatch, style and layout; nothing costlier. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

function mergedIntervals(events: TraceEvent[]): Interval[] {
  const sorted = events.map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)]);
  sorted.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function overlap(intervals: Interval[], [from, to]: Interval): number {
  let total = 0;
  for (const [start, end] of intervals) {
    if (start >= to) break;
    total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total;
}

/** Events not run inside another of the same list (a nested run loop, a forced layout), so no time is counted twice. */
function outermost(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let end = -Infinity;
  return sorted.filter((task) => {
    if (task.ts < end) return false;
    end = task.ts + (task.dur ?? 0);
    return true;
  });
}

function cpuOfTasksStartingIn(tasks: TraceEvent[], [from, to]: Interval): number {
  return tasks
    .filter((task) => task.ts >= from && task.ts < to)
    .reduce((total, task) => total + (task.tdur ?? task.dur ?? 0), 0);
}

/**
 * Splits a Chromium trace of the typing into one window per keystroke, from the start of the task that
 * dispatched its keydown to the start of the next one's, and sums the main thread's busy time in each:
 * the key's handlers, the transaction, React, the autosave timer, style, layout, paint and GC alike.
 */
export function keystrokeCosts(traceJson: Buffer, expectedKeys: number): KeystrokeCosts {
  const parsed = JSON.parse(traceJson.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const keydowns = events
    .filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const first = keydowns[0];
  if (!first || keydowns.length !== expectedKeys) {
    throw new Error(`The trace holds ${keydowns.length} keydowns; ${expectedKeys} keys were typed.`);
  }
  const onMainThread = (event: TraceEvent) =>
    event.ph === 'X' && event.pid === first.pid && event.tid === first.tid;
  const taskEvents = events.filter((event) => event.name === 'RunTask' && onMainThread(event));
  const tasks = mergedIntervals(taskEvents);
  const topLevel = outermost(taskEvents);
  const named = (names: Set<string>) =>
    events.filter((event) => names.has(event.name) && onMainThread(event));
  const styleAndLayout = mergedIntervals(named(STYLE_AND_LAYOUT_EVENTS));
  const scriptOrLayoutEvents = [...named(SCRIPT_EVENTS), ...named(STYLE_AND_LAYOUT_EVENTS)];
  const scriptOrLayout = mergedIntervals(scriptOrLayoutEvents);
  const outermostScriptOrLayout = outermost(scriptOrLayoutEvents);
  // The unmerged task: a merged run could begin with the previous key's work.
  const starts = keydowns.map((keydown) =>
    taskEvents
      .filter((task) => task.ts <= keydown.ts && keydown.ts <= task.ts + (task.dur ?? 0))
      .reduce((earliest, task) => Math.min(earliest, task.ts), keydown.ts),
  );
  const gaps = starts.slice(1).map((start, at) => start - starts[at]!);
  const windows = starts.map((start, at): Interval => [start, starts[at + 1] ?? start + median(gaps)]);
  const layoutIn = windows.map((window) => overlap(styleAndLayout, window) / 1000);
  return {
    busy: windows.map((window) => overlap(tasks, window) / 1000),
    cpu: windows.map((window) => cpuOfTasksStartingIn(topLevel, window) / 1000),
    script: windows.map((window, at) => overlap(scriptOrLayout, window) / 1000 - layoutIn[at]!),
    styleAndLayout: layoutIn,
    scriptAndLayoutCpu: windows.map((window) => cpuOfTasksStartingIn(outermostScriptOrLayout, window) / 1000),
  };
}
