import { readFileSync } from 'node:fs';
import { type OutlineV2, outline2Schema } from '@kepu/domain';
import { describe, expect, it } from 'vitest';
import {
  addGroup,
  addTask,
  deleteGroup,
  deleteTask,
  moveGroup,
  moveTask,
  retitleTask,
} from './outline-edit.ts';

const read = (name: string): OutlineV2 =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../../packages/domain/test/outlines/${name}.expected.json`, import.meta.url),
      'utf8',
    ),
  );
// city-like numbers tasks straight through (1 2 | 3 | 4); province-like restarts in each group (1 2 | 1);
// national-like numbers none ("——" items)
const city = read('city-like');
const province = read('province-like');
const national = read('national-like');

const shape = (o: OutlineV2) =>
  o.groups.map((g) => `${g.section}/${g.number ?? '-'}:${g.tasks.map((t) => t.number ?? '-').join(',')}`);
const titles = (o: OutlineV2, gi: number) => o.groups[gi].tasks.map((t) => t.title);

describe('editing an outline draft', () => {
  it('the fixtures are the shapes these tests expect', () => {
    expect(shape(city)).toEqual(['3/1:1,2', '3/2:3', '4/1:4', '5/1:']);
    expect(shape(province)).toEqual(['3/1:1,2', '3/2:1', '4/1:']);
    expect(shape(national)).toEqual(['3/1:-,-', '3/2:-', '4/1:-', '5/1:', '5/2:']);
  });

  it('deleting a task counts the numbers again through the outline, or in its group', () => {
    const c = deleteTask(city, 0, 0);
    expect(shape(c)).toEqual(['3/1:1', '3/2:2', '4/1:3', '5/1:']);
    expect(titles(c, 0)).toEqual([city.groups[0].tasks[1].title]);
    expect(shape(deleteTask(province, 0, 0))).toEqual(['3/1:1', '3/2:1', '4/1:']);
    expect(shape(deleteTask(national, 0, 1))).toEqual(['3/1:-', '3/2:-', '4/1:-', '5/1:', '5/2:']);
  });

  it('moving a task swaps it with its neighbour and keeps the numbers in order; the ends stay put', () => {
    const moved = moveTask(city, 0, 1, -1);
    expect(titles(moved, 0)).toEqual([city.groups[0].tasks[1].title, city.groups[0].tasks[0].title]);
    expect(shape(moved)).toEqual(shape(city));
    expect(moveTask(city, 0, 0, -1)).toBe(city);
    expect(moveTask(city, 0, 1, 1)).toBe(city);
  });

  it('adding a task numbers it only where the document numbers tasks', () => {
    expect(shape(addTask(city, 0))).toEqual(['3/1:1,2,3', '3/2:4', '4/1:5', '5/1:']);
    expect(shape(addTask(province, 1))).toEqual(['3/1:1,2', '3/2:1,2', '4/1:']);
    expect(shape(addTask(national, 0))).toEqual(['3/1:-,-,-', '3/2:-', '4/1:-', '5/1:', '5/2:']);
    expect(addTask(city, 0).groups[0].tasks[2]).toEqual({
      number: 3,
      title: '',
      text: '',
      responsibleUnits: [],
    });
  });

  it('a new empty task is refused with the field named, and a titled one is accepted', () => {
    const empty = addTask(city, 1);
    const result = outline2Schema.safeParse(empty);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'groups.1.tasks.1.title',
      'groups.1.tasks.1.text',
    ]);
    const task = retitleTask(empty.groups[1].tasks[1], '开展科普讲座');
    expect(task.text).toBe('开展科普讲座');
    const titled = {
      ...empty,
      groups: empty.groups.map((g, i) => (i === 1 ? { ...g, tasks: [g.tasks[0], task] } : g)),
    };
    expect(outline2Schema.safeParse(titled).success).toBe(true);
    // a task with its own text keeps it
    expect(retitleTask(city.groups[0].tasks[0], '新标题').text).toBe(city.groups[0].tasks[0].text);
  });

  it('groups move, leave a section for the next one, and are counted again in each section', () => {
    const swapped = moveGroup(city, 1, -1);
    expect(swapped.groups[0].title).toBe(city.groups[1].title);
    expect(shape(swapped)).toEqual(['3/1:1', '3/2:2,3', '4/1:4', '5/1:']);
    const across = moveGroup(city, 1, 1);
    expect(across.groups[1].title).toBe(city.groups[1].title);
    expect(shape(across)).toEqual(['3/1:1,2', '4/1:3', '4/2:4', '5/1:']);
    expect(moveGroup(city, 0, -1)).toBe(city);
    expect(shape(deleteGroup(city, 0))).toEqual(['3/1:1', '4/1:2', '5/1:']);
    expect(shape(deleteGroup(province, 0))).toEqual(['3/1:1', '4/1:']);
  });

  it('a new group goes after the last action or project, before the 保障措施', () => {
    const added = addGroup(city);
    expect(shape(added)).toEqual(['3/1:1,2', '3/2:3', '4/1:4', '4/2:', '5/1:']);
    expect(added.groups[3]).toMatchObject({ kind: 'project', title: '', tasks: [] });
    expect(shape(addGroup(national))).toEqual(['3/1:-,-', '3/2:-', '4/1:-', '4/2:', '5/1:', '5/2:']);
  });
});
