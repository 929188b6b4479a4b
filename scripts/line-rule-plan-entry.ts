// Bundled by gen-line-rule-plan.mjs: the line rules' plans, computed by the engine's own code.
import { LINE_RULE_SOURCES, LINE_RULES } from '../src/core/rules/line-rules';
import { planRuleNeeds, type RuleNeedsPlan } from '../src/core/rules/rule-needs';
import { planUnion, type UnionPlan } from '../src/core/rules/union-dispatch';

export function linePlans(): { union: UnionPlan; needs: RuleNeedsPlan } {
  return { union: planUnion(LINE_RULE_SOURCES, 'i'), needs: planRuleNeeds(LINE_RULES.map((r) => r.pattern)) };
}
