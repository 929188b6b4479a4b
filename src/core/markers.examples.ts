// Texts each marker family must open, and texts it must not (test data for
// test/core/rules.test.ts; the engine does not import it).
import type { RuleExamples } from './rules/line-rules.examples';

export const MARKER_EXAMPLES: Record<string, RuleExamples> = {
  'part': {
    examples: ['第一部分 总体要求', '第二部分、重点任务', '第一部份:开场白'],
    nonExamples: ['第一时间报告'],
  },
  'chinese': {
    examples: ['一、关于上半年主要工作', '十一、其他事项', '二．加强领导', '一、二中全会精神的主要内容'],
    nonExamples: ['一是要强化纪律', '一方面要完善制度', '一、二中39人,省重点高中录取率为48.1%', '一、二年级的同学们', '一、二季度经济运行平稳'],
  },
  'paren-chinese': {
    examples: ['（一）深入学习', '(一)抓基层、打基础'],
    nonExamples: [],
  },
  'arabic': {
    examples: ['1、紧急动员', '2.加强领导', '3．完善机制'],
    nonExamples: ['1.5亿元', '6.18暴雨', '2023年'],
  },
  'paren-arabic': {
    examples: ['（1）强化值守', '(2)加强报告'],
    nonExamples: [],
  },
  'circled': {
    examples: ['①加强领导'],
    nonExamples: [],
  },
  'shi-yao': {
    examples: ['一是所有工作都要负起责任来', '三要强化信息发布纪律', '一要乘势而上'],
    nonExamples: ['一是一、二是二', '一方面', '一年来'],
  },
  'ordinal': {
    examples: ['第一,要坚持依法规范', '第二是指导', '第三，要坚持预防为主'],
    nonExamples: ['第一时间发现', '第一次全体会议', '第一部分'],
  },
  'sequence': {
    examples: ['首先，要提高认识', '其次，要加强领导', '最后，要狠抓落实', '最後,要狠抓落實'],
    nonExamples: ['首先要感谢大家'],
  },
  'dash': {
    examples: ['——紧盯市委部署', '--统筹力量'],
    nonExamples: ['———'],
  },
};
