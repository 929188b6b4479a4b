// The content engine's RE2 comes on demand (regex-rules.ts): not at all without a regex rule,
// and from its own injected file (re2-chunk.ts) before settings with one reach the engine.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const withRegex: Settings = { ...DEFAULT_SETTINGS, userRules: [{ pattern: '来源[:：]\\S+', regex: true }] };
const plainOnly: Settings = { ...DEFAULT_SETTINGS, userRules: [{ pattern: '公文汇', regex: false }] };

/** Fresh modules, as in the engine's own bundle: no RE2 until it is injected. */
async function engineModules() {
  vi.resetModules();
  globalThis.__qinggaoRe2 = undefined;
  const { ensureRe2For } = await import('../../src/content/regex-rules');
  const { compileUserRules } = await import('../../src/core/user-rules');
  const { re2Loaded } = await import('../../src/core/re2-engine');
  return { ensureRe2For, compileUserRules, re2Loaded };
}

describe('RE2 on demand in the content engine', () => {
  beforeEach(() => {
    globalThis.__qinggaoRe2 = undefined;
  });

  it('loads nothing for settings without a regex rule', async () => {
    const { ensureRe2For, compileUserRules, re2Loaded } = await engineModules();
    const load = vi.fn(async () => undefined);
    await ensureRe2For(plainOnly, load);
    expect(load).not.toHaveBeenCalled();
    expect(re2Loaded()).toBe(false);
    expect(compileUserRules(plainOnly.userRules)[0]!.spans('公文汇 www.gongwenhui.com')).toEqual([{ start: 0, end: 3 }]);
  });

  it('has RE2 injected once for a regex rule, and the rule then runs on it', async () => {
    const { ensureRe2For, compileUserRules, re2Loaded } = await engineModules();
    const load = vi.fn(() => import('../../src/content/re2-chunk')); // the background's injection
    await ensureRe2For(withRegex, load);
    await ensureRe2For(withRegex, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(re2Loaded()).toBe(true);
    const [rule] = compileUserRules(withRegex.userRules);
    expect(rule!.spans('来源：公文汇 正文')).toEqual([{ start: 0, end: 6 }]);
  });

  it('says so when RE2 did not come, rather than skipping the rule', async () => {
    const { ensureRe2For, compileUserRules } = await engineModules();
    await expect(ensureRe2For(withRegex, async () => undefined)).rejects.toThrow('RE2 did not load');
    expect(() => compileUserRules(withRegex.userRules)).toThrow(/RE2 is not loaded/);
  });
});
