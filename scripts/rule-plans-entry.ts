// Bundled by gen-rule-plans.mjs: the rules' plans, computed by the engine's own code.
import { LINE_RULE_SOURCES, LINE_RULES } from '../src/core/rules/line-rules';
import { planRuleNeeds, type RuleNeedsPlan } from '../src/core/rules/rule-needs';
import { BODY_CUES } from '../src/core/rules/speech-cues';
import { planUnion, type UnionPlan } from '../src/core/rules/union-dispatch';

export function rulePlans(): { union: UnionPlan; needs: RuleNeedsPlan; cueNeeds: RuleNeedsPlan } {
  return {
    union: planUnion(LINE_RULE_SOURCES, 'i'),
    needs: planRuleNeeds(LINE_RULES.map((r) => r.pattern)),
    cueNeeds: planRuleNeeds(BODY_CUES.map((c) => c.pattern)),
  };
}
