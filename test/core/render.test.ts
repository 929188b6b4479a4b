import { describe, expect, it } from 'vitest';
import { renderCleanText, renderMarkdown, renderOutlineMarkdown, renderOutlineText } from '../../src/core/render';
import { analyzeText } from '../../src/core/analyze';
import type { OutlineItem } from '../../src/core/types';

const OUTLINE: OutlineItem[] = [
  { level: 1, marker: '一、', text: '关于上半年工作' },
  { level: 2, marker: '1.', text: '加强领导' },
  { level: 3, marker: '一要', text: '<b>学习</b>' },
];

describe('outline rendering', () => {
  it('plain text keeps markers and indents two spaces (or a tab) per level, cut at a depth', () => {
    expect(renderOutlineText(OUTLINE)).toBe('一、关于上半年工作\n  1.加强领导\n    一要<b>学习</b>');
    expect(renderOutlineText(OUTLINE, { indent: '\t', maxDepth: 2 })).toBe('一、关于上半年工作\n\t1.加强领导');
  });

  it('Markdown nests lists and escapes what Markdown would read as syntax', () => {
    expect(renderOutlineMarkdown(OUTLINE)).toBe('- 一、关于上半年工作\n  - 1\\.加强领导\n    - 一要\\<b\\>学习\\</b\\>');
  });
});

describe('whole-speech rendering', () => {
  const body = '今天，我们召开全县工作会议，总结去年工作，部署今年任务。刚才，几位同志作了很好的发言，希望大家认真抓好落实。';
  const a = analyzeText(`在全县工作会议上的讲话\n\n同志们：\n一、关于工作\n${body}`);
  it('text: title, blank line, paragraphs', () => {
    expect(renderCleanText(a)).toBe(`在全县工作会议上的讲话\n\n同志们：\n一、关于工作\n${body}`);
  });
  it('Markdown: title as #, standalone headings by level', () => {
    expect(a.isSpeech).toBe(true);
    expect(renderMarkdown(a)).toBe(`# 在全县工作会议上的讲话\n\n同志们：\n\n## 一、关于工作\n\n${body}`);
  });
});
