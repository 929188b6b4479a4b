// Bundled by gen-line-rule-plan.mjs: the line rules' plan, computed by the engine's own code.
import { LINE_RULE_SOURCES } from '../src/core/rules/line-rules';
import { planUnion, type UnionPlan } from '../src/core/rules/union-dispatch';

export function linePlan(): UnionPlan {
  return planUnion(LINE_RULE_SOURCES, 'i');
}
