/**
 * A Chinese page dumped by lynx that breaks its lines at a space where the
 * text has one before a run too long for the rest of the line (the run is
 * carried whole to the next line): the space is the text's, and stays, where
 * a line cut anywhere at the width (full, as long as the field's longest line)
 * joins the next with none. A one-run last line that would not have fitted
 * after the line over it, closing the paragraph on its stop, is carried too.
 * A lead closing on `。` is no headline under the date line. Page written for
 * the test (test/fixtures/known39/zh-nightbus.html), rendered by `renderPages`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'known39');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const RENDERS = ['chromium', 'w3m', 'lynx'] as const;

const HEADLINE = '江城新开三条夜间公交线路';
const LEAD =
  '本报讯（江城晚报记者 张强 通讯员 李华）为方便市民夜间出行，江城市公交集团从本月起在城区新开通三条夜间公交线路，运营时间为每天晚上十点至次日凌晨五点，票价与日间线路相同，可以使用公交卡和手机扫码支付。';

describe('a Chinese article dumped by lynx, broken at its spaces', () => {
  const input = read('zh-nightbus.lynx.txt');
  const a = parseArticle(input);

  test('the headline is the title, the lead keeps its spaces', () => {
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs[0]?.text).toBe(LEAD);
  });

  test('a last line carried whole is the paragraph’s, not a paragraph of its own', () => {
    expect(a.paragraphs).toHaveLength(4);
    const last = a.paragraphs[3]?.text ?? '';
    expect(last.startsWith('据了解，公交集团还将在明年春天')).toBe(true);
    expect(last.endsWith('市民可以通过公交集团的官方网站提出建议。')).toBe(true);
    expect(last).toContain('第四条夜间线路');
    expect(last).toContain('东湖环线，目前相关的客流调查已经开始');
  });

  test('each paragraph reads back from its span', () => {
    for (const p of a.paragraphs) expect(foldLineBreaks(input.slice(p.start, p.end))).toBe(p.text);
  });
});

describe('every render', () => {
  for (const r of RENDERS)
    test(`the headline and the lead (${r})`, () => {
      const a = parseArticle(read(`zh-nightbus.${r}.txt`));
      expect(a.title).toBe(HEADLINE);
      expect(a.paragraphs[0]?.text.startsWith('本报讯（江城晚报记者')).toBe(true);
      expect(a.paragraphs).toHaveLength(4);
    });
});

describe('folding a field', () => {
  test('a short line over a full one broke at a space; full lines joined with none', () => {
    const field = [
      '记者 张强 通讯员',
      '   李华）为方便市民出行，公交集团新开三条线路，运营时',
      '   间为每天晚上十点至次日凌晨五点。',
    ].join('\n');
    expect(foldLineBreaks(field)).toBe(
      '记者 张强 通讯员 李华）为方便市民出行，公交集团新开三条线路，运营时间为每天晚上十点至次日凌晨五点。',
    );
  });

  test('(guard) lines cut at the width, all of one length, join with no space', () => {
    const field = [
      '大桥在设计时充分考虑了防洪和通航的要求，主跨达到八百',
      '   米，桥下可以通过五千吨级的货船，施工期间还铺设了监测',
      '   设备。',
    ].join('\n');
    expect(foldLineBreaks(field)).toBe(
      '大桥在设计时充分考虑了防洪和通航的要求，主跨达到八百米，桥下可以通过五千吨级的货船，施工期间还铺设了监测设备。',
    );
  });

  test('(guard) a short line over a line that fits after it is not carried', () => {
    const input = read('zh-nightbus.lynx.txt').replace(
      '   责任编辑：周敏',
      '   夜间线路一览\n   一号线：火车站至东湖新区，每三十分钟一班。\n\n   责任编辑：周敏',
    );
    const texts = parseArticle(input).paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes('一览一号线'))).toBe(false);
  });
});
