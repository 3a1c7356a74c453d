// Adding, moving and deleting the groups and tasks of a kepu-outline/2 draft on the import page. Numbers stay as the
// document writes them: a task or group without a number (a "——" item) stays without one; numbered tasks are counted
// again after each change, through the whole outline when the document numbers them straight through (1, 2 | 3 | 4)
// or from 1 in each group when it restarts; numbered groups are counted from 1 in each section.
import type { OutlineV2, OutlineV2Group, OutlineV2Task } from '@kepu/domain';

type Groups = OutlineV2Group[];

/** True when some group's numbered tasks start again at or below a number already used before it. */
function restartsPerGroup(groups: Groups): boolean {
  let highest = 0;
  for (const g of groups) {
    const numbers = g.tasks.flatMap((t) => (t.number === undefined ? [] : [t.number]));
    if (numbers.length === 0) continue;
    if (highest > 0 && numbers[0] <= highest) return true;
    highest = Math.max(highest, ...numbers);
  }
  return false;
}

/** The groups with their numbered tasks and numbered groups counted again in order, in the style of `before`. */
export function renumber(groups: Groups, before: Groups = groups): Groups {
  const perGroup = restartsPerGroup(before);
  let task = 0;
  const inSection = new Map<number | undefined, number>();
  return groups.map((g) => {
    if (perGroup) task = 0;
    let number = g.number;
    if (number !== undefined) {
      number = (inSection.get(g.section) ?? 0) + 1;
      inSection.set(g.section, number);
    }
    const tasks = g.tasks.map((t) => (t.number === undefined ? t : { ...t, number: ++task }));
    return { ...g, number, tasks };
  });
}

const withGroups = (outline: OutlineV2, groups: Groups): OutlineV2 => ({
  ...outline,
  groups: renumber(groups, outline.groups),
});

function swap<T>(list: T[], i: number, j: number): T[] {
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** An empty task at the end of the group, numbered when the document numbers its tasks. */
export function addTask(outline: OutlineV2, gi: number): OutlineV2 {
  const numbered = outline.groups.some((g) => g.tasks.some((t) => t.number !== undefined));
  const task: OutlineV2Task = {
    title: '',
    text: '',
    responsibleUnits: [],
    ...(numbered ? { number: 1 } : {}),
  };
  return withGroups(
    outline,
    outline.groups.map((g, i) => (i === gi ? { ...g, tasks: [...g.tasks, task] } : g)),
  );
}

/** The task one place up (-1) or down (+1) in its group; nothing changes at either end. */
export function moveTask(outline: OutlineV2, gi: number, ti: number, by: -1 | 1): OutlineV2 {
  const tasks = outline.groups[gi]?.tasks ?? [];
  if (ti + by < 0 || ti + by >= tasks.length) return outline;
  return withGroups(
    outline,
    outline.groups.map((g, i) => (i === gi ? { ...g, tasks: swap(tasks, ti, ti + by) } : g)),
  );
}

export function deleteTask(outline: OutlineV2, gi: number, ti: number): OutlineV2 {
  return withGroups(
    outline,
    outline.groups.map((g, i) => (i === gi ? { ...g, tasks: g.tasks.filter((_, j) => j !== ti) } : g)),
  );
}

/** Where `addGroup` puts the new group: after the last action or project (before the 保障措施). */
export const newGroupIndex = (outline: OutlineV2) =>
  outline.groups.findLastIndex((g) => g.kind !== 'measure') + 1 || outline.groups.length;

/** An empty group after the last action or project, in its section and of its kind. */
export function addGroup(outline: OutlineV2): OutlineV2 {
  const at = newGroupIndex(outline);
  const like = outline.groups[at - 1];
  const group: OutlineV2Group = {
    ...(like?.section === undefined ? {} : { section: like.section }),
    ...(like?.number === undefined ? {} : { number: 1 }),
    kind: like?.kind === 'project' ? 'project' : 'action',
    title: '',
    leadUnits: [],
    text: '',
    tasks: [],
  };
  return withGroups(outline, [...outline.groups.slice(0, at), group, ...outline.groups.slice(at)]);
}

/**
 * The group one place up (-1) or down (+1). Next to a group of another section it first joins that section (it is at
 * its edge already), so a group can be moved from 提升行动 into 重点工程.
 */
export function moveGroup(outline: OutlineV2, gi: number, by: -1 | 1): OutlineV2 {
  const { groups } = outline;
  const next = groups[gi + by];
  if (!groups[gi] || !next) return outline;
  if (movedGroupIndex(outline, gi, by) === gi)
    return withGroups(
      outline,
      groups.map((g, i) => (i === gi ? { ...g, section: next.section } : g)),
    );
  return withGroups(outline, swap(groups, gi, gi + by));
}

/** Where the group is after `moveGroup`: the same place when it only joined the next section. */
export const movedGroupIndex = (outline: OutlineV2, gi: number, by: -1 | 1) =>
  outline.groups[gi + by] && outline.groups[gi + by].section === outline.groups[gi]?.section ? gi + by : gi;

export function deleteGroup(outline: OutlineV2, gi: number): OutlineV2 {
  return withGroups(
    outline,
    outline.groups.filter((_, i) => i !== gi),
  );
}

/**
 * What a task's title means for its text: a task written as one line is its own text, so while the text is empty or
 * the same as the title it follows the title (a new task gets a text the server accepts).
 */
export function retitleTask(task: OutlineV2Task, title: string): OutlineV2Task {
  return task.text === '' || task.text === task.title ? { ...task, title, text: title } : { ...task, title };
}
