import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnyOutlineFile, parseOutlineFile } from './outline-file.ts';

const doc = readFileSync(new URL('../../../../docs/plan-format.md', import.meta.url), 'utf8');
const examples = doc.slice(doc.indexOf('## 示例'), doc.indexOf('## 导出'));
const block = (lang: string) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(examples)?.[1] ?? '';

describe('docs/plan-format.md', () => {
  it('shows short JSON and YAML examples that are valid and say the same thing', () => {
    const json = parseOutlineFile(block('json'), 'example.json');
    const yaml = parseOutlineFile(block('yaml'), 'example.yaml');
    expect(yaml).toEqual(json);
    expect(json.tasks[0].responsibleUnits).toEqual(['县农业农村局', '县科协']);
  });

  it('shows a kepu-outline/2 example that is valid', () => {
    const v2 = doc.slice(doc.indexOf('## kepu-outline/2'), doc.indexOf('## 导入 / Importing'));
    const json = /```json\n([\s\S]*?)```/.exec(v2)?.[1] ?? '';
    const o = parseAnyOutlineFile(json, 'v2.json');
    expect(o.format).toBe('kepu-outline/2');
  });
});
